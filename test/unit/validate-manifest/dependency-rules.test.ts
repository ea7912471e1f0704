import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pinVerdict } from '@shipshape/core/validate-manifest/pinned-range';
import { fixturesDir } from '../../helpers/temp-project.ts';
import {
  codesOf,
  exampleProject,
  onlyFinding,
  positionOf,
  type ExampleProject,
} from './example-project.ts';

const lockfile = 'widget-lib/package-lock.json';
const fixtures = join(fixturesDir, 'validate-manifest');

let project: ExampleProject;

beforeEach(async () => {
  project = await exampleProject();
});

afterEach(async () => {
  await project.cleanup();
});

// Points widget-lib's lockfile at a copy of a real project's lockfile.
async function useFixture(folder: string, file: string): Promise<string> {
  await cp(join(fixtures, folder), join(project.dir, folder), {
    recursive: true,
  });
  await project.replace(
    'release.yaml',
    `lockfile: ${lockfile}`,
    `lockfile: ${folder}/${file}`,
  );
  return `${folder}/${file}`;
}

describe('validate-manifest lockfile rules', () => {
  it('refuses a lockfile that does not exist', async () => {
    await project.replace(
      'release.yaml',
      `lockfile: ${lockfile}`,
      'lockfile: widget-lib/npm-shrinkwrap.json',
    );
    const finding = onlyFinding(await project.validate(), 'LOCKFILE_MISSING');
    expect(finding.location?.pointer).toBe(
      '/artifacts/0/dependencies/lockfile',
    );
    expect(finding.owner).toBe('@acme/widgets');
  });

  it('refuses a locked package without an integrity hash, at its line', async () => {
    const text = await project.read(lockfile);
    await project.write(
      lockfile,
      text.replace(/\n\s*"integrity": "sha512-6Flz[^"]*",/, ''),
    );
    const finding = onlyFinding(
      await project.validate(),
      'LOCKFILE_NO_INTEGRITY',
    );
    expect(finding.location).toEqual({
      file: lockfile,
      pointer: '/packages/node_modules~1ms',
      line: positionOf(text, '"node_modules/ms"').line,
    });
    expect(finding.component).toBe('pkg:npm/ms@2.1.3');
    expect(finding.owner).toBe('@acme/widgets');
  });

  it('refuses a release dependency declared as a range, but not a development one', async () => {
    const text = await project.read(lockfile);
    await project.write(
      lockfile,
      text.replace(
        '"debug": "4.4.3"\n      },',
        '"debug": "^4.4.3"\n      },\n      "devDependencies": { "ms": "^2.1.3" },',
      ),
    );
    const finding = onlyFinding(
      await project.validate(),
      'DEPENDENCY_UNPINNED',
    );
    expect(finding.message).toContain('debug');
    expect(finding.message).toContain('"^4.4.3"');
    expect(finding.remediation).toContain('"debug": "4.4.3"');
    expect(finding.location?.file).toBe(lockfile);
    expect(finding.location?.line).toBe(
      positionOf(text, '"debug": "4.4.3"').line,
    );
  });

  it('refuses a range written in package.json even when the lockfile still pins', async () => {
    await project.replace(
      'widget-lib/package.json',
      '"debug": "4.4.3"',
      '"debug": "^4.4.3"',
    );
    const finding = onlyFinding(
      await project.validate(),
      'DEPENDENCY_UNPINNED',
    );
    const text = await project.read('widget-lib/package.json');
    expect(finding.location).toEqual({
      file: 'widget-lib/package.json',
      pointer: '/dependencies/debug',
      line: positionOf(text, '"debug"').line,
    });
  });

  it('reads the declared ranges of a version 1 lockfile from package.json', async () => {
    await project.write(
      lockfile,
      JSON.stringify({
        name: 'widget-lib',
        version: '1.4.0',
        lockfileVersion: 1,
        requires: true,
        dependencies: {
          debug: {
            version: '4.4.3',
            resolved: 'https://registry.npm.example/debug/-/debug-4.4.3.tgz',
            integrity:
              'sha512-RGwwWnwQvkVfavKVt22FGLw+xYSdzARwm0ru6DhTVA3umU5hZc28V3kO4stgYryrTlLpuvgI9GiijltAjNbcqA==',
          },
        },
      }),
    );
    await project.replace(
      'widget-lib/package.json',
      '"debug": "4.4.3"',
      '"debug": "~4.4.0"',
    );
    const finding = onlyFinding(
      await project.validate(),
      'DEPENDENCY_UNPINNED',
    );
    expect(finding.location?.file).toBe('widget-lib/package.json');
    expect(finding.location?.pointer).toBe('/dependencies/debug');
    expect(finding.location?.line).toBeGreaterThan(1);
  });

  it('reports a truncated lockfile as unusable', async () => {
    const text = await project.read(lockfile);
    await project.write(lockfile, text.slice(0, 200));
    const finding = onlyFinding(await project.validate(), 'LOCKFILE_INVALID');
    expect(finding.message).toContain(lockfile);
  });

  it('accepts the real marked lockfile, whose bundled packages carry no hash of their own', async () => {
    await useFixture('npm-marked', 'package-lock.json');
    expect((await project.validate()).findings).toEqual([]);
  });

  it('flags every ranged release dependency of the real uptime-kuma lockfile', async () => {
    const file = await useFixture('npm-uptime-kuma', 'package-lock.json');
    const report = await project.validate();
    const unpinned = report.findings.filter(
      (f) => f.code === 'DEPENDENCY_UNPINNED',
    );
    // 84 release dependencies, of which only @louislam/sqlite3 is exact.
    expect(unpinned).toHaveLength(83);
    // Both files state the ranges; they are reported where people edit them.
    const manifest = file.replace('package-lock.json', 'package.json');
    expect(unpinned.every((f) => f.location?.file === manifest)).toBe(true);
    expect(unpinned.map((f) => f.message).join('\n')).not.toContain('sqlite3');
    expect(codesOf(report)).not.toContain('LOCKFILE_NO_INTEGRITY');
  });

  it('reads the ranges of a real poetry.lock from the pyproject.toml beside it', async () => {
    const file = await useFixture('poetry', 'poetry.lock');
    const report = await project.validate();
    const unpinned = report.findings.filter(
      (f) => f.code === 'DEPENDENCY_UNPINNED',
    );
    // Every [project] requirement is a range or an unpinned git reference;
    // the development groups are not release dependencies.
    expect(unpinned).toHaveLength(22);
    expect(unpinned[0]?.location).toMatchObject({
      file: file.replace('poetry.lock', 'pyproject.toml'),
      pointer: '/project/dependencies/0',
      line: 7,
    });
    expect(unpinned.map((f) => f.message).join('\n')).not.toContain('pytest');
    // poetry-core comes from git at HEAD: nothing pins its content.
    const integrity = onlyFinding(report, 'LOCKFILE_NO_INTEGRITY');
    expect(integrity.component).toBe('pkg:pypi/poetry-core@2.4.1');
    expect(integrity.location).toMatchObject({ file, line: 1402 });
  });

  it('flags a real requirements file without hashes once, not per package', async () => {
    const file = await useFixture('pip-flask', 'requirements-dev.txt');
    const finding = onlyFinding(
      await project.validate(),
      'LOCKFILE_NO_INTEGRITY',
    );
    expect(finding.location).toEqual({ file });
    expect(finding.message).toMatch(/any of its \d+ packages/);
  });
});

