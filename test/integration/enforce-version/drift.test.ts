import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { GitRepo } from '../../helpers/git-repo.ts';
import { codes, projectFiles, runStageIn } from './release-project.ts';

let repo: GitRepo | undefined;
afterEach(async () => {
  await repo?.cleanup();
  repo = undefined;
});

async function released(files: Record<string, string>): Promise<GitRepo> {
  repo = await GitRepo.create();
  await repo.commit('chore: a (REL-1)', {
    files: projectFiles({ version: '1.3.0' }),
  });
  repo.tag('v1.3.0');
  await repo.commit('feat: b (REL-2)', { files });
  return repo;
}

/** release.yaml pointing its one artifact at `versionFile`. */
function manifestWith(versionFile: string): string {
  const manifest = {
    release: { id: 'demo', version: '1.4.0', notes: 'CHANGELOG.md#140' },
    artifacts: [
      {
        name: 'demo',
        kind: 'file',
        path: 'dist/demo.tgz',
        digest: `sha256:${'b'.repeat(64)}`,
        license: 'MIT',
        owner: '@demo/team',
        'version-file': versionFile,
      },
    ],
  };
  return stringify(manifest);
}

describe('drift between release.version and the version sources', () => {
  it('reports package.json naming another version, at the version-file line', async () => {
    const { report } = await runStageIn(
      await released(
        projectFiles({ version: '1.4.0', packageVersion: '1.3.0' }),
      ),
    );
    expect(codes(report, 'error')).toEqual(['VERSION_DRIFT']);
    const finding = report.findings[0];
    expect(finding?.message).toContain('package.json declares version 1.3.0');
    expect(finding?.location?.pointer).toBe('/artifacts/0/version-file');
    expect(finding?.owner).toBe('@demo/team');
  });

  it('reports a changelog section that names another version', async () => {
    const files = projectFiles({ version: '1.4.0' });
    files['CHANGELOG.md'] = '# Changelog\n\n## 1.4.0\n\n- x\n';
    files['release.yaml'] = (files['release.yaml'] ?? '').replace(
      'CHANGELOG.md#140',
      'CHANGELOG.md#changelog',
    );
    const { report } = await runStageIn(await released(files));
    expect(codes(report, 'error')).toEqual(['VERSION_CHANGELOG_DRIFT']);
  });

  it('reports a changelog without the section release.notes points at', async () => {
    const files = projectFiles({ version: '1.4.0' });
    files['CHANGELOG.md'] = '# Changelog\n\n## 1.3.0\n\n```\n## 1.4.0\n```\n';
    const { report } = await runStageIn(await released(files));
    expect(codes(report, 'error')).toEqual(['CHANGELOG_SECTION_MISSING']);
  });

  it('accepts a "## [1.4.0] - date" heading reached by its anchor', async () => {
    const files = projectFiles({ version: '1.4.0' });
    files['CHANGELOG.md'] = '# Changelog\n\n## [1.4.0] - 2026-12-03\n\n- x\n';
    files['release.yaml'] = (files['release.yaml'] ?? '').replace(
      'CHANGELOG.md#140',
      'CHANGELOG.md#140---2026-12-03',
    );
    const { report } = await runStageIn(await released(files));
    expect(codes(report, 'error')).toEqual([]);
  });

  it.each([
    [
      'pyproject.toml',
      '[build-system]\nrequires = ["x"]\n[project]\nname = "demo"\nversion = "1.4.0"\n',
      '[tool.other]\nversion = "1.4.0"\n[project]\nname = "demo"\nversion = "1.3.9"\n',
    ],
    [
      'pom.xml',
      '<project><parent><version>9.0.0</version></parent><artifactId>d</artifactId><version>1.4.0</version><dependencies><dependency><version>2.0</version></dependency></dependencies></project>',
      '<project><!-- <version>1.4.0</version> --><parent><version>1.4.0</version></parent><version>1.3.9</version></project>',
    ],
    [
      'src/Demo.csproj',
      '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><VersionPrefix>1.4.0</VersionPrefix></PropertyGroup></Project>',
      '<Project><PropertyGroup><Version>1.3.9</Version></PropertyGroup></Project>',
    ],
  ])(
    'reads the version of %s and reports a disagreeing one',
    async (name, good, bad) => {
      const files = projectFiles({ version: '1.4.0' });
      files['release.yaml'] = manifestWith(name);
      files[name] = good;
      const ok = await runStageIn(await released(files));
      expect(codes(ok.report, 'error')).toEqual([]);
      await writeFile(join(repo!.dir, name), bad);
      const drift = await runStageIn(repo!);
      expect(codes(drift.report, 'error')).toEqual(['VERSION_DRIFT']);
      expect(drift.report.findings[0]?.message).toContain('1.3.9');
    },
  );

  it('reports a version file that declares no version', async () => {
    const files = projectFiles({ version: '1.4.0' });
    files['release.yaml'] = manifestWith('pom.xml');
    files['pom.xml'] =
      '<project><parent><version>1.4.0</version></parent></project>';
    const { report } = await runStageIn(await released(files));
    expect(codes(report, 'error')).toEqual(['VERSION_SOURCE_MISSING']);
  });

  it('refuses a version-file outside the project with exit 2 naming the field', async () => {
    const files = projectFiles({ version: '1.4.0' });
    files['release.yaml'] = manifestWith('../package.json');
    await expect(runStageIn(await released(files))).rejects.toMatchObject({
      code: 'VERSION_SOURCE_UNREADABLE',
      source: { file: 'release.yaml', field: 'artifacts.0.version-file' },
    });
  });
});
