// Benchmark of the sign stage, whole process: `shipshape sign` signing
// 1,000 small artifacts with one ECDSA P-256 key file (method key), each
// signature verified right after signing, SHA256SUMS written and signed.
// Run: npx node scripts/bench/sign.mjs [COUNT] [RUNS]   (after npm run build)
import { execFileSync, spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const count = Number(process.argv[2] ?? 1000);
const runs = Number(process.argv[3] ?? 5);
const cli = resolve(import.meta.dirname, '../../dist/cli/index.js');

function makeProject() {
  const dir = mkdtempSync(join(tmpdir(), 'shipshape-bench-sign-'));
  mkdirSync(join(dir, 'dist'));
  const files = [];
  for (let index = 0; index < count; index += 1) {
    const name = `dist/artifact-${String(index).padStart(4, '0')}.txt`;
    writeFileSync(join(dir, name), `artifact ${index}\n`.repeat(16));
    files.push(name);
  }
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  writeFileSync(
    join(dir, 'release.key'),
    privateKey.export({ type: 'pkcs8', format: 'pem' }),
  );
  return { dir, files };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const times = [];
const cpu = [];
for (let run = 0; run < runs; run += 1) {
  const { dir, files } = makeProject();
  // bash's `time` gives wall and CPU time; CPU time stays meaningful when
  // the machine is shared and wall time is not.
  writeFileSync(join(dir, 'files.txt'), files.join('\n'));
  const script = `TIMEFORMAT='%R %U %S'; time xargs -a files.txt "$NODE" "$CLI" sign --method key --key release.key --json > report.json`;
  const result = spawnSync('bash', ['-c', script], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, NODE: process.execPath, CLI: cli },
  });
  const [wall = 0, user = 0, sys = 0] = (
    result.stderr.trim().split('\n').pop() ?? ''
  )
    .split(' ')
    .map(Number);
  const ms = wall * 1000;
  if (result.status !== 0) {
    console.error(result.stderr);
    throw new Error(`shipshape sign exited ${result.status}`);
  }
  execFileSync(
    'sha256sum',
    ['--quiet', '-c', '.shipshape/evidence/sign/SHA256SUMS'],
    { cwd: dir },
  );
  times.push(ms);
  cpu.push((user + sys) * 1000);
  rmSync(dir, { recursive: true, force: true });
}
console.log(
  `sign (method key, ${count} files, whole process): median wall ${median(times).toFixed(0)} ms, median CPU (user+sys) ${median(cpu).toFixed(0)} ms over ${runs} runs; wall [${times.map((t) => t.toFixed(0)).join(', ')}]`,
);
