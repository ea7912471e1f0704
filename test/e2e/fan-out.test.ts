/**
 * The reusable release workflow's fan-out and fan-in, played with the
 * bundled CLI as its jobs run it: `prepare` validates and versions; one
 * job per artifact signs, one per artifact and format writes an SBOM, one
 * per artifact probes the registries (a real verdaccio on 127.0.0.1), each
 * in a fresh checkout, keeping its report as reports/parts/<step>/<n>.json;
 * the dossier job merges every job's upload into one workspace, scans,
 * and assembles the dossier.
 */
import { cp, mkdir, rename, rm, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDemoProject } from '../../scripts/demo.mjs';
import { startVerdaccio } from '../../scripts/lib/verdaccio.mjs';
import { runCLI } from '../helpers/run-bundle.ts';

let registry: Awaited<ReturnType<typeof startVerdaccio>>;
let demo: Awaited<ReturnType<typeof prepareDemoProject>>;
let checkouts = 0;

beforeAll(async () => {
  registry = await startVerdaccio({ user: 'release-bot' });
  demo = await prepareDemoProject(registry.url);
});
afterAll(async () => {
  await registry.stop();
  await rm(demo.root, { recursive: true, force: true });
});

const artifacts = ['widget-docs', 'widget-lib'];

function env(): Record<string, string> {
  return {
    NPM_STAGING_TOKEN: registry.token,
    SOURCE_DATE_EPOCH: '1764763200',
  };
}

/** A fresh checkout of the project, as every job starts from. */
async function checkout(): Promise<string> {
  checkouts += 1;
  const dir = join(demo.root, `job-${String(checkouts)}`);
  await cp(demo.project, dir, {
    recursive: true,
    filter: (source) => !source.includes('.shipshape'),
  });
  return dir;
}

/** One matrix job: runs, keeps its report as a part, and "uploads". */
async function matrixJob(
  upload: string,
  args: string[],
  stage: string,
  step: string,
  index: number,
): Promise<number> {
  const dir = await checkout();
  const result = await runCLI(args, { cwd: dir, env: env() });
  const workspace = join(dir, '.shipshape');
  const report = join(workspace, 'reports', `${stage}.json`);
  if (existsSync(report)) {
    await mkdir(join(workspace, 'reports', 'parts', step), { recursive: true });
    await rename(
      report,
      join(workspace, 'reports', 'parts', step, `${String(index)}.json`),
    );
  }
  // actions/download-artifact with merge-multiple: every upload lands in
  // one workspace.
  for (const folder of ['reports', 'evidence']) {
    if (existsSync(join(workspace, folder)))
      await cp(join(workspace, folder), join(upload, folder), {
        recursive: true,
      });
  }
  return result.exitCode;
}

async function prepare(): Promise<string> {
  const dir = await checkout();
  for (const command of ['validate', 'version']) {
    const result = await runCLI([command], { cwd: dir, env: env() });
    expect(result.exitCode, `${command}: ${result.stderr}`).toBe(0);
  }
  return join(dir, '.shipshape');
}

async function fanOut(
  upload: string,
  only: readonly string[] = artifacts,
): Promise<void> {
  let index = 0;
  for (const name of only) {
    for (const format of ['cyclonedx', 'spdx']) {
      expect(
        await matrixJob(
          upload,
          ['sbom', '--artifact', name, '--format', format],
          'sbom',
          `sbom-${format}`,
          index,
        ),
      ).toBe(0);
      index += 1;
    }
  }
  for (const [n, name] of only.entries()) {
    expect(
      await matrixJob(
        upload,
        ['sign', '--artifact', name, '--method', 'key', '--key', demo.key],
        'sign',
        'sign',
        n,
      ),
    ).toBe(0);
    expect(
      await matrixJob(
        upload,
        ['publish-dry-run', '--artifact', name],
        'publish-dry-run',
        'publish-dry-run',
        n,
      ),
    ).toBe(0);
  }
}

