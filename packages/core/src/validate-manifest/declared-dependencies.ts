/**
 * What a project declares it depends on, with the version range it asks
 * for: from the lockfile where the format records it, otherwise from the
 * package.json or pyproject.toml beside the lockfile.
 */
import { dirname, join } from 'node:path';
import { UserError } from '../errors.ts';
import { isRecord, parseJSON } from '../input/json-document.ts';
import { escapePointerToken } from '../input/json-pointer.ts';
import { readTextFile } from '../input/text-file.ts';
import { limits } from '../limits.ts';
import type {
  DeclaredDependency,
  Lockfile,
} from '../lockfiles/locked-package.ts';
import { pyprojectDependencies } from './pyproject-dependencies.ts';

/** A declared dependency and the file that declares it. */
export interface DeclaredIn {
  dependency: DeclaredDependency;
  /** The file that declares it, as findings name it. */
  file: string;
}

// The project file beside the lockfile (package.json, pyproject.toml) is
// where people edit their ranges, and some lockfiles (npm v1, yarn,
// poetry) do not repeat them; both are read, and a range both state is
// reported once, at the project file. A project file that cannot be read
// adds nothing here.
export async function declaredDependencies(
  lockfile: Lockfile,
  real: string,
  shown: string,
): Promise<DeclaredIn[]> {
  const fromProject = await projectDeclared(lockfile, real, shown);
  const stated = new Set(fromProject.map((item) => keyOf(item.dependency)));
  const fromLockfile = lockfile.declared
    .filter((dependency) => !stated.has(keyOf(dependency)))
    .map((dependency) => ({ dependency, file: shown }));
  return [...fromProject, ...fromLockfile];
}

function keyOf(dependency: DeclaredDependency): string {
  return `${dependency.name}\u0000${dependency.range}\u0000${String(dependency.dev)}`;
}

const projectFiles = { npm: 'package.json', pypi: 'pyproject.toml' } as const;

async function projectDeclared(
  lockfile: Lockfile,
  real: string,
  shown: string,
): Promise<DeclaredIn[]> {
  const { ecosystem } = lockfile;
  if (ecosystem !== 'npm' && ecosystem !== 'pypi') return [];
  const name = projectFiles[ecosystem];
  const path = join(dirname(real), name);
  const file = join(dirname(shown), name).split('\\').join('/');
  let text: string;
  try {
    text = await readTextFile(path, {
      maxBytes: limits.configBytes,
      displayName: file,
    });
  } catch (error: unknown) {
    if (error instanceof UserError) return [];
    throw error;
  }
  const declared =
    name === 'package.json'
      ? packageJSONDependencies(parseJSONOrUndefined(text, file))
      : (pyprojectDependencies(text) ?? []);
  return declared.map((dependency) => ({ dependency, file }));
}

function parseJSONOrUndefined(text: string, file: string): unknown {
  try {
    return parseJSON(text, file);
  } catch (error: unknown) {
    if (error instanceof UserError) return undefined;
    throw error;
  }
}

/** The dependencies a package.json declares. */
export function packageJSONDependencies(data: unknown): DeclaredDependency[] {
  if (!isRecord(data)) return [];
  const declared: DeclaredDependency[] = [];
  const fields = [
    ['dependencies', false],
    ['optionalDependencies', false],
    ['devDependencies', true],
  ] as const;
  for (const [field, dev] of fields) {
    const map = data[field];
    if (!isRecord(map)) continue;
    for (const [name, range] of Object.entries(map)) {
      if (typeof range !== 'string') continue;
      const pointer = `/${field}/${escapePointerToken(name)}`;
      declared.push({ name, range, dev, source: { pointer } });
    }
  }
  return declared;
}
