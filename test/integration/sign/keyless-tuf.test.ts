// Keyless signing and verification with no trusted root configured: the
// root comes through TUF from a real repository made by @tufjs/repo-mock
// and served on 127.0.0.1, whose trusted_root.json target is the root of
// the @sigstore/mock instance that signs. No request leaves 127.0.0.1.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
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
import {
  exitCodeForError,
  isUserError,
  type StageContext,
} from '@shipshape/core';
import { runPipeline } from '@shipshape/core/dossier/pipeline';
import { verifyDossier } from '@shipshape/core/dossier/verify-dossier';
import {
  dossierVerifierDefaults,
  makeIndexSigner,
} from '@shipshape/core/dossier/index-signer';
import { runSignStage } from '@shipshape/core/sign/sign-stage';
import {
  verifySignature,
  type VerifyOptions,
} from '@shipshape/core/sign/verify-signature';
import { fetchTrustedRoot } from '@shipshape/core/sign/tuf-trusted-root';
import {
  githubIssuer,
  releaseWorkflow,
  startSigstoreMock,
  type SigstoreMock,
} from '../../helpers/sigstore-mock.ts';
import {
  refusingURL,
  startSilentServer,
  startTUFMirror,
  type TUFMirror,
} from '../../helpers/tuf-mirror.ts';
import { copyExample, tempDir } from '../../helpers/temp-project.ts';
import {
  archiveOf,
  fixtureContext,
  fixtureSteps,
} from '../dossier/pipeline-fixture.ts';
import {
  makeSignProject,
  type SignProject,
} from '../../unit/sign/support/sign-project.ts';

let mock: SigstoreMock;
let mirror: TUFMirror;
let rootText = '';
let project: SignProject;
let runnerTemp = '';
let tufDir: { dir: string; cleanup: () => Promise<void> };

beforeAll(async () => {
  mock = await startSigstoreMock();
});
afterAll(async () => {
  await mock.close();
});
beforeEach(async () => {
  mock.issuedTokens.length = 0;
  project = await makeSignProject(mock.oidcEnv);
  rootText = await readFile(
    await mock.writeTrustedRoot(join(project.dir, 'mock-root.json')),
    'utf8',
  );
  // The repository's own files and RUNNER_TEMP lie outside the project.
  tufDir = await tempDir('shipshape-tuf-test-');
  mirror = await startTUFMirror({ 'trusted_root.json': rootText }, tufDir.dir);
  runnerTemp = join(tufDir.dir, 'runner-temp');
  await mkdir(runnerTemp);
  Object.assign(project.context.env, mirror.env, { RUNNER_TEMP: runnerTemp });
  await writePolicy('');
});
afterEach(async () => {
  vi.useRealTimers();
  await mirror.close();
  await project.cleanup();
  await tufDir.cleanup();
});

async function writePolicy(extra: string): Promise<void> {
  await writeFile(
    join(project.dir, 'policy.yaml'),
    `signing:\n  methods: [keyless]\n  keyless: { fulcio-url: '${mock.url}', rekor-url: '${mock.url}', tsa-url: '${mock.url}'${extra} }\n`,
  );
}

function expected(overrides: Partial<VerifyOptions> = {}): VerifyOptions {
  return {
    file: 'a.txt',
    bundle: 'a.txt.sigstore.json',
    certificateIdentity: releaseWorkflow,
    certificateOIDCIssuer: githubIssuer,
    cwd: project.dir,
    env: { ...mirror.env, RUNNER_TEMP: runnerTemp },
    ...overrides,
  };
}

/** Signs a.txt and returns the error it fails with. */
async function signFailure(): Promise<unknown> {
  return runSignStage(project.context, { files: ['a.txt'] }).then(
    () => expect.fail('signing should have failed'),
    (error: unknown) => error,
  );
}

async function expectNothingSigned(): Promise<void> {
  expect(mock.issuedTokens).toHaveLength(0);
  await expect(
    readFile(join(project.dir, 'a.txt.sigstore.json')),
  ).rejects.toThrow();
}

