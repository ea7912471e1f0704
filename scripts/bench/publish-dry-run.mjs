// Benchmark of `shipshape publish-dry-run`, whole process (node start,
// probes, report), median of 5: (1) the example project against a local
// verdaccio (npm: ping, whoami, packument, `npm publish --dry-run`);
// (2) a registry whose address is a black hole (a listening socket that
// never answers), which shows the per-probe deadline bounding the wait.
// Usage: npx node scripts/bench/publish-dry-run.mjs   (after npm run build)
import { spawn } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startVerdaccio } from '../lib/verdaccio.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const root = resolve(import.meta.dirname, '../..');
const cli = join(root, 'dist/cli/index.js');

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function timeRuns(dir, env, count) {
  const times = [];
  for (let i = 0; i < count; i += 1) {
    const started = performance.now();
    // spawnSync would block verdaccio (it runs in this process): use async.
    const code = await new Promise((done) => {
      const child = spawn(
        process.execPath,
        [cli, 'publish-dry-run', '--json'],
        { cwd: dir, env, stdio: 'ignore' },
      );
      child.on('close', done);
    });
    times.push(performance.now() - started);
    if (i === 0) console.log(`  exit code ${code}`);
  }
  return times;
}

const temp = mkdtempSync(join(tmpdir(), 'shipshape-bench-dry-run-'));
const registry = await startVerdaccio();
const hole = createServer(() => {}); // accepts, never answers
await new Promise((done) => hole.listen(0, '127.0.0.1', done));
try {
  const project = join(temp, 'project');
  cpSync(join(root, 'examples/acme-widgets'), project, { recursive: true });
  const policyFile = join(project, 'policy.yaml');
  const policy = readFileSync(policyFile, 'utf8');
  const env = {
    PATH: process.env.PATH,
    HOME: temp,
    NPM_STAGING_TOKEN: registry.token,
  };

  writeFileSync(
    policyFile,
    policy.replace('http://127.0.0.1:4873', registry.url),
  );
  const good = await timeRuns(project, env, runs);
  console.log(
    `publish-dry-run, example vs local verdaccio: median ${median(good).toFixed(0)} ms over ${runs} runs`,
  );

  writeFileSync(
    policyFile,
    policy.replace(
      'http://127.0.0.1:4873',
      `http://127.0.0.1:${hole.address().port}`,
    ),
  );
  const stuck = await timeRuns(project, env, 1);
  console.log(
    `publish-dry-run, registry that never answers: ${stuck[0].toFixed(0)} ms (deadline 30 s per probe, 10 s per request)`,
  );
} finally {
  hole.close();
  await registry.stop();
  rmSync(temp, { recursive: true, force: true });
}