/** The dossier job: the merged uploads, the scan, the verdict. */
async function fanIn(upload: string): Promise<{
  dir: string;
  report: { verdict: string; steps: { name: string; status: string }[] };
  exitCode: number;
}> {
  const dir = await checkout();
  await cp(upload, join(dir, '.shipshape'), { recursive: true });
  await runCLI(['scan'], { cwd: dir, env: env() });
  const run = await runCLI(
    [
      'run',
      '--from-workspace',
      '--json',
      '--signing-method',
      'key',
      '--key',
      demo.key,
    ],
    { cwd: dir, env: env() },
  );
  expect(run.stderr).not.toMatch(/internal error/);
  return {
    dir,
    report: JSON.parse(run.stdout) as {
      verdict: string;
      steps: { name: string; status: string }[];
    },
    exitCode: run.exitCode,
  };
}

describe('the release workflow, one job per artifact', () => {
  it('merges the parts of every job into one GO dossier that verifies, artifact by artifact', async () => {
    const upload = await prepare();
    await fanOut(upload);
    const { dir, report, exitCode } = await fanIn(upload);
    expect(report.steps.filter((step) => step.status !== 'passed')).toEqual([]);
    expect(report.verdict).toBe('GO');
    expect(exitCode).toBe(0);

    const sign = JSON.parse(
      await readFile(join(dir, '.shipshape', 'reports', 'sign.json'), 'utf8'),
    ) as {
      ok: boolean;
      parts: { path: string }[];
      selectedArtifacts: string[];
    };
    expect(sign.ok).toBe(true);
    expect(sign.parts.map((part) => part.path)).toEqual([
      'reports/parts/sign/0.json',
      'reports/parts/sign/1.json',
    ]);
    expect(sign.selectedArtifacts.sort()).toEqual(artifacts);
    const journal = await readFile(
      join(dir, '.shipshape', 'journal.jsonl'),
      'utf8',
    );
    expect(journal).toContain('took in reports/parts/sign/1.json');

    const verify = await runCLI(
      [
        'verify-dossier',
        '--key',
        demo.pub,
        '--artifacts',
        join(demo.project, 'dist'),
        join(dir, '.shipshape', 'acme-widgets-1.4.0-dossier.tar.gz'),
      ],
      { cwd: dir },
    );
    expect(verify.exitCode, verify.stdout).toBe(0);
    for (const name of artifacts) {
      expect(verify.stdout).toContain(
        `ok      signature evidence/sign/parts/${name}/SHA256SUMS.sigstore.json`,
      );
    }
    expect(verify.stdout).toContain('ok      artifact widget-lib-1.4.0.tgz');
    expect(verify.stdout).toContain(
      'ok      artifact widget-docs-1.4.0.tar.gz',
    );
  });

  it('a job whose part never arrived makes the step fail, never pass', async () => {
    const upload = await prepare();
    // Only widget-lib's jobs upload anything: widget-docs's jobs "crashed".
    await fanOut(upload, ['widget-lib']);
    const { report, exitCode } = await fanIn(upload);
    expect(report.verdict).toBe('NO-GO');
    expect(exitCode).toBe(1);
    const failed = report.steps
      .filter((step) => step.status === 'failed')
      .map((step) => step.name)
      .sort();
    // The scan saw widget-lib's SBOMs only, so it fails too.
    expect(failed).toEqual(
      [
        'policy-scan',
        'publish-dry-run',
        'sbom-cyclonedx',
        'sbom-spdx',
        'sign',
      ].sort(),
    );
  });

  it('refuses an artifact name the manifest does not have (exit 2)', async () => {
    const dir = await checkout();
    const result = await runCLI(['sign', '--artifact', 'no-such-thing'], {
      cwd: dir,
      env: env(),
    });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('no artifact named "no-such-thing"');
    expect(result.stderr).toContain('widget-lib');
  });
});
