/**
 * The PyPI and NuGet probes against protocol-level stand-ins (no PyPI or
 * NuGet server is packaged for Debian): PyPI's JSON API and a NuGet v3
 * feed on 127.0.0.1. Each stand-in records every request: none may be an
 * upload.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPublishDryRunStage } from '@shipshape/core/publish-dry-run/publish-dry-run-stage';
import type { StageReport } from '@shipshape/core';
import { expectNoLeak } from '../../helpers/canaries.ts';
import {
  dryRunProject,
  type DryRunProject,
} from '../../helpers/registries/dry-run-project.ts';
import {
  nugetHandler,
  pypiHandler,
  startStandIn,
  type StandIn,
} from '../../helpers/registries/stand-ins.ts';
import { pypiToken } from '../../helpers/registries/macaroon.ts';
import {
  goodMetadata,
  writeNupkg,
  writeSdist,
  writeWheel,
  zipOf,
} from '../../helpers/registries/artifacts.ts';

let pypi: StandIn;
let nuget: StandIn;
let project: DryRunProject;
const codes = (report: StageReport) =>
  report.findings.map((finding) => finding.code);

beforeAll(async () => {
  pypi = await startStandIn(pypiHandler({ 'acme-widgets': ['0.9.0'] }));
  nuget = await startStandIn(nugetHandler({ 'acme.widgets': ['0.9.0'] }));
  project = await dryRunProject();
  await writeWheel(project.dir, 'acme_widgets', '1.0.0');
  await writeWheel(project.dir, 'acme_widgets', '0.9.0');
  await writeSdist(project.dir, 'acme_widgets', '1.0.0');
  await writeWheel(
    project.dir,
    'acme_widgets',
    '2.0.0',
    goodMetadata('acme_widgets', '2.0.0')
      .replace('Metadata-Version: 2.1', 'Metadata-Version: 9.9')
      .replace('text/markdown', 'text/html'),
  );
  await writeFile(
    join(project.dir, 'bomb-1.0.0-py3-none-any.whl'),
    zipOf({ 'bomb-1.0.0.dist-info/METADATA': 'A'.repeat(3 * 1024 * 1024) }),
  );
  await writeNupkg(project.dir, 'Acme.Widgets', '1.0.0');
  await writeNupkg(project.dir, 'Acme.Widgets', '0.9.0');
  await writeNupkg(project.dir, 'Acme.Broken', '1.0.0', '');
});
afterAll(async () => {
  await project.cleanup();
  await pypi.stop();
  await nuget.stop();
});

async function pypiRun(
  file: string,
  version: string,
  token: string,
): Promise<StageReport> {
  await project.write(
    version,
    [
      {
        name: 'acme-widgets',
        kind: 'pypi',
        path: file,
        targets: ['pypi-staging'],
      },
    ],
    {
      'pypi-staging': {
        kind: 'pypi',
        url: pypi.url,
        environment: 'staging',
        credentials: 'PYPI_STAGING',
      },
    },
  );
  const { context } = project.context({ PYPI_STAGING: token });
  const report = await runPublishDryRunStage(context);
  expectNoLeak(JSON.stringify(report), [token]);
  expect(
    pypi.requests.filter(
      (item) => item.method !== 'GET' && item.method !== 'HEAD',
    ),
  ).toEqual([]);
  return report;
}

const scoped = pypiToken([
  [0, 4102444800, 0],
  [1, ['acme-widgets']],
]);

describe('publish-dry-run against a PyPI stand-in', () => {
  it('passes a valid wheel with a project-scoped token', async () => {
    const report = await pypiRun(
      'acme_widgets-1.0.0-py3-none-any.whl',
      '1.0.0',
      scoped,
    );
    expect(codes(report)).toEqual([]);
    expect(report['table']).toMatchObject([
      {
        reachable: true,
        authenticated: 'not checked',
        allowed: true,
        versionFree: true,
        packageValid: true,
      },
    ]);
  });

  it('passes a valid sdist (PKG-INFO)', async () => {
    const report = await pypiRun('acme_widgets-1.0.0.tar.gz', '1.0.0', scoped);
    expect(codes(report)).toEqual([]);
  });

  it('reports a version on the index as PUBLISH_VERSION_EXISTS', async () => {
    const report = await pypiRun(
      'acme_widgets-0.9.0-py3-none-any.whl',
      '0.9.0',
      scoped,
    );
    expect(codes(report)).toEqual(['PUBLISH_VERSION_EXISTS']);
  });

  it('reports metadata twine would refuse as PUBLISH_PACKAGE_INVALID, one finding per problem', async () => {
    const report = await pypiRun(
      'acme_widgets-2.0.0-py3-none-any.whl',
      '2.0.0',
      scoped,
    );
    const messages = report.findings.map((item) => item.message).join('\n');
    expect(
      codes(report).filter((code) => code === 'PUBLISH_PACKAGE_INVALID'),
    ).toHaveLength(2);
    expect(messages).toMatch(/Metadata-Version 9\.9/);
    expect(messages).toMatch(/text\/html/);
  });

  it('refuses a METADATA that inflates past the cap', async () => {
    const report = await pypiRun(
      'bomb-1.0.0-py3-none-any.whl',
      '1.0.0',
      scoped,
    );
    expect(codes(report)).toContain('PUBLISH_PACKAGE_INVALID');
  });

  it('reports an expired token as PUBLISH_CREDENTIAL_EXPIRED', async () => {
    const report = await pypiRun(
      'acme_widgets-1.0.0-py3-none-any.whl',
      '1.0.0',
      pypiToken([
        [0, 1000, 0],
        [1, ['acme-widgets']],
      ]),
    );
    expect(codes(report)).toEqual(['PUBLISH_CREDENTIAL_EXPIRED']);
  });

  it('reports a token scoped to another project as PUBLISH_TOKEN_SCOPE', async () => {
    const report = await pypiRun(
      'acme_widgets-1.0.0-py3-none-any.whl',
      '1.0.0',
      pypiToken([[1, ['other-project']]]),
    );
    expect(codes(report)).toEqual(['PUBLISH_TOKEN_SCOPE']);
  });

  it('warns about a user-wide token (more rights than publishing needs)', async () => {
    const report = await pypiRun(
      'acme_widgets-1.0.0-py3-none-any.whl',
      '1.0.0',
      pypiToken([{ version: 1, permissions: 'user' }]),
    );
    expect(report.findings).toMatchObject([
      { code: 'PUBLISH_TOKEN_TOO_BROAD', severity: 'warning' },
    ]);
    expect(report.ok).toBe(true);
  });

  it('reports a value that is not a PyPI token as PUBLISH_AUTH_FAILED', async () => {
    const report = await pypiRun(
      'acme_widgets-1.0.0-py3-none-any.whl',
      '1.0.0',
      'not-a-pypi-token-at-all',
    );
    expect(codes(report)).toEqual(['PUBLISH_AUTH_FAILED']);
  });
});

describe('publish-dry-run against a NuGet stand-in', () => {
  async function nugetRun(file: string, version: string): Promise<StageReport> {
    await project.write(
      version,
      [
        {
          name: 'Acme.Widgets',
          kind: 'nuget',
          path: file,
          targets: ['nuget-staging'],
        },
      ],
      {
        'nuget-staging': {
          kind: 'nuget',
          url: `${nuget.url}/v3/index.json`,
          environment: 'staging',
          credentials: 'NUGET_STAGING',
        },
      },
    );
    const { context } = project.context({
      NUGET_STAGING: 'oy2CANARYnugetkey0123456789',
    });
    const report = await runPublishDryRunStage(context);
    expect(nuget.requests.filter((item) => item.method !== 'GET')).toEqual([]);
    return report;
  }

  it('passes a new version and says the key is not checkable', async () => {
    const report = await nugetRun('Acme.Widgets.1.0.0.nupkg', '1.0.0');
    expect(codes(report)).toEqual([]);
    expect(report['table']).toMatchObject([
      {
        reachable: true,
        authenticated: 'not checked',
        allowed: 'not checked',
        versionFree: true,
        packageValid: true,
      },
    ]);
  });

  it('reports a version in the flat container as PUBLISH_VERSION_EXISTS', async () => {
    const report = await nugetRun('Acme.Widgets.0.9.0.nupkg', '0.9.0');
    expect(codes(report)).toEqual(['PUBLISH_VERSION_EXISTS']);
  });

  it('reports a .nuspec without authors as PUBLISH_PACKAGE_INVALID', async () => {
    const report = await nugetRun('Acme.Broken.1.0.0.nupkg', '1.0.0');
    expect(codes(report)).toEqual(['PUBLISH_PACKAGE_INVALID']);
  });
});
