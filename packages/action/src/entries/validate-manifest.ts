/**
 * The validate-manifest action: reads its inputs into one typed object and
 * runs the validate-manifest stage. The runner sets the outputs (ok,
 * report, error-count, warning-count), one annotation per finding at its
 * file and line, and the job summary; `artifacts` lists the manifest's
 * artifact names as JSON, for a matrix of jobs per artifact.
 */
import { runValidateManifestStage } from '@shipshape/core/validate-manifest/validate-manifest-stage';
import { readCommonInputs, runAction } from '../action-runner.ts';

const inputs = readCommonInputs();

await runAction({
  title: 'validate-manifest',
  inputs,
  run: (context) => runValidateManifestStage(context),
  outputs: (report) => ({
    artifacts: JSON.stringify(artifactNames(report['artifacts'])),
  }),
});

function artifactNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) =>
    typeof item === 'object' &&
    item !== null &&
    'name' in item &&
    typeof item.name === 'string'
      ? [item.name]
      : [],
  );
}
