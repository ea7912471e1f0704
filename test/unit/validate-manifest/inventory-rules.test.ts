import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  matchesOwnersPattern,
  ownersOf,
  parseCodeOwners,
} from '@shipshape/core/validate-manifest/codeowners';
import {
  codesOf,
  exampleProject,
  onlyFinding,
  positionOf,
  type ExampleProject,
} from './example-project.ts';

let project: ExampleProject;

beforeEach(async () => {
  project = await exampleProject();
});

afterEach(async () => {
  await project.cleanup();
});

async function plant(path: string, text: string): Promise<void> {
  await mkdir(dirname(join(project.dir, path)), { recursive: true });
  await writeFile(join(project.dir, path), text);
}

const cliPackage = JSON.stringify({ name: 'widget-cli', version: '1.4.0' });

describe('validate-manifest inventory rule', () => {
  it('flags a package no artifact covers, with its owner from CODEOWNERS', async () => {
    await plant('cli/package.json', cliPackage);
    const finding = onlyFinding(
      await project.validate(),
      'INVENTORY_UNCOVERED',
    );
    expect(finding.location).toEqual({ file: 'cli/package.json' });
    expect(finding.owner).toBe('@acme/release-engineering');
    expect(finding.message).toContain('"widget-cli"');
    expect(finding.remediation).toContain('version-file: cli/package.json');
  });

  it('lets the last matching CODEOWNERS line win', async () => {
    await plant('docs/site/pyproject.toml', '[project]\nname = "docs"\n');
    const finding = onlyFinding(
      await project.validate(),
      'INVENTORY_UNCOVERED',
    );
    expect(finding.owner).toBe('@acme/docs');
  });

  it('prefers .github/CODEOWNERS, and falls back to the nearest artifact owner', async () => {
    await plant('.github/CODEOWNERS', '/widget-lib/server/ @acme/servers\n');
    await plant('widget-lib/server/Dockerfile', 'FROM scratch\n');
    await plant('tools/pom.xml', '<project/>\n');
    const report = await project.validate();
    const found = report.findings.filter(
      (f) => f.code === 'INVENTORY_UNCOVERED',
    );
    expect(found.map((f) => [f.location?.file, f.owner])).toEqual([
      ['tools/pom.xml', '@acme/widgets'],
      ['widget-lib/server/Dockerfile', '@acme/servers'],
    ]);
  });

  it('finds every kind of packaging target and skips build output and dependencies', async () => {
    await plant('a/pyproject.toml', '');
    await plant('b/pom.xml', '<project/>');
    await plant('c/App.csproj', '<Project/>');
    await plant('d/Containerfile', 'FROM scratch');
    await plant('node_modules/x/package.json', cliPackage);
    await plant('dist/y/package.json', cliPackage);
    await plant('.cache/z/package.json', cliPackage);
    await plant('e/package.json', JSON.stringify({ name: 'e', private: true }));
    const report = await project.validate();
    expect(report.findings.map((f) => f.location?.file)).toEqual([
      'a/pyproject.toml',
      'b/pom.xml',
      'c/App.csproj',
      'd/Containerfile',
    ]);
    expect(report['inventory']).toContainEqual({
      file: 'widget-lib/package.json',
      kind: 'npm',
      coveredBy: 'widget-lib',
    });
  });

  it('counts a target covered by an artifact of its kind built inside its folder', async () => {
    await plant('server/Dockerfile', 'FROM scratch\n');
    await plant('server/image/oci-layout', '{"imageLayoutVersion":"1.0.0"}');
    const text = await project.read('release.yaml');
    await project.write(
      'release.yaml',
      `${text}  - name: acme/widget-server\n    kind: container\n    path: server/image\n    digest: sha256:${'ab'.repeat(32)}\n    license: MIT\n    owner: '@acme/servers'\n`,
    );
    const report = await project.validate();
    // The stub layout is not a usable image, but the Dockerfile is covered.
    expect(codesOf(report)).toEqual(['ARTIFACT_OCI_LAYOUT_INVALID']);
  });

  it('flags a package.json that cannot be read as a target', async () => {
    await plant('broken/package.json', '{"name": ');
    const finding = onlyFinding(
      await project.validate(),
      'INVENTORY_UNCOVERED',
    );
    expect(finding.message).toContain('could not be read');
  });

  it('warns when the project is too deep to search completely', async () => {
    await plant(`${'deep/'.repeat(30)}package.json`, cliPackage);
    const report = await project.validate();
    expect(report.ok).toBe(true);
    expect(onlyFinding(report, 'INVENTORY_INCOMPLETE').severity).toBe(
      'warning',
    );
  });

  it('can be turned off by the caller', async () => {
    await plant('cli/package.json', cliPackage);
    const report = await project.validate({ inventory: false });
    expect(report.findings).toEqual([]);
  });
});

