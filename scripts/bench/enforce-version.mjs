// Benchmark of enforce-version: a repository with 10,000 commits since the
// last release tag, built in a temporary folder with git fast-import, then
// `node dist/cli/index.js version --manifest …` timed whole-process
// (median of 5). Run `npm run build` first.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const commitsSinceTag = Number(process.env.BENCH_COMMITS ?? 10_000);
const runs = 5;
const cli = resolve('dist/cli/index.js');

const root = mkdtempSync(join(tmpdir(), 'shipshape-bench-version-'));
const repo = join(root, 'repo');
const home = join(root, 'home');
mkdirSync(repo);
mkdirSync(home);
const env = {
  PATH: process.env.PATH,
  HOME: home,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: join(home, '.gitconfig'),
  LC_ALL: 'C',
};

try {
  execFileSync('git', ['-c', 'init.defaultBranch=main', 'init', '-q'], {
    cwd: repo,
    env,
  });
  const started = performance.now();
  execFileSync('git', ['fast-import', '--quiet'], {
    cwd: repo,
    env,
    input: fastImportStream(commitsSinceTag),
    maxBuffer: 1024 * 1024 * 1024,
  });
  execFileSync('git', ['checkout', '-q', '-f', 'main'], { cwd: repo, env });
  const built = performance.now() - started;
  console.log(
    `built ${commitsSinceTag} commits since v1.3.0 in ${(built / 1000).toFixed(2)} s`,
  );

  const times = [];
  let last;
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    last = spawnSync(
      process.execPath,
      [cli, 'version', '--manifest', 'release.yaml', '--json'],
      { cwd: repo, env, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
    );
    times.push(performance.now() - start);
  }
  if (last.status !== 0) {
    console.error(last.stderr || last.stdout.slice(0, 2000));
    throw new Error(`shipshape version exited ${last.status}`);
  }
  const report = JSON.parse(last.stdout);
  times.sort((a, b) => a - b);
  const median = times[Math.floor(runs / 2)];
  console.log(
    `enforce-version: ${report.decision.commitCount} commits, ${report.previousVersion} -> ${report.version} (${report.bump}, required ${report.requiredBump})`,
  );
  console.log(
    `enforce-version: median ${median.toFixed(0)} ms whole-process over ${runs} runs (min ${times[0].toFixed(0)}, max ${times[runs - 1].toFixed(0)})`,
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}

// A fast-import stream: the project files and a v1.3.0 tag, then `count`
// commits (features, fixes, chores, each with a ticket), the last of which
// declares 1.4.0.
function fastImportStream(count) {
  const parts = [];
  let mark = 0;
  const author = 'Bench Author <bench@example.test>';
  const blob = (text) => {
    mark += 1;
    const bytes = Buffer.byteLength(text);
    parts.push(`blob\nmark :${mark}\ndata ${bytes}\n${text}\n`);
    return mark;
  };
  const files = (version) => ({
    'release.yaml': blob(manifest(version)),
    'policy.yaml': blob(
      "versioning: { scheme: semver, format: null, tickets: '[A-Z][A-Z0-9]+-[0-9]+' }\n",
    ),
    'package.json': blob(`{ "name": "bench-lib", "version": "${version}" }\n`),
    'CHANGELOG.md': blob(`# Changelog\n\n## ${version}\n\n- Changes.\n`),
  });
  const commit = (message, time, changes = {}) => {
    mark += 1;
    const bytes = Buffer.byteLength(message);
    const modify = Object.entries(changes)
      .map(([path, blobMark]) => `M 100644 :${blobMark} ${path}\n`)
      .join('');
    parts.push(
      `commit refs/heads/main\nmark :${mark}\nauthor ${author} ${time} +0000\ncommitter ${author} ${time} +0000\ndata ${bytes}\n${message}\n${modify}\n`,
    );
    return mark;
  };
  let time = 1_767_225_600;
  const base = commit('chore: release 1.3.0 (REL-1)', time, files('1.3.0'));
  parts.push(
    `tag v1.3.0\nfrom :${base}\ntagger ${author} ${time} +0000\ndata 7\nv1.3.0\n\n`,
  );
  const kinds = ['fix', 'chore', 'docs', 'refactor', 'feat'];
  const finalFiles = files('1.4.0');
  for (let index = 1; index <= count; index += 1) {
    time += 60;
    const kind = kinds[index % kinds.length];
    const message = `${kind}(core): change number ${index} (REL-${1000 + index})\n\nA body line explaining change ${index}.\n`;
    commit(message, time, index === count ? finalFiles : {});
  }
  return parts.join('');
}

function manifest(version) {
  return [
    'release:',
    `  id: bench-${version}`,
    `  version: ${version}`,
    `  notes: CHANGELOG.md#${version.replaceAll('.', '')}`,
    'artifacts:',
    '  - name: bench-lib',
    '    kind: npm',
    '    path: dist/bench-lib.tgz',
    `    digest: sha256:${'c'.repeat(64)}`,
    '    license: MIT',
    "    owner: '@bench/team'",
    '    version-file: package.json',
    '',
  ].join('\n');
}
