/**
 * The report of a whole pipeline run (`shipshape run`): one result per
 * step, every finding of every stage, and the verdict.
 */
import type { Finding, Severity } from '../findings.ts';
import type { StageName, StageReport } from '../report.ts';

/** GO when every step ran and passed; NO-GO otherwise. */
export type Verdict = 'GO' | 'NO-GO';

/**
 * How a step ended: `passed` and `failed` (findings) come from the stage's
 * report; `error` means it could not run (bad input or a bug); a step that
 * never ran is `not-evaluated`, which is never a pass.
 */
export type StepStatus = 'passed' | 'failed' | 'error' | 'not-evaluated';

/** One step of the pipeline (the sbom stage runs twice: CycloneDX and SPDX). */
export interface StepResult {
  name: string;
  stage: StageName;
  status: StepStatus;
  counts: Record<Severity, number>;
  /** Why the step errored or was not evaluated. */
  message?: string;
  /** The error code of a step that could not run. */
  errorCode?: string;
  /** Path of the stage report inside the dossier. */
  report?: string;
}

/** A finding with the step it came from. */
export type StepFinding = Finding & { step: string };

/** What `runPipeline` returns; `stage` is `run`. */
export interface RunReport extends StageReport {
  verdict: Verdict;
  exitCode: 0 | 1 | 2 | 3;
  release: { id: string; version: string };
  steps: StepResult[];
  dossier?: { folder: string; archive: string; sha256: string };
}

/** Zero counts, for steps that produced no report. */
export function zeroCounts(): Record<Severity, number> {
  return { error: 0, warning: 0, note: 0 };
}
