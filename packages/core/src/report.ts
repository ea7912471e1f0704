/**
 * Stage reports: what each stage hands to the next and to the dossier.
 */
import {
  countBySeverity,
  hasErrors,
  sortFindings,
  type Finding,
  type Severity,
} from './findings.ts';
import { ExitCode, type ExitCodeValue } from './errors.ts';
import type { Clock } from './clock.ts';

/** The stages of the pipeline, in order, plus the whole run. */
export const stageNames = [
  'validate-manifest',
  'enforce-version',
  'sbom',
  'sign',
  'policy-scan',
  'publish-dry-run',
  'dossier',
] as const;

export type StageName = (typeof stageNames)[number] | 'run' | 'status';

/** A file a stage produced, with its SHA-256 in lower-case hex. */
export interface Evidence {
  path: string;
  sha256: string;
}

/**
 * The report every stage returns. Stages add their own fields (for example
 * the version decision) beside the common ones.
 */
export interface StageReport {
  stage: StageName;
  ok: boolean;
  startedAt: string;
  finishedAt: string;
  findings: Finding[];
  evidence: Evidence[];
  counts: Record<Severity, number>;
  [extra: string]: unknown;
}

/** Options for building a report. */
export interface StageReportOptions {
  stage: StageName;
  startedAt: Date;
  clock: Clock;
  findings: readonly Finding[];
  evidence?: readonly Evidence[];
  extra?: Record<string, unknown>;
}

/**
 * Builds a report with sorted findings and evidence; `ok` is false when any
 * finding is an error.
 */
export function createStageReport(options: StageReportOptions): StageReport {
  const findings = sortFindings(options.findings);
  const evidence = [...(options.evidence ?? [])].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
  return {
    stage: options.stage,
    ok: !hasErrors(findings),
    startedAt: options.startedAt.toISOString(),
    finishedAt: options.clock().toISOString(),
    findings,
    evidence,
    counts: countBySeverity(findings),
    ...options.extra,
  };
}

/** Exit code of a finished stage: 0 when ok, 1 when a rule was broken. */
export function exitCodeForReport(report: StageReport): ExitCodeValue {
  return report.ok ? ExitCode.pass : ExitCode.ruleBroken;
}
