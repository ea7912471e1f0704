import { execFileSync } from 'node:child_process';
import { readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundleFromJSON } from '@sigstore/bundle';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { toSignedEntity, toTrustMaterial, Verifier } from '@sigstore/verify';
import { createPublicKey } from 'node:crypto';
import { UserError } from '@shipshape/core';
import { runSignStage } from '@shipshape/core/sign/sign-stage';
import { signFiles } from '@shipshape/core/sign/sign-files';
import { verifySignature } from '@shipshape/core/sign/verify-signature';
import { signingPolicy } from '@shipshape/core/sign/signing-policy';
import {
  makeKeyPair,
  makeSignProject,
  type SignProject,
} from './support/sign-project.ts';

let project: SignProject;

beforeEach(async () => {
  project = await makeSignProject();
});
afterEach(async () => {
  await project.cleanup();
});

async function writeKey(kind: 'p256' | 'p384' | 'ed25519' = 'p256') {
  const pair = makeKeyPair(kind);
  await writeFile(join(project.dir, 'signing.key'), pair.privatePEM);
  await writeFile(join(project.dir, 'signing.pub'), pair.publicPEM);
  return pair;
}

/** @sigstore/verify alone, with nothing but the public key. */
async function verifyWithSigstoreOnly(
  bundleFile: string,
  artifact: string,
  publicPEM: string,
): Promise<boolean> {
  const bundle = bundleFromJSON(JSON.parse(await readFile(bundleFile, 'utf8')));
  const root = TrustedRoot.fromJSON({
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [],
    certificateAuthorities: [],
    ctlogs: [],
    timestampAuthorities: [],
  });
  const trust = toTrustMaterial(root, () => ({
    publicKey: createPublicKey(publicPEM),
    validFor: () => true,
  }));
  const verifier = new Verifier(trust, {
    tlogThreshold: 0,
    ctlogThreshold: 0,
    timestampThreshold: 0,
  });
  try {
    verifier.verify(toSignedEntity(bundle, await readFile(artifact)));
    return true;
  } catch {
    return false;
  }
}

