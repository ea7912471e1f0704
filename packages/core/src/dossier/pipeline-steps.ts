/**
 * The steps of `shipshape run`, in order, each with the stage entry it
 * calls. A step without `run` (a stage left out of a build) is recorded
 * as "not evaluated", which makes the verdict NO-GO.
 */
import type { StageName, StageReport } from '../report.ts';
import type { StageContext } from '../stage.ts';
import type { SignMethod } from '../sign/signing-policy.ts';

// Each stage loads when its step starts: a run that stops at validation
// never loads the signers, the SBOM writers or the registry probes.
const stages = {
  validate: () => import('../validate-manifest/validate-manifest-stage.ts'),
  version: () => import('../enforce-version/enforce-version-stage.ts'),
  sbom: () => import('../sbom/sbom-stage.ts'),
  sign: () => import('../sign/sign-stage.ts'),
  scan: () => import('../policy-scan/policy-scan-stage.ts'),
  publish: () => import('../publish-dry-run/publish-dry-run-stage.ts'),
};

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
      run: async (context) =>
        (await stages.validate()).runValidateManifestStage(context),
    },
    {
      name: 'enforce-version',
      stage: 'enforce-version',
      run: async (context) =>
        (await stages.version()).runEnforceVersionStage(context),
    },
    {
      name: 'sbom-cyclonedx',
      stage: 'sbom',
      run: async (context) =>
        (await stages.sbom()).runSBOMStage(context, { format: 'cyclonedx' }),
    },
    {
      name: 'sbom-spdx',
      stage: 'sbom',
      run: async (context) =>
        (await stages.sbom()).runSBOMStage(context, { format: 'spdx' }),
    },
    {
      name: 'sign',
      stage: 'sign',
      run: async (context, options) =>
        (await stages.sign()).runSignStage(context, {
          // An unknown method is refused by the signer factory (exit 2).
          method: options.signingMethod as SignMethod | undefined,
          key: options.key,
        }),
    },
    {
      name: 'policy-scan',
      stage: 'policy-scan',
      run: async (context) => (await stages.scan()).runPolicyScanStage(context),
    },
    {
      name: 'publish-dry-run',
      stage: 'publish-dry-run',
      run: async (context, options) =>
        (await stages.publish()).runPublishDryRunStage(context, {
          environment: options.environment,
        }),
    },
  ];
}
