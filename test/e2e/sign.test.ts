// The bundled sign action (dist/sign/index.js) and the bundled CLI, run as
// the runner and a user would. Needs `npm run build` first.
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canaries, expectNoLeak } from '../helpers/canaries.ts';
import { runBundle, runCLI } from '../helpers/run-bundle.ts';
import {
  githubIssuer,
  releaseWorkflow,
  startSigstoreMock,
  type SigstoreMock,
} from '../helpers/sigstore-mock.ts';
import { copyExample, tempDir } from '../helpers/temp-project.ts';
import {
  refusingURL,
  startTUFMirror,
  type TUFMirror,
} from '../helpers/tuf-mirror.ts';

let project: { dir: string; cleanup: () => Promise<void> };
const passphrase = canaries.password;
const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const lockedPEM = privateKey
  .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase })
  .toString();
const plainPEM = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

beforeEach(async () => {
  project = await copyExample();
});
afterEach(async () => {
  await project.cleanup();
});

/**
 * What a reader of the job log sees: the runner consumes `::add-mask::`
 * commands (they carry the values to mask) and never shows them.
 */
function shownText(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}

async function workspaceText(): Promise<string> {
  const files = [
    '.shipshape/reports/sign.json',
    '.shipshape/journal.jsonl',
    '.shipshape/evidence/sign/verification.log',
  ];
  const texts = await Promise.all(
    files.map((file) =>
      readFile(join(project.dir, file), 'utf8').catch(() => ''),
    ),
  );
  return texts.join('\n');
}

