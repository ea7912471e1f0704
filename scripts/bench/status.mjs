// Benchmark of `shipshape status`: a workspace whose policy-scan report
// holds 10,000 findings (half of them errors, so 5,000 blockers), rendered
// as Markdown, JSON and HTML by the bundled CLI, against `node -e 0`.
// Prints the median of 5 runs per format and the peak memory.
// Run `npm run build` first. Usage: npx node scripts/bench/status.mjs [--findings N]
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../..');
const cli = join(repo, 'dist', 'cli', 'index.js');
const node = process.execPath;
const countArg = process.argv.indexOf('--findings');
const count = countArg > 0 ? Number(process.argv[countArg + 1]) : 10_000;
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

if (!existsSync(cli)) {
  console.error('dist/cli/index.js is missing: run `npm run build` first');
  process.exit(2);
}

function findings(total) {
  return Array.from({ length: total }, (_, index) => ({
    code: index % 2 === 0 ? 'VULNERABILITY_HIGH' : 'LICENSE_UNKNOWN',
    severity: index % 2 === 0 ? 'error' : 'warning',
    message: `package pkg-${index} <b>@everyone</b> has a problem number ${index}`,
    component: `pkg:npm/pkg-${index}@1.0.${index}`,
    location: {
      file: 'package-lock.json',
      pointer: `/packages/node_modules~1pkg-${index}`,
    },
    owner: index % 3 === 0 ? '@acme/widgets' : undefined,
  }));
}

async function project() {
  const dir = await mkdtemp(join(tmpdir(), 'shipshape-bench-status-'));
  await cp(join(repo, 'examples', 'acme-widgets'), dir, { recursive: true });
  const reports = join(dir, '.shipshape', 'reports');
  await mkdir(reports, { recursive: true });
  const list = findings(count);
  const errors = list.filter((finding) => finding.severity === 'error').length;
  await writeFile(
    join(reports, 'policy-scan.json'),
    JSON.stringify({
      stage: 'policy-scan',
      ok: false,
      startedAt: '2026-12-03T00:00:00.000Z',
      finishedAt: '2026-12-03T00:00:01.000Z',
      findings: list,
      evidence: [],
      counts: { error: errors, warning: list.length - errors, note: 0 },
    }),
  );
  return dir;
}

function timed(args, cwd) {
  const [file, argv] = gnuTime
    ? [gnuTime, ['-f', 'shipshape-time %M', node, ...args]]
    : [node, args];
  const started = process.hrtime.bigint();
  const result = spawnSync(file, argv, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) {
    throw new Error(
      `node ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 400)}`,
    );
  }
  const rss = /shipshape-time (\d+)/.exec(result.stderr ?? '')?.[1];
  return {
    seconds,
    rssMiB: rss ? Number(rss) / 1024 : NaN,
    bytes: result.stdout.length,
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const dir = await project();
try {
  const baseline = median(
    Array.from({ length: 5 }, () => timed(['-e', '0'], dir).seconds),
  );
  console.log(`node -e 0: ${(baseline * 1000).toFixed(0)} ms`);
  for (const format of ['markdown', 'json', 'html']) {
    const runs = Array.from({ length: 5 }, () =>
      timed([cli, 'status', '--format', format], dir),
    );
    const seconds = median(runs.map((run) => run.seconds));
    const rss = Math.max(...runs.map((run) => run.rssMiB));
    console.log(
      `status --format ${format} with ${count} findings: median ${(seconds * 1000).toFixed(0)} ms, peak ${Number.isNaN(rss) ? '?' : rss.toFixed(0)} MiB, ${(runs[0].bytes / 1024).toFixed(0)} KiB out`,
    );
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
