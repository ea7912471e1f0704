import { copyFile, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  createStageContext,
  InternalError,
  UserError,
  type StageReport,
} from '@shipshape/core';
import { readLockfile } from '@shipshape/core/lockfiles/read-lockfile';
import {
  assertOwnOutputValid,
  runSBOMStage,
  type SBOMOptions,
} from '@shipshape/core/sbom/sbom-stage';
import { validateSBOM } from '@shipshape/core/sbom/sbom-schema';
import {
  copyExample,
  fixturesDir,
  tempDir,
} from '../../helpers/temp-project.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function example(): Promise<string> {
  const temp = await copyExample();
  cleanups.push(temp.cleanup);
  return temp.dir;
}

async function empty(): Promise<string> {
  const temp = await tempDir();
  cleanups.push(temp.cleanup);
  return temp.dir;
}

function run(
  dir: string,
  options: SBOMOptions = {},
  env: NodeJS.ProcessEnv = {},
): Promise<StageReport> {
  const context = createStageContext({
    cwd: dir,
    env: { SOURCE_DATE_EPOCH: '1767225600', ...env },
    now: () => new Date('2026-12-03T12:00:00Z'),
  });
  return runSBOMStage(context, options);
}

async function readJSON(path: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
}

type CDXComponent = {
  name: string;
  version?: string;
  purl: string;
  hashes?: { alg: string; content: string }[];
  licenses?: { license?: { id?: string }; expression?: string }[];
  scope?: string;
};

/** The example policy minus its one-line `sbom:` section. */
function withoutSBOMSection(policy: string): string {
  return policy.replace(/^sbom: .*$/m, '');
}

const codes = (report: StageReport) => report.findings.map((f) => f.code);