describe('method key', () => {
  it('signs the given files into v0.3 bundles that verify with the public key', async () => {
    const pair = await writeKey();
    const report = await runSignStage(project.context, {
      method: 'key',
      key: 'signing.key',
      files: ['a.txt', 'dist/b.bin'],
    });
    expect(report.ok).toBe(true);
    const bundle = JSON.parse(
      await readFile(join(project.dir, 'a.txt.sigstore.json'), 'utf8'),
    );
    expect(bundle.mediaType).toBe(
      'application/vnd.dev.sigstore.bundle.v0.3+json',
    );
    expect(bundle.verificationMaterial.publicKey.hint).toMatch(
      /^[0-9a-f]{64}$/,
    );
    const result = await verifySignature({
      file: 'a.txt',
      bundle: 'a.txt.sigstore.json',
      key: 'signing.pub',
      cwd: project.dir,
    });
    expect(result).toMatchObject({ ok: true, method: 'key', problems: [] });
    expect(
      await verifyWithSigstoreOnly(
        join(project.dir, 'dist/b.bin.sigstore.json'),
        join(project.dir, 'dist/b.bin'),
        pair.publicPEM,
      ),
    ).toBe(true);
  });

  it('lists every signature, SHA256SUMS, its signature, the public key and the verification log as evidence', async () => {
    await writeKey();
    const report = await runSignStage(project.context, {
      method: 'key',
      key: 'signing.key',
      files: ['a.txt', 'dist/b.bin'],
    });
    const paths = report.evidence.map((item) =>
      item.path.replace(/^.*?(\.shipshape|a\.txt|dist)/, '$1'),
    );
    expect(paths).toEqual(
      expect.arrayContaining([
        'a.txt.sigstore.json',
        'dist/b.bin.sigstore.json',
        '.shipshape/evidence/sign/SHA256SUMS',
        '.shipshape/evidence/sign/SHA256SUMS.sigstore.json',
        '.shipshape/evidence/sign/signing-key.pub.pem',
        '.shipshape/evidence/sign/verification.log',
      ]),
    );
    for (const item of report.evidence)
      expect(item.sha256).toMatch(/^[0-9a-f]{64}$/);
    const log = await readFile(
      join(project.dir, '.shipshape/evidence/sign/verification.log'),
      'utf8',
    );
    expect(log).toContain('a.txt: verified');
    expect(log).toContain('@sigstore/verify');
  });

  it('writes SHA256SUMS that sha256sum -c accepts, and whose bundle verifies', async () => {
    await writeKey();
    await runSignStage(project.context, {
      method: 'key',
      key: 'signing.key',
      files: ['a.txt', 'dist/b.bin'],
    });
    const sums = '.shipshape/evidence/sign/SHA256SUMS';
    const out = execFileSync('sha256sum', ['-c', sums], {
      cwd: project.dir,
      encoding: 'utf8',
    });
    expect(out).toContain('a.txt: OK');
    expect(out).toContain('dist/b.bin: OK');
    const result = await verifySignature({
      file: sums,
      bundle: `${sums}.sigstore.json`,
      key: 'signing.pub',
      cwd: project.dir,
    });
    expect(result.ok).toBe(true);
  });

  it('signs with ECDSA P-384 and Ed25519 keys too', async () => {
    for (const kind of ['p384', 'ed25519'] as const) {
      const pair = await writeKey(kind);
      const report = await runSignStage(project.context, {
        method: 'key',
        key: 'signing.key',
        files: ['a.txt'],
      });
      expect(report.ok).toBe(true);
      const result = await verifySignature({
        file: 'a.txt',
        bundle: 'a.txt.sigstore.json',
        key: 'signing.pub',
        cwd: project.dir,
      });
      expect(result.ok, kind).toBe(true);
      if (kind === 'p384') {
        expect(
          await verifyWithSigstoreOnly(
            join(project.dir, 'a.txt.sigstore.json'),
            join(project.dir, 'a.txt'),
            pair.publicPEM,
          ),
        ).toBe(true);
      }
    }
  });

  it('reads the key from an environment variable and says that a key signature proves integrity, not identity', async () => {
    const pair = makeKeyPair();
    project.context.env['RELEASE_KEY'] = pair.privatePEM;
    const report = await runSignStage(project.context, {
      method: 'key',
      key: 'env:RELEASE_KEY',
      files: ['a.txt'],
    });
    expect(report.ok).toBe(true);
    expect(report['assurance']).toBe('integrity');
    expect(report['algorithm']).toBe('ecdsa-p256-sha256');
    expect(String(report['notice'])).toContain(
      'does not prove who signed them',
    );
    expect(report.findings.map((finding) => finding.code)).toContain(
      'SIGN_INTEGRITY_ONLY',
    );
  });

  it('signs with an ephemeral key whose public key is kept as evidence', async () => {
    const report = await runSignStage(project.context, {
      method: 'key',
      key: 'ephemeral',
      files: ['a.txt'],
    });
    expect(report.ok).toBe(true);
    const result = await verifySignature({
      file: 'a.txt',
      bundle: 'a.txt.sigstore.json',
      key: '.shipshape/evidence/sign/signing-key.pub.pem',
      cwd: project.dir,
    });
    expect(result.ok).toBe(true);
  });

  it('signs a file under a passphrase-protected key', async () => {
    const { generateKeyPairSync } = await import('node:crypto');
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const pem = privateKey
      .export({
        type: 'pkcs8',
        format: 'pem',
        cipher: 'aes-256-cbc',
        passphrase: 'correct horse battery',
      })
      .toString();
    await writeFile(join(project.dir, 'locked.key'), pem);
    await expect(
      runSignStage(project.context, {
        method: 'key',
        key: 'locked.key',
        passphrase: 'wrong passphrase',
        files: ['a.txt'],
      }),
    ).rejects.toMatchObject({ code: 'SIGN_KEY_UNREADABLE' });
    const report = await runSignStage(project.context, {
      method: 'key',
      key: 'locked.key',
      passphrase: 'correct horse battery',
      files: ['a.txt'],
    });
    expect(report.ok).toBe(true);
  });
});

