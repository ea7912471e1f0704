/**
 * Release workspaces in each state a status can meet, written through the
 * same workspace and journal code the stages use: empty (nothing run),
 * partial (the first stages only), GO and NO-GO. The NO-GO workspace
 * carries findings with hostile names.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  createStageReport,
  ReleaseWorkspace,
  type Finding,
  type StageName,
} from '@shipshape/core';
import { copyExample } from '../../helpers/temp-project.ts';

export type WorkspaceState = 'empty' | 'partial' | 'go' | 'no-go';

/** A fixed moment for reports and journal records. */
export const fixedNow = new Date('2026-12-03T09:00:00Z');
const clock = () => fixedNow;

/** Hostile text a finding may carry (package names, messages). */
export const hostile = {
  mention: '@everyone',
  command: '::error::x',
  html: '<img src=x onerror=alert(1)>',
  link: '](javascript:alert(1))',
} as const;

/** A project (copy of the example) with a workspace in the given state. */
export async function projectWithWorkspace(state: WorkspaceState): Promise<{
  dir: string;
  workspaceDir: string;
  cleanup: () => Promise<void>;
}> {
  const project = await copyExample();
  const workspaceDir = join(project.dir, '.shipshape');
  if (state !== 'empty') await fillWorkspace(workspaceDir, state);
  return { ...project, workspaceDir };
}

async function writeStage(
  workspace: ReleaseWorkspace,
  stage: StageName,
  findings: Finding[],
  extra: Record<string, unknown> = {},
  evidence: { path: string; sha256: string }[] = [],
): Promise<void> {
  const report = createStageReport({
    stage,
    startedAt: fixedNow,
    clock,
    findings,
    evidence,
    extra,
  });
  await workspace.writeReport(report);
  await workspace.journal.append({
    kind: 'decision',
    stage,
    actor: 'fixture',
    summary: `${stage}: ${report.ok ? 'passed' : 'failed'}`,
    data: { ok: report.ok, counts: report.counts },
  });
}

const sha = 'a'.repeat(64);

/** The policy-scan findings of the NO-GO workspace. */
export const noGoFindings: Finding[] = [
  {
    code: 'LICENSE_DENIED',
    severity: 'error',
    message: `package ${hostile.mention} ${hostile.command} is GPL-3.0-only ${hostile.html} ${hostile.link}`,
    component: `pkg:npm/${encodeURIComponent(hostile.mention)}@1.0.0`,
    location: { file: 'widget-lib/package-lock.json', pointer: '/packages/x' },
    owner: '@acme/widgets',
  },
  {
    code: 'VULNERABILITY_HIGH',
    severity: 'error',
    message: 'lodash 4.17.20 has GHSA-35jh-r3h4-6jhm (high)',
    component: 'pkg:npm/lodash@4.17.20',
    advisory: 'GHSA-35jh-r3h4-6jhm',
    location: {
      file: 'widget-lib/package-lock.json',
      pointer: '/packages/node_modules~1lodash',
    },
    details: { artifact: 'widget-docs' },
  },
  {
    code: 'LICENSE_UNKNOWN',
    severity: 'warning',
    message: 'left-pad has no licence',
    component: 'pkg:npm/left-pad@1.3.0',
  },
];

async function fillWorkspace(
  root: string,
  state: WorkspaceState,
): Promise<void> {
  const workspace = await ReleaseWorkspace.open(root, clock);
  await writeStage(workspace, 'validate-manifest', []);
  await writeStage(workspace, 'enforce-version', [], {
    decision: 'minor release: new features since 1.3.2',
    version: '1.4.0',
    previousVersion: '1.3.2',
  });
  if (state === 'partial') return;
  await writeStage(workspace, 'sbom', [], {}, [
    { path: '.shipshape/evidence/sbom/widget-lib.cdx.json', sha256: sha },
  ]);
  await writeStage(workspace, 'sign', [], {}, [
    { path: '.shipshape/evidence/sign/widget-lib.sigstore.json', sha256: sha },
    ...(state === 'go'
      ? [
          {
            path: '.shipshape/evidence/sign/widget-docs-1.4.0.tar.gz.asc',
            sha256: sha,
          },
        ]
      : []),
  ]);
  await writeStage(
    workspace,
    'policy-scan',
    state === 'no-go' ? noGoFindings : [],
  );
  await writeStage(workspace, 'publish-dry-run', [], {
    table: [
      {
        artifact: 'widget-lib',
        target: 'npm-staging',
        registry: 'http://127.0.0.1:4873',
        kind: 'npm',
        reachable: true,
        authenticated: true,
        allowed: true,
        versionFree: state === 'go',
        packageValid: true,
      },
    ],
  });
  const verdict = state === 'go' ? 'GO' : 'NO-GO';
  await writeStage(workspace, 'dossier', [], { verdict });
  await writeFile(
    join(root, 'reports', 'run.json'),
    JSON.stringify({
      stage: 'run',
      ok: state === 'go',
      verdict,
      findings: [],
      evidence: [],
    }),
  );
}
