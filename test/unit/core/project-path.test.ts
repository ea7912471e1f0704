import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPathSyntax, isInside, resolveProjectPath } from '@shipshape/core';

let root: string;
let outside: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'shipshape-root-'));
  outside = await mkdtemp(join(tmpdir(), 'shipshape-outside-'));
  await mkdir(join(root, 'dist'));
  await writeFile(join(root, 'dist', 'a.tgz'), 'a');
  await writeFile(join(outside, 'secret'), 'x');
  await symlink(join(outside, 'secret'), join(root, 'dist', 'escape.tgz'));
  await symlink(join(root, 'dist', 'a.tgz'), join(root, 'inside.tgz'));
  await symlink('/dev/null', join(root, 'device'));
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('checkPathSyntax', () => {
  it.each([
    ['', 'empty'],
    ['a'.repeat(1025), 'too-long'],
    ['dist/a\0.tgz', 'nul-byte'],
    ['/etc/passwd', 'absolute'],
    ['C:/x', 'absolute'],
    ['dist\\a.tgz', 'backslash'],
    ['dist/%2E%2e/x', 'encoded'],
    ['dist/../../x', 'traversal'],
  ])('refuses %j as %s', (path, problem) => {
    expect(checkPathSyntax(path)?.problem).toBe(problem);
  });

  it('accepts plain relative paths, dots in names included', () => {
    expect(checkPathSyntax('dist/a..b/.x.tgz')).toBeUndefined();
  });
});

describe('resolveProjectPath', () => {
  it('resolves a file and a folder inside the project', async () => {
    expect(await resolveProjectPath(root, root, 'dist/a.tgz')).toMatchObject({
      ok: true,
      kind: 'file',
    });
    expect(await resolveProjectPath(root, root, 'dist')).toMatchObject({
      ok: true,
      kind: 'directory',
    });
    expect(await resolveProjectPath(root, root, 'dist', false)).toMatchObject({
      ok: false,
      problem: 'not-regular',
    });
  });

  it('follows a symbolic link that stays inside', async () => {
    const result = await resolveProjectPath(root, root, 'inside.tgz');
    expect(result).toMatchObject({
      ok: true,
      real: expect.stringMatching(/dist[/\\]a\.tgz$/),
    });
  });

  it('refuses a symbolic link out of the project and a device', async () => {
    expect(
      await resolveProjectPath(root, root, 'dist/escape.tgz'),
    ).toMatchObject({
      ok: false,
      problem: 'outside-project',
    });
    expect(await resolveProjectPath(root, root, 'device')).toMatchObject({
      ok: false,
      problem: 'outside-project',
    });
  });

  it('reports a missing path', async () => {
    expect(await resolveProjectPath(root, root, 'dist/none.tgz')).toMatchObject(
      {
        ok: false,
        problem: 'missing',
      },
    );
  });
});

describe('isInside', () => {
  it('accepts the folder and its descendants only', () => {
    expect(isInside('/a/b', '/a/b')).toBe(true);
    expect(isInside('/a/b', '/a/b/c')).toBe(true);
    expect(isInside('/a/b', '/a/bc')).toBe(false);
    expect(isInside('/a/b', '/a')).toBe(false);
  });
});