describe('sbom stage on the example project', () => {
  it('writes a valid CycloneDX 1.5 SBOM whose components match the lockfile entry by entry', async () => {
    const dir = await example();
    const report = await run(dir);
    expect(report.ok).toBe(true);
    const bom = await readJSON(
      join(dir, '.shipshape/evidence/sbom/widget-lib.cdx.json'),
    );
    expect(validateSBOM(bom, 'bom').problems).toEqual([]);
    expect(bom['specVersion']).toBe('1.5');
    const lockfile = await readLockfile(
      join(dir, 'widget-lib/package-lock.json'),
      'lock',
    );
    const components = bom['components'] as CDXComponent[];
    expect(components).toHaveLength(lockfile.packages.length);
    for (const entry of lockfile.packages) {
      const component = components.find((c) => c.purl === entry.purl);
      expect(component?.name).toBe(entry.name);
      expect(component?.version).toBe(entry.version);
      expect(component?.hashes).toEqual(
        entry.hashes.map((h) => ({ alg: 'SHA-512', content: h.hex })),
      );
      expect(component?.licenses?.[0]?.license?.id).toBe(entry.license);
    }
    const metadata = bom['metadata'] as {
      component: { hashes: { content: string }[] };
      properties: { name: string; value: string }[];
    };
    expect(metadata.component.hashes[0]?.content).toBe(
      '56c246ed63c8237091e5cf79f9c9513a080c17042cc9b7e619dcbf5493eb88a0',
    );
    expect(metadata.properties).toContainEqual({
      name: 'shipshape:release:id',
      value: 'acme-widgets-1.4.0',
    });
    expect(metadata.properties).toContainEqual({
      name: 'shipshape:target',
      value: 'npm-staging',
    });
    // The example's policy asks for both formats.
    expect(report.evidence.map((e) => e.path.split('/').pop())).toEqual([
      'widget-docs.cdx.json',
      'widget-docs.spdx.json',
      'widget-lib.cdx.json',
      'widget-lib.spdx.json',
    ]);
  });

  it('writes valid SPDX 2.3 with the same packages and checksums', async () => {
    const dir = await example();
    await run(dir, { format: 'spdx' });
    const doc = await readJSON(
      join(dir, '.shipshape/evidence/sbom/widget-lib.spdx.json'),
    );
    expect(validateSBOM(doc, 'doc').problems).toEqual([]);
    const packages = doc['packages'] as {
      name: string;
      checksums?: { algorithm: string }[];
      annotations?: { comment: string }[];
    }[];
    expect(packages.map((p) => p.name).sort()).toEqual([
      'debug',
      'ms',
      'widget-lib',
    ]);
    expect(
      packages.find((p) => p.name === 'ms')?.checksums?.[0]?.algorithm,
    ).toBe('SHA512');
    expect(
      packages
        .find((p) => p.name === 'widget-lib')
        ?.annotations?.map((a) => a.comment),
    ).toContain('shipshape:release:id=acme-widgets-1.4.0');
  });

  it('writes CycloneDX 1.6 on request and refuses versions it cannot write', async () => {
    const dir = await example();
    await run(dir, { specVersion: '1.6' });
    const bom = await readJSON(
      join(dir, '.shipshape/evidence/sbom/widget-lib.cdx.json'),
    );
    expect(bom['specVersion']).toBe('1.6');
    expect(validateSBOM(bom, 'bom').problems).toEqual([]);
    await expect(run(dir, { specVersion: '1.4' })).rejects.toThrow(UserError);
  });

  it('writes both formats in one run when the policy lists them', async () => {
    const dir = await example();
    const policy = await readFile(join(dir, 'policy.yaml'), 'utf8');
    await writeFile(
      join(dir, 'policy.yaml'),
      `${withoutSBOMSection(policy)}\nsbom: { format: [cyclonedx, spdx], spec-version: '1.6' }\n`,
    );
    const report = await run(dir);
    expect(report.evidence).toHaveLength(4);
    const bom = await readJSON(
      join(dir, '.shipshape/evidence/sbom/widget-lib.cdx.json'),
    );
    const doc = await readJSON(
      join(dir, '.shipshape/evidence/sbom/widget-lib.spdx.json'),
    );
    expect(bom['specVersion']).toBe('1.6');
    expect(doc['spdxVersion']).toBe('SPDX-2.3');
    await expect(
      run(dir, { specVersion: '2.3', format: 'cyclonedx' }),
    ).rejects.toThrow(UserError);
  });

  it('gives byte-identical output for identical inputs', async () => {
    const dir = await example();
    await run(dir, { format: 'spdx' });
    const first = await readFile(
      join(dir, '.shipshape/evidence/sbom/widget-lib.spdx.json'),
    );
    await run(dir);
    const cdx1 = await readFile(
      join(dir, '.shipshape/evidence/sbom/widget-lib.cdx.json'),
    );
    await run(dir, { format: 'spdx' });
    await run(dir);
    expect(
      await readFile(
        join(dir, '.shipshape/evidence/sbom/widget-lib.spdx.json'),
      ),
    ).toEqual(first);
    expect(
      await readFile(join(dir, '.shipshape/evidence/sbom/widget-lib.cdx.json')),
    ).toEqual(cdx1);
  });

  it('links signature bundles beside the artifact by digest', async () => {
    const dir = await example();
    await writeFile(
      join(dir, 'dist/widget-lib-1.4.0.tgz.sigstore.json'),
      '{"bundle":1}\n',
    );
    await run(dir);
    const bom = await readJSON(
      join(dir, '.shipshape/evidence/sbom/widget-lib.cdx.json'),
    );
    const text = JSON.stringify(bom);
    expect(text).toContain('widget-lib-1.4.0.tgz.sigstore.json');
    const refs = (
      bom['metadata'] as {
        component: {
          externalReferences: { url: string; hashes: { content: string }[] }[];
        };
      }
    ).component.externalReferences;
    const { createHash } = await import('node:crypto');
    expect(refs[0]?.hashes[0]?.content).toBe(
      createHash('sha256').update('{"bundle":1}\n').digest('hex'),
    );
  });
});

describe('sbom stage and the sign report', () => {
  it('lists the signature evidence of the sign stage in both formats', async () => {
    const dir = await example();
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(dir, '.shipshape/reports'), { recursive: true });
    const sha = 'c'.repeat(64);
    await writeFile(
      join(dir, '.shipshape/reports/sign.json'),
      JSON.stringify({
        stage: 'sign',
        evidence: [
          {
            path: '.shipshape/evidence/sign/widget-lib-1.4.0.tgz.asc',
            sha256: sha,
          },
          {
            path: '.shipshape/evidence/sign/widget-docs-1.4.0.tar.gz.asc',
            sha256: 'd'.repeat(64),
          },
        ],
      }),
    );
    await run(dir);
    await run(dir, { format: 'spdx' });
    const bom = JSON.stringify(
      await readJSON(join(dir, '.shipshape/evidence/sbom/widget-lib.cdx.json')),
    );
    const spdx = JSON.stringify(
      await readJSON(
        join(dir, '.shipshape/evidence/sbom/widget-lib.spdx.json'),
      ),
    );
    expect(bom).toContain(`widget-lib-1.4.0.tgz.asc sha256:${sha}`);
    expect(bom).not.toContain('d'.repeat(64));
    expect(spdx).toContain(`widget-lib-1.4.0.tgz.asc#sha256:${sha}`);
  });
});

