/**
 * A release project inside a real git repository: release.yaml,
 * policy.yaml, a package.json version source and a changelog, plus a way
 * to run the enforce-version stage on it.
 */
import { join } from 'node:path';
import { stringify } from 'yaml';
import {
  createStageContext,
  RecordingLogger,
  type StageReport,
} from '@shipshape/core';
import {
  runEnforceVersionStage,
  type EnforceVersionOptions,
} from '@shipshape/core/enforce-version/enforce-version-stage';
import { GitRepo } from '../../helpers/git-repo.ts';

/** What goes into the project files. */
export interface ProjectFiles {
  version: string;
  release?: Record<string, unknown>;
  versioning?: Record<string, unknown>;
  /** Version written to package.json; default the release version. */
  packageVersion?: string;
  /** Changelog heading; default the release version. */
  changelogHeading?: string;
}

/** Writes the project files (committed with the next commit). */
export function projectFiles(files: ProjectFiles): Record<string, string> {
  const heading = files.changelogHeading ?? files.version;
  const anchor = heading
    .toLowerCase()
    .replace(/[^a-z0-9 _-]/g, '')
    .replace(/ /g, '-');
  const manifest = {
    release: {
      id: 'demo-release',
      version: files.version,
      notes: `CHANGELOG.md#${anchor}`,
      ...files.release,
    },
    artifacts: [
      {
        name: 'demo-lib',
        kind: 'npm',
        path: 'dist/demo-lib.tgz',
        digest: `sha256:${'a'.repeat(64)}`,
        license: 'MIT',
        owner: '@demo/team',
        'version-file': 'package.json',
      },
    ],
  };
  const policy = {
    versioning: {
      scheme: 'semver',
      tickets: '[A-Z][A-Z0-9]+-[0-9]+',
      ...files.versioning,
    },
  };
  return {
    'release.yaml': stringify(manifest),
    'policy.yaml': stringify(policy),
    'package.json': `${JSON.stringify({ name: 'demo-lib', version: files.packageVersion ?? files.version }, null, 2)}\n`,
    'CHANGELOG.md': `# Changelog\n\n## ${heading}\n\n- Changes.\n`,
  };
}

/** Writes the project files into the work tree without committing. */
export async function writeProject(
  repo: GitRepo,
  files: ProjectFiles,
): Promise<void> {
  const { writeFile } = await import('node:fs/promises');
  for (const [name, text] of Object.entries(projectFiles(files))) {
    await writeFile(join(repo.dir, name), text);
  }
}

/** Runs the stage in the repository with a recording logger. */
export async function runStageIn(
  repo: GitRepo,
  options: EnforceVersionOptions = {},
  env: NodeJS.ProcessEnv = {},
  subfolder = '.',
): Promise<{
  report: StageReport;
  logger: RecordingLogger;
  workspace: string;
}> {
  const logger = new RecordingLogger();
  const workspace = join(repo.home, 'workspace');
  const context = createStageContext({
    cwd: join(repo.dir, subfolder),
    env: { ...repo.env(), ...env },
    workspaceDir: workspace,
    logger,
    actor: 'test',
  });
  const report = await runEnforceVersionStage(context, options);
  return { report, logger, workspace };
}

/** Codes of the findings with the given severity. */
export function codes(report: StageReport, severity?: string): string[] {
  return report.findings
    .filter(
      (finding) => severity === undefined || finding.severity === severity,
    )
    .map((finding) => finding.code);
}
