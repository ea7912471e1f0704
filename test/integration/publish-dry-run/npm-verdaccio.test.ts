/**
 * The npm probe against a real verdaccio 6.8.0 on 127.0.0.1, started once
 * for the file. After every dry run the registry is asked again: no
 * package or version may have appeared.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPublishDryRunStage } from '@shipshape/core/publish-dry-run/publish-dry-run-stage';
import type { StageReport } from '@shipshape/core';
import {
  startVerdaccio,
  type RunningVerdaccio,
} from '../../../scripts/lib/verdaccio.mjs';
import { canaries, expectNoLeak } from '../../helpers/canaries.ts';
import {
  dryRunProject,
  type DryRunProject,
} from '../../helpers/registries/dry-run-project.ts';
import {
  npmPublish,
  writeNpmTarball,
} from '../../helpers/registries/npm-tarball.ts';
import { freePort } from '../../helpers/registries/free-port.ts';

type Verdaccio = RunningVerdaccio;

let registry: Verdaccio;
let project: DryRunProject;
const productionCanary = 'npm_PRODUCTIONcanary0123456789abcdefXYZ';

beforeAll(async () => {
  registry = await startVerdaccio({
    user: 'release-bot',
    password: canaries.password,
  });
  project = await dryRunProject();
  await writeNpmTarball(project.dir, 'fresh-lib', '1.0.0');
  const taken = await writeNpmTarball(project.dir, 'taken-lib', '1.0.0');
  await npmPublish(registry.url, registry.token, taken);
});

afterAll(async () => {
  await project.cleanup();
  await registry.stop();
});

function registries(
  stagingURL: string,
  productionVariable = 'NPM_PRODUCTION_TOKEN',
) {
  return {
    'npm-staging': {
      kind: 'npm',
      url: stagingURL,
      environment: 'staging',
      credentials: 'NPM_STAGING_TOKEN',
    },
    'npm-production': {
      kind: 'npm',
      url: registry.url,
      environment: 'production',
      credentials: productionVariable,
    },
  };
}

async function dryRun(
  file: string,
  stagingURL: string,
  token: string,
  environment = 'staging',
): Promise<{ report: StageReport; reads: Set<string>; text: string }> {
  await project.write(
    '1.0.0',
    [
      {
        name: 'lib',
        kind: 'npm',
        path: file,
        targets: ['npm-staging', 'npm-production'],
      },
    ],
    registries(stagingURL),
  );
  const { context, reads } = project.context({
    NPM_STAGING_TOKEN: token,
    NPM_PRODUCTION_TOKEN: productionCanary,
  });
  const report = await runPublishDryRunStage(context, {
    environment,
    http: { deadlineMs: 8000, retryDelayMs: 20 },
  });
  const journal = await readFile(
    join(project.dir, '.shipshape', 'journal.jsonl'),
    'utf8',
  );
  const logs = JSON.stringify(
    (context.logger as unknown as { records: unknown[] }).records,
  );
  return {
    report,
    reads,
    text: [JSON.stringify(report), journal, logs].join('\n'),
  };
}

async function journalSummary(): Promise<string> {
  const lines = (
    await readFile(join(project.dir, '.shipshape', 'journal.jsonl'), 'utf8')
  )
    .trim()
    .split('\n');
  return String(
    (JSON.parse(lines.at(-1) ?? '{}') as { summary?: string }).summary,
  );
}

async function publishedVersions(name: string): Promise<string[]> {
  const response = await fetch(`${registry.url}/${name}`, {
    headers: { authorization: `Bearer ${registry.token}` },
  });
  if (response.status === 404) return [];
  const body = (await response.json()) as { versions: Record<string, unknown> };
  return Object.keys(body.versions);
}

async function expectNothingPublished(): Promise<void> {
  expect(await publishedVersions('fresh-lib')).toEqual([]);
  expect(await publishedVersions('taken-lib')).toEqual(['1.0.0']);
  expect(
    (await readdir(registry.storage))
      .filter((name) => !name.startsWith('.'))
      .sort(),
  ).toEqual(['taken-lib']);
}

const codes = (report: StageReport) =>
  report.findings.map((finding) => finding.code);

describe('publish-dry-run against verdaccio', () => {
  it('passes a good setup: reachable, authenticated, version free, valid, and reads no production variable', async () => {
    const { report, reads, text } = await dryRun(
      'fresh-lib-1.0.0.tgz',
      registry.url,
      registry.token,
    );
    expect(codes(report)).toEqual([]);
    expect(report.ok).toBe(true);
    const [row] = report['table'] as Record<string, unknown>[];
    expect(row).toMatchObject({
      artifact: 'lib',
      target: 'npm-staging',
      reachable: true,
      authenticated: true,
      versionFree: true,
      packageValid: true,
      allowed: 'not checked',
    });
    expect((report['table'] as unknown[]).length).toBe(1);
    expect(reads.has('NPM_PRODUCTION_TOKEN')).toBe(false);
    expect(reads.has('*enumerated*')).toBe(false);
    expectNoLeak(text, [registry.token, productionCanary]);
    const summary = await journalSummary();
    expect(summary).toContain('lib→npm-staging would publish');
    expect(summary.replace('nothing published', '')).not.toMatch(/published/);
    await expectNothingPublished();
  });

  it('reports a bad token as PUBLISH_AUTH_FAILED with the variable to fix, and leaks no form of it', async () => {
    const { report, text } = await dryRun(
      'fresh-lib-1.0.0.tgz',
      registry.url,
      canaries.npmToken,
    );
    expect(codes(report)).toContain('PUBLISH_AUTH_FAILED');
    const finding = report.findings.find(
      (item) => item.code === 'PUBLISH_AUTH_FAILED',
    );
    expect(finding?.remediation).toContain('NPM_STAGING_TOKEN');
    expect(finding?.location?.pointer).toBe('/artifacts/0/targets/0');
    expect(report.ok).toBe(false);
    expectNoLeak(text, [canaries.npmToken, productionCanary]);
    expect(await journalSummary()).toContain('lib→npm-staging failed: auth');
    await expectNothingPublished();
  });

  it('reports a taken version as PUBLISH_VERSION_EXISTS', async () => {
    const { report } = await dryRun(
      'taken-lib-1.0.0.tgz',
      registry.url,
      registry.token,
    );
    expect(codes(report)).toContain('PUBLISH_VERSION_EXISTS');
    expect(report['table']).toMatchObject([
      { versionFree: false, authenticated: true },
    ]);
    await expectNothingPublished();
  });

  it('reports a refused connection as PUBLISH_REGISTRY_UNREACHABLE within the deadline', async () => {
    const port = await freePort();
    const started = Date.now();
    const { report } = await dryRun(
      'fresh-lib-1.0.0.tgz',
      `http://127.0.0.1:${port}`,
      registry.token,
    );
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(codes(report)).toEqual(['PUBLISH_REGISTRY_UNREACHABLE']);
    expect(report['table']).toMatchObject([{ reachable: false }]);
    expect(report.findings[0]?.message).toMatch(/refused/);
  });

  it('reports an unresolvable host (ENOTFOUND) as PUBLISH_REGISTRY_UNREACHABLE', async () => {
    const { report } = await dryRun(
      'fresh-lib-1.0.0.tgz',
      'http://registry.shipshape-test.invalid',
      registry.token,
    );
    expect(codes(report)).toEqual(['PUBLISH_REGISTRY_UNREACHABLE']);
    expect(report.findings[0]?.message).toMatch(/DNS|resolve/);
  });

  it('finds one variable configured for staging and production as PUBLISH_CREDENTIAL_SHARED', async () => {
    await project.write(
      '1.0.0',
      [
        {
          name: 'lib',
          kind: 'npm',
          path: 'fresh-lib-1.0.0.tgz',
          targets: ['npm-staging'],
        },
      ],
      registries(registry.url, 'NPM_STAGING_TOKEN'),
    );
    const { context } = project.context({ NPM_STAGING_TOKEN: registry.token });
    const report = await runPublishDryRunStage(context);
    expect(codes(report)).toContain('PUBLISH_CREDENTIAL_SHARED');
    expectNoLeak(JSON.stringify(report), [registry.token]);
    await expectNothingPublished();
  });

  it('finds the same value in two variables across a staging and a later production run, without reading the other environment', async () => {
    await project.write(
      '1.0.0',
      [
        {
          name: 'lib',
          kind: 'npm',
          path: 'fresh-lib-1.0.0.tgz',
          targets: ['npm-staging', 'npm-production'],
        },
      ],
      registries(registry.url),
    );
    const staging = project.context({
      NPM_STAGING_TOKEN: registry.token,
      NPM_PRODUCTION_TOKEN: registry.token,
    });
    const first = await runPublishDryRunStage(staging.context);
    expect(codes(first)).not.toContain('PUBLISH_CREDENTIAL_SHARED');
    expect(staging.reads.has('NPM_PRODUCTION_TOKEN')).toBe(false);
    const production = project.context({
      NPM_STAGING_TOKEN: productionCanary,
      NPM_PRODUCTION_TOKEN: registry.token,
    });
    const second = await runPublishDryRunStage(production.context, {
      environment: 'production',
    });
    expect(production.reads.has('NPM_STAGING_TOKEN')).toBe(false);
    expect(codes(second)).toContain('PUBLISH_CREDENTIAL_SHARED');
    const fingerprints = await readFile(
      join(project.dir, '.shipshape', 'credential-fingerprints.json'),
      'utf8',
    );
    expectNoLeak(fingerprints + JSON.stringify(second), [registry.token]);
    await expectNothingPublished();
  });

  it('refuses an environment name that could escape the evidence folder', async () => {
    const { context } = project.context({});
    await expect(
      runPublishDryRunStage(context, { environment: '../../etc' }),
    ).rejects.toThrow(/PUBLISH_ENVIRONMENT_INVALID|must be letters/);
  });

  it('refuses an environment no registry belongs to, naming the known ones', async () => {
    await project.write(
      '1.0.0',
      [
        {
          name: 'lib',
          kind: 'npm',
          path: 'fresh-lib-1.0.0.tgz',
          targets: ['npm-staging'],
        },
      ],
      registries(registry.url),
    );
    const { context } = project.context({});
    await expect(
      runPublishDryRunStage(context, { environment: 'qa' }),
    ).rejects.toThrow(/known environments: production, staging/);
  });
});