describe('sbom stage cross-check', () => {
  async function withDependencies(
    dependencies: string,
    policy = '',
  ): Promise<string> {
    const dir = await example();
    const manifest = await readFile(join(dir, 'release.yaml'), 'utf8');
    await writeFile(
      join(dir, 'release.yaml'),
      manifest.replace(
        'dependencies: { lockfile: widget-lib/package-lock.json }',
        `dependencies: { lockfile: widget-lib/package-lock.json, ${dependencies} }`,
      ),
    );
    if (policy)
      await writeFile(
        join(dir, 'policy.yaml'),
        `${withoutSBOMSection(await readFile(join(dir, 'policy.yaml'), 'utf8'))}\n${policy}\n`,
      );
    return dir;
  }

  it('refuses a lockfile path that leaves the project', async () => {
    const dir = await example();
    const manifest = await readFile(join(dir, 'release.yaml'), 'utf8');
    await writeFile(
      join(dir, 'release.yaml'),
      manifest.replace(
        'lockfile: widget-lib/package-lock.json',
        'lockfile: ../../etc/passwd',
      ),
    );
    await expect(run(dir)).rejects.toThrow(/dependencies\.lockfile/);
  });

  it('reports a declared dependency the SBOM lacks, naming the owner', async () => {
    const dir = await withDependencies('declared: [debug, left-pad]');
    const report = await run(dir);
    const finding = report.findings.find(
      (f) => f.code === 'SBOM_DECLARED_MISSING',
    );
    expect(finding?.owner).toBe('@acme/widgets');
    expect(finding?.message).toContain('left-pad');
    expect(finding?.location?.line).toBeGreaterThan(0);
    expect(report.ok).toBe(false);
  });

  it('reports a direct dependency the declared list does not mention', async () => {
    const dir = await withDependencies('declared: [pkg:npm/ms]');
    const report = await run(dir);
    expect(
      report.findings.find((f) => f.code === 'SBOM_UNDECLARED_DEPENDENCY')
        ?.component,
    ).toBe('pkg:npm/debug@4.4.3');
  });

  it('passes when the declared list matches the direct dependencies', async () => {
    const dir = await withDependencies('declared: [debug]');
    expect((await run(dir)).ok).toBe(true);
  });

  it('requires first-party packages to be present', async () => {
    const dir = await withDependencies(
      "'first-party': ['@acme/internal-core']",
    );
    const report = await run(dir);
    expect(codes(report)).toContain('SBOM_FIRST_PARTY_MISSING');
  });

  it('leaves a first-party package out under an approved redaction and records it in the report and the journal', async () => {
    const dir = await withDependencies(
      "'first-party': [ms]",
      'sbom:\n  redactions:\n    - { package: ms, reason: proprietary fork, approvers: [sec-lead], expires: 2027-01-31 }',
    );
    const report = await run(dir);
    expect(report.ok).toBe(true);
    expect(codes(report)).toContain('SBOM_REDACTED');
    const bom = await readJSON(
      join(dir, '.shipshape/evidence/sbom/widget-lib.cdx.json'),
    );
    expect((bom['components'] as CDXComponent[]).map((c) => c.name)).toEqual([
      'debug',
    ]);
    expect(report['redactions']).toMatchObject([
      { package: 'ms', removed: ['pkg:npm/ms@2.1.3'] },
    ]);
    const journal = await readFile(
      join(dir, '.shipshape/journal.jsonl'),
      'utf8',
    );
    expect(journal).toContain('left out of widget-lib');
  });

  it('refuses an expired redaction and keeps the package', async () => {
    const dir = await withDependencies(
      "'first-party': [ms]",
      'sbom:\n  redactions:\n    - { package: ms, reason: old, approvers: [sec-lead], expires: 2020-01-01 }',
    );
    const report = await run(dir);
    expect(codes(report)).toContain('SBOM_REDACTION_EXPIRED');
    const bom = await readJSON(
      join(dir, '.shipshape/evidence/sbom/widget-lib.cdx.json'),
    );
    expect((bom['components'] as CDXComponent[]).map((c) => c.name)).toContain(
      'ms',
    );
  });

  it('refuses a redaction without approvers through the policy schema', async () => {
    const dir = await withDependencies(
      "'first-party': [ms]",
      'sbom:\n  redactions:\n    - { package: ms, reason: x, approvers: [], expires: 2027-01-01 }',
    );
    await expect(run(dir)).rejects.toThrow(UserError);
  });
});

