// Method gpg against the real gpg binary, in a temporary GNUPGHOME.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
} from 'vitest';
import { runSignStage } from '@shipshape/core/sign/sign-stage';
import { verifySignature } from '@shipshape/core/sign/verify-signature';
import {
  gpgAvailable,
  makeGPGHome,
  type GPGHome,
} from '../../helpers/gpg-home.ts';
import {
  makeSignProject,
  type SignProject,
} from '../../unit/sign/support/sign-project.ts';

const required = gpgAvailable || process.env['CI'] === 'true';
let gpg: GPGHome | undefined;
let good = '';
let other = '';
let expired = '';
let revoked = '';
let project: SignProject;

beforeAll(async () => {
  if (!required) return;
  gpg = await makeGPGHome();
  const home = gpg;
  good = home.makeKey('Release Signer <release@example.test>');
  other = home.makeKey('Someone Else <else@example.test>');
  expired = home.makeKey('Old Signer <old@example.test>', { expired: true });
  revoked = home.makeKey('Revoked Signer <revoked@example.test>');
  await home.revoke(revoked);
});
afterAll(async () => {
  await gpg?.cleanup();
});
beforeEach(async () => {
  project = await makeSignProject({ GNUPGHOME: gpg?.home });
});
afterEach(async () => {
  await project.cleanup();
});

describe.skipIf(!required)('method gpg (needs: apt-get install -y gpg)', () => {
  it('writes detached armored signatures that gpg --verify accepts for the expected key', async () => {
    const report = await runSignStage(project.context, {
      method: 'gpg',
      key: good,
      files: ['a.txt', 'dist/b.bin'],
    });
    expect(report.ok).toBe(true);
    const signature = await readFile(join(project.dir, 'a.txt.asc'), 'utf8');
    expect(signature).toContain('-----BEGIN PGP SIGNATURE-----');
    const byHome = await verifySignature({
      file: 'a.txt',
      signature: 'a.txt.asc',
      fingerprint: good,
      cwd: project.dir,
      env: project.context.env,
    });
    expect(byHome).toMatchObject({ ok: true, method: 'gpg', identity: good });
    const keyFile = await gpg!.exportKey(
      good,
      join(project.dir, 'release.asc'),
    );
    const byKey = await verifySignature({
      file: 'a.txt',
      signature: 'a.txt.asc',
      key: keyFile,
      cwd: project.dir,
      env: project.context.env,
    });
    expect(byKey.ok).toBe(true);
    expect(
      report.evidence.some((item) => item.path.endsWith('SHA256SUMS.asc')),
    ).toBe(true);
    expect(report['assurance']).toBe('integrity and identity');
    // The test keys are OpenPGP Ed25519 keys.
    expect(report['algorithm']).toBe('ed25519');
  });

  it('takes the key id from signing.gpg.key-id when none is given', async () => {
    await writeFile(
      join(project.dir, 'policy.yaml'),
      `signing: { methods: [keyless, gpg], gpg: { key-id: '${good}' } }\n`,
    );
    const report = await runSignStage(project.context, { files: ['a.txt'] });
    expect(report).toMatchObject({ ok: true, method: 'gpg', identity: good });
  });

  it('rejects a signature after one byte of the file flips', async () => {
    await runSignStage(project.context, {
      method: 'gpg',
      key: good,
      files: ['a.txt'],
    });
    await writeFile(join(project.dir, 'a.txt'), 'artifact A\n');
    const result = await verifySignature({
      file: 'a.txt',
      signature: 'a.txt.asc',
      fingerprint: good,
      cwd: project.dir,
      env: project.context.env,
    });
    expect(result.ok).toBe(false);
    expect(result.problems).toContain('the signature does not match the file');
  });

  it('rejects a good signature from another key than the expected one', async () => {
    await runSignStage(project.context, {
      method: 'gpg',
      key: other,
      files: ['a.txt'],
    });
    const keyFile = await gpg!.exportKey(
      good,
      join(project.dir, 'release.asc'),
    );
    const result = await verifySignature({
      file: 'a.txt',
      signature: 'a.txt.asc',
      key: keyFile,
      cwd: project.dir,
      env: project.context.env,
    });
    expect(result.ok).toBe(false);
    const byFingerprint = await verifySignature({
      file: 'a.txt',
      signature: 'a.txt.asc',
      fingerprint: good,
      cwd: project.dir,
      env: project.context.env,
    });
    expect(byFingerprint.ok).toBe(false);
    expect(byFingerprint.problems.join()).toContain('not the expected');
  });

  it('refuses to sign with an expired key', async () => {
    const report = await runSignStage(project.context, {
      method: 'gpg',
      key: expired,
      files: ['a.txt'],
    });
    expect(report.findings.map((finding) => finding.code)).toEqual([
      'SIGN_KEY_EXPIRED',
    ]);
    await expect(readFile(join(project.dir, 'a.txt.asc'))).rejects.toThrow();
  });

  it('refuses to sign with a revoked key', async () => {
    const report = await runSignStage(project.context, {
      method: 'gpg',
      key: revoked,
      files: ['a.txt'],
    });
    expect(report.findings.map((finding) => finding.code)).toContain(
      'SIGN_KEY_REVOKED',
    );
  });

  it('refuses a key that expires within min-remaining-days', async () => {
    await writeFile(
      join(project.dir, 'policy.yaml'),
      'signing: { methods: [gpg], min-remaining-days: 1000 }\n',
    );
    const report = await runSignStage(project.context, {
      method: 'gpg',
      key: good,
      files: ['a.txt'],
    });
    expect(report.findings.map((finding) => finding.code)).toEqual([
      'SIGN_KEY_EXPIRES_SOON',
    ]);
  });

  it('refuses a GPG key that is not on a card under require-hardware-key', async () => {
    await writeFile(
      join(project.dir, 'policy.yaml'),
      'signing: { methods: [gpg], require-hardware-key: true }\n',
    );
    const report = await runSignStage(project.context, {
      method: 'gpg',
      key: good,
      files: ['a.txt'],
    });
    expect(report.findings.map((finding) => finding.code)).toEqual([
      'SIGN_HARDWARE_KEY_REQUIRED',
    ]);
  });

  it('refuses an unknown key id as bad input', async () => {
    await expect(
      runSignStage(project.context, {
        method: 'gpg',
        key: 'ABCDEF0123456789',
        files: ['a.txt'],
      }),
    ).rejects.toMatchObject({ code: 'SIGN_GPG_KEY_MISSING' });
  });
});
