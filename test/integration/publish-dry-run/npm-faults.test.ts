/**
 * The npm probe against a stand-in registry that answers each endpoint in
 * a chosen fault mode: 403, 429 with a long Retry-After, 5xx, an HTML
 * page, a two-factor account. Also: a target naming no registry, and
 * provenance readiness inside GitHub Actions.
 */
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPublishDryRunStage } from '@shipshape/core/publish-dry-run/publish-dry-run-stage';
import type { StageReport } from '@shipshape/core';
import {
  dryRunProject,
  type DryRunProject,
} from '../../helpers/registries/dry-run-project.ts';
import {
  startStandIn,
  type StandIn,
} from '../../helpers/registries/stand-ins.ts';
import { writeNpmTarball } from '../../helpers/registries/npm-tarball.ts';

type Mode = 'ok' | 'forbidden' | 'rate-limited' | 'down' | 'html' | 'otp';
let mode: Mode = 'ok';
let server: StandIn;
let project: DryRunProject;
const codes = (report: StageReport) =>
  report.findings.map((finding) => finding.code);

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

beforeAll(async () => {
  server = await startStandIn((request, response) => {
    const path = request.url ?? '';
    if (mode === 'rate-limited') {
      response.writeHead(429, {
        'retry-after': '1934',
        'content-type': 'text/html',
      });
      response.end('<html>Too many requests</html>');
    } else if (mode === 'down') json(response, 503, {});
    else if (mode === 'html' && path === '/-/whoami') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end('<html>Sign in</html>');
    } else if (path === '/-/ping') json(response, 200, {});
    else if (path === '/-/whoami' && mode === 'forbidden')
      json(response, 403, { error: 'forbidden' });
    else if (path === '/-/whoami')
      json(response, 200, { username: 'release-bot' });
    else if (path === '/-/npm/v1/user')
      json(response, 200, {
        tfa:
          mode === 'otp' ? { mode: 'auth-and-writes', pending: false } : false,
      });
    else json(response, 404, { error: 'not found' });
  });
  project = await dryRunProject();
  await writeNpmTarball(project.dir, 'fresh-lib', '1.0.0');
});
afterAll(async () => {
  await project.cleanup();
  await server.stop();
});

async function dryRun(
  next: Mode,
  env: Record<string, string> = {},
  targets = ['npm-staging'],
  extra: Record<string, string> = {},
): Promise<StageReport> {
  mode = next;
  await project.write(
    '1.0.0',
    [{ name: 'lib', kind: 'npm', path: 'fresh-lib-1.0.0.tgz', targets }],
    {
      'npm-staging': {
        kind: 'npm',
        url: server.url,
        environment: 'staging',
        credentials: 'NPM_STAGING_TOKEN',
        ...extra,
      },
    },
  );
  const { context } = project.context({
    NPM_STAGING_TOKEN: 'npm_standinTOKEN0123456789',
    ...env,
  });
  return runPublishDryRunStage(context, {
    http: { retryDelayMs: 10, deadlineMs: 8000 },
  });
}

describe('publish-dry-run npm faults', () => {
  it('reports a 403 as PUBLISH_PERMISSION_DENIED naming the variable', async () => {
    const report = await dryRun('forbidden');
    expect(codes(report)).toContain('PUBLISH_PERMISSION_DENIED');
    expect(
      report.findings.find((item) => item.code === 'PUBLISH_PERMISSION_DENIED')
        ?.remediation,
    ).toContain('NPM_STAGING_TOKEN');
  });

  it('fails fast on a 429 with a long Retry-After as PUBLISH_RATE_LIMITED', async () => {
    const started = Date.now();
    const report = await dryRun('rate-limited');
    expect(codes(report)).toEqual(['PUBLISH_RATE_LIMITED']);
    expect(report.findings[0]?.message).toMatch(/retry after 1934 s/);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('reports a 503 after bounded retries as PUBLISH_SERVER_ERROR', async () => {
    const before = server.requests.length;
    const report = await dryRun('down');
    expect(codes(report)).toEqual(['PUBLISH_SERVER_ERROR']);
    expect(server.requests.length - before).toBe(3);
  });

  it('reports an HTML page where JSON was expected as PUBLISH_UNEXPECTED_ANSWER', async () => {
    const report = await dryRun('html');
    expect(codes(report)).toContain('PUBLISH_UNEXPECTED_ANSWER');
  });

  it('reports an account that wants a one-time password per publish as PUBLISH_OTP_REQUIRED', async () => {
    const report = await dryRun('otp');
    expect(codes(report)).toContain('PUBLISH_OTP_REQUIRED');
  });

  it('warns in GitHub Actions when the job cannot request an OIDC token for provenance', async () => {
    const report = await dryRun('ok', { GITHUB_ACTIONS: 'true' });
    expect(report.findings).toMatchObject([
      { code: 'PUBLISH_PROVENANCE_NOT_READY', severity: 'warning' },
    ]);
    const ready = await dryRun('ok', {
      GITHUB_ACTIONS: 'true',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1:1/token',
    });
    expect(codes(ready)).toEqual([]);
  });

  it('reports a target that names no registry as PUBLISH_TARGET_UNKNOWN at its line', async () => {
    const report = await dryRun('ok', {}, ['npm-staging', 'npm-nowhere']);
    const finding = report.findings.find(
      (item) => item.code === 'PUBLISH_TARGET_UNKNOWN',
    );
    expect(finding?.location).toMatchObject({
      file: 'release.yaml',
      pointer: '/artifacts/0/targets/1',
    });
    expect(finding?.location?.line).toBeGreaterThan(0);
  });

  it('reports a token of another user than expected-identity as PUBLISH_IDENTITY_MISMATCH', async () => {
    const report = await dryRun('ok', {}, ['npm-staging'], {
      'expected-identity': 'acme-publisher',
    });
    expect(codes(report)).toEqual(['PUBLISH_IDENTITY_MISMATCH']);
    const matching = await dryRun('ok', {}, ['npm-staging'], {
      'expected-identity': 'release-bot',
    });
    expect(codes(matching)).toEqual([]);
  });

  it('says "not checked" for package validity when npm is not on PATH', async () => {
    const path = process.env['PATH'];
    process.env['PATH'] = '/nonexistent';
    try {
      const report = await dryRun('ok');
      expect(report['table']).toMatchObject([{ packageValid: 'not checked' }]);
      expect(JSON.stringify(report['table'])).toContain('npm is not on PATH');
    } finally {
      process.env['PATH'] = path;
    }
  });

  it('reports an unset credential variable as PUBLISH_CREDENTIAL_MISSING', async () => {
    mode = 'ok';
    const { context } = project.context({});
    const report = await runPublishDryRunStage(context);
    expect(codes(report)).toContain('PUBLISH_CREDENTIAL_MISSING');
  });
});