describe('sbom stage on lockfiles alone', () => {
  it('works without a manifest and lists dev packages only when asked', async () => {
    const dir = await empty();
    await copyFile(
      join(fixturesDir, 'lockfiles/helmet-package-lock.json'),
      join(dir, 'package-lock.json'),
    );
    const policy = join(dir, 'policy.yaml');
    await writeFile(policy, 'sbom:\n  allowed-hosts: [registry.npm.example]\n');
    const without = await run(dir, {
      lockfile: 'package-lock.json',
      out: 'a.cdx.json',
    });
    expect(without.ok).toBe(true);
    expect(
      (await readJSON(join(dir, 'a.cdx.json')))['components'] ?? [],
    ).toEqual([]);
    await run(dir, {
      lockfile: 'package-lock.json',
      out: 'b.cdx.json',
      includeDev: true,
    });
    const bom = await readJSON(join(dir, 'b.cdx.json'));
    const lockfile = await readLockfile(join(dir, 'package-lock.json'), 'lock');
    const components = bom['components'] as CDXComponent[];
    expect(components).toHaveLength(lockfile.packages.length);
    expect(components.every((c) => c.scope === 'excluded')).toBe(true);
    expect(validateSBOM(bom, 'bom').problems).toEqual([]);
  });

  it.each([
    'poetry.lock',
    'pnpm-lock.yaml',
    'pom.xml',
    'go.mod',
    'requirements-dev.txt',
  ])('writes valid CycloneDX and SPDX from %s', async (name) => {
    const dir = await empty();
    await copyFile(join(fixturesDir, 'lockfiles', name), join(dir, name));
    await writeFile(
      join(dir, 'policy.yaml'),
      'sbom:\n  allowed-hosts: [registry.npm.example, files.pythonhosted.org]\n',
    );
    for (const format of ['cyclonedx', 'spdx'] as const) {
      const report = await run(dir, {
        lockfile: name,
        format,
        includeDev: true,
        out: `out-${format}.json`,
      });
      const doc = await readJSON(join(dir, `out-${format}.json`));
      expect(validateSBOM(doc, name).problems).toEqual([]);
      const lockfile = await readLockfile(join(dir, name), name);
      const listed =
        format === 'spdx'
          ? (doc['packages'] as unknown[]).length - 1
          : ((doc['components'] as unknown[] | undefined) ?? []).length;
      expect(listed).toBe(lockfile.packages.length);
      expect(report.evidence).toHaveLength(1);
    }
  });

  it('reports http and foreign-host resolved URLs (lockfile injection)', async () => {
    const dir = await empty();
    const lock = {
      lockfileVersion: 3,
      packages: {
        '': { dependencies: { a: '1', b: '1' } },
        'node_modules/a': {
          version: '1.0.0',
          resolved: 'http://registry.npmjs.org/a/-/a-1.0.0.tgz',
          integrity: `sha512-${'A'.repeat(86)}==`,
        },
        'node_modules/b': {
          version: '1.0.0',
          resolved: 'https://evil.example/b/-/b-1.0.0.tgz',
          integrity: `sha512-${'B'.repeat(86)}==`,
        },
      },
    };
    await writeFile(join(dir, 'package-lock.json'), JSON.stringify(lock));
    const report = await run(dir, { lockfile: 'package-lock.json' });
    expect(codes(report)).toEqual([
      'SBOM_RESOLVED_FOREIGN_HOST',
      'SBOM_RESOLVED_INSECURE',
    ]);
    expect(
      report.findings.find((f) => f.code === 'SBOM_RESOLVED_INSECURE')?.location
        ?.pointer,
    ).toBe('/packages/node_modules~1a');
    await writeFile(
      join(dir, 'policy.yaml'),
      'sbom:\n  allowed-hosts: [evil.example, registry.npmjs.org]\n',
    );
    expect(codes(await run(dir, { lockfile: 'package-lock.json' }))).toEqual([
      'SBOM_RESOLVED_INSECURE',
    ]);
  });

  it('warns about packages without an integrity hash', async () => {
    const dir = await empty();
    const lock = {
      lockfileVersion: 3,
      packages: {
        '': { dependencies: { a: '1' } },
        'node_modules/a': { version: '1.0.0' },
      },
    };
    await writeFile(join(dir, 'package-lock.json'), JSON.stringify(lock));
    const report = await run(dir, { lockfile: 'package-lock.json' });
    expect(report.findings.map((f) => [f.code, f.severity])).toEqual([
      ['SBOM_NO_INTEGRITY', 'warning'],
    ]);
  });

  it('refuses a malformed lockfile with exit-2 error and writes nothing', async () => {
    const dir = await empty();
    await writeFile(
      join(dir, 'package-lock.json'),
      '{"lockfileVersion": 3, "packages": {',
    );
    await expect(
      run(dir, { lockfile: 'package-lock.json', out: 'x.json' }),
    ).rejects.toThrow(UserError);
    expect(await readdir(dir)).toEqual(['package-lock.json']);
  });
});

