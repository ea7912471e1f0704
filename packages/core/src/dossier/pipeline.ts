/**
 * `shipshape run`: every stage in order, then the dossier, then one
 * verdict. GO only when every step ran and passed.
 *
 * A stage with findings does not stop the run: the later stages still run,
 * so the dossier shows every problem at once, and nothing they do is
 * irreversible (signing writes files, the publish step is a dry run). A
 * stage that cannot run at all (bad input: exit 2; a bug: exit 3) stops
 * the run: the steps after it are recorded as not evaluated, because
 * their inputs can no longer be trusted. The dossier is assembled in every
 * case, so a NO-GO is documented as well as a GO.
 *
 * Exit codes: 0 GO; 1 NO-GO from findings or steps not evaluated; 2 a step
 * could not run because of its input or configuration; 3 internal error.
 */
import {
  describeError,
  ExitCode,
  exitCodeForError,
  isUserError,
} from '../errors.ts';
import type { Finding } from '../findings.ts';
import { createStageReport, type StageReport } from '../report.ts';
import { join } from 'node:path';
import { canonicalJSON } from '../input/canonical-json.ts';
import { sha256Hex } from '../hashing/file-digest.ts';
import { readJSONFile } from '../input/json-document.ts';
import { writeFileAtomic } from '../workspace/atomic-write.ts';
import { UserError } from '../errors.ts';
import type { StageContext } from '../stage.ts';
import { ReleaseWorkspace } from '../workspace/release-workspace.ts';
import { assembleDossier } from './dossier-assembly.ts';
import { mergeReportParts } from '../workspace/report-parts.ts';
import { loadManifest } from '../manifest/release-manifest.ts';
import type { DossierSigner } from './dossier-signing.ts';
import {
  pipelineSteps,
  type PipelineStageOptions,
  type PipelineStep,
} from './pipeline-steps.ts';
import {
  zeroCounts,
  type RunReport,
  type StepFinding,
  type StepResult,
} from './run-report.ts';

/** Options of a run; every one has a default. */
export interface PipelineOptions extends PipelineStageOptions {
  /** The steps to run; default: every stage of this build in order. */
  steps?: PipelineStep[];
  /**
   * Makes the signer of the dossier index (default: none, the index is
   * recorded as unsigned). Called after the stages ran.
   */
  makeSigner?: (context: StageContext) => Promise<DossierSigner>;
  /**
   * Use the stage reports already in the workspace instead of running the
   * stages (the fan-in job of the release workflow).
   */
  fromWorkspace?: boolean;
}

interface StepsOutcome {
  results: StepResult[];
  findings: StepFinding[];
  exitCode: 0 | 1 | 2 | 3;
}

/** Runs the pipeline and assembles the dossier; never throws for a stage. */
export async function runPipeline(
  context: StageContext,
  options: PipelineOptions = {},
): Promise<RunReport> {
  const startedAt = context.clock();
  const steps = options.steps ?? pipelineSteps();
  const outcome = options.fromWorkspace
    ? await readSteps(context, steps)
    : await runSteps(context, steps, options);
  const passed = outcome.results.every((step) => step.status === 'passed');

  const dossierStep: StepResult = {
    name: 'dossier',
    stage: 'dossier',
    status: 'passed',
    counts: zeroCounts(),
  };
  let dossier: RunReport['dossier'];
  let evidence: RunReport['evidence'] = [];
  let release = { id: 'release', version: 'unknown' };
  let exitCode = outcome.exitCode;
  const pipelineFindings: Finding[] = [];
  try {
    const signer = await makeSigner(context, options);
    const built = await assembleDossier(context, {
      verdict: passed ? 'GO' : 'NO-GO',
      steps: outcome.results,
      findings: outcome.findings,
      signer: signer.signer,
      unsignedReason: signer.reason,
    }).finally(() => signer.signer?.close());
    dossier = {
      folder: built.folder,
      archive: built.archive,
      sha256: built.sha256,
    };
    release = built.release;
    evidence = built.evidence;
    if (!built.indexSigned) {
      pipelineFindings.push({
        code: 'DOSSIER_UNSIGNED',
        severity: 'error',
        message: `the dossier index is not signed: ${signer.reason ?? 'no signer'}`,
        remediation:
          'make the sign stage pass so the index can be signed the same way',
      });
    }
  } catch (error: unknown) {
    const message = context.secrets.redact(describeError(error));
    dossierStep.status = 'error';
    dossierStep.message = message;
    dossierStep.errorCode = isUserError(error) ? error.code : 'INTERNAL';
    exitCode = Math.max(exitCode, exitCodeForError(error)) as 2 | 3;
    pipelineFindings.push({
      code: 'DOSSIER_FAILED',
      severity: 'error',
      message: `the dossier could not be assembled: ${message}`,
    });
  }

  const steps2 = [...outcome.results, dossierStep];
  const findings: Finding[] = [...outcome.findings, ...pipelineFindings];
  const verdict =
    passed && dossierStep.status === 'passed' && pipelineFindings.length === 0
      ? 'GO'
      : 'NO-GO';
  if (verdict === 'NO-GO' && exitCode === ExitCode.pass) exitCode = 1;
  const report = createStageReport({
    stage: 'run',
    startedAt,
    clock: context.clock,
    findings,
    evidence,
    extra: { verdict, exitCode, release, steps: steps2, dossier },
  }) as RunReport;
  const workspace = await ReleaseWorkspace.open(
    context.workspaceDir,
    context.clock,
  );
  await workspace.writeReport(report);
  return report;
}

