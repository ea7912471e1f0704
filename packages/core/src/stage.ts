/**
 * What every stage shares: the context it runs in, and `runStage`, which
 * wraps a stage's own logic with the report, the workspace and the journal.
 */
import { isAbsolute, resolve } from 'node:path';
import { recordingClock, systemClock, type Clock } from './clock.ts';
import { silentLogger, type Logger } from './logger.ts';
import { SecretRegistry } from './secrets/secret-registry.ts';
import {
  createStageReport,
  type Evidence,
  type StageName,
  type StageReport,
} from './report.ts';
import { ReleaseWorkspace } from './workspace/release-workspace.ts';
import type { Finding } from './findings.ts';

/** Everything a stage needs from its caller. */
export interface StageContext {
  /** Folder the command runs in; relative options resolve against it. */
  cwd: string;
  /** release.yaml as the user named it (relative to cwd). */
  manifestFile: string;
  /** policy.yaml as the user named it, or undefined for the default. */
  policyFile?: string;
  /** The release workspace folder (absolute). */
  workspaceDir: string;
  logger: Logger;
  secrets: SecretRegistry;
  env: NodeJS.ProcessEnv;
  /** Clock for recorded timestamps (honours SOURCE_DATE_EPOCH). */
  clock: Clock;
  /** Real time, for expiry and validity decisions. */
  now: Clock;
  /** Who runs the stage, for the journal (e.g. the GitHub actor). */
  actor: string;
}

/** Options for `createStageContext`; everything has a default. */
export type StageContextOptions = Partial<
  Omit<StageContext, 'workspaceDir'>
> & {
  workspaceDir?: string;
};

/** Builds a context with defaults for everything not given. */
export function createStageContext(
  options: StageContextOptions = {},
): StageContext {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const workspace =
    options.workspaceDir ?? env['SHIPSHAPE_WORKSPACE'] ?? '.shipshape';
  return {
    cwd,
    manifestFile: options.manifestFile ?? 'release.yaml',
    policyFile: options.policyFile,
    workspaceDir: isAbsolute(workspace) ? workspace : resolve(cwd, workspace),
    logger: options.logger ?? silentLogger,
    secrets: options.secrets ?? new SecretRegistry(),
    env,
    clock: options.clock ?? recordingClock(env),
    now: options.now ?? systemClock,
    actor: options.actor ?? env['GITHUB_ACTOR'] ?? env['USER'] ?? 'unknown',
  };
}

/** What a stage's own logic returns to `runStage`. */
export interface StageOutcome {
  findings: Finding[];
  evidence?: Evidence[];
  /** Stage-specific report fields (the version decision, the table, …). */
  extra?: Record<string, unknown>;
  /** One line for the journal record of this stage's decision. */
  summary?: string;
}

/**
 * Runs a stage body, then writes its report to the workspace and appends
 * its decision to the journal. Errors propagate untouched: a stage that
 * cannot decide writes no report.
 */
export async function runStage(
  context: StageContext,
  stage: StageName,
  body: (workspace: ReleaseWorkspace) => Promise<StageOutcome>,
): Promise<StageReport> {
  const startedAt = context.clock();
  const workspace = await ReleaseWorkspace.open(
    context.workspaceDir,
    context.clock,
  );
  const outcome = await body(workspace);
  const report = createStageReport({
    stage,
    startedAt,
    clock: context.clock,
    findings: outcome.findings,
    evidence: outcome.evidence,
    extra: outcome.extra,
  });
  await workspace.writeReport(report);
  await workspace.journal.append({
    kind: 'decision',
    stage,
    actor: context.actor,
    summary: outcome.summary ?? `${stage}: ${report.ok ? 'passed' : 'failed'}`,
    data: { ok: report.ok, counts: report.counts },
  });
  return report;
}
