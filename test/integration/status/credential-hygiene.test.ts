import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createStageContext, type Finding } from '@shipshape/core';
import { checkCredentialHygiene } from '@shipshape/core/status/credential-hygiene';
import { pypiTokenScope } from '@shipshape/core/status/pypi-token';
import { collectStatus } from '@shipshape/core/status/collect-status';
import { renderStatusMarkdown } from '@shipshape/core/status/status-markdown';
import { expectNoLeak } from '../../helpers/canaries.ts';
import { tempDir } from '../../helpers/temp-project.ts';

const now = new Date('2026-12-03T09:00:00Z');
const staging = 'npm_STAGINGcanary0123456789abcdefABCD';
const production = 'npm_PRODUCTIONcanary0123456789abcdefAB';

interface Verdaccio {
  url: string;
  token: string;
  user: string;
  stop: () => Promise<void>;
}
let verdaccio: Verdaccio;
const verdaccioModule = '../../../scripts/lib/verdaccio.mjs';

beforeAll(async () => {
  const { startVerdaccio } = (await import(verdaccioModule)) as {
    startVerdaccio: (options: { user: string }) => Promise<Verdaccio>;
  };
  verdaccio = await startVerdaccio({ user: 'release-bot' });
});
afterAll(async () => {
  await verdaccio.stop();
});

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function check(
  policy: string,
  env: Record<string, string>,
): Promise<Finding[]> {
  const temp = await tempDir();
  cleanups.push(temp.cleanup);
  await writeFile(join(temp.dir, 'policy.yaml'), policy);
  const context = createStageContext({
    cwd: temp.dir,
    env,
    now: () => now,
    clock: () => now,
  });
  const findings = await checkCredentialHygiene(context, {
    retry: { attempts: 1 },
  });
  expectNoLeak(
    JSON.stringify(findings),
    Object.values(env).filter((value) => value.length > 12),
  );
  return findings;
}

function registries(staged: string, produced: string, extra = ''): string {
  return `registries:
  npm-staging: {kind: npm, url: "${staged}", environment: staging, credentials: NPM_STAGING_TOKEN${extra}}
  npm-production: {kind: npm, url: "${produced}", environment: production, credentials: NPM_PRODUCTION_TOKEN}
`;
}

const offline = 'credentials: {max-age-days: 90, query-registries: false}\n';
const unused = 'http://127.0.0.1:9';

/** A stand-in of npm's token list (verdaccio has none): GET /-/npm/v1/tokens. */
async function startTokenList(
  tokens: Record<string, unknown>[],
): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    response.setHeader('content-type', 'application/json');
    if (request.url?.startsWith('/-/npm/v1/tokens')) {
      response.end(JSON.stringify({ objects: tokens, urls: {} }));
    } else {
      response.statusCode = 404;
      response.end('{}');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((done) =>
        server.close(() => {
          done();
        }),
      );
    },
  };
}

