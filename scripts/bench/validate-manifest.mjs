// Benchmark of validate-manifest: the digest check of a 1 GiB artifact
// against `openssl dgst -sha256` (goal: within 1.5x, peak memory under
// 200 MiB), and the start-up of the bundled action and CLI against
// `node -e 0` (goal: within 2.5x). Run `npm run build` first.
// Usage: npx node scripts/bench/validate-manifest.mjs [--size-mib N]
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repo = resolve(import.meta.dirname, '../..');
const node = process.execPath;
const sizeArg = process.argv.indexOf('--size-mib');
const sizeMiB = sizeArg > 0 ? Number(process.argv[sizeArg + 1]) : 1024;

// GNU time reports wall time, CPU time and peak RSS of any command; without
// it, a preload prints the peak RSS of node children as they exit.
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
const rssProbe =
  "data:text/javascript,process.on('exit',()=>process.stderr.write('\\nshipshape-time - - - '+process.resourceUsage().maxRSS+'\\n'))";

function run(command, args, options = {}) {
  const [file, argv] = gnuTime
    ? [gnuTime, ['-f', 'shipshape-time %e %U %S %M', command, ...args]]
    : [command, command === node ? ['--import', rssProbe, ...args] : args];
  const started = process.hrtime.bigint();
  const result = spawnSync(file, argv, {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    ...options,
  });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.error) throw result.error;
  const [, , user, system, rss] =
    /shipshape-time (\S+) (\S+) (\S+) (\d+)/.exec(result.stderr ?? '') ?? [];
  return {
    seconds: wall,
    cpuSeconds: user && user !== '-' ? Number(user) + Number(system) : NaN,
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    maxRSSMiB: rss === undefined ? NaN : Number(rss) / 1024,
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? sorted[middle]
    : (sorted[middle - 1] + sorted[middle]) / 2;
}

function repeat(times, action) {
  return Array.from({ length: times }, () => action());
}

async function writeBigFile(path) {
  const chunk = randomBytes(1024 * 1024);
  const handle = await open(path, 'w');
  try {
    for (let index = 0; index < sizeMiB; index += 1) await handle.write(chunk);
  } finally {
    await handle.close();
  }
}

async function digestBenchmark(dir) {
  const big = join(dir, 'artifact.bin');
  await writeBigFile(big);
  // Warm the page cache so both tools read from memory alike.
  const warm = run('openssl', ['dgst', '-sha256', big]);
  if (warm.status !== 0) throw new Error(`openssl failed: ${warm.stderr}`);
  const hex = /= ([0-9a-f]{64})/.exec(warm.stdout)?.[1];
  await writeFile(
    join(dir, 'release.yaml'),
    [
      'release: {id: bench-1.0.0, version: 1.0.0}',
      'artifacts:',
      '  - name: bench-artifact',
      '    kind: file',
      '    path: artifact.bin',
      `    digest: sha256:${hex}`,
      '    license: MIT',
      "    owner: '@acme/bench'",
      '',
    ].join('\n'),
  );

  const openssl = repeat(3, () => run('openssl', ['dgst', '-sha256', big]));
  const validate = repeat(3, () =>
    run(node, [join(repo, 'dist/cli/index.js'), 'validate', '--json'], {
      cwd: dir,
    }),
  );
  for (const result of validate) {
    if (result.status !== 0)
      throw new Error(
        `validate failed (${result.status}): ${result.stdout}${result.stderr}`,
      );
    if (!result.stdout.includes('"verified": true'))
      throw new Error('the digest was not verified');
  }
  const opensslSeconds = median(openssl.map((r) => r.seconds));
  const validateSeconds = median(validate.map((r) => r.seconds));
  const opensslCPU = median(openssl.map((r) => r.cpuSeconds));
  const validateCPU = median(validate.map((r) => r.cpuSeconds));
  return {
    opensslSeconds,
    validateSeconds,
    ratio: validateSeconds / opensslSeconds,
    opensslCPU,
    validateCPU,
    cpuRatio: validateCPU / opensslCPU,
    peakRSSMiB: Math.max(...validate.map((r) => r.maxRSSMiB ?? NaN)),
  };
}

