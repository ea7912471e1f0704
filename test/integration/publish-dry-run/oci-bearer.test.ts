/**
 * The OCI Bearer token flow, which Debian's docker-registry (htpasswd,
 * Basic only) cannot show: a stand-in registry that challenges with
 * `Bearer realm=…,service=…`, and a token endpoint on the same server that
 * wants Basic credentials and records the scope it was asked for. Also an
 * OCI image layout given as a tar archive.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { create } from 'tar';
import { runPublishDryRunStage } from '@shipshape/core/publish-dry-run/publish-dry-run-stage';
import type { StageReport } from '@shipshape/core';
import { canaries, expectNoLeak } from '../../helpers/canaries.ts';
import {
  dryRunProject,
  type DryRunProject,
} from '../../helpers/registries/dry-run-project.ts';
import {
  startStandIn,
  type StandIn,
} from '../../helpers/registries/stand-ins.ts';
import { writeOCILayout } from '../../helpers/registries/artifacts.ts';

const issued = 'oci-issued-token-CANARY-0123456789';
let server: StandIn;
let project: DryRunProject;
let digest: string;
const scopes: string[] = [];
let pushAllowed = true;

beforeAll(async () => {
  server = await startStandIn((request, response) => {
    const url = new URL(request.url ?? '/', 'http://x');
    const auth = request.headers.authorization ?? '';
    if (url.pathname === '/token') {
      scopes.push(url.searchParams.get('scope') ?? '');
      const good = `Basic ${Buffer.from(`pusher:${canaries.password}`).toString('base64')}`;
      response.writeHead(auth === good ? 200 : 401, {
        'content-type': 'application/json',
      });
      response.end(auth === good ? JSON.stringify({ token: issued }) : '{}');
      return;
    }
    if (auth !== `Bearer ${issued}`) {
      response.writeHead(401, {
        'www-authenticate': `Bearer realm="http://${request.headers.host ?? ''}/token",service="stand-in"`,
      });
      response.end();
      return;
    }
    if (url.pathname === '/v2/') response.writeHead(200).end('{}');
    else if (request.method === 'HEAD') response.writeHead(404).end();
    else if (request.method === 'POST')
      response
        .writeHead(
          pushAllowed ? 202 : 403,
          pushAllowed
            ? { location: '/v2/acme/widget/blobs/uploads/session-1' }
            : {},
        )
        .end();
    else if (request.method === 'DELETE') response.writeHead(204).end();
    else response.writeHead(405).end();
  });
  project = await dryRunProject();
  digest = await writeOCILayout(join(project.dir, 'layout'));
  await create(
    {
      file: join(project.dir, 'image.tar'),
      cwd: join(project.dir, 'layout'),
      portable: true,
    },
    ['oci-layout', 'index.json', 'blobs'],
  );
});
afterAll(async () => {
  await project.cleanup();
  await server.stop();
});

async function dryRun(
  credential: string,
  path = 'layout',
): Promise<StageReport> {
  await project.write(
    '1.0.0',
    [
      {
        name: 'widget',
        kind: 'container',
        path,
        digest,
        coordinates: 'acme/widget',
        targets: ['oci-staging'],
      },
    ],
    {
      'oci-staging': {
        kind: 'container',
        url: server.url,
        environment: 'staging',
        credentials: 'OCI_STAGING',
      },
    },
  );
  const { context } = project.context({ OCI_STAGING: credential });
  const report = await runPublishDryRunStage(context);
  expectNoLeak(JSON.stringify(report), [credential, issued]);
  return report;
}

describe('publish-dry-run OCI Bearer flow', () => {
  it('asks for a push-scoped token, opens and cancels an upload session, and passes', async () => {
    const report = await dryRun(`pusher:${canaries.password}`);
    expect(report.findings).toEqual([]);
    expect(scopes.at(-1)).toBe('repository:acme/widget:push,pull');
    const methods = server.requests.map((item) => item.method);
    expect(methods).toContain('DELETE');
    expect(
      methods.filter((method) => method === 'PUT' || method === 'PATCH'),
    ).toEqual([]);
  });

  it('reads an OCI layout given as a tar archive', async () => {
    const report = await dryRun(`pusher:${canaries.password}`, 'image.tar');
    expect(report['table']).toMatchObject([{ packageValid: true }]);
  });

  it('reports a token request refused with 401 as PUBLISH_AUTH_FAILED', async () => {
    const report = await dryRun('pusher:wrong-password-1');
    expect(report.findings.map((item) => item.code)).toEqual([
      'PUBLISH_AUTH_FAILED',
    ]);
  });

  it('reports a refused upload session as PUBLISH_PERMISSION_DENIED', async () => {
    pushAllowed = false;
    try {
      const report = await dryRun(`pusher:${canaries.password}`);
      expect(report.findings.map((item) => item.code)).toEqual([
        'PUBLISH_PERMISSION_DENIED',
      ]);
      expect(report['table']).toMatchObject([
        { authenticated: true, allowed: false },
      ]);
    } finally {
      pushAllowed = true;
    }
  });
});