describe('credential hygiene', () => {
  it('runs inside status when policy.yaml has a credentials section, showing no secret', async () => {
    const temp = await tempDir();
    cleanups.push(temp.cleanup);
    const policy = registries(unused, unused) + offline;
    await writeFile(join(temp.dir, 'policy.yaml'), policy);
    const env = { NPM_STAGING_TOKEN: staging, NPM_PRODUCTION_TOKEN: staging };
    const context = createStageContext({
      cwd: temp.dir,
      env,
      now: () => now,
      clock: () => now,
    });
    const status = await collectStatus(context);
    expect(status.credentials.map((f) => f.code)).toEqual([
      'CREDENTIAL_REUSED',
    ]);
    const markdown = renderStatusMarkdown(status);
    expect(markdown).toContain('### Credential hygiene');
    expect(markdown).toContain('CREDENTIAL\\_REUSED');
    expectNoLeak(markdown + JSON.stringify(status), [staging]);
    await writeFile(join(temp.dir, 'policy.yaml'), registries(unused, unused));
    expect((await collectStatus(context)).credentials).toEqual([]);
  });

  it('finds a token older than credentials.max-age-days from <NAME>_CREATED_AT', async () => {
    const findings = await check(registries(unused, unused) + offline, {
      NPM_STAGING_TOKEN: staging,
      NPM_STAGING_TOKEN_CREATED_AT: '2026-08-01',
    });
    expect(findings.map((f) => f.code)).toEqual(['CREDENTIAL_TOO_OLD']);
    expect(findings[0]?.message).toContain(
      'NPM_STAGING_TOKEN (registry npm-staging) was created 124 days ago',
    );
    expect(findings[0]?.remediation).toContain('rotate NPM_STAGING_TOKEN');
    expect(findings[0]?.location).toEqual({
      file: 'policy.yaml',
      pointer: '/registries/npm-staging/credentials',
    });
    const young = await check(registries(unused, unused) + offline, {
      NPM_STAGING_TOKEN: staging,
      NPM_STAGING_TOKEN_CREATED_AT: '2026-11-01T00:00:00Z',
    });
    expect(young).toEqual([]);
  });

  it('warns about an unreadable <NAME>_CREATED_AT', async () => {
    const findings = await check(registries(unused, unused) + offline, {
      NPM_STAGING_TOKEN: staging,
      NPM_STAGING_TOKEN_CREATED_AT: 'last spring',
    });
    expect(findings.map((f) => [f.code, f.severity])).toEqual([
      ['CREDENTIAL_CREATED_AT_INVALID', 'warning'],
    ]);
  });

  it('finds the same secret behind two variables by comparing hashes', async () => {
    const findings = await check(registries(unused, unused) + offline, {
      NPM_STAGING_TOKEN: staging,
      NPM_PRODUCTION_TOKEN: staging,
    });
    expect(findings.map((f) => f.code)).toEqual(['CREDENTIAL_REUSED']);
    expect(findings[0]?.message).toContain(
      'NPM_STAGING_TOKEN and NPM_PRODUCTION_TOKEN hold the same secret',
    );
    expect(findings[0]?.message).toContain('environments staging, production');
  });

  it('finds a production credential present in a staging run', async () => {
    const env = {
      NPM_STAGING_TOKEN: staging,
      NPM_PRODUCTION_TOKEN: production,
    };
    const findings = await check(registries(unused, unused) + offline, {
      ...env,
      SHIPSHAPE_ENVIRONMENT: 'staging',
    });
    expect(findings.map((f) => f.code)).toEqual(['CREDENTIAL_EXPOSED']);
    expect(findings[0]?.message).toBe(
      'NPM_PRODUCTION_TOKEN (the production credential of registry npm-production) is set in a run for environment staging',
    );
    expect(
      await check(registries(unused, unused) + offline, {
        NPM_STAGING_TOKEN: staging,
        SHIPSHAPE_ENVIRONMENT: 'staging',
      }),
    ).toEqual([]);
  });

  it('finds a credential that authenticates as someone other than expected-identity (verdaccio /-/whoami)', async () => {
    const policy = (identity: string) =>
      registries(verdaccio.url, unused, `, expected-identity: ${identity}`) +
      'credentials: {}\n';
    const wrong = await check(policy('acme-publisher'), {
      NPM_STAGING_TOKEN: verdaccio.token,
    });
    expect(wrong.map((f) => f.code)).toEqual(['CREDENTIAL_IDENTITY_MISMATCH']);
    expect(wrong[0]?.message).toContain(
      'as "release-bot", not the expected-identity "acme-publisher"',
    );
    const right = await check(policy('release-bot'), {
      NPM_STAGING_TOKEN: verdaccio.token,
    });
    expect(right).toEqual([]);
  });

  it('finds an npm token that is read-write with no CIDR restriction, and its age, from the token list', async () => {
    const key = createHash('sha512').update(staging).digest('hex');
    const broad = await startTokenList([
      {
        token: 'npm_OTHER…',
        key: 'f'.repeat(128),
        readonly: true,
        cidr_whitelist: [],
        created: '2020-01-01T00:00:00Z',
      },
      {
        token: 'npm_STAG…',
        key,
        readonly: false,
        cidr_whitelist: null,
        created: '2026-01-01T00:00:00Z',
      },
    ]);
    cleanups.push(broad.close);
    const findings = await check(
      registries(broad.url, unused) + 'credentials: {max-age-days: 180}\n',
      { NPM_STAGING_TOKEN: staging },
    );
    expect(findings.map((f) => f.code).sort()).toEqual([
      'CREDENTIAL_TOO_BROAD',
      'CREDENTIAL_TOO_OLD',
    ]);
    expect(
      findings.find((f) => f.code === 'CREDENTIAL_TOO_BROAD')?.remediation,
    ).toContain('narrow NPM_STAGING_TOKEN');
    const narrow = await startTokenList([
      {
        token: 'npm_STAG…',
        key,
        readonly: false,
        cidr_whitelist: ['192.0.2.0/24'],
        created: '2026-11-01T00:00:00Z',
      },
    ]);
    cleanups.push(narrow.close);
    expect(
      await check(
        registries(narrow.url, unused) + 'credentials: {max-age-days: 180}\n',
        { NPM_STAGING_TOKEN: staging },
      ),
    ).toEqual([]);
  });

  it('finds a PyPI token without a project caveat', async () => {
    const policy = `registries:\n  pypi: {kind: pypi, url: "${unused}", environment: production, credentials: PYPI_TOKEN}\ncredentials: {}\n`;
    const userWide = pypiToken(['{"version": 1, "permissions": "user"}']);
    const findings = await check(policy, { PYPI_TOKEN: userWide });
    expect(findings.map((f) => f.code)).toEqual(['CREDENTIAL_TOO_BROAD']);
    expect(findings[0]?.message).toContain(
      'PYPI_TOKEN (registry pypi) is a PyPI token for every project',
    );
    expect(
      await check(policy, {
        PYPI_TOKEN: pypiToken(['[1,["widget-lib"]]', '[3,"user-id"]']),
      }),
    ).toEqual([]);
    expect(
      await check(policy, {
        PYPI_TOKEN: pypiToken([
          '{"version": 1, "permissions": {"projects": ["widget-lib"]}}',
        ]),
      }),
    ).toEqual([]);
  });

  it('reads PyPI macaroon caveats and refuses what is not a macaroon', () => {
    expect(pypiTokenScope(pypiToken([]))).toBe('user');
    expect(pypiTokenScope('pypi-bm90IGEgbWFjYXJvb24')).toBe('unreadable');
    expect(pypiTokenScope(pypiToken(['[1,["x"]]']).slice(0, 30))).toBe(
      'unreadable',
    );
    expect(pypiTokenScope('npm_abc')).toBe('unreadable');
  });

  it('notes a registry that cannot be asked, without failing', async () => {
    const findings = await check(
      registries(unused, unused, ', expected-identity: someone') +
        'credentials: {}\n',
      { NPM_STAGING_TOKEN: staging },
    );
    expect(findings.map((f) => [f.code, f.severity])).toEqual([
      ['CREDENTIAL_CHECK_UNAVAILABLE', 'note'],
    ]);
  });
});

/** Builds a PyPI-style v2 macaroon with the given first-party caveats. */
function pypiToken(caveats: string[]): string {
  const field = (type: number, text: string | Buffer) => {
    const data = Buffer.isBuffer(text) ? text : Buffer.from(text);
    return Buffer.concat([Buffer.from([type, data.length]), data]);
  };
  const parts = [
    Buffer.from([2]),
    field(1, 'pypi.org'),
    field(2, 'identifier-0123'),
    Buffer.from([0]),
  ];
  for (const caveat of caveats) parts.push(field(2, caveat), Buffer.from([0]));
  parts.push(Buffer.from([0]), field(6, Buffer.alloc(32, 7)));
  return `pypi-${Buffer.concat(parts).toString('base64url')}`;
}