describe('verifying key bundles', () => {
  beforeEach(async () => {
    await writeKey();
    await runSignStage(project.context, {
      method: 'key',
      key: 'signing.key',
      files: ['a.txt', 'dist/b.bin'],
    });
  });

  it('rejects the bundle after one byte of the artifact flips, here and in @sigstore/verify', async () => {
    const file = join(project.dir, 'a.txt');
    const bytes = await readFile(file);
    bytes[0] = (bytes[0] ?? 0) ^ 1;
    await writeFile(file, bytes);
    const result = await verifySignature({
      file: 'a.txt',
      bundle: 'a.txt.sigstore.json',
      key: 'signing.pub',
      cwd: project.dir,
    });
    expect(result.ok).toBe(false);
    expect(result.problems.join()).toContain('digest');
    const pub = await readFile(join(project.dir, 'signing.pub'), 'utf8');
    expect(
      await verifyWithSigstoreOnly(
        join(project.dir, 'a.txt.sigstore.json'),
        file,
        pub,
      ),
    ).toBe(false);
  });

  it('rejects a bundle whose signature bytes were changed', async () => {
    const path = join(project.dir, 'a.txt.sigstore.json');
    const bundle = JSON.parse(await readFile(path, 'utf8'));
    const signature = Buffer.from(
      String(bundle.messageSignature.signature),
      'base64',
    );
    signature[signature.length - 1] =
      (signature[signature.length - 1] ?? 0) ^ 1;
    bundle.messageSignature.signature = signature.toString('base64');
    await writeFile(path, JSON.stringify(bundle));
    const result = await verifySignature({
      file: 'a.txt',
      bundle: 'a.txt.sigstore.json',
      key: 'signing.pub',
      cwd: project.dir,
    });
    expect(result.ok).toBe(false);
    expect(result.problems.join()).toContain('signature does not verify');
  });

  it('rejects the bundle under another public key', async () => {
    await writeFile(join(project.dir, 'other.pub'), makeKeyPair().publicPEM);
    const result = await verifySignature({
      file: 'a.txt',
      bundle: 'a.txt.sigstore.json',
      key: 'other.pub',
      cwd: project.dir,
    });
    expect(result.ok).toBe(false);
  });

  it('rejects a bundle that signs another artifact', async () => {
    const result = await verifySignature({
      file: 'a.txt',
      bundle: 'dist/b.bin.sigstore.json',
      key: 'signing.pub',
      cwd: project.dir,
    });
    expect(result.ok).toBe(false);
    expect(result.problems.join()).toContain('other content');
  });

  it('rejects a bundle whose digest was swapped to match while the signature was not', async () => {
    const a = JSON.parse(
      await readFile(join(project.dir, 'a.txt.sigstore.json'), 'utf8'),
    );
    const b = JSON.parse(
      await readFile(join(project.dir, 'dist/b.bin.sigstore.json'), 'utf8'),
    );
    b.messageSignature.messageDigest = a.messageSignature.messageDigest;
    await writeFile(join(project.dir, 'swapped.json'), JSON.stringify(b));
    const result = await verifySignature({
      file: 'a.txt',
      bundle: 'swapped.json',
      key: 'signing.pub',
      cwd: project.dir,
    });
    expect(result.ok).toBe(false);
  });

  it('refuses a malformed bundle as bad input naming the file', async () => {
    await writeFile(
      join(project.dir, 'bad.json'),
      JSON.stringify({
        mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json',
        verificationMaterial: {},
      }),
    );
    await expect(
      verifySignature({
        file: 'a.txt',
        bundle: 'bad.json',
        key: 'signing.pub',
        cwd: project.dir,
      }),
    ).rejects.toMatchObject({ code: 'BUNDLE_MALFORMED' });
    await writeFile(join(project.dir, 'notjson.json'), '{"mediaType": ');
    await expect(
      verifySignature({
        file: 'a.txt',
        bundle: 'notjson.json',
        key: 'signing.pub',
        cwd: project.dir,
      }),
    ).rejects.toBeInstanceOf(UserError);
  });

  it('refuses a bundle with more log entries than any signer makes', async () => {
    const path = join(project.dir, 'a.txt.sigstore.json');
    const bundle = JSON.parse(await readFile(path, 'utf8'));
    const entry = {
      logIndex: '1',
      logId: { keyId: 'AA==' },
      kindVersion: { kind: 'hashedrekord', version: '0.0.1' },
      integratedTime: '1',
      canonicalizedBody: 'e30=',
      inclusionPromise: { signedEntryTimestamp: 'AA==' },
    };
    bundle.verificationMaterial.tlogEntries = Array.from(
      { length: 10_000 },
      () => entry,
    );
    await writeFile(join(project.dir, 'many.json'), JSON.stringify(bundle));
    await expect(
      verifySignature({
        file: 'a.txt',
        bundle: 'many.json',
        key: 'signing.pub',
        cwd: project.dir,
      }),
    ).rejects.toMatchObject({
      code: expect.stringMatching(/^BUNDLE_(MALFORMED|TOO_LARGE)$/),
    });
  });

  it('asks for the public key instead of accepting a key bundle without one', async () => {
    await expect(
      verifySignature({
        file: 'a.txt',
        bundle: 'a.txt.sigstore.json',
        cwd: project.dir,
      }),
    ).rejects.toMatchObject({ code: 'VERIFY_KEY_REQUIRED' });
  });
});