describe('validate-manifest target rule', () => {
  it('refuses a target that is not a registry of the policy, suggesting the one meant', async () => {
    await project.replace(
      'release.yaml',
      'targets: [npm-staging]',
      'targets: [npm-stagign]',
    );
    const finding = onlyFinding(await project.validate(), 'TARGET_UNKNOWN');
    const text = await project.read('release.yaml');
    expect(finding.location).toMatchObject(positionOf(text, 'npm-stagign'));
    expect(finding.remediation).toContain('"npm-staging"');
  });

  it('refuses a target whose registry takes another kind of artifact', async () => {
    await project.replace(
      'policy.yaml',
      "kind: npm,\n      url: 'http://127.0.0.1:4873'",
      "kind: pypi,\n      url: 'http://127.0.0.1:4873'",
    );
    onlyFinding(await project.validate(), 'TARGET_KIND_MISMATCH');
  });

  it('refuses every target when there is no policy', async () => {
    await rm(join(project.dir, 'policy.yaml'));
    onlyFinding(await project.validate(), 'TARGET_UNKNOWN');
  });
});

describe('CODEOWNERS patterns', () => {
  it.each([
    ['*', 'a/b/c.js', true],
    ['*.js', 'src/deep/x.js', true],
    ['*.js', 'src/x.ts', false],
    ['/build/logs/', 'build/logs/a/b.log', true],
    ['/build/logs/', 'x/build/logs/a.log', false],
    ['docs/*', 'docs/getting-started.md', true],
    ['docs/*', 'docs/build-app/troubleshooting.md', false],
    ['apps/', 'deep/apps/x.js', true],
    ['/docs/', 'docs/x.md', true],
    ['/docs/', 'src/docs/x.md', false],
    ['**/logs', 'a/b/logs/x.log', true],
    ['/scripts/*.sh', 'scripts/run.sh', true],
    ['docs', 'src/docs/x.md', true],
    ['src/a?c.ts', 'src/abc.ts', true],
    ['/widget-lib/', 'widget-lib', false],
  ])('%j matches %j: %s', (pattern, path, expected) => {
    expect(matchesOwnersPattern(pattern, path)).toBe(expected);
  });

  it('lets the last match win, and a line without owners unowns', () => {
    const owners = {
      file: 'CODEOWNERS',
      rules: parseCodeOwners(
        '# comment\n*  @org/all\n/docs/ @org/docs # inline\n/docs/generated/\n',
      ),
    };
    expect(ownersOf(owners, 'src/x.ts')).toEqual(['@org/all']);
    expect(ownersOf(owners, 'docs/x.md')).toEqual(['@org/docs']);
    expect(ownersOf(owners, 'docs/generated/y.md')).toBeUndefined();
  });

  it('matches hostile patterns in linear time', () => {
    const started = performance.now();
    const pattern = `${'*a'.repeat(200)}b`;
    expect(matchesOwnersPattern(pattern, 'a'.repeat(4000))).toBe(false);
    expect(
      matchesOwnersPattern(`/${'**/'.repeat(50)}x`, `${'d/'.repeat(200)}y`),
    ).toBe(false);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