async function runSteps(
  context: StageContext,
  steps: readonly PipelineStep[],
  options: PipelineStageOptions,
): Promise<StepsOutcome> {
  const results: StepResult[] = [];
  const findings: StepFinding[] = [];
  let exitCode: StepsOutcome['exitCode'] = 0;
  let stoppedBy: string | undefined;
  for (const step of steps) {
    if (stoppedBy || !step.run) {
      const message = stoppedBy
        ? `not run because ${stoppedBy} could not run`
        : 'this build of shipshape does not include the stage';
      results.push(notEvaluated(step, message));
      findings.push(notEvaluatedFinding(step, message));
      continue;
    }
    context.logger.info(`${step.name}: running`);
    try {
      const report = await step.run(context, options);
      if (step.name !== step.stage) await keepStepReport(context, step, report);
      results.push({
        name: step.name,
        stage: step.stage,
        status: report.ok ? 'passed' : 'failed',
        counts: report.counts,
        report: `reports/${step.name}.json`,
      });
      for (const finding of report.findings)
        findings.push({ ...finding, step: step.name });
    } catch (error: unknown) {
      const code = exitCodeForError(error);
      const message = context.secrets.redact(describeError(error));
      exitCode = Math.max(exitCode, code) as 2 | 3;
      stoppedBy = step.name;
      results.push({
        name: step.name,
        stage: step.stage,
        status: 'error',
        counts: zeroCounts(),
        message,
        errorCode: isUserError(error) ? error.code : 'INTERNAL',
      });
      findings.push({
        code: 'STEP_COULD_NOT_RUN',
        severity: 'error',
        message: `${step.name} could not run: ${message}`,
        step: step.name,
      });
      await recordFailure(context, step, message);
    }
  }
  if (exitCode === 0 && results.some((r) => r.status !== 'passed'))
    exitCode = 1;
  return { results, findings, exitCode };
}

/**
 * The manifest's artifact names, which per-artifact parts must cover; none
 * when the manifest cannot be read (the validate step reports that).
 */
async function artifactNames(context: StageContext): Promise<string[]> {
  try {
    const loaded = await loadManifest(context.manifestFile, context.cwd);
    return loaded.manifest.artifacts.map((artifact) => artifact.name);
  } catch (error: unknown) {
    if (error instanceof UserError) return [];
    throw error;
  }
}

