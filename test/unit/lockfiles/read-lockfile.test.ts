import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '@shipshape/core';
import {
  parseLockfile,
  readLockfile,
} from '@shipshape/core/lockfiles/read-lockfile';

const fixtures = join(import.meta.dirname, '../../fixtures/lockfiles');

function expectUserError(run: () => unknown, code: string): UserError {
  try {
    run();
  } catch (error: unknown) {
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe(code);
    return error as UserError;
  }
  throw new Error(`expected ${code}`);
}

describe('readLockfile on real lockfiles', () => {
  it('reads every package of an npm v2 lockfile with its SRI hash as hex', async () => {
    const path = join(fixtures, 'helmet-package-lock.json');
    const raw = JSON.parse(await readFile(path, 'utf8')) as {
      packages: Record<
        string,
        { version: string; integrity?: string; license?: string }
      >;
    };
    const lockfile = await readLockfile(path, 'helmet-package-lock.json');
    expect(lockfile.format).toBe('package-lock v2');
    const byPurl = new Map(lockfile.packages.map((p) => [p.purl, p]));
    for (const [key, entry] of Object.entries(raw.packages)) {
      if (key === '') continue;
      const name = key.slice(key.lastIndexOf('node_modules/') + 13);
      const purlName = name.startsWith('@') ? `%40${name.slice(1)}` : name;
      const locked = byPurl.get(
        `pkg:npm/${purlName}@${encodeURIComponent(entry.version)}`,
      );
      expect(locked, key).toBeDefined();
      expect(locked?.name).toBe(name);
      if (entry.integrity?.startsWith('sha512-')) {
        const hex = Buffer.from(entry.integrity.slice(7), 'base64').toString(
          'hex',
        );
        expect(locked?.hashes).toContainEqual({ algorithm: 'sha512', hex });
      }
      if (entry.license) expect(locked?.license).toBe(entry.license);
    }
    expect(lockfile.declared.some((d) => d.name === 'eslint' && d.dev)).toBe(
      true,
    );
  });

  it('keeps a nested node_modules copy of another version as its own package', () => {
    const text = JSON.stringify({
      lockfileVersion: 3,
      packages: {
        '': { dependencies: { a: '1', b: '1' } },
        'node_modules/a': { version: '1.0.0', dependencies: { b: '2' } },
        'node_modules/a/node_modules/b': { version: '2.0.0' },
        'node_modules/b': { version: '1.0.0' },
      },
    });
    const lockfile = parseLockfile(text, 'package-lock.json');
    expect(lockfile.packages.map((p) => p.purl)).toEqual([
      'pkg:npm/a@1.0.0',
      'pkg:npm/b@1.0.0',
      'pkg:npm/b@2.0.0',
    ]);
    expect(lockfile.packages[0]?.dependsOn).toEqual(['pkg:npm/b@2.0.0']);
  });

  it('reads a v1 lockfile tree with nested dependencies', () => {
    const text = JSON.stringify({
      lockfileVersion: 1,
      dependencies: {
        '@s/a': {
          version: '1.0.0',
          integrity: 'sha1-AAAAAAAAAAAAAAAAAAAAAAAAAAA=',
          requires: { b: '1' },
          dependencies: { b: { version: '2.0.0' } },
        },
        b: { version: '1.0.0', dev: true },
      },
    });
    const lockfile = parseLockfile(text, 'package-lock.json');
    expect(lockfile.packages.map((p) => p.purl)).toEqual([
      'pkg:npm/%40s/a@1.0.0',
      'pkg:npm/b@1.0.0',
      'pkg:npm/b@2.0.0',
    ]);
    expect(lockfile.packages[0]?.dependsOn).toEqual(['pkg:npm/b@2.0.0']);
    expect(lockfile.packages[0]?.hashes[0]?.algorithm).toBe('sha1');
    expect(lockfile.packages[1]?.dev).toBe(true);
  });

  it('reads yarn classic entries and resolves their ranges to versions', () => {
    const text = [
      '# yarn lockfile v1',
      '',
      '"@s/a@^1.0.0", "@s/a@^1.1.0":',
      '  version "1.2.0"',
      '  resolved "https://registry.yarnpkg.com/@s/a/-/a-1.2.0.tgz#abc"',
      '  integrity sha512-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==',
      '  dependencies:',
      '    b "~2"',
      '',
      'b@~2:',
      '  version "2.0.1"',
      '',
    ].join('\n');
    const lockfile = parseLockfile(text, 'yarn.lock');
    expect(lockfile.format).toBe('yarn classic');
    expect(lockfile.packages[0]).toMatchObject({
      name: '@s/a',
      version: '1.2.0',
      purl: 'pkg:npm/%40s/a@1.2.0',
      dependsOn: ['pkg:npm/b@2.0.1'],
    });
    expect(lockfile.packages[0]?.source.line).toBe(3);
  });

  it('reads yarn berry lockfiles and leaves workspaces out', () => {
    const text = [
      '__metadata:',
      '  version: 8',
      '',
      '"a@npm:^1.0.0":',
      '  version: 1.0.0',
      '  resolution: "a@npm:1.0.0"',
      '  dependencies:',
      '    b: "npm:^2.0.0"',
      '',
      '"b@npm:^2.0.0":',
      '  version: 2.0.0',
      '  resolution: "b@npm:2.0.0"',
      '',
      '"root@workspace:.":',
      '  version: 0.0.0-use.local',
      '  resolution: "root@workspace:."',
      '  linkType: soft',
      '',
    ].join('\n');
    const lockfile = parseLockfile(text, 'yarn.lock');
    expect(lockfile.format).toBe('yarn berry');
    expect(lockfile.packages.map((p) => p.purl)).toEqual([
      'pkg:npm/a@1.0.0',
      'pkg:npm/b@2.0.0',
    ]);
    expect(lockfile.packages[0]?.dependsOn).toEqual(['pkg:npm/b@2.0.0']);
  });

  it('reads pnpm 9 and marks packages only dev roots reach as dev', async () => {
    const lockfile = await readLockfile(
      join(fixtures, 'pnpm-lock.yaml'),
      'pnpm-lock.yaml',
    );
    expect(lockfile.format).toBe('pnpm v9.0');
    expect(lockfile.packages.length).toBe(620);
    expect(lockfile.packages.every((p) => p.hashes.length === 1)).toBe(true);
    expect(lockfile.packages.some((p) => !p.dev)).toBe(true);
    expect(lockfile.declared.length).toBeGreaterThan(0);
  });

  it('reads poetry.lock with normalised pypi purls and dev groups', async () => {
    const lockfile = await readLockfile(
      join(fixtures, 'poetry.lock'),
      'poetry.lock',
    );
    expect(lockfile.packages).toHaveLength(78);
    const tarfile = lockfile.packages.find(
      (p) => p.name === 'backports-tarfile',
    );
    expect(tarfile?.purl).toBe('pkg:pypi/backports-tarfile@1.2.0');
    expect(tarfile?.hashes).toEqual([
      {
        algorithm: 'sha256',
        hex: 'd75e02c268746e1b8144c278978b6e98e85de6ad16f8e4b0844a154557eca991',
      },
    ]);
    expect(tarfile?.source.line).toBe(23);
    expect(lockfile.packages.some((p) => p.dev)).toBe(true);
  });

  it('reads requirements with hashes and via comments as edges', () => {
    const text =
      'Flask_Login==0.6.3 \\\n    --hash=sha256:' +
      'a'.repeat(64) +
      '\n    # via app\napp==1.0\nrequests>=2\n';
    const lockfile = parseLockfile(text, 'requirements.txt');
    expect(lockfile.packages.map((p) => p.purl)).toEqual([
      'pkg:pypi/app@1.0',
      'pkg:pypi/flask-login@0.6.3',
    ]);
    expect(lockfile.packages[1]?.hashes).toEqual([
      { algorithm: 'sha256', hex: 'a'.repeat(64) },
    ]);
    expect(lockfile.packages[0]?.dependsOn).toEqual([
      'pkg:pypi/flask-login@0.6.3',
    ]);
    expect(lockfile.declared.find((d) => d.name === 'requests')?.range).toBe(
      '>=2',
    );
  });

  it('reads the real pip-compile output', async () => {
    const lockfile = await readLockfile(
      join(fixtures, 'requirements-dev.txt'),
      'requirements-dev.txt',
    );
    expect(lockfile.packages.find((p) => p.name === 'alabaster')?.version).toBe(
      '1.0.0',
    );
    expect(
      lockfile.packages.reduce((n, p) => n + p.dependsOn.length, 0),
    ).toBeGreaterThan(0);
  });

  it('reads declared Maven dependencies with properties resolved', async () => {
    const lockfile = await readLockfile(join(fixtures, 'pom.xml'), 'pom.xml');
    expect(lockfile.ecosystem).toBe('maven');
    expect(lockfile.packages.length).toBe(24);
    expect(
      lockfile.packages.every((p) => p.purl.startsWith('pkg:maven/')),
    ).toBe(true);
    expect(lockfile.packages.some((p) => p.dev)).toBe(true);
  });

  it('refuses a pom.xml with a DOCTYPE (no entity expansion)', () => {
    const text =
      '<?xml version="1.0"?>\n<!DOCTYPE p [<!ENTITY x "y">]>\n<project/>';
    const error = expectUserError(
      () => parseLockfile(text, 'pom.xml'),
      'LOCKFILE_INVALID',
    );
    expect(error.message).toContain('DOCTYPE');
  });

  it('reads go.mod requirements and declares only the direct ones', async () => {
    const lockfile = await readLockfile(join(fixtures, 'go.mod'), 'go.mod');
    expect(lockfile.packages.length).toBe(158);
    expect(lockfile.declared.length).toBe(47);
    expect(lockfile.packages[0]?.purl).toMatch(/^pkg:golang\//);
  });

  it('reads NuGet packages.lock.json with its base64 SHA-512', () => {
    const hash = Buffer.alloc(64, 7).toString('base64');
    const text = JSON.stringify({
      version: 1,
      dependencies: {
        'net8.0': {
          'Newtonsoft.Json': {
            type: 'Direct',
            requested: '[13.0.1, )',
            resolved: '13.0.1',
            contentHash: hash,
          },
        },
      },
    });
    const lockfile = parseLockfile(text, 'packages.lock.json');
    expect(lockfile.packages[0]).toMatchObject({
      purl: 'pkg:nuget/Newtonsoft.Json@13.0.1',
      hashes: [{ algorithm: 'sha512', hex: '07'.repeat(64) }],
    });
    expect(lockfile.declared[0]?.range).toBe('[13.0.1, )');
  });
});

describe('readLockfile on hostile input', () => {
  it('refuses truncated JSON naming the file', () => {
    const error = expectUserError(
      () =>
        parseLockfile(
          '{"lockfileVersion": 3, "packages": {',
          'package-lock.json',
        ),
      'JSON_INVALID',
    );
    expect(error.source.file).toBe('package-lock.json');
  });

  it('refuses an unknown lockfileVersion with its pointer', () => {
    const error = expectUserError(
      () => parseLockfile('{"lockfileVersion": 99}', 'package-lock.json'),
      'LOCKFILE_UNSUPPORTED',
    );
    expect(error.source.field).toBe('/lockfileVersion');
  });

  it('refuses a __proto__ key, also when escaped, and leaves Object.prototype alone', () => {
    const text =
      '{"lockfileVersion": 3, "packages": {"node_modules/x": {"version": "1.0.0", "\\u005f_proto__": {"polluted": 1}}}}';
    expectUserError(
      () => parseLockfile(text, 'package-lock.json'),
      'JSON_FORBIDDEN_KEY',
    );
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses an entry without a version, naming its pointer', () => {
    const text = JSON.stringify({
      lockfileVersion: 3,
      packages: { 'node_modules/x': {} },
    });
    const error = expectUserError(
      () => parseLockfile(text, 'package-lock.json'),
      'LOCKFILE_INVALID',
    );
    expect(error.source.field).toBe('/packages/node_modules~1x');
  });

  it('refuses a yarn.lock line it cannot read, naming the line', () => {
    const error = expectUserError(
      () =>
        parseLockfile('# yarn lockfile v1\n\na@1:\n  "version\n', 'yarn.lock'),
      'LOCKFILE_INVALID',
    );
    expect(error.source.line).toBe(4);
  });

  it('refuses a file that is no lockfile', () => {
    expectUserError(
      () => parseLockfile('hello', 'notes.txt'),
      'LOCKFILE_UNKNOWN_FORMAT',
    );
  });

  it('reads hostile 64 KB lines in linear time (no regex backtracking)', () => {
    const hostile = [
      ['requirements.txt', `a${' '.repeat(65000)}x`],
      ['requirements.txt', `a${' '.repeat(65000)};`],
      [
        'pnpm-lock.yaml',
        `lockfileVersion: '9.0'\npackages:\n  'a@1${'('.repeat(60000)}': {}\n`,
      ],
      ['yarn.lock', `# yarn lockfile v1\n\na@1:\n  ${'x'.repeat(65000)}\n`],
    ];
    for (const [name, text] of hostile) {
      const start = performance.now();
      try {
        parseLockfile(text ?? '', name ?? '');
      } catch (error: unknown) {
        expect(error).toBeInstanceOf(UserError);
      }
      expect(performance.now() - start, name).toBeLessThan(1000);
    }
  });

  it('refuses more packages than the limit', () => {
    const packages: Record<string, unknown> = {};
    for (let i = 0; i < 200_001; i += 1)
      packages[`node_modules/p${i}`] = { version: '1.0.0' };
    expectUserError(
      () =>
        parseLockfile(
          JSON.stringify({ lockfileVersion: 3, packages }),
          'package-lock.json',
        ),
      'LOCKFILE_TOO_LARGE',
    );
  });
});
