/**
 * The publish-dry-run action: reads its inputs into one typed object, runs
 * the stage for one environment, outputs the probe table as JSON and adds
 * it to the job summary. Nothing is published.
 */
import * as core from '@actions/core';
import type { StageReport } from '@shipshape/core';
import { probeTableMarkdown } from '@shipshape/core/publish-dry-run/probe-table';
import {
  runPublishDryRunStage,
  type PublishDryRunOptions,
} from '@shipshape/core/publish-dry-run/publish-dry-run-stage';
import {
  readArtifactInput,
  readCommonInputs,
  runAction,
  type CommonInputs,
} from '../action-runner.ts';
import { markdownCell } from '../job-summary.ts';

interface PublishDryRunInputs extends CommonInputs {
  dryRun: PublishDryRunOptions;
}

function readInputs(): PublishDryRunInputs {
  return {
    ...readCommonInputs(),
    dryRun: {
      environment: core.getInput('environment') || undefined,
      artifacts: readArtifactInput(),
    },
  };
}

const inputs = readInputs();
let finished: StageReport | undefined;
let redact: (text: string) => string = (text) => text;

await runAction({
  title: 'publish-dry-run',
  inputs,
  run: async (context) => {
    redact = (text) => context.secrets.redact(text);
    finished = await runPublishDryRunStage(context, inputs.dryRun);
    return finished;
  },
  outputs: (report) => ({ table: JSON.stringify(report['table'] ?? []) }),
});

if (finished && process.env['GITHUB_STEP_SUMMARY']) {
  const rows = Array.isArray(finished['table']) ? finished['table'] : [];
  const markdown = probeTableMarkdown(rows, markdownCell);
  if (markdown) await core.summary.addRaw(redact(markdown)).write();
}
