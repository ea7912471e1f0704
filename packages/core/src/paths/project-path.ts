/**
 * Resolves paths the user wrote (in a manifest or on the command line) to
 * files inside the project, refusing anything that escapes it: `..`,
 * absolute paths, NUL bytes, encoded traversal, and symbolic links that
 * lead outside after resolution.
 */
import { lstat, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';

/** Why a path was refused. */
export type PathProblem =
  | 'empty'
  | 'too-long'
  | 'nul-byte'
  | 'absolute'
  | 'backslash'
  | 'encoded'
  | 'traversal'
  | 'missing'
  | 'outside-project'
  | 'not-regular';

/** The result of resolving a project path. */
export type ResolvedPath =
  | { ok: true; absolute: string; real: string; kind: 'file' | 'directory' }
  | { ok: false; problem: PathProblem; detail: string };

const maxPathLength = 1024;

/** Checks the spelling of a relative path without touching the disk. */
export function checkPathSyntax(
  path: string,
): { problem: PathProblem; detail: string } | undefined {
  if (path.length === 0)
    return { problem: 'empty', detail: 'the path is empty' };
  if (path.length > maxPathLength) {
    return {
      problem: 'too-long',
      detail: `the path is longer than ${maxPathLength} characters`,
    };
  }
  if (path.includes('\0')) {
    return { problem: 'nul-byte', detail: 'the path contains a NUL byte' };
  }
  if (isAbsolute(path) || /^[A-Za-z]:/.test(path)) {
    return { problem: 'absolute', detail: 'the path must be relative' };
  }
  if (path.includes('\\')) {
    return { problem: 'backslash', detail: 'use / to separate folders' };
  }
  if (/%2e|%2f|%5c|%00/i.test(path)) {
    return {
      problem: 'encoded',
      detail: 'the path contains URL-encoded characters',
    };
  }
  if (path.split('/').includes('..')) {
    return { problem: 'traversal', detail: 'the path must not contain ".."' };
  }
  return undefined;
}

/**
 * Resolves `path` against `baseDir` and requires the real location (after
 * symbolic links) to be a regular file or folder inside `projectRoot`.
 */
export async function resolveProjectPath(
  projectRoot: string,
  baseDir: string,
  path: string,
  allowDirectory = true,
): Promise<ResolvedPath> {
  const syntax = checkPathSyntax(path);
  if (syntax) return { ok: false, ...syntax };

  const absolute = resolve(baseDir, path);
  let real: string;
  try {
    await lstat(absolute);
    real = await realpath(absolute);
  } catch {
    return { ok: false, problem: 'missing', detail: 'no such file or folder' };
  }
  const realRoot = await realpath(projectRoot);
  if (!isInside(realRoot, real)) {
    return {
      ok: false,
      problem: 'outside-project',
      detail: 'it resolves to a location outside the project',
    };
  }
  const info = await stat(real);
  if (info.isFile()) return { ok: true, absolute, real, kind: 'file' };
  if (info.isDirectory() && allowDirectory) {
    return { ok: true, absolute, real, kind: 'directory' };
  }
  return {
    ok: false,
    problem: 'not-regular',
    detail: allowDirectory
      ? 'it is neither a regular file nor a folder'
      : 'it is not a regular file',
  };
}

/** True when `child` is `parent` or lies below it. */
export function isInside(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return (
    rel === '' ||
    (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel))
  );
}
