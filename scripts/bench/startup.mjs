// Start-up of every bundle in dist/ against `node -e 0`, each stopped on
// its cheapest path (the CLI's --version, the root action's bad-input
// error, a stage action with no manifest to read). Prints the median and
// the fastest of N runs (default 15) and the ratios, first with Node's
// compile cache (as every step after the first in a job runs: the cache
// lives in $RUNNER_TEMP, here a fresh folder warmed by one run), then
// without it (SHIPSHAPE_COMPILE_CACHE=0, as the first step of a job).
// Usage:
//   npx node scripts/bench/startup.mjs [runs]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const runs = Number(process.argv[2] ?? 15);
const root = resolve(import.meta.dirname, '../..');
// BENCH_DIST measures another build (e.g. `node scripts/build.mjs /tmp/d`).
const distDir = process.env.BENCH_DIST ?? join(root, 'dist');
const dir = mkdtempSync(join(tmpdir(), 'shipshape-startup-'));
const env = {
  PATH: process.env.PATH,
  HOME: dir,
  GITHUB_WORKSPACE: dir,
  RUNNER_TEMP: dir,
};

function time(args, extraEnv = {}) {
  const samples = [];
  // One untimed run first: it fills the compile cache where one is used.
  for (let index = -1; index < runs; index += 1) {
    const started = process.hrtime.bigint();
    spawnSync(process.execPath, args, {
      cwd: dir,
      env: { ...env, ...extraEnv },
      stdio: 'ignore',
    });
    if (index >= 0)
      samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return {
    median: samples[Math.floor(samples.length / 2)],
    fastest: samples[0],
  };
}

const bundles = readdirSync(distDir)
  .filter(
    (name) => name !== 'chunks' && statSync(join(distDir, name)).isDirectory(),
  )
  .sort();
try {
  const baseline = time(['-e', '0']);
  console.log(
    `node -e 0: median ${baseline.median.toFixed(0)} ms, fastest ${baseline.fastest.toFixed(0)} ms (${runs} runs)`,
  );
  for (const [label, cacheEnv] of [
    ['with the compile cache', {}],
    ['without it', { SHIPSHAPE_COMPILE_CACHE: '0' }],
  ]) {
    console.log(label);
    for (const name of bundles) {
      const args = [
        join(distDir, name, 'index.js'),
        ...(name === 'cli' ? ['--version'] : []),
      ];
      const extraEnv = {
        ...cacheEnv,
        ...(name === 'run' ? { INPUT_MODE: 'unknown' } : {}),
      };
      const result = time(args, extraEnv);
      console.log(
        `  dist/${name.padEnd(16)} median ${result.median.toFixed(0).padStart(4)} ms = ${(result.median / baseline.median).toFixed(2)}x   fastest ${result.fastest.toFixed(0).padStart(4)} ms = ${(result.fastest / baseline.fastest).toFixed(2)}x`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
