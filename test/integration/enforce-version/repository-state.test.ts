import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GitRepo, gitTestEnv } from '../../helpers/git-repo.ts';
import { projectFiles, runStageIn } from './release-project.ts';
import { createStageContext } from '@shipshape/core';
import { runEnforceVersionStage } from '@shipshape/core/enforce-version/enforce-version-stage';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function shallowCloneOf(repo: GitRepo): string {
  const target = join(repo.home, 'clone');
  execFileSync(
    'git',
    ['clone', '-q', '--depth', '1', `file://${repo.dir}`, target],
    {
      env: repo.env(),
    },
  );
  return target;
}

describe('the repository the release is cut from', () => {
  it('refuses a folder that is not a git repository with exit 2', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'shipshape-nogit-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const home = join(dir, 'home');
    const project = join(dir, 'project');
    await mkdir(home);
    await mkdir(project);
    for (const [name, text] of Object.entries(
      projectFiles({ version: '1.4.0' }),
    )) {
      await writeFile(join(project, name), text);
    }
    const context = createStageContext({
      cwd: project,
      env: { ...gitTestEnv(home), GIT_CEILING_DIRECTORIES: dir },
      workspaceDir: join(home, 'ws'),
    });
    await expect(runEnforceVersionStage(context)).rejects.toMatchObject({
      name: 'UserError',
      code: 'GIT_NOT_A_REPOSITORY',
    });
  });

  it('refuses a shallow clone without tags with exit 2 naming fetch-depth: 0', async () => {
    const repo = await GitRepo.create();
    cleanups.push(() => repo.cleanup());
    await repo.commit('chore: a (REL-1)', {
      files: projectFiles({ version: '1.3.0' }),
    });
    repo.tag('v1.3.0');
    await repo.commit('feat: b (REL-2)', {
      files: projectFiles({ version: '1.4.0' }),
    });
    const clone = shallowCloneOf(repo);
    const context = createStageContext({
      cwd: clone,
      env: repo.env(),
      workspaceDir: join(repo.home, 'ws'),
    });
    const error = await runEnforceVersionStage(context).catch(
      (caught: unknown) => caught,
    );
    expect(error).toMatchObject({
      name: 'UserError',
      code: 'GIT_SHALLOW_CLONE',
    });
    expect((error as Error).message).toContain('fetch-depth: 0');
  });

  it('decides in the full clone of the same history', async () => {
    const repo = await GitRepo.create();
    cleanups.push(() => repo.cleanup());
    await repo.commit('chore: a (REL-1)', {
      files: projectFiles({ version: '1.3.0' }),
    });
    repo.tag('v1.3.0');
    await repo.commit('feat: b (REL-2)', {
      files: projectFiles({ version: '1.4.0' }),
    });
    const { report } = await runStageIn(repo);
    expect(report.ok).toBe(true);
  });

  it('refuses a repository without commits with exit 2', async () => {
    const repo = await GitRepo.create();
    cleanups.push(() => repo.cleanup());
    for (const [name, text] of Object.entries(
      projectFiles({ version: '1.4.0' }),
    )) {
      await writeFile(join(repo.dir, name), text);
    }
    await expect(runStageIn(repo)).rejects.toMatchObject({
      code: 'GIT_NO_COMMITS',
    });
  });
});