/** Reads the reports other jobs left in the workspace (fan-in). */
async function readSteps(
  context: StageContext,
  steps: readonly PipelineStep[],
): Promise<StepsOutcome> {
  const workspace = await ReleaseWorkspace.open(
    context.workspaceDir,
    context.clock,
  );
  const results: StepResult[] = [];
  const findings: StepFinding[] = [];
  const expected = await artifactNames(context);
  for (const step of steps) {
    const report = await readStepReport(workspace, step, expected);
    if (!report) {
      const message = 'no report of this stage in the workspace';
      results.push(notEvaluated(step, message));
      findings.push(notEvaluatedFinding(step, message));
      continue;
    }
    // Other jobs ran this step; the journal records what was taken in.
    await workspace.journal.append({
      kind: 'decision',
      stage: step.stage,
      actor: context.actor,
      summary: `${step.name}: imported its report (${report.ok ? 'passed' : 'failed'})`,
      data: { step: step.name, sha256: sha256Hex(canonicalJSON(report)) },
    });
    results.push({
      name: step.name,
      stage: step.stage,
      status: report.ok ? 'passed' : 'failed',
      counts: report.counts,
      report: `reports/${step.name === step.stage ? step.stage : step.name}.json`,
    });
    for (const finding of report.findings)
      findings.push({ ...finding, step: step.name });
  }
  const exitCode = results.every((r) => r.status === 'passed') ? 0 : 1;
  return { results, findings, exitCode };
}

function notEvaluated(step: PipelineStep, message: string): StepResult {
  return {
    name: step.name,
    stage: step.stage,
    status: 'not-evaluated',
    counts: zeroCounts(),
    message,
  };
}

function notEvaluatedFinding(step: PipelineStep, message: string): StepFinding {
  return {
    code: 'STEP_NOT_EVALUATED',
    severity: 'error',
    message: `${step.name} was not evaluated: ${message}`,
    remediation: 'a release is GO only when every step ran and passed',
    step: step.name,
  };
}

async function recordFailure(
  context: StageContext,
  step: PipelineStep,
  message: string,
): Promise<void> {
  const workspace = await ReleaseWorkspace.open(
    context.workspaceDir,
    context.clock,
  );
  await workspace.journal.append({
    kind: 'failure',
    stage: step.stage,
    actor: context.actor,
    summary: `${step.name} could not run: ${message}`.slice(0, 500),
  });
}

async function makeSigner(
  context: StageContext,
  options: PipelineOptions,
): Promise<{ signer?: DossierSigner; reason?: string }> {
  if (!options.makeSigner)
    return { reason: 'no signing method was configured for the dossier' };
  try {
    return { signer: await options.makeSigner(context) };
  } catch (error: unknown) {
    return { reason: context.secrets.redact(describeError(error)) };
  }
}

/**
 * A stage that runs as two steps (sbom: CycloneDX, then SPDX) writes one
 * `reports/<stage>.json`; each step's report is also kept under the
 * step's name so that neither is lost.
 */
async function keepStepReport(
  context: StageContext,
  step: PipelineStep,
  report: StageReport,
): Promise<void> {
  const path = join(context.workspaceDir, 'reports', `${step.name}.json`);
  await writeFileAtomic(path, canonicalJSON(report));
}

/** The report of a step: under its own name, else under its stage's. */
async function readStepReport(
  workspace: ReleaseWorkspace,
  step: PipelineStep,
  expected: readonly string[],
): Promise<StageReport | undefined> {
  const own = join(workspace.root, 'reports', `${step.name}.json`);
  if (step.name !== step.stage) {
    try {
      return (await readJSONFile(own, own)) as StageReport;
    } catch (error: unknown) {
      if (!(error instanceof UserError) || error.code !== 'INPUT_UNREADABLE')
        throw error;
    }
  } else {
    const report = await workspace.readReport(step.stage);
    if (report) return report;
  }
  return mergedParts(workspace, step, expected);
}

/**
 * The step's report merged from the parts per-artifact jobs left; it is
 * written as the step's report (so the dossier and `status` see one) and
 * every part goes into the journal with its digest.
 */
async function mergedParts(
  workspace: ReleaseWorkspace,
  step: PipelineStep,
  expected: readonly string[],
): Promise<StageReport | undefined> {
  const merged = await mergeReportParts(
    workspace.root,
    step.name,
    step.stage,
    expected,
  );
  if (!merged) return undefined;
  for (const part of merged.parts) {
    await workspace.journal.append({
      kind: 'decision',
      stage: step.stage,
      actor: 'shipshape',
      summary: `${step.name}: took in ${part.path} (${part.ok ? 'passed' : 'failed'})`,
      data: { step: step.name, part: part.path, sha256: part.sha256 },
    });
  }
  await writeFileAtomic(
    join(workspace.root, 'reports', `${step.name}.json`),
    canonicalJSON(merged.report),
  );
  return merged.report;
}