describe('keyless signing with the trusted root from TUF', () => {
  it('signs and verifies with no trusted root configured, and keeps the root as evidence', async () => {
    const report = await runSignStage(project.context, { files: ['a.txt'] });
    expect(report.ok).toBe(true);
    expect(report).toMatchObject({
      method: 'keyless',
      identity: releaseWorkflow,
    });
    expect(mirror.requests).toContain('/timestamp.json');
    expect(mirror.requests).toContain('/targets/trusted_root.json');
    expect(project.logger.text()).toContain(
      `trusted root fetched through TUF from ${mirror.url}`,
    );

    // The root is kept byte for byte, listed with its digest.
    const recorded = join(
      project.dir,
      '.shipshape/evidence/sign/trusted_root.json',
    );
    expect(await readFile(recorded, 'utf8')).toBe(rootText);
    expect(
      report.evidence.some((item) =>
        item.path.endsWith('evidence/sign/trusted_root.json'),
      ),
    ).toBe(true);

    // Later checks: through TUF again, and offline from the evidence.
    const online = await verifySignature(expected());
    expect(online).toMatchObject({ ok: true, identity: releaseWorkflow });
    expect(online.log.join('\n')).toContain('fetched through TUF');
    const offline = await verifySignature(
      expected({ env: {}, trustedRoot: recorded }),
    );
    expect(offline.ok).toBe(true);

    // The TUF cache was private to the run and is gone.
    expect(await readdir(runnerTemp)).toEqual([]);
    expect(
      (await readdir(project.dir, { recursive: true })).filter((name) =>
        name.includes('tuf'),
      ),
    ).toEqual([]);
  });

  it('uses a configured trusted root without asking TUF', async () => {
    await writePolicy(', trusted-root: mock-root.json');
    const report = await runSignStage(project.context, { files: ['a.txt'] });
    expect(report.ok).toBe(true);
    expect(mirror.requests).toEqual([]);
    expect(
      await readFile(
        join(project.dir, '.shipshape/evidence/sign/trusted_root.json'),
        'utf8',
      ),
    ).toBe(rootText);
  });

  it('refuses a mirror without its initial root, naming both variables, before any request', async () => {
    delete project.context.env['SHIPSHAPE_TUF_ROOT'];
    const error = await signFailure();
    expect(error).toMatchObject({
      code: 'TUF_ROOT_REQUIRED',
      message: expect.stringMatching(
        /SHIPSHAPE_TUF_MIRROR.*SHIPSHAPE_TUF_ROOT/,
      ) as string,
    });
    expect(exitCodeForError(error)).toBe(2);
    expect(mirror.requests).toEqual([]);
    await expectNothingSigned();
  });

  it('refuses an initial root without a mirror, a mirror that is not a URL, and a root file that does not exist', async () => {
    delete project.context.env['SHIPSHAPE_TUF_MIRROR'];
    expect(await signFailure()).toMatchObject({ code: 'TUF_MIRROR_REQUIRED' });
    project.context.env['SHIPSHAPE_TUF_MIRROR'] = 'ftp://127.0.0.1/tuf';
    expect(await signFailure()).toMatchObject({ code: 'TUF_MIRROR_INVALID' });
    project.context.env['SHIPSHAPE_TUF_MIRROR'] = mirror.url;
    project.context.env['SHIPSHAPE_TUF_ROOT'] = 'no-such-root.json';
    expect(await signFailure()).toMatchObject({ code: 'TUF_ROOT_MISSING' });
    expect(mirror.requests).toEqual([]);
    await expectNothingSigned();
  });

  it('fails fast and clearly when the mirror refuses connections', async () => {
    const refusing = await refusingURL();
    project.context.env['SHIPSHAPE_TUF_MIRROR'] = refusing;
    const started = Date.now();
    const error = await signFailure();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(isUserError(error)).toBe(true);
    expect(exitCodeForError(error)).toBe(2);
    const message = (error as Error).message;
    expect(message).toContain(`through TUF from ${refusing}`);
    expect(message).toContain('signing.keyless.trusted-root');
    expect(message).toContain('SHIPSHAPE_TRUSTED_ROOT');
    expect(message).toContain('ECONNREFUSED');
    expect(message).not.toMatch(/\n\s+at /);
    expect(await readdir(runnerTemp)).toEqual([]);
    await expectNothingSigned();
  });

  it('rejects a trusted_root.json target that does not match its TUF metadata', async () => {
    const other = await startSigstoreMock();
    try {
      const forged = await readFile(
        await other.writeTrustedRoot(join(project.dir, 'other-root.json')),
        'utf8',
      );
      mirror.tamper('/targets/trusted_root.json', forged);
    } finally {
      await other.close();
    }
    const error = await signFailure();
    expect(error).toMatchObject({
      code: 'TUF_FETCH_FAILED',
      message: expect.stringContaining(
        'does not match its TUF metadata',
      ) as string,
    });
    await expectNothingSigned();
  });

  it('rejects TUF metadata signed by another key', async () => {
    const otherDir = join(tufDir.dir, 'other');
    await mkdir(otherDir);
    const other = await startTUFMirror(
      { 'trusted_root.json': rootText },
      otherDir,
    );
    try {
      const response = await fetch(`${other.url}/timestamp.json`);
      mirror.tamper('/timestamp.json', await response.text());
    } finally {
      await other.close();
    }
    expect(await signFailure()).toMatchObject({
      code: 'TUF_FETCH_FAILED',
      message: expect.stringContaining(
        'the TUF metadata could not be fetched or did not verify: timestamp was signed by 0/1 keys',
      ) as string,
    });
    await expectNothingSigned();
  });

  it('rejects expired TUF metadata', async () => {
    // The mock repository's metadata expires in a year.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 2 * 365 * 24 * 3600 * 1000);
    expect(await signFailure()).toMatchObject({
      code: 'TUF_FETCH_FAILED',
      message: expect.stringContaining('expired') as string,
    });
    await expectNothingSigned();
  });

  it('gives up on a mirror that never answers when the deadline passes', async () => {
    const silent = await startSilentServer();
    try {
      const started = Date.now();
      await expect(
        fetchTrustedRoot(
          {
            ...mirror.env,
            SHIPSHAPE_TUF_MIRROR: silent.url,
            RUNNER_TEMP: runnerTemp,
          },
          project.dir,
          { deadline: 1_000 },
        ),
      ).rejects.toMatchObject({
        code: 'TUF_FETCH_FAILED',
        message: expect.stringContaining('no answer within 1 s') as string,
      });
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(await readdir(runnerTemp)).toEqual([]);
    } finally {
      await silent.close();
    }
  });

  it('starts from the public-good root embedded in @sigstore/tuf when no mirror is set', async () => {
    // fetch is stubbed: nothing leaves the machine.
    const asked: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      asked.push(url);
      return Promise.reject(new Error('offline in tests'));
    });
    try {
      await expect(
        fetchTrustedRoot({ RUNNER_TEMP: runnerTemp }, project.dir),
      ).rejects.toMatchObject({
        code: 'TUF_FETCH_FAILED',
        message: expect.stringContaining(
          'through TUF from https://tuf-repo-cdn.sigstore.dev: the TUF metadata could not be fetched or did not verify: offline in tests',
        ) as string,
      });
    } finally {
      vi.unstubAllGlobals();
    }
    // The embedded root is version 1 or later: the next one is asked for.
    expect(asked[0]).toMatch(
      /^https:\/\/tuf-repo-cdn\.sigstore\.dev\/\d+\.root\.json$/,
    );
    expect(await readdir(runnerTemp)).toEqual([]);
  });

  it('verifies a keyless bundle through TUF and says clearly when TUF fails', async () => {
    await writePolicy(', trusted-root: mock-root.json');
    await runSignStage(project.context, { files: ['a.txt'] });
    expect((await verifySignature(expected())).ok).toBe(true);
    const refusing = await refusingURL();
    await expect(
      verifySignature(
        expected({
          env: { ...mirror.env, SHIPSHAPE_TUF_MIRROR: refusing },
        }),
      ),
    ).rejects.toMatchObject({
      code: 'TUF_FETCH_FAILED',
      message: expect.stringContaining('SHIPSHAPE_TRUSTED_ROOT') as string,
    });
  });
});

