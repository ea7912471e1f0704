/**
 * Finds the packaging targets of a project: the files from which something
 * publishable is built. Build output, dependencies and hidden folders are
 * not searched, symbolic links are not followed, and the walk is bounded.
 */
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { UserError } from '../errors.ts';
import { isRecord, readJSONFile } from '../input/json-document.ts';

/** The artifact kind a packaging target produces. */
export type TargetKind = 'npm' | 'pypi' | 'maven' | 'nuget' | 'container';

/** A file from which a publishable artifact is built. */
export interface PackagingTarget {
  /** Absolute path of the file. */
  file: string;
  /** Path relative to the project root, with /. */
  relativePath: string;
  /** Absolute path of the folder holding it. */
  dir: string;
  kind: TargetKind;
  /** The package's own name, where the file states one. */
  name?: string;
  /** Why it counts, when that is not obvious (an unreadable package.json). */
  note?: string;
}

/** The targets found, and whether the walk stopped at a limit. */
export interface TargetSearch {
  targets: PackagingTarget[];
  truncated: boolean;
}

/** Folders never searched: dependencies, build output, caches. */
export const skippedFolders: ReadonlySet<string> = new Set([
  'node_modules',
  'bower_components',
  'jspm_packages',
  'dist',
  'build',
  'out',
  'target',
  'vendor',
  'coverage',
  '__pycache__',
  'venv',
  'site-packages',
]);

const maxDepth = 24;
const maxEntries = 100_000;
const packageJSONBytes = 1024 * 1024;

/** Lists the packaging targets under `root`, sorted by path. */
export async function findPackagingTargets(
  root: string,
): Promise<TargetSearch> {
  const targets: PackagingTarget[] = [];
  const queue: { dir: string; depth: number }[] = [{ dir: root, depth: 0 }];
  let seen = 0;
  let truncated = false;
  for (let next = 0; next < queue.length; next += 1) {
    const { dir, depth } = queue[next] ?? { dir: root, depth: 0 };
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      seen += 1;
      if (seen > maxEntries)
        return { targets: sorted(targets), truncated: true };
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name.startsWith('.') || skippedFolders.has(entry.name))
          continue;
        if (depth + 1 > maxDepth) truncated = true;
        else queue.push({ dir: path, depth: depth + 1 });
      } else if (entry.isFile()) {
        const target = await targetOf(root, dir, entry.name);
        if (target) targets.push(target);
      }
    }
  }
  return { targets: sorted(targets), truncated };
}

async function targetOf(
  root: string,
  dir: string,
  name: string,
): Promise<PackagingTarget | undefined> {
  const kind = kindOf(name);
  if (!kind) return undefined;
  const file = join(dir, name);
  const base = {
    file,
    relativePath: relative(root, file).split(sep).join('/'),
    dir,
    kind,
  };
  if (kind !== 'npm') return base;
  return npmTarget(base);
}

/** The kind of artifact a file of this name builds, if any. */
export function kindOf(name: string): TargetKind | undefined {
  if (name === 'package.json') return 'npm';
  if (name === 'pyproject.toml') return 'pypi';
  if (name === 'pom.xml') return 'maven';
  if (name.endsWith('.csproj')) return 'nuget';
  if (name === 'Dockerfile' || name === 'Containerfile') return 'container';
  return undefined;
}

// A package.json marked private is never published, so it is no target.
async function npmTarget(
  base: PackagingTarget,
): Promise<PackagingTarget | undefined> {
  let data: unknown;
  try {
    data = await readJSONFile(base.file, base.relativePath, packageJSONBytes);
  } catch (error: unknown) {
    if (!(error instanceof UserError)) throw error;
    return { ...base, note: `it could not be read (${error.message})` };
  }
  if (!isRecord(data)) return base;
  if (data['private'] === true) return undefined;
  const name = data['name'];
  return typeof name === 'string' ? { ...base, name } : base;
}

function sorted(targets: PackagingTarget[]): PackagingTarget[] {
  return targets.sort((a, b) =>
    a.relativePath < b.relativePath
      ? -1
      : a.relativePath > b.relativePath
        ? 1
        : 0,
  );
}
