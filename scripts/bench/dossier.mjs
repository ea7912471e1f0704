// Benchmark of the dossier: assembling and packing it (`shipshape run
// --from-workspace`, which skips the stages) and verifying it offline
// (`shipshape verify-dossier`), on a synthetic workspace of many evidence
// files. Prints medians. Run: npx node scripts/bench/dossier.mjs [files] [MiB]
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { cp, mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(repoRoot, 'dist', 'cli', 'index.js');
const files = Number(process.argv[2] ?? 500);
const mebibytes = Number(process.argv[3] ?? 8);
const rounds = 3;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timed(args, cwd) {
  const started = process.hrtime.bigint();
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, SOURCE_DATE_EPOCH: '1764763200' },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0 && result.status !== 1) {
    throw new Error(
      `shipshape ${args[0]} exited ${result.status}: ${result.stderr}`,
    );
  }
  return ms;
}

const root = await mkdtemp(join(tmpdir(), 'shipshape-bench-dossier-'));
try {
  const project = join(root, 'project');
  await cp(join(repoRoot, 'examples', 'acme-widgets'), project, {
    recursive: true,
  });
  const evidence = join(project, '.shipshape', 'evidence', 'sbom');
  await mkdir(evidence, { recursive: true });
  await mkdir(join(project, '.shipshape', 'reports'), { recursive: true });
  // Half random (incompressible), half JSON-like text, like real evidence.
  const each = Math.floor((mebibytes * 1024 * 1024) / files);
  for (let index = 0; index < files; index += 1) {
    const body =
      index % 2 === 0
        ? randomBytes(each)
        : Buffer.from(JSON.stringify({ index, pad: 'x'.repeat(each) }));
    await writeFile(
      join(evidence, `file-${String(index).padStart(5, '0')}.json`),
      body,
    );
  }
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const key = join(root, 'key.pem');
  await writeFile(key, privateKey.export({ type: 'pkcs8', format: 'pem' }));

  const assemble = [];
  const verify = [];
  const archive = join(
    project,
    '.shipshape',
    'acme-widgets-1.4.0-dossier.tar.gz',
  );
  for (let round = 0; round < rounds; round += 1) {
    assemble.push(
      timed(
        ['run', '--from-workspace', '--signing-method', 'key', '--key', key],
        project,
      ),
    );
    verify.push(timed(['verify-dossier', archive], project));
  }
  const size = (await stat(archive)).size;
  console.log(
    `dossier of ${files} evidence files, ${mebibytes} MiB (archive ${(size / 1048576).toFixed(1)} MiB), median of ${rounds}:`,
  );
  console.log(
    `  assemble + sign + pack (shipshape run --from-workspace): ${median(assemble).toFixed(0)} ms`,
  );
  console.log(
    `  verify-dossier:                                         ${median(verify).toFixed(0)} ms`,
  );
} finally {
  await rm(root, { recursive: true, force: true });
}
