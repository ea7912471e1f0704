/**
 * `poetry.lock` (TOML, parsed with smol-toml). Each `[[package]]` becomes a
 * package; its files' hashes are hashes of distinct wheels and the sdist,
 * so the sdist's hash is reported (or the first file's when there is none).
 */
import { parse as parseTOML, TomlError } from 'smol-toml';
import { isRecord } from '../input/json-document.ts';
import { fromHex } from './integrity.ts';
import { assertPackageCount, lockfileError } from './lockfile-error.ts';
import { PackageSet } from './package-set.ts';
import { normalizePyPIName, toPurl } from './package-url.ts';
import type { LockedHash, Lockfile } from './locked-package.ts';

/** Parses TOML text; a syntax error names the file and line. */
export function parseTOMLText(
  text: string,
  file: string,
): Record<string, unknown> {
  try {
    return parseTOML(text);
  } catch (error: unknown) {
    const line = error instanceof TomlError ? error.line : undefined;
    const reason =
      error instanceof Error
        ? (error.message.split('\n')[0] ?? '')
        : String(error);
    throw lockfileError(file, `is not valid TOML: ${reason}`, { line });
  }
}

/** Reads a poetry.lock. */
export function readPoetryLockfile(text: string, file: string): Lockfile {
  const data = parseTOMLText(text, file);
  const entries = data['package'];
  if (!Array.isArray(entries))
    throw lockfileError(file, 'has no [[package]] tables', {
      pointer: '/package',
    });
  assertPackageCount(file, entries.length);
  const headerLines = linesOf(text, /^\[\[package\]\]\s*$/);
  const versionsByName = new Map<string, string[]>();
  const parsed = entries.map((entry: unknown, index) => {
    const pointer = `/package/${index}`;
    if (!isRecord(entry))
      throw lockfileError(file, 'must be a table', { pointer });
    const name = entry['name'];
    const version = entry['version'];
    if (typeof name !== 'string' || typeof version !== 'string') {
      throw lockfileError(file, 'needs a string "name" and "version"', {
        pointer,
        line: headerLines[index],
      });
    }
    const key = normalizePyPIName(name);
    versionsByName.set(key, [...(versionsByName.get(key) ?? []), version]);
    return { entry, name, version, pointer, line: headerLines[index] };
  });

  const set = new PackageSet();
  let groupsRecorded = false;
  for (const { entry, name, version, pointer, line } of parsed) {
    const groups = Array.isArray(entry['groups']) ? entry['groups'] : undefined;
    if (groups) groupsRecorded = true;
    const category = entry['category'];
    const dependencies = isRecord(entry['dependencies'])
      ? Object.keys(entry['dependencies'])
      : [];
    set.add({
      name,
      version,
      purl: toPurl('pypi', name, version),
      hashes: hashesOf(entry['files']),
      dev: groups ? !groups.includes('main') : category === 'dev',
      optional: entry['optional'] === true,
      dependsOn: dependencies.flatMap((dep) =>
        (versionsByName.get(normalizePyPIName(dep)) ?? []).map((v) =>
          toPurl('pypi', dep, v),
        ),
      ),
      source: { pointer, line },
    });
  }
  return {
    file,
    ecosystem: 'pypi',
    format: groupsRecorded ? 'poetry 2' : 'poetry',
    packages: set.toList(),
    declared: [],
  };
}

function hashesOf(files: unknown): LockedHash[] {
  if (!Array.isArray(files)) return [];
  const records = files.filter(isRecord);
  const sdist = records.find(
    (f) => typeof f['file'] === 'string' && /\.(tar\.gz|zip)$/.test(f['file']),
  );
  const chosen = sdist ?? records[0];
  const text = chosen?.['hash'];
  if (typeof text !== 'string') return [];
  const [algorithm = '', hex = ''] = text.split(':');
  const hash = fromHex(algorithm, hex);
  return hash ? [hash] : [];
}

/** 1-based numbers of the lines matching `pattern`, in order. */
export function linesOf(text: string, pattern: RegExp): number[] {
  const found: number[] = [];
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    if (pattern.test((lines[index] ?? '').replace(/\r$/, '')))
      found.push(index + 1);
  }
  return found;
}
