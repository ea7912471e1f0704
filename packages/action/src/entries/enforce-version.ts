/**
 * The enforce-version action: reads its inputs into one typed object and
 * runs the enforce-version stage. Outputs the decision: version,
 * previous-version, bump and required-bump.
 */
import * as core from '@actions/core';
import { runEnforceVersionStage } from '@shipshape/core/enforce-version/enforce-version-stage';
import {
  readCommonInputs,
  runAction,
  type CommonInputs,
} from '../action-runner.ts';

interface EnforceVersionInputs extends CommonInputs {
  githubToken?: string;
}

function readInputs(): EnforceVersionInputs {
  return {
    ...readCommonInputs(),
    githubToken: core.getInput('github-token') || undefined,
  };
}

const inputs = readInputs();

await runAction({
  title: 'enforce-version',
  inputs,
  run: (context) =>
    runEnforceVersionStage(context, { githubToken: inputs.githubToken }),
  outputs: (report) => ({
    version: stringField(report['version']),
    'previous-version': stringField(report['previousVersion']),
    bump: stringField(report['bump']),
    'required-bump': stringField(report['requiredBump']),
  }),
});

function stringField(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
