/**
 * The whole pipeline as users run it: the bundled CLI (`shipshape run`,
 * `verify-dossier`, `journal verify`) and the root action's bundle, on the
 * example project with a real git history and a real verdaccio on
 * 127.0.0.1 as its staging registry.
 */
import { appendFile, cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDemoProject } from '../../scripts/demo.mjs';
import { startVerdaccio } from '../../scripts/lib/verdaccio.mjs';
import { runBundle, runCLI } from '../helpers/run-bundle.ts';
import { canaries, expectNoLeak } from '../helpers/canaries.ts';

let registry: Awaited<ReturnType<typeof startVerdaccio>>;
let demo: Awaited<ReturnType<typeof prepareDemoProject>>;
const roots: string[] = [];

beforeAll(async () => {
  registry = await startVerdaccio({ user: 'release-bot' });
  demo = await prepareDemoProject(registry.url);
  roots.push(demo.root);
});
afterAll(async () => {
  await registry.stop();
  for (const root of roots) await rm(root, { recursive: true, force: true });
});

function env(): Record<string, string> {
  return {
    NPM_STAGING_TOKEN: registry.token,
    SOURCE_DATE_EPOCH: '1764763200',
    CANARY_PASSWORD: canaries.password,
  };
}

const archive = () =>
  join(demo.project, '.shipshape', 'acme-widgets-1.4.0-dossier.tar.gz');

describe('shipshape run (bundled CLI)', () => {
  it('gives GO on the example, lists the dossier as evidence, and the dossier verifies', async () => {
    const run = await runCLI(
      ['run', '--json', '--signing-method', 'key', '--key', demo.key],
      { cwd: demo.project, env: env() },
    );
    expect(run.stderr).not.toMatch(/internal error/);
    const report = JSON.parse(run.stdout) as {
      verdict: string;
      exitCode: number;
      evidence: { path: string }[];
      steps: { name: string; status: string }[];
    };
    expect(report.steps.filter((s) => s.status !== 'passed')).toEqual([]);
    expect(report.verdict).toBe('GO');
    expect(run.exitCode).toBe(0);
    expect(report.evidence.map((e) => e.path)).toEqual([
      expect.stringMatching(/acme-widgets-1\.4\.0-dossier\.tar\.gz$/),
    ]);
    expectNoLeak(run.stdout + run.stderr, [registry.token]);
    expectNoLeak((await readFile(archive())).toString('latin1'), [
      registry.token,
    ]);

    const verify = await runCLI(
      ['verify-dossier', '--key', demo.pub, archive()],
      { cwd: demo.project },
    );
    expect(verify.stdout).toMatch(/^VERIFIED: .* \(verdict GO\)/);
    expect(verify.exitCode).toBe(0);

    const journal = await runCLI(['journal', 'verify'], { cwd: demo.project });
    expect(journal.exitCode).toBe(0);
    expect(journal.stdout).toMatch(/^OK: .*chain intact/);
  });

  it('verify-dossier checks the released files against the signed SHA256SUMS', async () => {
    const artifacts = join(demo.root, 'downloaded');
    await cp(join(demo.project, 'dist'), artifacts, { recursive: true });
    const good = await runCLI(
      ['verify-dossier', '--artifacts', artifacts, archive()],
      { cwd: demo.root },
    );
    expect(good.stdout).toContain('ok      artifact widget-lib-1.4.0.tgz');
    // Each artifact's own signature travels in the dossier too.
    expect(good.stdout).toContain(
      'ok      signature evidence/sign/artifacts/dist/widget-lib-1.4.0.tgz.sigstore.json',
    );
    expect(good.exitCode).toBe(0);
    await appendFile(join(artifacts, 'widget-lib-1.4.0.tgz'), 'x');
    const bad = await runCLI(
      ['verify-dossier', '--artifacts', artifacts, archive()],
      { cwd: demo.root },
    );
    expect(bad.exitCode).toBe(1);
    expect(bad.stdout).toMatch(
      /failed {2}artifact widget-lib-1\.4\.0\.tgz: its SHA-256 does not match the signed SHA256SUMS/,
    );
    expect(bad.stdout).toMatch(
      /failed {2}signature evidence\/sign\/artifacts\/dist\/widget-lib-1\.4\.0\.tgz\.sigstore\.json: does not verify/,
    );
  });

  it('verify-dossier exits 1 and names the file when the archive was tampered with', async () => {
    const copy = join(demo.root, 'tampered.tar.gz');
    const bytes = await readFile(archive());
    // Flip one byte inside the compressed stream: gzip's CRC or a digest fails.
    bytes[bytes.length - 20] = (bytes[bytes.length - 20] ?? 0) ^ 0xff;
    await writeFile(copy, bytes);
    const verify = await runCLI(['verify-dossier', '--json', copy], {
      cwd: demo.root,
    });
    expect(verify.exitCode).toBe(1);
    const result = JSON.parse(verify.stdout) as {
      ok: boolean;
      problems: string[];
    };
    expect(result.ok).toBe(false);
    expect(result.problems.length).toBeGreaterThan(0);
  });

  it('journal verify exits 1 and names the first edited record', async () => {
    const path = join(demo.project, '.shipshape', 'journal.jsonl');
    const original = await readFile(path, 'utf8');
    try {
      const lines = original.split('\n');
      lines[2] = (lines[2] ?? '').replace('"actor":"', '"actor":"x');
      await writeFile(path, lines.join('\n'));
      const journal = await runCLI(['journal', 'verify'], {
        cwd: demo.project,
      });
      expect(journal.exitCode).toBe(1);
      expect(journal.stdout).toMatch(
        /^BROKEN: .* line 3: the record was edited/,
      );
    } finally {
      await writeFile(path, original);
    }
  });

  it('gives NO-GO (exit 1) for a planted defect: a licence the policy denies', async () => {
    const defect = await prepareDemoProject(registry.url);
    roots.push(defect.root);
    const manifest = join(defect.project, 'release.yaml');
    const text = await readFile(manifest, 'utf8');
    await writeFile(
      manifest,
      text.replace(
        "    license: MIT\n    owner: '@acme/docs'",
        "    license: GPL-3.0-only\n    owner: '@acme/docs'",
      ),
    );
    const run = await runCLI(
      ['run', '--json', '--signing-method', 'key', '--key', defect.key],
      { cwd: defect.project, env: env() },
    );
    const report = JSON.parse(run.stdout) as {
      verdict: string;
      findings: { severity: string }[];
    };
    expect(report.verdict).toBe('NO-GO');
    expect(run.exitCode).toBe(1);
    expect(report.findings.some((f) => f.severity === 'error')).toBe(true);
    const summary = await readFile(
      join(defect.project, '.shipshape', 'dossier', 'SUMMARY.md'),
      'utf8',
    );
    expect(summary.split('\n')[0]).toMatch(/^NO-GO/);
  });

  it('exits 2 naming the file when the manifest is malformed', async () => {
    const broken = await prepareDemoProject(registry.url);
    roots.push(broken.root);
    await writeFile(
      join(broken.project, 'release.yaml'),
      'release: [unclosed\n',
    );
    const run = await runCLI(
      ['run', '--signing-method', 'key', '--key', broken.key],
      { cwd: broken.project, env: env() },
    );
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toMatch(/^NO-GO/);
    expect(run.stdout).toContain('release.yaml');
  });
});

