/**
 * The sbom action: reads its inputs into one typed object and runs the
 * sbom stage. Outputs the paths of the SBOMs written.
 */
import * as core from '@actions/core';
import {
  runSBOMStage,
  type SBOMOptions,
} from '@shipshape/core/sbom/sbom-stage';
import {
  readArtifactInput,
  readCommonInputs,
  runAction,
  type CommonInputs,
} from '../action-runner.ts';

interface SBOMInputs extends CommonInputs {
  sbom: SBOMOptions;
}

function readInputs(): SBOMInputs {
  const format = core.getInput('format');
  return {
    ...readCommonInputs(),
    sbom: {
      lockfile: core.getInput('lockfile') || undefined,
      format: format === 'spdx' || format === 'cyclonedx' ? format : undefined,
      specVersion: core.getInput('spec-version') || undefined,
      input: core.getInput('input') || undefined,
      out: core.getInput('out') || undefined,
      includeDev: core.getInput('include-dev') === 'true' || undefined,
      artifacts: readArtifactInput(),
    },
  };
}

const inputs = readInputs();
const badFormat = core.getInput('format');

await runAction({
  title: 'sbom',
  inputs,
  run: (context) => {
    if (badFormat !== '' && inputs.sbom.format === undefined) {
      throw new Error(`format must be cyclonedx or spdx, got "${badFormat}"`);
    }
    return runSBOMStage(context, inputs.sbom);
  },
  outputs: (report) => ({
    sboms: (Array.isArray(report['sboms']) ? report['sboms'] : [])
      .map((entry: Record<string, unknown>) => String(entry['path']))
      .join('\n'),
  }),
});