describe('sbom stage with --input', () => {
  const invalid = join(fixturesDir, 'sbom/invalid');
  const valid = join(fixturesDir, 'sbom/valid');

  it('rejects every invalid corpus SBOM with schema findings and writes nothing', async () => {
    for (const name of await readdir(invalid)) {
      const dir = await empty();
      await copyFile(join(invalid, name), join(dir, name));
      const report = await run(dir, { input: name });
      expect(report.ok, name).toBe(false);
      expect(
        report.findings.every((f) => f.code === 'SBOM_INPUT_INVALID'),
        name,
      ).toBe(true);
      expect(report.evidence).toEqual([]);
    }
  });

  it('accepts every valid corpus SBOM and annotates it with the subject', async () => {
    for (const name of await readdir(valid)) {
      const dir = await empty();
      await copyFile(join(valid, name), join(dir, name));
      const report = await run(dir, { input: name, out: 'out.json' });
      expect(report.ok, name).toBe(true);
      const doc = await readJSON(join(dir, 'out.json'));
      expect(validateSBOM(doc, name).problems).toEqual([]);
      expect(JSON.stringify(doc)).toContain('shipshape:release:id');
    }
  });

  it('cross-checks an input SBOM against the manifest', async () => {
    const dir = await example();
    await copyFile(
      join(valid, 'valid-bom-1.5.json'),
      join(dir, 'other.cdx.json'),
    );
    const manifest = await readFile(join(dir, 'release.yaml'), 'utf8');
    await writeFile(
      join(dir, 'release.yaml'),
      manifest.replace(
        'dependencies: { lockfile: widget-lib/package-lock.json }',
        'dependencies: { sbom: other.cdx.json, declared: [debug] }',
      ),
    );
    const report = await run(dir);
    expect(codes(report)).toContain('SBOM_DECLARED_MISSING');
  });
});

describe('schema validation', () => {
  it('treats an invalid SBOM of our own as an internal error', () => {
    const broken = JSON.stringify({
      bomFormat: 'CycloneDX',
      specVersion: '1.5',
      version: 1,
      components: [{ name: 'x' }],
    });
    expect(() => {
      assertOwnOutputValid(validateSBOM, broken, 'x');
    }).toThrow(InternalError);
  });

  it('finds duplicate items with the set-based uniqueness check, in linear time', () => {
    const components = Array.from({ length: 20000 }, (_, i) => ({
      type: 'library',
      name: `p${i}`,
      hashes: [{ alg: 'SHA-256', content: 'a'.repeat(64) }],
    }));
    const start = performance.now();
    const ok = validateSBOM(
      { bomFormat: 'CycloneDX', specVersion: '1.5', version: 1, components },
      'big',
    );
    expect(ok.problems).toEqual([]);
    expect(performance.now() - start).toBeLessThan(5000);
    const first = components[0];
    if (first) components.push(first);
    const duplicate = validateSBOM(
      { bomFormat: 'CycloneDX', specVersion: '1.5', version: 1, components },
      'big',
    );
    expect(duplicate.problems).toContainEqual({
      pointer: '/components',
      message: 'must not contain duplicate items',
    });
  });
});
