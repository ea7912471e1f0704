// Start-up of every bundle in dist/ against `node -e 0`, each stopped on
// its cheapest path (the CLI's --version, the root action's bad-input
// error, a stage action with no manifest to read). Prints the median and
// the fastest of N runs (default 15) and the ratios. Usage:
//   npx node scripts/bench/startup.mjs [runs]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const runs = Number(process.argv[2] ?? 15);
const root = resolve(import.meta.dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'shipshape-startup-'));
const env = { PATH: process.env.PATH, HOME: dir, GITHUB_WORKSPACE: dir };

function time(args, extraEnv = {}) {
  const samples = [];
  for (let index = 0; index < runs; index += 1) {
    const started = process.hrtime.bigint();
    spawnSync(process.execPath, args, {
      cwd: dir,
      env: { ...env, ...extraEnv },
      stdio: 'ignore',
    });
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return {
    median: samples[Math.floor(samples.length / 2)],
    fastest: samples[0],
  };
}

const bundles = readdirSync(join(root, 'dist'))
  .filter(
    (name) =>
      name !== 'chunks' && statSync(join(root, 'dist', name)).isDirectory(),
  )
  .sort();
try {
  const baseline = time(['-e', '0']);
  console.log(
    `node -e 0: median ${baseline.median.toFixed(0)} ms, fastest ${baseline.fastest.toFixed(0)} ms (${runs} runs)`,
  );
  for (const name of bundles) {
    const args = [
      join(root, 'dist', name, 'index.js'),
      ...(name === 'cli' ? ['--version'] : []),
    ];
    const result = time(args, name === 'run' ? { INPUT_MODE: 'unknown' } : {});
    console.log(
      `dist/${name.padEnd(16)} median ${result.median.toFixed(0).padStart(4)} ms = ${(result.median / baseline.median).toFixed(2)}x   fastest ${result.fastest.toFixed(0).padStart(4)} ms = ${(result.fastest / baseline.fastest).toFixed(2)}x`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
