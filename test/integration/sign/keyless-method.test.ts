// Method keyless against @sigstore/mock (Fulcio, Rekor, TSA) served on
// 127.0.0.1, with an OIDC token endpoint stand-in: no network.
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
  vi,
} from 'vitest';
import { runSignStage } from '@shipshape/core/sign/sign-stage';
import {
  verifySignature,
  type VerifyOptions,
} from '@shipshape/core/sign/verify-signature';
import {
  githubIssuer,
  releaseWorkflow,
  startSigstoreMock,
  type SigstoreMock,
} from '../../helpers/sigstore-mock.ts';
import { expectNoLeak } from '../../helpers/canaries.ts';
import {
  makeSignProject,
  type SignProject,
} from '../../unit/sign/support/sign-project.ts';

let mock: SigstoreMock;
let project: SignProject;
let root = '';

beforeAll(async () => {
  mock = await startSigstoreMock();
});
afterAll(async () => {
  await mock.close();
});
beforeEach(async () => {
  mock.setIdentity({ issuer: githubIssuer, subject: releaseWorkflow });
  mock.issuedTokens.length = 0;
  project = await makeSignProject(mock.oidcEnv);
  root = await mock.writeTrustedRoot(join(project.dir, 'trusted_root.json'));
  await writePolicy('');
});
afterEach(async () => {
  vi.useRealTimers();
  await project.cleanup();
});

async function writePolicy(extra: string): Promise<void> {
  await writeFile(
    join(project.dir, 'policy.yaml'),
    `signing:\n  methods: [keyless]\n  keyless: { fulcio-url: '${mock.url}', rekor-url: '${mock.url}', tsa-url: '${mock.url}', trusted-root: trusted_root.json }\n${extra}`,
  );
}

function expected(overrides: Partial<VerifyOptions> = {}): VerifyOptions {
  return {
    file: 'a.txt',
    bundle: 'a.txt.sigstore.json',
    certificateIdentity: releaseWorkflow,
    certificateOIDCIssuer: githubIssuer,
    trustedRoot: root,
    cwd: project.dir,
    ...overrides,
  };
}