describe('a keyless dossier', () => {
  it('verifies against the trusted root it recorded, unless the auditor gives another', async () => {
    const example = await copyExample();
    try {
      await writeFile(
        join(example.dir, 'policy.yaml'),
        `signing:\n  methods: [keyless]\n  keyless: { fulcio-url: '${mock.url}', rekor-url: '${mock.url}', tsa-url: '${mock.url}' }\n`,
      );
      const context = fixtureContext(example.dir, {
        ...mock.oidcEnv,
        ...mirror.env,
        RUNNER_TEMP: runnerTemp,
      });
      const steps = fixtureSteps().map((step) =>
        step.name === 'sign'
          ? {
              ...step,
              run: (stageContext: StageContext) =>
                runSignStage(stageContext, { files: ['CHANGELOG.md'] }),
            }
          : step,
      );
      const report = await runPipeline(context, {
        steps,
        makeSigner: (signContext) =>
          makeIndexSigner(signContext, { method: 'keyless' }),
      });
      expect(report.verdict).toBe('GO');

      // The auditor has no network: any TUF request would be refused.
      const offline = {
        PATH: process.env['PATH'],
        SHIPSHAPE_TUF_MIRROR: await refusingURL(),
        SHIPSHAPE_TUF_ROOT: mirror.rootPath,
      };
      const requests = mirror.requests.length;
      const result = await verifyDossier(archiveOf(example.dir), {
        ...dossierVerifierDefaults(example.dir, offline),
      });
      expect(result.problems).toEqual([]);
      expect(result.checks).toContainEqual({
        check: 'index-signature',
        path: 'dossier.json.sigstore.json',
        status: 'ok',
      });
      expect(result.checks).toContainEqual({
        check: 'signature',
        path: 'evidence/sign/SHA256SUMS.sigstore.json',
        status: 'ok',
      });
      expect(mirror.requests).toHaveLength(requests);

      // A root of the auditor's own choosing wins over the recorded one.
      const other = await startSigstoreMock();
      try {
        const otherRoot = await other.writeTrustedRoot(
          join(tufDir.dir, 'other-root.json'),
        );
        const pinned = await verifyDossier(archiveOf(example.dir), {
          ...dossierVerifierDefaults(example.dir, {
            ...offline,
            SHIPSHAPE_TRUSTED_ROOT: otherRoot,
          }),
        });
        expect(pinned.ok).toBe(false);
        expect(
          pinned.checks.find((check) => check.check === 'index-signature'),
        ).toMatchObject({ status: 'failed' });
      } finally {
        await other.close();
      }
    } finally {
      await example.cleanup();
    }
  });
});
