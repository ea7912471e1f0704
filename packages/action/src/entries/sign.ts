/**
 * The sign action: reads its inputs into one typed object and runs the
 * sign stage. Outputs the signatures written (`bundles`, a JSON list of
 * paths), the SHA256SUMS path (`checksums`) and the report.
 */
import * as core from '@actions/core';
import { runSignStage } from '@shipshape/core/sign/sign-stage';
import type { SignMethod } from '@shipshape/core/sign/signing-policy';
import {
  readArtifactInput,
  readCommonInputs,
  runAction,
  type CommonInputs,
} from '../action-runner.ts';

interface SignInputs extends CommonInputs {
  method?: SignMethod;
  key?: string;
  keyPassphrase?: string;
  files: string[];
  artifacts?: string[];
  trustedRoot?: string;
  fulcioURL?: string;
  rekorURL?: string;
  tsaURL?: string;
}

function readInputs(): SignInputs {
  const passphrase = core.getInput('key-passphrase');
  if (passphrase) core.setSecret(passphrase);
  return {
    ...readCommonInputs(),
    method: (core.getInput('method') || undefined) as SignMethod | undefined,
    key: core.getInput('key') || undefined,
    keyPassphrase: passphrase || undefined,
    files: core.getMultilineInput('files').filter((line) => line !== ''),
    artifacts: readArtifactInput(),
    trustedRoot: core.getInput('trusted-root') || undefined,
    fulcioURL: core.getInput('fulcio-url') || undefined,
    rekorURL: core.getInput('rekor-url') || undefined,
    tsaURL: core.getInput('tsa-url') || undefined,
  };
}

const inputs = readInputs();

await runAction({
  title: 'sign',
  inputs,
  run: (context) =>
    runSignStage(context, {
      method: inputs.method,
      key: inputs.key,
      passphrase: inputs.keyPassphrase,
      files: inputs.files,
      artifacts: inputs.artifacts,
      trustedRoot: inputs.trustedRoot,
      fulcioURL: inputs.fulcioURL,
      rekorURL: inputs.rekorURL,
      tsaURL: inputs.tsaURL,
    }),
  outputs: (report) => ({
    bundles: JSON.stringify(signaturePaths(report['signatures'])),
    checksums:
      typeof report['checksums'] === 'string' ? report['checksums'] : '',
  }),
});

function signaturePaths(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .map((item: unknown) =>
      typeof item === 'object' && item !== null && 'signature' in item
        ? String(item.signature)
        : '',
    )
    .filter((path) => path !== '');
}