describe('pinVerdict', () => {
  it.each([
    ['npm', '4.4.3', 'pinned'],
    ['npm', '=4.4.3', 'pinned'],
    ['npm', '1.0.0-beta.2+build.5', 'pinned'],
    ['npm', 'npm:other@1.2.3', 'pinned'],
    [
      'npm',
      'github:acme/widgets#0123456789abcdef0123456789abcdef01234567',
      'pinned',
    ],
    ['npm', 'https://registry.npm.example/a/-/a-1.0.0.tgz', 'pinned'],
    ['npm', 'workspace:*', 'local'],
    ['npm', 'file:../lib', 'local'],
    ['npm', '^4.4.3', 'unpinned'],
    ['npm', '~1.2', 'unpinned'],
    ['npm', '>=1.0.0 <2', 'unpinned'],
    ['npm', '*', 'unpinned'],
    ['npm', 'latest', 'unpinned'],
    ['npm', '1.x', 'unpinned'],
    ['npm', 'github:acme/widgets', 'unpinned'],
    ['npm', 'npm:other@^1.2.3', 'unpinned'],
    ['pypi', '==2.0.1', 'pinned'],
    ['pypi', '2.0.1', 'pinned'],
    ['pypi', '==2.0.1 ; python_version < "3.11"', 'pinned'],
    ['pypi', '>=2.0', 'unpinned'],
    ['pypi', '==2.*', 'unpinned'],
    ['pypi', '^1.2', 'unpinned'],
    ['pypi', '>=1,<2', 'unpinned'],
    ['pypi', '@ git+https://example.invalid/x.git', 'unpinned'],
    ['pypi', '@ git+https://example.invalid/x.git@0123456789abcdef', 'pinned'],
    ['pypi', 'file:../lib', 'local'],
    ['maven', '3.2.1', 'pinned'],
    ['maven', '[3.2.1]', 'pinned'],
    ['maven', '[1.0,2.0)', 'unpinned'],
    ['maven', 'LATEST', 'unpinned'],
    ['maven', '', 'unknown'],
    ['maven', '${spring.version}', 'unknown'],
    ['nuget', '[13.0.3, )', 'pinned'],
    ['nuget', '13.*', 'unpinned'],
    ['golang', 'v1.2.3', 'pinned'],
  ] as const)('%s %j is %s', (ecosystem, spec, verdict) => {
    expect(pinVerdict(ecosystem, spec)).toBe(verdict);
  });
});
