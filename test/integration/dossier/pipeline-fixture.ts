/**
 * A pipeline over the example project whose steps are small real stages
 * (through `runStage`, so reports, evidence and journal records are the
 * real thing): used to test the orchestrator, the dossier and its
 * verification apart from the seven production stages.
 */
import {
  createStageContext,
  runStage,
  UserError,
  type Finding,
  type StageContext,
  type StageName,
} from '@shipshape/core';
import type { PipelineStep } from '@shipshape/core/dossier/pipeline-steps';
import { makeIndexSigner } from '@shipshape/core/dossier/index-signer';
import type { PipelineOptions } from '@shipshape/core/dossier/pipeline';
import { signFiles } from '@shipshape/core/sign/sign-files';
import { join } from 'node:path';

/** A valid CycloneDX 1.5 SBOM with one MIT component. */
export const sampleSBOM = `${JSON.stringify(
  {
    bomFormat: 'CycloneDX',
    specVersion: '1.5',
    version: 1,
    serialNumber: 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',
    components: [
      {
        type: 'library',
        name: 'left-pad',
        version: '1.3.0',
        licenses: [{ license: { id: 'MIT' } }],
      },
    ],
  },
  null,
  2,
)}\n`;

export interface StepPlan {
  findings?: Finding[];
  throws?: Error;
}

/** Steps in the production order; `plan` changes what one of them does. */
export function fixtureSteps(
  plan: Record<string, StepPlan> = {},
): PipelineStep[] {
  const names = [
    'validate-manifest',
    'enforce-version',
    'sbom-cyclonedx',
    'sbom-spdx',
    'sign',
    'policy-scan',
    'publish-dry-run',
  ] as const;
  return names.map((name) => {
    const stage: StageName = name.startsWith('sbom')
      ? 'sbom'
      : (name as StageName);
    return {
      name,
      stage,
      run: (context: StageContext) =>
        runStage(context, stage, async (workspace) => {
          const step = plan[name];
          if (step?.throws) throw step.throws;
          const evidence = [];
          if (name === 'sbom-cyclonedx') {
            evidence.push(
              await workspace.writeEvidence(
                'sbom',
                'widget-lib.cdx.json',
                sampleSBOM,
              ),
            );
          }
          if (name === 'sign') {
            const dir = await workspace.evidenceDir('sign');
            evidence.push(
              await workspace.writeEvidence(
                'sign',
                'SHA256SUMS',
                'abc  widget-lib-1.4.0.tgz\n',
              ),
            );
            await signFiles({ ...context, cwd: dir }, ['SHA256SUMS'], {
              method: 'key',
              key: context.env['SHIPSHAPE_SIGNING_KEY'] ?? 'ephemeral',
            });
          }
          return { findings: step?.findings ?? [], evidence };
        }),
    };
  });
}

/** A context over `dir` with a fixed clock. */
export function fixtureContext(
  dir: string,
  env: NodeJS.ProcessEnv = {},
): StageContext {
  return createStageContext({
    cwd: dir,
    env: { PATH: process.env['PATH'], SOURCE_DATE_EPOCH: '1764763200', ...env },
    actor: 'test',
  });
}

/** Pipeline options with the fixture steps and a real key signer for the index. */
export function fixtureOptions(
  plan: Record<string, StepPlan> = {},
  key?: string,
): PipelineOptions {
  return {
    steps: fixtureSteps(plan),
    makeSigner: (context) =>
      makeIndexSigner(context, {
        method: 'key',
        key: key ?? context.env['SHIPSHAPE_SIGNING_KEY'] ?? 'ephemeral',
      }),
  };
}

export const configError = new UserError(
  'SIGN_KEY_MISSING',
  'method key needs a key',
  { field: 'key' },
);

export const blockingFinding: Finding = {
  code: 'LICENSE_DENIED',
  severity: 'error',
  message: 'left-pad is GPL-3.0-only, which the policy denies',
  owner: '@acme/widgets',
  remediation: 'replace left-pad or add an approved exception',
};

export function archiveOf(dir: string): string {
  return join(dir, '.shipshape', 'acme-widgets-1.4.0-dossier.tar.gz');
}
