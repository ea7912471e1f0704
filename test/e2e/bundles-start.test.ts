/**
 * Start-up cost of every bundle in dist/: each one, run as the runner
 * runs it and stopped on its cheapest path (the CLI's --version, the root
 * action's bad-input error, a stage action with no manifest to read), is
 * compared with `node -e 0`. The fastest of several runs is compared, which
 * keeps a busy machine's noise out of the figure, and this file runs on its
 * own after the rest of the suite (vitest.startup.config.ts).
 *
 * The goal is 3x. Measured on an idle 2-core machine
 * (scripts/bench/startup.mjs, medians) the bundles start at 1.5x to 2.1x
 * with Node's compile cache warm (every step of a job after the first)
 * and 1.3x to 2.7x without it, and single runs vary by a fifth, so the guard
 * here is 4x: it catches a regression such as a large library loaded
 * eagerly (@actions/core's HTTP client made every action 8x). Each test
 * gets its own RUNNER_TEMP, so its first run fills the cache and the
 * fastest run is a warm one.
 */
import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot, tempDir } from '../helpers/temp-project.ts';

const runs = 7;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function fastest(args: string[], cwd: string, env: NodeJS.ProcessEnv): number {
  let best = Number.POSITIVE_INFINITY;
  for (let index = 0; index < runs; index += 1) {
    const started = process.hrtime.bigint();
    spawnSync(process.execPath, args, { cwd, env, stdio: 'ignore' });
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
  }
  return best;
}

const bundles = (await readdir(join(repoRoot, 'dist'), { withFileTypes: true }))
  .filter((entry) => entry.isDirectory() && entry.name !== 'chunks')
  .map((entry) => entry.name)
  .sort();

describe('bundle start-up', () => {
  it('finds the CLI and the root action among the bundles', () => {
    expect(bundles).toContain('cli');
    expect(bundles).toContain('run');
  });

  it.each(bundles)('dist/%s starts within 4x of node -e 0', async (name) => {
    const temp = await tempDir('shipshape-start-');
    cleanups.push(temp.cleanup);
    const env = {
      PATH: process.env['PATH'] ?? '',
      HOME: temp.dir,
      GITHUB_WORKSPACE: temp.dir,
      RUNNER_TEMP: temp.dir,
    };
    const baseline = fastest(['-e', '0'], temp.dir, env);
    const args = name === 'cli' ? ['--version'] : [];
    // The root action runs the whole pipeline when its inputs are fine; an
    // unknown mode is its cheapest path.
    const startEnv = name === 'run' ? { ...env, INPUT_MODE: 'unknown' } : env;
    const bundle = fastest(
      [join(repoRoot, 'dist', name, 'index.js'), ...args],
      temp.dir,
      startEnv,
    );
    expect(
      bundle,
      `dist/${name}: ${bundle.toFixed(0)} ms against ${baseline.toFixed(0)} ms for node -e 0`,
    ).toBeLessThan(baseline * 4);
  });
});