describe('the root action (dist/run)', () => {
  it('runs the pipeline as the runner does and sets verdict, dossier and report', async () => {
    const action = await prepareDemoProject(registry.url);
    roots.push(action.root);
    const result = await runBundle('run', {
      cwd: action.project,
      inputs: {
        'signing-method': 'key',
        'signing-key': action.key,
        environment: 'staging',
      },
      env: { NPM_STAGING_TOKEN: registry.token, GITHUB_ACTOR: 'release-bot' },
    });
    expect(result.stderr).toBe('');
    expect(result.outputs['verdict']).toBe('GO');
    expect(result.exitCode).toBe(0);
    expect(result.outputs['dossier']).toMatch(
      /acme-widgets-1\.4\.0-dossier\.tar\.gz$/,
    );
    expect(result.outputs['report']).toMatch(/reports\/run\.json$/);
    expect(result.summary).toContain('Verdict: 🟢 GO');
    expect(result.summary).toContain('| publish-dry-run | ✅ passed');
    // The runner consumes ::add-mask:: lines: that is how secrets get masked.
    const visible = result.everything
      .split('\n')
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n');
    expect(result.stdout).toContain(`::add-mask::${registry.token}`);
    expectNoLeak(visible, [registry.token]);
  });

  it('rejects an unknown mode with exit 2', async () => {
    const result = await runBundle('run', { inputs: { mode: 'yolo' } });
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toContain(
      'input mode must be run, assemble or status',
    );
  });
});