describe('method keyless', () => {
  it('signs every file under one certificate with a log entry and a timestamp, and verifies offline', async () => {
    const report = await runSignStage(project.context, {
      files: ['a.txt', 'dist/b.bin'],
    });
    expect(report.ok).toBe(true);
    expect(report).toMatchObject({
      method: 'keyless',
      identity: releaseWorkflow,
      assurance: 'integrity and identity',
      algorithm: 'ecdsa-p256-sha256',
    });
    const a = JSON.parse(
      await readFile(join(project.dir, 'a.txt.sigstore.json'), 'utf8'),
    );
    const b = JSON.parse(
      await readFile(join(project.dir, 'dist/b.bin.sigstore.json'), 'utf8'),
    );
    expect(a.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    // One leaf certificate, never a chain with the root in it.
    expect(a.verificationMaterial.x509CertificateChain).toBeUndefined();
    expect(a.verificationMaterial.certificate.rawBytes).toBe(
      b.verificationMaterial.certificate.rawBytes,
    );
    expect(a.verificationMaterial.tlogEntries).toHaveLength(1);
    expect(
      a.verificationMaterial.timestampVerificationData.rfc3161Timestamps,
    ).toHaveLength(1);
    expect(mock.issuedTokens).toHaveLength(1);
    expect(await verifySignature(expected())).toMatchObject({
      ok: true,
      method: 'keyless',
      identity: releaseWorkflow,
    });
  });

  it('counts as allowed under require-hardware-key', async () => {
    await writePolicy('  require-hardware-key: true\n');
    const report = await runSignStage(project.context, { files: ['a.txt'] });
    expect(report).toMatchObject({
      ok: true,
      method: 'keyless',
      hardwareBacked: false,
    });
  });

  it('accepts an identity pattern that matches the whole subject', async () => {
    await runSignStage(project.context, { files: ['a.txt'] });
    const pattern =
      'https://github\\.com/acme/widgets/\\.github/workflows/release\\.yml@refs/tags/v.*';
    expect(
      (
        await verifySignature(
          expected({
            certificateIdentity: undefined,
            certificateIdentityPattern: pattern,
          }),
        )
      ).ok,
    ).toBe(true);
    expect(
      (
        await verifySignature(
          expected({
            certificateIdentity: undefined,
            certificateIdentityPattern: 'acme',
          }),
        )
      ).ok,
    ).toBe(false);
  });

  it('rejects the bundle for another certificate identity', async () => {
    await runSignStage(project.context, { files: ['a.txt'] });
    const result = await verifySignature(
      expected({
        certificateIdentity:
          'https://github.com/acme/widgets/.github/workflows/other.yml@refs/heads/main',
      }),
    );
    expect(result.ok).toBe(false);
    expect(result.problems.join()).toContain('certificate identity');
  });

  it('rejects the bundle for another OIDC issuer', async () => {
    await runSignStage(project.context, { files: ['a.txt'] });
    const result = await verifySignature(
      expected({ certificateOIDCIssuer: 'https://accounts.example.test' }),
    );
    expect(result.ok).toBe(false);
    expect(result.problems.join()).toContain('OIDC issuer');
  });

  it('rejects a bundle made by another identity and another issuer', async () => {
    mock.setIdentity({
      issuer: 'https://gitlab.example.test',
      subject:
        'https://gitlab.example.test/acme/widgets//.gitlab-ci.yml@refs/heads/main',
    });
    await runSignStage(project.context, { files: ['a.txt'] });
    const result = await verifySignature(expected());
    expect(result.ok).toBe(false);
    expect(result.problems).toHaveLength(2);
  });

  it('refuses to verify keyless bundles without an expected identity', async () => {
    await runSignStage(project.context, { files: ['a.txt'] });
    await expect(
      verifySignature(expected({ certificateIdentity: undefined })),
    ).rejects.toMatchObject({ code: 'VERIFY_IDENTITY_REQUIRED' });
    await expect(
      verifySignature(expected({ certificateOIDCIssuer: undefined })),
    ).rejects.toMatchObject({ code: 'VERIFY_IDENTITY_REQUIRED' });
  });

  it('rejects the bundle after one byte of the file flips', async () => {
    await runSignStage(project.context, { files: ['a.txt'] });
    await writeFile(join(project.dir, 'a.txt'), 'artifact A\n');
    expect((await verifySignature(expected())).ok).toBe(false);
  });

  it('rejects a bundle whose certificate is not from the trusted root', async () => {
    await runSignStage(project.context, { files: ['a.txt'] });
    const other = await startSigstoreMock();
    try {
      const otherRoot = await other.writeTrustedRoot(
        join(project.dir, 'other_root.json'),
      );
      const result = await verifySignature(
        expected({ trustedRoot: otherRoot }),
      );
      expect(result.ok).toBe(false);
    } finally {
      await other.close();
    }
  });

  it('judges the certificate by the signed timestamp, not the local clock', async () => {
    await runSignStage(project.context, { files: ['a.txt'] });
    // A year later the 10-minute certificate has long expired by the
    // local clock, and the signature still holds at its signed time.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 365 * 24 * 3600 * 1000);
    expect((await verifySignature(expected())).ok).toBe(true);
  });

  it('refuses an identity that signing.identities does not list, before signing', async () => {
    await writePolicy(
      `  identities:\n    - { issuer: '${githubIssuer}', subject: 'https://github.com/acme/widgets/.github/workflows/publish.yml@refs/heads/main' }\n`,
    );
    const report = await runSignStage(project.context, { files: ['a.txt'] });
    expect(report.findings.map((finding) => finding.code)).toEqual([
      'SIGN_IDENTITY_NOT_ALLOWED',
    ]);
    await expect(
      readFile(join(project.dir, 'a.txt.sigstore.json')),
    ).rejects.toThrow();
    await writePolicy(
      `  identities:\n    - { issuer: '${githubIssuer}', subject-pattern: 'https://github\\.com/acme/widgets/.*' }\n`,
    );
    expect((await runSignStage(project.context, { files: ['a.txt'] })).ok).toBe(
      true,
    );
  });

  it('refuses an identity outside signing.identities subject-pattern, and a malformed pattern', async () => {
    await writePolicy(
      `  identities:\n    - { issuer: '${githubIssuer}', subject-pattern: 'https://github\\.com/acme/other/.*' }\n`,
    );
    const report = await runSignStage(project.context, { files: ['a.txt'] });
    expect(report.findings.map((finding) => finding.code)).toEqual([
      'SIGN_IDENTITY_NOT_ALLOWED',
    ]);
    await writePolicy(
      `  identities:\n    - { issuer: '${githubIssuer}', subject-pattern: 'https://(' }\n`,
    );
    await expect(
      runSignStage(project.context, { files: ['a.txt'] }),
    ).rejects.toMatchObject({ code: 'PATTERN_INVALID' });
  });

  it('refuses an allowed subject from the wrong issuer', async () => {
    await writePolicy(
      `  identities:\n    - { issuer: 'https://accounts.example.test', subject: '${releaseWorkflow}' }\n`,
    );
    const report = await runSignStage(project.context, { files: ['a.txt'] });
    expect(report.findings.map((finding) => finding.code)).toEqual([
      'SIGN_IDENTITY_NOT_ALLOWED',
    ]);
  });

  it('says which permissions line to add when the job cannot request a token', async () => {
    delete project.context.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
    delete project.context.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
    await expect(
      runSignStage(project.context, { method: 'keyless', files: ['a.txt'] }),
    ).rejects.toMatchObject({
      code: 'SIGN_OIDC_UNAVAILABLE',
      message: expect.stringContaining('permissions: id-token: write'),
    });
  });

  it('takes the trusted root from SHIPSHAPE_TRUSTED_ROOT when the policy names none', async () => {
    await writeFile(
      join(project.dir, 'policy.yaml'),
      `signing:\n  keyless: { fulcio-url: '${mock.url}', rekor-url: '${mock.url}', tsa-url: '${mock.url}' }\n`,
    );
    // Without a root from either, TUF would be asked (keyless-tuf.test.ts).
    project.context.env['SHIPSHAPE_TRUSTED_ROOT'] = 'trusted_root.json';
    expect(
      (
        await runSignStage(project.context, {
          method: 'keyless',
          files: ['a.txt'],
        })
      ).ok,
    ).toBe(true);
  });

  it('fails before writing anything when Fulcio is unreachable', async () => {
    await writeFile(
      join(project.dir, 'policy.yaml'),
      `signing:\n  keyless: { fulcio-url: 'http://127.0.0.1:9', rekor-url: '${mock.url}', tsa-url: '${mock.url}', trusted-root: trusted_root.json }\n`,
    );
    await expect(
      runSignStage(project.context, { method: 'keyless', files: ['a.txt'] }),
    ).rejects.toMatchObject({ code: 'SIGN_KEYLESS_FAILED' });
    await expect(
      readFile(join(project.dir, 'a.txt.sigstore.json')),
    ).rejects.toThrow();
  });

  it('never lets the runtime token or the identity token reach the report or the log', async () => {
    const report = await runSignStage(project.context, { files: ['a.txt'] });
    const text = [
      JSON.stringify(report),
      project.logger.text(),
      await readFile(join(project.dir, '.shipshape/journal.jsonl'), 'utf8'),
      await readFile(join(project.dir, 'a.txt.sigstore.json'), 'utf8'),
    ].join('\n');
    expectNoLeak(text, [mock.requestToken, ...mock.issuedTokens]);
    expect(project.context.secrets.leaks(mock.requestToken)).toBe(true);
  });
});
