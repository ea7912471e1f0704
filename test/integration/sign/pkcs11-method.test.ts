// Method pkcs11 through Debian's SoftHSM2, a real PKCS#11 module.
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
  makeSoftHSMToken,
  softHSMAvailable,
  type SoftHSMToken,
} from '../../helpers/softhsm.ts';
import {
  makeKeyPair,
  makeSignProject,
  type SignProject,
} from '../../unit/sign/support/sign-project.ts';

const required = softHSMAvailable || process.env['CI'] === 'true';
let token: SoftHSMToken | undefined;
let project: SignProject;

beforeAll(async () => {
  if (!required) return;
  token = await makeSoftHSMToken();
  token.generateKey('release-ec');
  token.generateKey('release-rsa', 'rsa:2048');
});
afterAll(async () => {
  await token?.cleanup();
});
beforeEach(async () => {
  project = await makeSignProject({
    SOFTHSM2_CONF: token?.env['SOFTHSM2_CONF'],
    RELEASE_PIN: token?.pin,
  });
  await writeFile(
    join(project.dir, 'policy.yaml'),
    `signing:\n  methods: [pkcs11]\n  require-hardware-key: true\n  pkcs11: { token-label: ${token?.tokenLabel ?? 'none'}, label: release-ec, pin-env: RELEASE_PIN }\n`,
  );
});
afterEach(async () => {
  await project.cleanup();
});

describe.skipIf(!required)(
  'method pkcs11 (needs: apt-get install -y softhsm2 opensc)',
  () => {
    it('signs on the token under require-hardware-key, and the bundle verifies with the token public key', async () => {
      const report = await runSignStage(project.context, {
        files: ['a.txt', 'dist/b.bin'],
      });
      expect(report.ok).toBe(true);
      expect(report).toMatchObject({
        method: 'pkcs11',
        hardwareBacked: true,
        algorithm: 'ecdsa-p256-sha256',
      });
      const bundle = JSON.parse(
        await readFile(join(project.dir, 'a.txt.sigstore.json'), 'utf8'),
      );
      expect(bundle.mediaType).toBe(
        'application/vnd.dev.sigstore.bundle.v0.3+json',
      );
      const result = await verifySignature({
        file: 'a.txt',
        bundle: 'a.txt.sigstore.json',
        key: '.shipshape/evidence/sign/signing-key.pub.pem',
        cwd: project.dir,
      });
      expect(result.ok).toBe(true);
    });

    it('signs with an RSA key on the token too', async () => {
      const report = await runSignStage(project.context, {
        key: 'release-rsa',
        files: ['a.txt'],
      });
      expect(report.ok).toBe(true);
      expect(report['algorithm']).toBe('rsa-pkcs1-sha256');
      const result = await verifySignature({
        file: 'a.txt',
        bundle: 'a.txt.sigstore.json',
        key: '.shipshape/evidence/sign/signing-key.pub.pem',
        cwd: project.dir,
      });
      expect(result.ok).toBe(true);
    });

    it('rejects a token signature after a byte flips or under another key', async () => {
      await runSignStage(project.context, { files: ['a.txt'] });
      await writeFile(join(project.dir, 'other.pub'), makeKeyPair().publicPEM);
      const wrongKey = await verifySignature({
        file: 'a.txt',
        bundle: 'a.txt.sigstore.json',
        key: 'other.pub',
        cwd: project.dir,
      });
      expect(wrongKey.ok).toBe(false);
      await writeFile(join(project.dir, 'a.txt'), 'artifact A\n');
      const flipped = await verifySignature({
        file: 'a.txt',
        bundle: 'a.txt.sigstore.json',
        key: '.shipshape/evidence/sign/signing-key.pub.pem',
        cwd: project.dir,
      });
      expect(flipped.ok).toBe(false);
    });

    it('fails with a clear error for a wrong PIN and never prints the PIN', async () => {
      project.context.env['RELEASE_PIN'] = '999999';
      const failure = await runSignStage(project.context, {
        files: ['a.txt'],
      }).catch((error: unknown) => error);
      expect(failure).toMatchObject({ code: 'SIGN_PKCS11_FAILED' });
      expect((failure as Error).message).not.toContain('999999');
    });

    it('asks for the PIN named by signing.pkcs11.pin-env when it is not set', async () => {
      delete project.context.env['RELEASE_PIN'];
      await expect(
        runSignStage(project.context, { method: 'pkcs11', files: ['a.txt'] }),
      ).rejects.toMatchObject({
        code: 'SIGN_PKCS11_PIN_MISSING',
        message: expect.stringContaining('RELEASE_PIN'),
      });
    });

    it('refuses a key label the token does not hold', async () => {
      await expect(
        runSignStage(project.context, { key: 'no-such-key', files: ['a.txt'] }),
      ).rejects.toMatchObject({ code: 'SIGN_PKCS11_KEY_MISSING' });
    });
  },
);
