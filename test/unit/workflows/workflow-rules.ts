/**
 * shipshape's own rules for workflow files, beyond what actionlint checks:
 * pinned actions, no expressions inside `run:`, least privilege, no caches
 * where signing or publishing happens, and a gate job that cannot pass on
 * a skipped job.
 */
import { parse } from 'yaml';

type Job = Record<string, unknown> & {
  permissions?: unknown;
  steps?: Record<string, unknown>[];
  needs?: string | string[];
  if?: string;
};

interface Workflow {
  permissions?: unknown;
  jobs?: Record<string, Job>;
}

const pinned = /^[\w.-]+\/[\w.-]+(\/[\w./-]+)?@[0-9a-f]{40}$/;

/** Every problem the rules find in one workflow's text. */
export function checkWorkflow(
  text: string,
  options: { gateJob?: string } = {},
): string[] {
  const workflow = parse(text) as Workflow;
  const problems: string[] = [];
  const permissions = workflow.permissions;
  if (!isEmptyObject(permissions))
    problems.push('top-level permissions must be {}');
  for (const [name, job] of Object.entries(workflow.jobs ?? {})) {
    if (!('permissions' in job))
      problems.push(`job ${name} declares no permissions`);
    const sensitive = isSensitive(job);
    for (const step of job.steps ?? []) {
      const uses = step['uses'];
      if (
        typeof uses === 'string' &&
        !uses.startsWith('./') &&
        !pinned.test(uses)
      ) {
        problems.push(
          `job ${name}: ${uses} is not pinned to a full commit SHA`,
        );
      }
      const run = step['run'];
      if (typeof run === 'string' && run.includes('${{')) {
        problems.push(
          `job ${name}: a run: script contains \${{ }}; pass values through env:`,
        );
      }
      if (
        sensitive &&
        typeof uses === 'string' &&
        /^actions\/cache[@/]/.test(uses)
      ) {
        problems.push(`job ${name} signs or publishes and restores a cache`);
      }
      const withs = step['with'] as Record<string, unknown> | undefined;
      if (sensitive && withs && 'cache' in withs) {
        problems.push(
          `job ${name} signs or publishes and enables a setup cache`,
        );
      }
    }
  }
  if (options.gateJob) problems.push(...checkGate(workflow, options.gateJob));
  return problems;
}

/** A job signs or publishes when it can get an OIDC token or is named so. */
function isSensitive(job: Job): boolean {
  const permissions = job.permissions as Record<string, unknown> | undefined;
  const text = JSON.stringify(job);
  return permissions?.['id-token'] === 'write' || /\b(sign|publish)/.test(text);
}

function checkGate(workflow: Workflow, gate: string): string[] {
  const jobs = workflow.jobs ?? {};
  const job = jobs[gate];
  if (!job) return [`the gate job ${gate} is missing`];
  const problems: string[] = [];
  if (!/\balways\(\)/.test(job.if ?? ''))
    problems.push(`the gate job ${gate} must run with if: always()`);
  const needs = typeof job.needs === 'string' ? [job.needs] : (job.needs ?? []);
  for (const other of Object.keys(jobs)) {
    if (other !== gate && !needs.includes(other))
      problems.push(`the gate job ${gate} does not need ${other}`);
  }
  const checked = JSON.stringify(job);
  for (const other of needs) {
    if (!checked.includes(`needs.${other}.result`))
      problems.push(
        `the gate job ${gate} does not check the result of ${other}`,
      );
  }
  if (!checked.includes('success'))
    problems.push(`the gate job ${gate} must require success`);
  return problems;
}

function isEmptyObject(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 0
  );
}
