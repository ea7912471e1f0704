/**
 * The steps of `shipshape run`, in order. Each names the stage entry it
 * calls; a step whose stage is not part of this build has no `run` and is
 * recorded as "not evaluated", which makes the verdict NO-GO.
 */
import type { StageName, StageReport } from '../report.ts';
import type { StageContext } from '../stage.ts';
import { runEnforceVersionStage } from '../enforce-version/enforce-version-stage.ts';
import { runSignStage } from '../sign/sign-stage.ts';
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
    { name: 'validate-manifest', stage: 'validate-manifest' },
    {
      name: 'enforce-version',
      stage: 'enforce-version',
      run: (context) => runEnforceVersionStage(context),
    },
    { name: 'sbom-cyclonedx', stage: 'sbom' },
    { name: 'sbom-spdx', stage: 'sbom' },
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
    { name: 'policy-scan', stage: 'policy-scan' },
    { name: 'publish-dry-run', stage: 'publish-dry-run' },
  ];
}
