/**
 * The root action: the whole pipeline in one step (mode `run`), the
 * dossier from stage reports other jobs left in the workspace (mode
 * `assemble`, the fan-in job of the release workflow), or the release
 * status (mode `status`). Inputs are read here, into one typed object.
 */
import * as core from '@actions/core';
import type { RunReport } from '@shipshape/core/dossier/run-report';
import type { CommonInputs } from '../action-runner.ts';

// The pipeline, the signers and the status mode load only once the mode is
// known, so that a bad input fails fast and each mode loads what it uses.
const loadRunner = () => import('../action-runner.ts');

type Mode = 'run' | 'assemble' | 'status';

interface RunInputs extends CommonInputs {
  mode: Mode;
  environment?: string;
  signingMethod?: string;
  signingKey?: string;
}

function readMode(): Mode | undefined {
  const mode = core.getInput('mode') || 'run';
  if (mode === 'run' || mode === 'assemble' || mode === 'status') return mode;
  core.error(
    `input mode must be run, assemble or status, got "${mode.slice(0, 40)}" [MODE_INVALID]`,
    { title: 'shipshape could not run' },
  );
  return undefined;
}

async function readInputs(mode: Mode): Promise<RunInputs> {
  const { readCommonInputs } = await loadRunner();
  return {
    ...readCommonInputs(),
    mode,
    environment: core.getInput('environment') || undefined,
    signingMethod: core.getInput('signing-method') || undefined,
    signingKey: core.getInput('signing-key') || undefined,
  };
}

async function runPipelineAction(inputs: RunInputs): Promise<void> {
  const [{ runAction }, { runPipeline }, { markdownCell }] = await Promise.all([
    loadRunner(),
    import('@shipshape/core/dossier/pipeline'),
    import('../job-summary.ts'),
  ]);
  let finished: RunReport | undefined;
  await runAction({
    title: inputs.mode === 'assemble' ? 'shipshape dossier' : 'shipshape run',
    inputs,
    run: async (context) => {
      finished = await runPipeline(context, {
        environment: inputs.environment,
        signingMethod: inputs.signingMethod,
        key: inputs.signingKey,
        fromWorkspace: inputs.mode === 'assemble',
        // The signers load only when the dossier index is signed.
        makeSigner: async (ctx) =>
          (
            await import('@shipshape/core/dossier/index-signer')
          ).makeIndexSigner(ctx, {
            method: inputs.signingMethod,
            key: inputs.signingKey,
          }),
      });
      return finished;
    },
    outputs: (report) => {
      const run = report as RunReport;
      return { verdict: run.verdict, dossier: run.dossier?.archive ?? '' };
    },
  });
  if (!finished) return;
  process.exitCode = finished.exitCode;
  if (process.env['GITHUB_STEP_SUMMARY']) {
    await core.summary.addRaw(pipelineTable(finished, markdownCell)).write();
  }
}

/** The pipeline as a Markdown table for the job summary. */
function pipelineTable(
  report: RunReport,
  markdownCell: (text: string) => string,
): string {
  const icon = {
    passed: '✅',
    failed: '❌',
    error: '⚠️',
    'not-evaluated': '⏭️',
  };
  const rows = report.steps.map(
    (step) =>
      `| ${step.name} | ${icon[step.status]} ${step.status} | ${step.counts.error} | ${step.counts.warning} | ${markdownCell(step.message ?? '')} |`,
  );
  return [
    `## Verdict: ${report.verdict === 'GO' ? '🟢 GO' : '🔴 NO-GO'}`,
    '',
    'validate → version → sbom → sign → policy-scan → publish-dry-run → dossier',
    '',
    '| step | status | errors | warnings | note |',
    '|---|---|---|---|---|',
    ...rows,
    '',
    report.dossier
      ? `Dossier: \`${markdownCell(report.dossier.archive)}\` (sha256 ${report.dossier.sha256})`
      : 'No dossier was assembled.',
    '',
  ].join('\n');
}

const mode = readMode();
if (mode === undefined) {
  process.exitCode = 2;
} else {
  try {
    if (mode === 'status') {
      await (await import('../status-mode.ts')).runStatusAction();
    } else {
      await runPipelineAction(await readInputs(mode));
    }
  } catch (error: unknown) {
    const { describeError, exitCodeForError } = await import('@shipshape/core');
    core.error(describeError(error), { title: 'shipshape could not run' });
    process.exitCode = exitCodeForError(error);
  }
}
