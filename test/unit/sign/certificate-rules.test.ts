import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runSignStage } from '@shipshape/core/sign/sign-stage';
import {
  makeKeyPair,
  makeSignProject,
  type SignProject,
} from './support/sign-project.ts';
import { makeTestCA, type TestCA } from './support/openssl-ca.ts';

const day = 24 * 60 * 60 * 1000;
let project: SignProject;
let ca: TestCA;

beforeEach(async () => {
  project = await makeSignProject();
  ca = await makeTestCA(project.dir);
  await writeFile(join(project.dir, 'leaf.key'), makeKeyPair().privatePEM);
  await writeFile(
    join(project.dir, 'policy.yaml'),
    'signing: { methods: [key], ca: ca.pem, min-remaining-days: 30 }\n',
  );
});
afterEach(async () => {
  await project.cleanup();
});

/** Writes key + certificate into one PEM and signs a.txt with it. */
async function signWithCertificate(certificatePEM: string) {
  const key = await readFile(join(project.dir, 'leaf.key'), 'utf8');
  await writeFile(join(project.dir, 'bundle.pem'), `${key}${certificatePEM}`);
  return runSignStage(project.context, {
    method: 'key',
    key: 'bundle.pem',
    files: ['a.txt'],
  });
}

function codes(report: { findings: { code: string }[] }): string[] {
  return report.findings.map((finding) => finding.code);
}

describe('X.509 certificates beside a signing key', () => {
  it('accepts a current code-signing certificate issued by signing.ca', async () => {
    const now = Date.now();
    const report = await signWithCertificate(
      await ca.issue(
        'leaf.key',
        'release-signer',
        new Date(now - day),
        new Date(now + 365 * day),
      ),
    );
    expect(report.ok).toBe(true);
  });

  it('refuses an expired certificate', async () => {
    const report = await signWithCertificate(
      await ca.issue(
        'leaf.key',
        'old',
        new Date('2020-01-01'),
        new Date('2020-02-01'),
      ),
    );
    expect(codes(report)).toEqual(['SIGN_CERT_EXPIRED']);
    await expect(
      readFile(join(project.dir, 'a.txt.sigstore.json')),
    ).rejects.toThrow();
  });

  it('refuses a certificate that is not valid yet', async () => {
    const now = Date.now();
    const report = await signWithCertificate(
      await ca.issue(
        'leaf.key',
        'future',
        new Date(now + 10 * day),
        new Date(now + 400 * day),
      ),
    );
    expect(codes(report)).toEqual(['SIGN_CERT_NOT_YET_VALID']);
  });

  it('refuses a certificate that expires within min-remaining-days', async () => {
    const now = Date.now();
    const report = await signWithCertificate(
      await ca.issue(
        'leaf.key',
        'soon',
        new Date(now - day),
        new Date(now + 10 * day),
      ),
    );
    expect(codes(report)).toEqual(['SIGN_CERT_EXPIRES_SOON']);
  });

  it('refuses a certificate without the code-signing usage', async () => {
    const now = Date.now();
    const report = await signWithCertificate(
      await ca.issue(
        'leaf.key',
        'server',
        new Date(now - day),
        new Date(now + 365 * day),
        'serverauth',
      ),
    );
    expect(codes(report)).toEqual(['SIGN_CERT_NOT_CODE_SIGNING']);
  });

  it('refuses a certificate from another CA', async () => {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(project.dir, 'other'));
    const other = await makeTestCA(join(project.dir, 'other'), 'Other CA');
    await writeFile(
      join(project.dir, 'other', 'leaf.key'),
      await readFile(join(project.dir, 'leaf.key')),
    );
    const now = Date.now();
    const report = await signWithCertificate(
      await other.issue(
        'leaf.key',
        'stranger',
        new Date(now - day),
        new Date(now + 365 * day),
      ),
    );
    expect(codes(report)).toEqual(['SIGN_CERT_UNTRUSTED']);
  });

  it('refuses a certificate for another key', async () => {
    await writeFile(join(project.dir, 'another.key'), makeKeyPair().privatePEM);
    const now = Date.now();
    const report = await signWithCertificate(
      await ca.issue(
        'another.key',
        'someone-else',
        new Date(now - day),
        new Date(now + 365 * day),
      ),
    );
    expect(codes(report)).toEqual(['SIGN_CERT_KEY_MISMATCH']);
  });

  it('requires a certificate when signing.ca is set', async () => {
    const report = await runSignStage(project.context, {
      method: 'key',
      key: 'leaf.key',
      files: ['a.txt'],
    });
    expect(codes(report)).toEqual(['SIGN_CERT_MISSING']);
  });
});