async function startupBenchmark(dir) {
  const project = join(dir, 'example');
  await cp(join(repo, 'examples/acme-widgets'), project, { recursive: true });
  const env = {
    PATH: process.env.PATH ?? '',
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    'INPUT_WORKING-DIRECTORY': project,
  };
  await writeFile(env.GITHUB_OUTPUT, '');
  await writeFile(env.GITHUB_STEP_SUMMARY, '');
  const baseline = repeat(10, () => run(node, ['-e', '0']));
  const action = repeat(10, () =>
    run(node, [join(repo, 'dist/validate-manifest/index.js')], {
      env,
      cwd: project,
    }),
  );
  const help = repeat(10, () =>
    run(node, [join(repo, 'dist/cli/index.js'), 'validate', '--help']),
  );
  if (action.some((r) => r.status !== 0))
    throw new Error(`the action failed: ${action[0].stdout}`);
  const base = median(baseline.map((r) => r.seconds));
  const actionSeconds = median(action.map((r) => r.seconds));
  const helpSeconds = median(help.map((r) => r.seconds));
  const baseCPU = median(baseline.map((r) => r.cpuSeconds));
  return {
    baseCPU,
    actionCPU: median(action.map((r) => r.cpuSeconds)),
    helpCPU: median(help.map((r) => r.cpuSeconds)),
    nodeSeconds: base,
    actionSeconds,
    actionRatio: actionSeconds / base,
    helpSeconds,
    helpRatio: helpSeconds / base,
  };
}

const dir = await mkdtemp(join(tmpdir(), 'shipshape-bench-validate-'));
try {
  const digest = await digestBenchmark(dir);
  await rm(join(dir, 'artifact.bin'));
  const startup = await startupBenchmark(dir);
  const ms = (seconds) => `${(seconds * 1000).toFixed(0)} ms`;
  console.log(
    `validate-manifest benchmark (node ${process.version}, ${sizeMiB} MiB artifact)`,
  );
  console.log(
    `  openssl dgst -sha256           median of 3: ${ms(digest.opensslSeconds)}`,
  );
  console.log(
    `  shipshape validate (CLI)       median of 3: ${ms(digest.validateSeconds)}  = ${digest.ratio.toFixed(2)}x openssl (goal <= 1.5x)`,
  );
  console.log(
    `  CPU time (user+sys), medians:  openssl ${ms(digest.opensslCPU)}, shipshape validate ${ms(digest.validateCPU)} = ${digest.cpuRatio.toFixed(2)}x`,
  );
  console.log(
    `  peak RSS of shipshape validate: ${digest.peakRSSMiB.toFixed(0)} MiB (goal < 200 MiB)`,
  );
  console.log(
    `  node -e 0                      median of 10: ${ms(startup.nodeSeconds)}`,
  );
  console.log(
    `  dist/validate-manifest action  median of 10: ${ms(startup.actionSeconds)}  = ${startup.actionRatio.toFixed(2)}x node -e 0 (goal <= 2.5x; whole run on the example project)`,
  );
  console.log(
    `  shipshape validate --help      median of 10: ${ms(startup.helpSeconds)}  = ${startup.helpRatio.toFixed(2)}x node -e 0`,
  );
  console.log(
    `  CPU time (user+sys), medians:  node -e 0 ${ms(startup.baseCPU)}, action ${ms(startup.actionCPU)} = ${(startup.actionCPU / startup.baseCPU).toFixed(2)}x, --help ${ms(startup.helpCPU)} = ${(startup.helpCPU / startup.baseCPU).toFixed(2)}x`,
  );
  console.log(
    `  load average at the end: ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')} on ${availableParallelism()} cores`,
  );
  const met =
    digest.ratio <= 1.5 &&
    digest.peakRSSMiB < 200 &&
    startup.actionRatio <= 2.5;
  console.log(`  goals ${met ? 'met' : 'NOT met'}`);
} finally {
  await rm(dir, { recursive: true, force: true });
}
