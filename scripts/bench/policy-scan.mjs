// Benchmark of `shipshape scan`: a 2,500-component SBOM against 50,000
// synthetic OSV advisories, whole process (node start, loading, matching,
// report), as a folder of .json files and as one OSV export .zip.
// Usage: npx node scripts/bench/policy-scan.mjs   (after npm run build)
import { spawnSync } from 'node:child_process';
import {
  mkdtempSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { loadavg } from 'node:os';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

const components = 2500;
const advisories = 50_000;
const runs = Number(process.env.BENCH_RUNS ?? 5);
const hitEvery = Number(process.env.BENCH_HIT_EVERY ?? 20);
const cli = resolve(import.meta.dirname, '../../dist/cli/index.js');
const dir =
  process.env.BENCH_DIR ?? mkdtempSync(join(tmpdir(), 'shipshape-bench-scan-'));
mkdirSync(dir, { recursive: true });

const ecosystems = [
  [
    'npm',
    (i) => `pkg:npm/bench-${i}@1.${i % 10}.0`,
    (i) => `bench-${i}`,
    '1.5.0',
  ],
  [
    'PyPI',
    (i) => `pkg:pypi/bench-${i}@1.${i % 10}.0`,
    (i) => `bench-${i}`,
    '1.5.0',
  ],
  [
    'Maven',
    (i) => `pkg:maven/org.bench/bench-${i}@1.${i % 10}.0`,
    (i) => `org.bench:bench-${i}`,
    '1.5.0',
  ],
  [
    'Go',
    (i) => `pkg:golang/example.com/bench-${i}@v1.${i % 10}.0`,
    (i) => `example.com/bench-${i}`,
    '1.5.0',
  ],
  [
    'NuGet',
    (i) => `pkg:nuget/Bench${i}@1.${i % 10}.0`,
    (i) => `Bench${i}`,
    '1.5.0',
  ],
];

function writeInputs() {
  const list = [];
  for (let i = 0; i < components; i += 1) {
    const [, purl] = ecosystems[i % ecosystems.length];
    list.push({
      type: 'library',
      name: `bench-${i}`,
      version: `1.${i % 10}.0`,
      purl: purl(i),
      licenses: [{ license: { id: 'MIT' } }],
    });
  }
  writeFileSync(
    join(dir, 'sbom.cdx.json'),
    JSON.stringify({
      bomFormat: 'CycloneDX',
      specVersion: '1.5',
      version: 1,
      components: list,
    }),
  );
  mkdirSync(join(dir, 'advisories'));
  const zipEntries = [];
  for (let i = 0; i < advisories; i += 1) {
    // One advisory in `hitEvery` names a package of the SBOM (and half of
    // those packages sit below the fix); the rest name other packages, as
    // in a real OSV export where most records concern packages not used.
    const target =
      i % hitEvery === 0 ? (i / hitEvery) % components : components + i;
    const [ecosystem, , name, fixed] = ecosystems[target % ecosystems.length];
    const record = JSON.stringify({
      schema_version: '1.6.0',
      id: `BENCH-${i}`,
      summary: `synthetic advisory ${i}`,
      severity:
        i % 3 === 0
          ? [
              {
                type: 'CVSS_V3',
                score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:L',
              },
            ]
          : [],
      affected: [
        {
          package: { ecosystem, name: name(target) },
          ranges: [
            { type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed }] },
          ],
        },
      ],
      database_specific: { severity: 'LOW' },
    });
    writeFileSync(join(dir, 'advisories', `BENCH-${i}.json`), record);
    zipEntries.push([`BENCH-${i}.json`, Buffer.from(record)]);
  }
  writeFileSync(join(dir, 'advisories.zip'), makeZip(zipEntries));
  writeFileSync(
    join(dir, 'release.yaml'),
    `release: {id: bench-1.0.0, version: 1.0.0}\nartifacts:\n  - {name: bench, kind: file, path: release.yaml, digest: "sha256:${'0'.repeat(64)}", license: MIT, owner: "@bench"}\n`,
  );
  writeFileSync(
    join(dir, 'policy.yaml'),
    'licenses: {allow: [MIT]}\nvulnerabilities: {fail-on: critical}\n',
  );
}

function makeZip(entries) {
  const parts = [];
  const central = [];
  let offset = 0;
  for (const [name, data] of entries) {
    const nameBytes = Buffer.from(name);
    const body = deflateRawSync(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(8, 10);
    header.writeUInt32LE(crc32(data), 16);
    header.writeUInt32LE(body.length, 20);
    header.writeUInt32LE(data.length, 24);
    header.writeUInt16LE(nameBytes.length, 28);
    header.writeUInt32LE(offset, 42);
    parts.push(local, nameBytes, body);
    central.push(header, nameBytes);
    offset += 30 + nameBytes.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, directory, end]);
}

// Each run goes through bash's `time` so that CPU time (user + system) is
// reported beside wall time: on a busy machine only the former is stable.
function time(advisoryPath) {
  const walls = [];
  const cpus = [];
  let findings = 0;
  for (let run = 0; run < runs; run += 1) {
    rmSync(join(dir, '.shipshape'), { recursive: true, force: true });
    const result = spawnSync(
      'bash',
      [
        '-c',
        'time "$0" "$@" --json > scan.json',
        process.execPath,
        cli,
        'scan',
        '--sbom',
        'sbom.cdx.json',
        '--advisories',
        advisoryPath,
      ],
      {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, TIMEFORMAT: '%3R %3U %3S' },
      },
    );
    const [wall, user, system] = result.stderr
      .trim()
      .split('\n')
      .at(-1)
      .split(' ')
      .map(Number);
    if (result.status !== 0 && result.status !== 1)
      throw new Error(`scan exited ${result.status}: ${result.stderr}`);
    walls.push(wall * 1000);
    cpus.push((user + system) * 1000);
    findings = JSON.parse(readFileSync(join(dir, 'scan.json'), 'utf8')).findings
      .length;
  }
  const median = (list) => list.sort((a, b) => a - b)[Math.floor(runs / 2)];
  return { wall: median(walls), cpu: median(cpus), findings };
}

try {
  writeInputs();
  // Other work on the machine skews wall time; the load is printed with it.
  console.log(
    `load average before: ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
  );
  for (const [label, path] of [
    ['folder of .json files', 'advisories'],
    ['OSV export .zip', 'advisories.zip'],
  ]) {
    const { wall, cpu, findings } = time(path);
    console.log(
      `policy-scan: ${components} components x ${advisories} advisories, 1 in ${hitEvery} naming an SBOM package (${label}): median ${wall.toFixed(0)} ms wall, ${cpu.toFixed(0)} ms CPU (user + system) of ${runs} runs, ${findings} findings`,
    );
  }
} finally {
  if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true });
}
