// Benchmark of the sbom stage against the tools people use today, whole
// process and side by side in one run: `shipshape sbom --lockfile` versus
// @cyclonedx/cyclonedx-npm (lockfile-only mode) and @cyclonedx/cdxgen, on an
// npm lockfile of more than 2,000 entries. Prints the median of each and
// how complete each output is (components, nested packages, hashes on the
// component rather than on a download link).
//
// The two anchors are installed into a throwaway folder outside the repo
// (BENCH_ANCHORS, default /tmp/shipshape-bench-anchors) when missing; they
// are never added to the repo's package.json. Run `npm run build` first.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const runs = Number(process.env.BENCH_RUNS ?? 5);
const cli = resolve('dist/cli/index.js');
const anchors = process.env.BENCH_ANCHORS ?? '/tmp/shipshape-bench-anchors';
const corpusLock =
  '/work/shared/corpus/3-lockfiles/npm/create-react-app/package-lock.json';
const lockfile =
  process.env.BENCH_LOCKFILE ??
  (existsSync(corpusLock) ? corpusLock : resolve('package-lock.json'));

installAnchors();
const project = mkdtempSync(join(tmpdir(), 'shipshape-bench-sbom-'));
try {
  const lock = JSON.parse(readFileSync(lockfile, 'utf8'));
  copyFileSync(lockfile, join(project, 'package-lock.json'));
  // The anchors need a package.json; a workspaces list would send npm
  // looking for folders that are not here, so the root is rebuilt from
  // the lockfile's own root entry.
  const root = lock.packages?.[''] ?? {};
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({
      name: lock.name ?? 'bench',
      version: lock.version ?? '0.0.0',
      dependencies: root.dependencies,
      devDependencies: root.devDependencies,
      optionalDependencies: root.optionalDependencies,
    }),
  );
  writeFileSync(
    join(project, 'policy.yaml'),
    'sbom:\n  allowed-hosts: [registry.npmjs.org, registry.npm.example]\n',
  );
  const truth = lockfileTruth(lock);
  console.log(
    `lockfile ${lockfile}: ${Object.keys(lock.packages ?? {}).length} entries, ` +
      `${truth.all.size} distinct name@version installed, ${truth.nested.size} of them only nested`,
  );

  const tools = [
    {
      name: 'shipshape sbom',
      out: 'shipshape.cdx.json',
      args: [
        cli,
        'sbom',
        '--manifest',
        'none.yaml',
        '--lockfile',
        'package-lock.json',
        '--include-dev',
        '--out',
        'shipshape.cdx.json',
      ],
    },
    {
      name: 'cyclonedx-npm 6.0.1 --package-lock-only',
      out: 'cyclonedx-npm.cdx.json',
      args: [
        bin('@cyclonedx/cyclonedx-npm', 'cyclonedx-npm'),
        '--package-lock-only',
        '--ignore-npm-errors',
        '--spec-version',
        '1.5',
        '--output-format',
        'JSON',
        '--output-file',
        'cyclonedx-npm.cdx.json',
      ],
    },
    {
      name: 'cdxgen 12.8.4',
      out: 'cdxgen.cdx.json',
      args: [
        bin('@cyclonedx/cdxgen', 'cdxgen'),
        '-t',
        'npm',
        '--no-install-deps',
        '--spec-version',
        '1.5',
        '-o',
        'cdxgen.cdx.json',
        '.',
      ],
    },
  ];

  const env = {
    PATH: process.env.PATH,
    HOME: project,
    SOURCE_DATE_EPOCH: '1767225600',
    CDXGEN_NO_BANNER: 'true',
    FETCH_LICENSE: 'false',
    npm_config_update_notifier: 'false',
  };
  const times = new Map(tools.map((tool) => [tool.name, []]));
  // Interleaved, so that load on the machine hits every tool alike.
  for (let run = 0; run < runs; run += 1) {
    for (const tool of tools) {
      rmSync(join(project, tool.out), { force: true });
      const start = performance.now();
      const result = spawnSync(process.execPath, tool.args, {
        cwd: project,
        env,
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
      const elapsed = performance.now() - start;
      if (!existsSync(join(project, tool.out))) {
        console.error(
          `${tool.name} wrote no SBOM (exit ${result.status}):\n${(result.stderr || result.stdout).slice(0, 1500)}`,
        );
        throw new Error(`${tool.name} failed`);
      }
      times.get(tool.name).push(elapsed);
    }
  }

  const rows = tools.map((tool) => ({
    name: tool.name,
    median: median(times.get(tool.name)),
    ...completeness(
      JSON.parse(readFileSync(join(project, tool.out), 'utf8')),
      truth,
    ),
  }));
  console.log('');
  console.log(
    'tool | median s | components | distinct name@version | nested-only packages found | components with hashes | hashes only on a download link | with licence | graph edges',
  );
  for (const row of rows) {
    console.log(
      `${row.name} | ${(row.median / 1000).toFixed(2)} | ${row.components} | ${row.distinct}/${truth.all.size} | ${row.nested}/${truth.nested.size} | ${row.hashed} | ${row.linkOnly} | ${row.licensed} | ${row.edges}`,
    );
  }
  const ours = rows[0].median;
  const fastest = Math.min(...rows.slice(1).map((row) => row.median));
  console.log(
    `\nshipshape is ${(fastest / ours).toFixed(1)}x faster than the faster anchor (goal: 5x)`,
  );
  console.log(
    `all runs (ms): ${JSON.stringify(Object.fromEntries([...times].map(([k, v]) => [k, v.map(Math.round)])))}`,
  );
} finally {
  rmSync(project, { recursive: true, force: true });
}

function installAnchors() {
  if (
    existsSync(join(anchors, 'node_modules/@cyclonedx/cdxgen')) &&
    existsSync(join(anchors, 'node_modules/@cyclonedx/cyclonedx-npm'))
  )
    return;
  console.log(`installing the anchors into ${anchors} …`);
  const result = spawnSync(
    'npm',
    [
      'i',
      '--prefix',
      anchors,
      '--no-audit',
      '--no-fund',
      '@cyclonedx/cyclonedx-npm@6.0.1',
      '@cyclonedx/cdxgen@12.8.4',
    ],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('installing the anchors failed');
}

function bin(pkg, name) {
  const manifest = JSON.parse(
    readFileSync(join(anchors, 'node_modules', pkg, 'package.json'), 'utf8'),
  );
  const entry =
    typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[name];
  return join(anchors, 'node_modules', pkg, entry);
}

/** Every installed name@version, and those that exist only nested. */
function lockfileTruth(lock) {
  const all = new Set();
  const top = new Set();
  const nestedSeen = new Set();
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    const at = path.lastIndexOf('node_modules/');
    if (at < 0 || entry.link || !entry.version) continue;
    const key = `${entry.name ?? path.slice(at + 13)}@${entry.version}`;
    all.add(key);
    if (
      path.indexOf('node_modules/') === at &&
      path.startsWith('node_modules/')
    )
      top.add(key);
    else nestedSeen.add(key);
  }
  return {
    all,
    nested: new Set([...nestedSeen].filter((key) => !top.has(key))),
  };
}

function completeness(bom, truth) {
  const components = [];
  const stack = [...(bom.components ?? [])];
  while (stack.length > 0) {
    const component = stack.pop();
    components.push(component);
    stack.push(...(component.components ?? []));
  }
  const keys = new Set(
    components.map(
      (c) => `${c.group ? `${c.group}/` : ''}${c.name}@${c.version}`,
    ),
  );
  const hashed = components.filter((c) => (c.hashes ?? []).length > 0).length;
  const linkOnly = components.filter(
    (c) =>
      (c.hashes ?? []).length === 0 &&
      (c.externalReferences ?? []).some((r) => (r.hashes ?? []).length > 0),
  ).length;
  return {
    components: components.length,
    distinct: [...truth.all].filter((key) => keys.has(key)).length,
    nested: [...truth.nested].filter((key) => keys.has(key)).length,
    hashed,
    linkOnly,
    licensed: components.filter((c) => (c.licenses ?? []).length > 0).length,
    edges: (bom.dependencies ?? []).reduce(
      (sum, d) => sum + (d.dependsOn ?? []).length,
      0,
    ),
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
