/**
 * Reads any lockfile shipshape understands into the common `Lockfile`
 * shape: the format is recognised by file name first, then by content,
 * and each format has its own reader beside this file.
 */
import { basename } from 'node:path';
import { parseLockfileJSON } from './lockfile-json.ts';
import { readTextFile } from '../input/text-file.ts';
import { limits } from '../limits.ts';
import { lockfileError } from './lockfile-error.ts';
import { readGoMod, readGoSum } from './go-modules.ts';
import { readMavenPom } from './maven-pom.ts';
import { readNpmLockfile } from './npm-lockfile.ts';
import { readNuGetLockfile } from './nuget-lockfile.ts';
import { readPnpmLockfile } from './pnpm-lockfile.ts';
import { readPoetryLockfile } from './poetry-lockfile.ts';
import { readRequirementsFile } from './requirements-lockfile.ts';
import { readYarnLockfile } from './yarn-lockfile.ts';
import type { Lockfile } from './locked-package.ts';

/** Lockfile formats shipshape reads. */
export type LockfileFormat =
  | 'npm'
  | 'yarn'
  | 'pnpm'
  | 'poetry'
  | 'requirements'
  | 'maven'
  | 'go.mod'
  | 'go.sum'
  | 'nuget';

/** Largest lockfile shipshape reads. */
export const maxLockfileBytes = limits.dataBytes;

const readers: Record<
  LockfileFormat,
  (text: string, file: string) => Lockfile
> = {
  npm: (text, file) => readNpmLockfile(parseLockfileJSON(text, file), file),
  yarn: readYarnLockfile,
  pnpm: readPnpmLockfile,
  poetry: readPoetryLockfile,
  requirements: readRequirementsFile,
  maven: readMavenPom,
  'go.mod': readGoMod,
  'go.sum': readGoSum,
  nuget: (text, file) => readNuGetLockfile(parseLockfileJSON(text, file), file),
};

/**
 * Reads a lockfile from disk. `displayName` is the path as the user wrote
 * it, used in every message. Malformed input is a UserError (exit 2)
 * naming the file and the pointer or line.
 */
export async function readLockfile(
  path: string,
  displayName: string,
): Promise<Lockfile> {
  const text = await readTextFile(path, {
    maxBytes: maxLockfileBytes,
    displayName,
  });
  return parseLockfile(text, displayName, basename(path));
}

/** Parses lockfile text whose file name is `fileName`. */
export function parseLockfile(
  text: string,
  displayName: string,
  fileName = basename(displayName),
): Lockfile {
  const format = detectLockfileFormat(fileName, text);
  if (!format) {
    throw lockfileError(
      displayName,
      'is not a lockfile shipshape recognises (package-lock.json, npm-shrinkwrap.json, yarn.lock, pnpm-lock.yaml, poetry.lock, requirements*.txt, pom.xml, go.mod, go.sum, packages.lock.json)',
      {},
      'LOCKFILE_UNKNOWN_FORMAT',
    );
  }
  return readers[format](text.replace(/^\uFEFF/, ''), displayName);
}

/** Recognises a lockfile format by file name, then by content. */
export function detectLockfileFormat(
  fileName: string,
  text: string,
): LockfileFormat | undefined {
  const name = fileName.toLowerCase();
  const byName: Record<string, LockfileFormat> = {
    'package-lock.json': 'npm',
    'npm-shrinkwrap.json': 'npm',
    'yarn.lock': 'yarn',
    'pnpm-lock.yaml': 'pnpm',
    'poetry.lock': 'poetry',
    'pom.xml': 'maven',
    'go.mod': 'go.mod',
    'go.sum': 'go.sum',
    'packages.lock.json': 'nuget',
  };
  const known = byName[name];
  if (known) return known;
  if (/^requirements.*\.txt$|\.requirements\.txt$/.test(name))
    return 'requirements';
  return detectByContent(name, text);
}

function detectByContent(
  name: string,
  text: string,
): LockfileFormat | undefined {
  const head = text.slice(0, 4096);
  if (name.endsWith('.json')) {
    if (/"lockfileVersion"\s*:/.test(head)) return 'npm';
    if (/^\s*\{\s*"version"\s*:\s*[12]\s*,\s*"dependencies"/.test(head))
      return 'nuget';
    return undefined;
  }
  if (/^# yarn lockfile v1/m.test(head) || /^__metadata:/m.test(head))
    return 'yarn';
  if (/^lockfileVersion:/m.test(head)) return 'pnpm';
  if (/^\[\[package\]\]/m.test(head) && name.endsWith('.lock')) return 'poetry';
  if (/^\s*(<\?xml[^>]*>\s*)?<project[\s>]/.test(head)) return 'maven';
  return undefined;
}
