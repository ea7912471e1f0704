/**
 * The steps of `shipshape run`, in order, each with the stage entry it
 * calls. A step without `run` (a stage left out of a build) is recorded
 * as "not evaluated", which makes the verdict NO-GO.
 */
import type { StageName, StageReport } from '../report.ts';
import type { StageContext } from '../stage.ts';
import { runEnforceVersionStage } from '../enforce-version/enforce-version-stage.ts';
import { runSignStage } from '../sign/sign-stage.ts';
import { runValidateManifestStage } from '../validate-manifest/validate-manifest-stage.ts';
import { runSBOMStage } from '../sbom/sbom-stage.ts';
import { runPolicyScanStage } from '../policy-scan/policy-scan-stage.ts';
import { runPublishDryRunStage } from '../publish-dry-run/publish-dry-run-stage.ts';
import type { SignMethod } from '../sign/signing-policy.ts';

/** Options of a whole run that reach individual stages. */
export interface PipelineStageOptions {
  /** publish-dry-run: the registry environment to probe. */
  environment?: string;
  /** sign: the method (keyless, key, gpg, pkcs11). */
  signingMethod?: string;
  /** sign: the key reference for the method. */
  key?: string;
}

/** One step of the pipeline. */
export interface PipelineStep {
  name: string;
  stage: StageName;
  run?: (
    context: StageContext,
    options: PipelineStageOptions,
  ) => Promise<StageReport>;
}

/** The steps in order, as far as this build includes them. */
export function pipelineSteps(): PipelineStep[] {
  return [
    {
      name: 'validate-manifest',
      stage: 'validate-manifest',
      run: (context) => runValidateManifestStage(context),
    },
    {
      name: 'enforce-version',
      stage: 'enforce-version',
      run: (context) => runEnforceVersionStage(context),
    },
    {
      name: 'sbom-cyclonedx',
      stage: 'sbom',
      run: (context) => runSBOMStage(context, { format: 'cyclonedx' }),
    },
    {
      name: 'sbom-spdx',
      stage: 'sbom',
      run: (context) => runSBOMStage(context, { format: 'spdx' }),
    },
    {
      name: 'sign',
      stage: 'sign',
      run: (context, options) =>
        runSignStage(context, {
          // An unknown method is refused by the signer factory (exit 2).
          method: options.signingMethod as SignMethod | undefined,
          key: options.key,
        }),
    },
    {
      name: 'policy-scan',
      stage: 'policy-scan',
      run: (context) => runPolicyScanStage(context),
    },
    {
      name: 'publish-dry-run',
      stage: 'publish-dry-run',
      run: (context, options) =>
        runPublishDryRunStage(context, { environment: options.environment }),
    },
  ];
}
