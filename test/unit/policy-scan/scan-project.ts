/**
 * A small release project for policy-scan tests: release.yaml, policy.yaml,
 * an SBOM and a folder of advisories, all written to a temporary folder.
 */
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { createStageContext, type StageContext } from '@shipshape/core';
import { fixturesDir, tempDir } from '../../helpers/temp-project.ts';

export interface ScanProject {
  dir: string;
  context: StageContext;
  cleanup: () => Promise<void>;
}

export const advisoryFixtures = join(
  fixturesDir,
  'policy-scan',
  'advisories',
  'github-reviewed-npm',
);
export const sbomFixtures = join(fixturesDir, 'policy-scan', 'sboms');

/** Writes the project; `policy` and `artifact` merge over the defaults. */
export async function scanProject(
  options: {
    policy?: Record<string, unknown>;
    artifact?: Record<string, unknown>;
    now?: Date;
  } = {},
): Promise<ScanProject> {
  const temp = await tempDir('shipshape-scan-');
  const artifact = {
    name: 'widget-lib',
    kind: 'npm',
    path: 'widget-lib-1.4.0.tgz',
    digest: `sha256:${'a'.repeat(64)}`,
    license: 'MIT OR Apache-2.0',
    owner: '@acme/widgets',
    targets: ['npm-staging'],
    ...options.artifact,
  };
  await writeFile(join(temp.dir, 'widget-lib-1.4.0.tgz'), 'x');
  await writeFile(
    join(temp.dir, 'release.yaml'),
    stringify({
      release: { id: 'widgets-1.4.0', version: '1.4.0' },
      artifacts: [artifact],
    }),
  );
  await writeFile(
    join(temp.dir, 'policy.yaml'),
    stringify({
      licenses: {
        allow: ['MIT', 'Apache-2.0', 'ISC', 'BSD-3-Clause'],
        unknown: 'fail',
      },
      vulnerabilities: { 'fail-on': 'high', advisories: 'advisories/' },
      registries: {
        'npm-staging': {
          kind: 'npm',
          url: 'http://127.0.0.1:4873',
          environment: 'staging',
        },
      },
      ...options.policy,
    }),
  );
  await mkdir(join(temp.dir, 'advisories'));
  await cp(advisoryFixtures, join(temp.dir, 'advisories'), { recursive: true });
  await cp(
    join(sbomFixtures, 'mixed.cdx.json'),
    join(temp.dir, 'widget-lib.cdx.json'),
  );
  await cp(
    join(sbomFixtures, 'mixed.spdx.json'),
    join(temp.dir, 'widget-lib.spdx.json'),
  );
  const context = createStageContext({
    cwd: temp.dir,
    env: {},
    actor: 'tester',
    now: () => options.now ?? new Date('2026-12-03T12:00:00Z'),
  });
  return { dir: temp.dir, context, cleanup: temp.cleanup };
}
