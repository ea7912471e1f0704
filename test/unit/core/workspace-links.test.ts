/**
 * A reused workspace (a CI cache, a shared temporary folder) may hold
 * symbolic links planted to redirect what shipshape writes. Every entry of
 * the workspace is refused when it is a link, and nothing reaches the
 * link's target.
 */
import { mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exitCodeForError } from '@shipshape/core';
import { systemClock } from '@shipshape/core/clock';
import { Journal } from '@shipshape/core/journal/journal';
import { ReleaseWorkspace } from '@shipshape/core/workspace/release-workspace';
import { runCLI } from '../../helpers/run-bundle.ts';
import { copyExample, tempDir } from '../../helpers/temp-project.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function setUp(): Promise<{ root: string; victim: string }> {
  const temp = await tempDir('shipshape-links-');
  cleanups.push(temp.cleanup);
  const root = join(temp.dir, '.shipshape');
  const victim = join(temp.dir, 'victim');
  await mkdir(root);
  await mkdir(victim);
  await writeFile(join(victim, 'precious.txt'), 'untouched\n');
  return { root, victim };
}

async function victimUntouched(victim: string): Promise<void> {
  expect(await readdir(victim)).toEqual(['precious.txt']);
  expect(await readFile(join(victim, 'precious.txt'), 'utf8')).toBe(
    'untouched\n',
  );
}

describe('links inside the release workspace', () => {
  it.each(['reports', 'evidence'])(
    'refuses %s as a link to another folder',
    async (name) => {
      const { root, victim } = await setUp();
      await symlink(victim, join(root, name));
      const error: unknown = await ReleaseWorkspace.open(
        root,
        systemClock,
      ).catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code: 'WORKSPACE_SYMLINK' });
      expect(exitCodeForError(error)).toBe(2);
      await victimUntouched(victim);
    },
  );

  it.each(['journal.jsonl', 'journal.jsonl.torn'])(
    'refuses %s as a link to another file',
    async (name) => {
      const { root, victim } = await setUp();
      await symlink(join(victim, 'precious.txt'), join(root, name));
      await expect(
        ReleaseWorkspace.open(root, systemClock),
      ).rejects.toMatchObject({ code: 'WORKSPACE_SYMLINK' });
      await victimUntouched(victim);
    },
  );

  it('never appends a journal record through a link', async () => {
    const { root, victim } = await setUp();
    const path = join(root, 'journal.jsonl');
    await symlink(join(victim, 'precious.txt'), path);
    const journal = new Journal(path, systemClock);
    await expect(
      journal.append({
        kind: 'decision',
        stage: 'validate-manifest',
        actor: 'tester',
        summary: 'a record',
      }),
    ).rejects.toMatchObject({ code: 'JOURNAL_SYMLINK' });
    await victimUntouched(victim);
  });

  it('refuses a stage report that is a link', async () => {
    const { root, victim } = await setUp();
    const workspace = await ReleaseWorkspace.open(root, systemClock);
    await symlink(
      join(victim, 'precious.txt'),
      join(root, 'reports', 'sign.json'),
    );
    await expect(workspace.readReport('sign')).rejects.toMatchObject({
      code: 'WORKSPACE_SYMLINK',
    });
  });

  it('the CLI stops with exit 2 and writes nothing through a planted link', async () => {
    const example = await copyExample();
    cleanups.push(example.cleanup);
    const victim = join(example.dir, 'victim');
    await mkdir(victim);
    await writeFile(join(victim, 'precious.txt'), 'untouched\n');
    await mkdir(join(example.dir, '.shipshape'));
    await symlink(victim, join(example.dir, '.shipshape', 'reports'));
    const result = await runCLI(['validate'], { cwd: example.dir });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('symbolic link');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    await victimUntouched(victim);
  });
});