describe('the sign action bundle', () => {
  it('signs the example artifacts with a key from the environment and leaks neither key nor passphrase', async () => {
    const run = await runBundle('sign', {
      cwd: project.dir,
      inputs: {
        method: 'key',
        key: 'env:RELEASE_KEY',
        'key-passphrase': passphrase,
      },
      env: { RELEASE_KEY: lockedPEM },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    const bundles = JSON.parse(run.outputs['bundles'] ?? '[]') as string[];
    expect(bundles.sort()).toEqual([
      'dist/widget-docs-1.4.0.tar.gz.sigstore.json',
      'dist/widget-lib-1.4.0.tgz.sigstore.json',
    ]);
    expect(run.outputs['checksums']).toBe(
      '.shipshape/evidence/sign/SHA256SUMS',
    );
    expect(run.outputs['ok']).toBe('true');
    execFileSync('sha256sum', ['-c', run.outputs['checksums'] ?? ''], {
      cwd: project.dir,
    });
    expect(run.summary).toContain('SIGN\\_INTEGRITY\\_ONLY');
    expect(run.stdout).toContain('::add-mask::');
    const everything = `${shownText(run.everything)}\n${await workspaceText()}`;
    expectNoLeak(everything, [lockedPEM, plainPEM, passphrase]);
  });

  it('says which permissions line to add when keyless signing has no OIDC token', async () => {
    const run = await runBundle('sign', {
      cwd: project.dir,
      inputs: { method: 'keyless' },
    });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toContain('permissions: id-token: write');
  });

  it('refuses a key file under require-hardware-key with exit code 1', async () => {
    await writeFile(
      join(project.dir, 'policy.yaml'),
      'signing: { methods: [key, pkcs11], require-hardware-key: true }\n',
    );
    await writeFile(join(project.dir, 'release.key'), plainPEM);
    const run = await runBundle('sign', {
      cwd: project.dir,
      inputs: { method: 'key', key: 'release.key' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('SIGN_HARDWARE_KEY_REQUIRED');
  });

  it('refuses key material pasted into the key input without echoing it', async () => {
    const run = await runBundle('sign', {
      cwd: project.dir,
      inputs: { method: 'key', key: plainPEM },
    });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toContain('SIGN_KEY_INLINE');
    expectNoLeak(shownText(run.everything), [plainPEM]);
  });
});

describe('the shipshape CLI', () => {
  it('signs given files without a manifest or policy and verifies them: 0 holds, 1 does not, 2 bad input', async () => {
    const { dir } = project;
    await writeFile(join(dir, 'notes.txt'), 'release notes\n');
    const sign = await runCLI(
      [
        'sign',
        '--method',
        'key',
        '--key',
        'ephemeral',
        '--workspace',
        'ws',
        'notes.txt',
      ],
      { cwd: dir },
    );
    expect(sign.exitCode, sign.stderr).toBe(0);
    expect(sign.stdout).toContain('proves that the artifacts have not changed');
    const pub = 'ws/evidence/sign/signing-key.pub.pem';
    const ok = await runCLI(
      [
        'verify',
        'notes.txt',
        '--bundle',
        'notes.txt.sigstore.json',
        '--key',
        pub,
        '--json',
      ],
      { cwd: dir },
    );
    expect(ok.exitCode).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, method: 'key' });
    await writeFile(join(dir, 'notes.txt'), 'release notes!\n');
    const bad = await runCLI(
      [
        'verify',
        'notes.txt',
        '--bundle',
        'notes.txt.sigstore.json',
        '--key',
        pub,
      ],
      { cwd: dir },
    );
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout).toContain('FAILED');
    await writeFile(join(dir, 'broken.json'), '{"mediaType": 1}');
    const malformed = await runCLI(
      ['verify', 'notes.txt', '--bundle', 'broken.json', '--key', pub],
      { cwd: dir },
    );
    expect(malformed.exitCode).toBe(2);
    expect(malformed.stderr).toContain('broken.json');
    const usage = await runCLI(['verify', 'notes.txt', '--key', pub], {
      cwd: dir,
    });
    expect(usage.exitCode).toBe(2);
  });

  it('keeps a passphrase from the environment out of every output', async () => {
    const { dir } = project;
    await writeFile(join(dir, 'release.key'), lockedPEM);
    const sign = await runCLI(
      ['sign', '--method', 'key', '--key', 'release.key', '--json'],
      { cwd: dir, env: { SHIPSHAPE_KEY_PASSPHRASE: passphrase } },
    );
    expect(sign.exitCode, sign.stderr).toBe(0);
    const wrong = await runCLI(
      ['sign', '--method', 'key', '--key', 'release.key'],
      { cwd: dir, env: { SHIPSHAPE_KEY_PASSPHRASE: `${passphrase}-wrong` } },
    );
    expect(wrong.exitCode).toBe(2);
    expectNoLeak(
      [
        sign.stdout,
        sign.stderr,
        wrong.stdout,
        wrong.stderr,
        await workspaceText(),
      ].join('\n'),
      [lockedPEM, plainPEM, passphrase, `${passphrase}-wrong`],
    );
  });
});

describe('keyless signing through TUF, bundled', () => {
  let mock: SigstoreMock;
  let mirror: TUFMirror;
  let tuf: { dir: string; cleanup: () => Promise<void> };
  let rootText = '';

  beforeEach(async () => {
    mock = await startSigstoreMock();
    tuf = await tempDir('shipshape-tuf-e2e-');
    rootText = await readFile(
      await mock.writeTrustedRoot(join(tuf.dir, 'trusted_root.json')),
      'utf8',
    );
    mirror = await startTUFMirror({ 'trusted_root.json': rootText }, tuf.dir);
    await writeFile(
      join(project.dir, 'keyless-policy.yaml'),
      `signing:\n  methods: [keyless]\n  keyless: { fulcio-url: '${mock.url}', rekor-url: '${mock.url}', tsa-url: '${mock.url}' }\n`,
    );
  });
  afterEach(async () => {
    await mirror.close();
    await mock.close();
    await tuf.cleanup();
  });

  function signKeyless(env: Record<string, string>) {
    return runBundle('sign', {
      cwd: project.dir,
      inputs: {
        method: 'keyless',
        policy: 'keyless-policy.yaml',
        files: 'release.yaml',
      },
      env: { ...mock.oidcEnv, ...env },
    });
  }

  it('signs with the root from the TUF mirror, keeps it as evidence, and the CLI verifies through TUF', async () => {
    const run = await signKeyless(mirror.env);
    expect(run.exitCode, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs['bundles'] ?? '[]')).toEqual([
      'release.yaml.sigstore.json',
    ]);
    expect(mirror.requests).toContain('/targets/trusted_root.json');
    expect(
      await readFile(
        join(project.dir, '.shipshape/evidence/sign/trusted_root.json'),
        'utf8',
      ),
    ).toBe(rootText);
    expectNoLeak(shownText(run.everything), [
      mock.requestToken,
      ...mock.issuedTokens,
    ]);
    const verify = await runCLI(
      [
        'verify',
        'release.yaml',
        '--bundle',
        'release.yaml.sigstore.json',
        '--certificate-identity',
        releaseWorkflow,
        '--certificate-oidc-issuer',
        githubIssuer,
        '--json',
      ],
      { cwd: project.dir, env: mirror.env },
    );
    expect(verify.exitCode, verify.stderr).toBe(0);
    expect(JSON.parse(verify.stdout)).toMatchObject({
      ok: true,
      method: 'keyless',
    });
  });

  it('exits 2 with a plain message, not a stack trace, when the mirror refuses connections', async () => {
    const refusing = await refusingURL();
    const started = Date.now();
    const run = await signKeyless({
      ...mirror.env,
      SHIPSHAPE_TUF_MIRROR: refusing,
    });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toContain(
      `through TUF from ${refusing}: the TUF metadata could not be fetched or did not verify: fetch failed: connect ECONNREFUSED`,
    );
    expect(run.stdout).toContain('SHIPSHAPE_TRUSTED_ROOT');
    expect(run.everything).not.toMatch(/\n\s+at .+\.js:\d+/);
    expect(mock.issuedTokens).toEqual([]);
  });

  it('exits 2 naming both variables when a mirror has no initial root', async () => {
    const run = await signKeyless({ SHIPSHAPE_TUF_MIRROR: mirror.url });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toMatch(/SHIPSHAPE_TUF_MIRROR.*SHIPSHAPE_TUF_ROOT/);
    expect(mirror.requests).toEqual([]);
  });
});
