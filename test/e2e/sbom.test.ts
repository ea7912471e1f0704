import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateSBOM } from '@shipshape/core/sbom/sbom-schema';
import { runBundle, runCLI, spawnNode } from '../helpers/run-bundle.ts';
import { canaries, expectNoLeak } from '../helpers/canaries.ts';
import { copyExample, repoRoot } from '../helpers/temp-project.ts';

// These tests run the built bundles: `npm run build` first.
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function example(): Promise<string> {
  const temp = await copyExample();
  cleanups.push(temp.cleanup);
  return temp.dir;
}

describe('the sbom action bundle', () => {
  it('writes a valid SBOM per artifact and sets its outputs', async () => {
    const dir = await example();
    const run = await runBundle('sbom', {
      cwd: dir,
      inputs: { format: 'spdx' },
      env: { SOURCE_DATE_EPOCH: '1767225600', NPM_TOKEN: canaries.npmToken },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['ok']).toBe('true');
    const paths = (run.outputs['sboms'] ?? '').split('\n');
    expect(paths).toHaveLength(2);
    const doc = JSON.parse(
      await readFile(
        join(dir, '.shipshape/evidence/sbom/widget-lib.spdx.json'),
        'utf8',
      ),
    ) as unknown;
    expect(validateSBOM(doc, 'doc').problems).toEqual([]);
    expectNoLeak(run.everything);
  });

  it('with the artifact input, writes the SBOM of that artifact only (a matrix job per artifact)', async () => {
    const dir = await example();
    const run = await runBundle('sbom', {
      cwd: dir,
      inputs: { format: 'cyclonedx', artifact: 'widget-docs' },
      env: { SOURCE_DATE_EPOCH: '1767225600' },
    });
    expect(run.exitCode).toBe(0);
    expect((run.outputs['sboms'] ?? '').split('\n')).toEqual([
      expect.stringMatching(/widget-docs\.cdx\.json$/),
    ]);
    const report = JSON.parse(
      await readFile(join(dir, '.shipshape/reports/sbom.json'), 'utf8'),
    ) as { selectedArtifacts?: string[] };
    expect(report.selectedArtifacts).toEqual(['widget-docs']);

    const unknown = await runBundle('sbom', {
      cwd: dir,
      inputs: { artifact: 'no-such-artifact' },
    });
    expect(unknown.exitCode).toBe(2);
    expect(unknown.stdout).toContain('no artifact named');
  });

  it('fails with exit 1 and annotations for an invalid input SBOM', async () => {
    const dir = await example();
    await writeFile(
      join(dir, 'bad.cdx.json'),
      JSON.stringify({
        bomFormat: 'CycloneDX',
        specVersion: '1.5',
        version: 1,
        components: [{ name: 'x' }],
      }),
    );
    const run = await runBundle('sbom', {
      cwd: dir,
      inputs: { input: 'bad.cdx.json' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['ok']).toBe('false');
    expect(run.stdout).toContain('::error');
    expect(run.stdout).toContain('SBOM_INPUT_INVALID');
  });
});

describe('shipshape sbom', () => {
  it('works on a lockfile alone and prints the report as JSON', async () => {
    const dir = await example();
    const result = await runCLI(
      [
        'sbom',
        '--manifest',
        'none.yaml',
        '--lockfile',
        'widget-lib/package-lock.json',
        '--out',
        'out.cdx.json',
        '--format',
        'cyclonedx',
        '--json',
      ],
      { cwd: dir, env: { SOURCE_DATE_EPOCH: '1767225600' } },
    );
    // With no manifest at none.yaml and a --lockfile, the stage runs alone.
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    const report = JSON.parse(result.stdout) as {
      stage: string;
      evidence: { path: string }[];
    };
    expect(report.stage).toBe('sbom');
    const bom = JSON.parse(
      await readFile(join(dir, 'out.cdx.json'), 'utf8'),
    ) as { components: unknown[] };
    expect(bom.components).toHaveLength(2);
  });

  it('exits 2 with one line naming the file for a malformed lockfile', async () => {
    const dir = await example();
    await writeFile(
      join(dir, 'package-lock.json'),
      '{"lockfileVersion": 3, "packages": {',
    );
    const result = await runCLI(
      ['sbom', '--manifest', 'none.yaml', '--lockfile', 'package-lock.json'],
      { cwd: dir },
    );
    expect(result.exitCode).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('package-lock.json');
    expect(result.stderr).not.toContain('    at ');
  });

  it('exits 2 for an unknown --format', async () => {
    const dir = await example();
    const result = await runCLI(['sbom', '--format', 'xml'], { cwd: dir });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--format');
  });
});

describe('the bundled CLI', () => {
  it('never reads schema files from disk (schemas are bundled)', async () => {
    const dir = await example();
    const tracer = join(dir, 'trace.mjs');
    await writeFile(
      tracer,
      [
        "import fs from 'node:fs';",
        "import { syncBuiltinESMExports } from 'node:module';",
        "for (const name of ['readFileSync', 'openSync', 'readFile', 'open']) {",
        '  const original = fs[name];',
        "  fs[name] = function (p, ...rest) { if (/schema[^/]*\\.json$/.test(String(p))) process.stderr.write('OPENED ' + p + '\\n'); return original.call(this, p, ...rest); };",
        '}',
        'const open = fs.promises.open;',
        "fs.promises.open = function (p, ...rest) { if (/schema[^/]*\\.json$/.test(String(p))) process.stderr.write('OPENED ' + p + '\\n'); return open.call(this, p, ...rest); };",
        'syncBuiltinESMExports();',
      ].join('\n'),
    );
    const result = await spawnNode(
      [
        '--import',
        tracer,
        join(repoRoot, 'dist/cli/index.js'),
        'sbom',
        '--format',
        'spdx',
      ],
      { PATH: process.env['PATH'] ?? '' },
      dir,
    );
    expect(result.exitCode).toBe(0);
    expect(result.stderr).not.toContain('OPENED');
  });
});
