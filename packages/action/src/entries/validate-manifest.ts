/**
 * The validate-manifest action: reads its inputs into one typed object and
 * runs the validate-manifest stage. The runner sets the outputs (ok,
 * report, error-count, warning-count), one annotation per finding at its
 * file and line, and the job summary.
 */
import { runValidateManifestStage } from '@shipshape/core/validate-manifest/validate-manifest-stage';
import { readCommonInputs, runAction } from '../action-runner.ts';

const inputs = readCommonInputs();

await runAction({
  title: 'validate-manifest',
  inputs,
  run: (context) => runValidateManifestStage(context),
});
