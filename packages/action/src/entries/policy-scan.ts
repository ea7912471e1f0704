/**
 * The policy-scan action: reads its inputs into one typed object, runs the
 * policy-scan stage, and adds the counts by severity and what blocks to
 * the job summary. Outputs the SARIF and OpenVEX paths.
 */
import { resolve } from 'node:path';
import * as core from '@actions/core';
import type { StageReport } from '@shipshape/core';
import {
  runPolicyScanStage,
  type PolicyScanOptions,
} from '@shipshape/core/policy-scan/policy-scan-stage';
import { scanSummaryMarkdown } from '@shipshape/core/policy-scan/scan-summary';
import {
  readCommonInputs,
  runAction,
  type CommonInputs,
} from '../action-runner.ts';
import { markdownCell } from '../job-summary.ts';

interface PolicyScanInputs extends CommonInputs {
  scan: PolicyScanOptions;
}

function readInputs(): PolicyScanInputs {
  const sbom = core
    .getInput('sbom')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return {
    ...readCommonInputs(),
    scan: {
      sbom: sbom.length > 0 ? sbom : undefined,
      advisories: core.getInput('advisories') || undefined,
      sarif: core.getInput('sarif') || undefined,
    },
  };
}

const inputs = readInputs();
let finished: StageReport | undefined;

await runAction({
  title: 'policy-scan',
  inputs,
  run: async (context) => {
    finished = await runPolicyScanStage(context, inputs.scan);
    return finished;
  },
  outputs: (report, context) => {
    const sarif = report['sarif'] as { path?: string } | undefined;
    const vex = typeof report['vex'] === 'string' ? report['vex'] : undefined;
    return {
      sarif: sarif?.path ? resolve(context.cwd, sarif.path) : '',
      vex: vex ? resolve(process.cwd(), vex) : '',
    };
  },
});

if (finished && process.env['GITHUB_STEP_SUMMARY']) {
  await core.summary
    .addRaw(scanSummaryMarkdown(finished.findings, markdownCell))
    .write();
}