describe('sign stage rules', () => {
  it('refuses a file or environment key under require-hardware-key and records the decision', async () => {
    await writeKey();
    await writeFile(
      join(project.dir, 'policy.yaml'),
      'signing: { methods: [key, pkcs11], require-hardware-key: true }\n',
    );
    const report = await runSignStage(project.context, {
      method: 'key',
      key: 'signing.key',
      files: ['a.txt'],
    });
    expect(report.ok).toBe(false);
    expect(report.findings.map((finding) => finding.code)).toEqual([
      'SIGN_HARDWARE_KEY_REQUIRED',
    ]);
    await expect(
      readFile(join(project.dir, 'a.txt.sigstore.json')),
    ).rejects.toThrow();
    const journal = await readFile(
      join(project.dir, '.shipshape/journal.jsonl'),
      'utf8',
    );
    expect(journal).toContain('SIGN_HARDWARE_KEY_REQUIRED');
  });

  it('refuses a method the policy does not allow', async () => {
    await writeKey();
    await writeFile(
      join(project.dir, 'policy.yaml'),
      'signing: { methods: [gpg] }\n',
    );
    const report = await runSignStage(project.context, {
      method: 'key',
      key: 'signing.key',
      files: ['a.txt'],
    });
    expect(report.findings.map((finding) => finding.code)).toEqual([
      'SIGN_METHOD_NOT_ALLOWED',
    ]);
  });

  it('picks the first usable method of the policy when none is given', async () => {
    await writeKey();
    await writeFile(
      join(project.dir, 'policy.yaml'),
      'signing: { methods: [keyless, gpg, key] }\n',
    );
    project.context.env['SHIPSHAPE_SIGNING_KEY'] = 'signing.key';
    const report = await runSignStage(project.context, { files: ['a.txt'] });
    expect(report['method']).toBe('key');
  });

  it('refuses an unknown method as bad input', async () => {
    await expect(
      runSignStage(project.context, {
        method: 'cosign' as never,
        files: ['a.txt'],
      }),
    ).rejects.toMatchObject({ code: 'SIGN_METHOD_UNKNOWN' });
  });

  it('refuses a signing policy with unknown keys or an identity without a subject', async () => {
    await writeFile(
      join(project.dir, 'policy.yaml'),
      'signing: { methods: [key], require-hardware: true }\n',
    );
    await expect(
      runSignStage(project.context, {
        method: 'key',
        key: 'ephemeral',
        files: ['a.txt'],
      }),
    ).rejects.toMatchObject({ code: 'CONFIG_SCHEMA_INVALID' });
    await writeFile(
      join(project.dir, 'policy.yaml'),
      "signing: { identities: [{ issuer: 'https://token.actions.githubusercontent.com' }] }\n",
    );
    await expect(
      runSignStage(project.context, {
        method: 'key',
        key: 'ephemeral',
        files: ['a.txt'],
      }),
    ).rejects.toMatchObject({ code: 'CONFIG_SCHEMA_INVALID' });
  });

  it('says what each method lacks when none is usable', async () => {
    await expect(
      runSignStage(project.context, { files: ['a.txt'] }),
    ).rejects.toMatchObject({
      code: 'SIGN_NO_METHOD',
      message: expect.stringContaining('id-token: write'),
    });
  });

  it('refuses a symbolic link that leads out of the project', async () => {
    await writeKey();
    await symlink('/etc/hostname', join(project.dir, 'escape.txt'));
    const report = await runSignStage(project.context, {
      method: 'key',
      key: 'signing.key',
      files: ['escape.txt', 'a.txt'],
    });
    expect(report.findings.map((finding) => finding.code)).toEqual([
      'SIGN_PATH_REFUSED',
    ]);
    await expect(
      readFile(join(project.dir, 'a.txt.sigstore.json')),
    ).rejects.toThrow();
  });

  it('refuses the path API outside the project too', async () => {
    await writeKey();
    await expect(
      signFiles(project.context, ['../outside.txt'], {
        method: 'key',
        key: 'signing.key',
        policy: signingPolicy({}, project.dir),
      }),
    ).rejects.toMatchObject({ code: 'SIGN_PATH_REFUSED' });
  });

  it('signs the manifest artifacts and refuses one whose digest differs from the manifest', async () => {
    await writeKey();
    const { sha256Hex } = await import('@shipshape/core');
    const good = sha256Hex('artifact a\n');
    await writeFile(
      join(project.dir, 'release.yaml'),
      [
        'release: { id: demo-1.0.0, version: 1.0.0 }',
        'artifacts:',
        `  - { name: a, kind: file, path: a.txt, digest: "sha256:${good}", license: MIT, owner: "@acme/a" }`,
        `  - { name: b, kind: file, path: dist/b.bin, digest: "sha256:${'0'.repeat(64)}", license: MIT, owner: "@acme/b" }`,
        '',
      ].join('\n'),
    );
    const report = await runSignStage(project.context, {
      method: 'key',
      key: 'signing.key',
    });
    expect(report.findings).toMatchObject([
      {
        code: 'SIGN_DIGEST_MISMATCH',
        owner: '@acme/b',
        location: { file: 'release.yaml', line: 4 },
      },
    ]);
    await writeFile(
      join(project.dir, 'release.yaml'),
      (await readFile(join(project.dir, 'release.yaml'), 'utf8')).replace(
        '0'.repeat(64),
        sha256Hex(Buffer.from([0, 1, 2, 3])),
      ),
    );
    const second = await runSignStage(project.context, {
      method: 'key',
      key: 'signing.key',
    });
    expect(second.ok).toBe(true);
    expect((second['signatures'] as unknown[]).length).toBe(2);
  });

  it('signs dossier-style files through signFiles and returns what the dossier needs', async () => {
    await writeKey();
    const signed = await signFiles(project.context, ['a.txt'], {
      method: 'key',
      key: 'signing.key',
    });
    expect(signed).toMatchObject([
      {
        file: 'a.txt',
        method: 'key',
        signature: 'a.txt.sigstore.json',
        verification: { ok: true },
      },
    ]);
    expect(signed[0]?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
