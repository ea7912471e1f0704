/**
 * `yarn.lock`, both the classic v1 format (a YAML-like syntax of its own,
 * read line by line here) and berry (v2 and later, real YAML). An entry's
 * key lists the ranges it satisfies, which is how dependency edges are
 * resolved to exact versions.
 */
import { parseYAML } from '../input/yaml-document.ts';
import { isRecord } from '../input/json-document.ts';
import { escapePointerToken } from '../input/json-pointer.ts';
import { hashesFromSRI } from './integrity.ts';
import { assertPackageCount, lockfileError } from './lockfile-error.ts';
import { PackageSet } from './package-set.ts';
import { toPurl } from './package-url.ts';
import type { LockedPackage, Lockfile } from './locked-package.ts';

interface YarnEntry {
  /** Every `name@range` the entry satisfies. */
  specifiers: string[];
  fields: Map<string, string>;
  dependencies: Map<string, string>;
  line?: number;
  pointer?: string;
}

/** True when the text is a berry lockfile (it has a `__metadata` key). */
export function isBerryLockfile(text: string): boolean {
  return /^__metadata:/m.test(text);
}

/** Reads a yarn.lock of either format. */
export function readYarnLockfile(text: string, file: string): Lockfile {
  const berry = isBerryLockfile(text);
  const entries = berry ? berryEntries(text, file) : classicEntries(text, file);
  assertPackageCount(file, entries.length);
  return {
    file,
    ecosystem: 'npm',
    format: berry ? 'yarn berry' : 'yarn classic',
    packages: lockedPackages(entries, berry, file),
    declared: [],
  };
}

/** Splits `@scope/name@range` into its name and range. */
export function splitSpecifier(specifier: string): [string, string] {
  const at = specifier.indexOf('@', 1);
  if (at < 0) return [specifier, ''];
  return [specifier.slice(0, at), specifier.slice(at + 1)];
}

function lockedPackages(
  entries: YarnEntry[],
  berry: boolean,
  file: string,
): LockedPackage[] {
  const bySpecifier = new Map<string, LockedPackage>();
  const pending: [LockedPackage, YarnEntry][] = [];
  for (const entry of entries) {
    const locked = lockedOf(entry, berry, file);
    if (!locked) continue;
    for (const specifier of entry.specifiers)
      bySpecifier.set(specifier, locked);
    pending.push([locked, entry]);
  }
  const set = new PackageSet();
  for (const [locked, entry] of pending) {
    for (const [name, range] of entry.dependencies) {
      const key =
        berry && !/^[a-z]+:/.test(range)
          ? `${name}@npm:${range}`
          : `${name}@${range}`;
      const target = bySpecifier.get(key);
      if (target) locked.dependsOn.push(target.purl);
    }
    set.add(locked);
  }
  return set.toList();
}

function lockedOf(
  entry: YarnEntry,
  berry: boolean,
  file: string,
): LockedPackage | undefined {
  const version = entry.fields.get('version');
  const first = entry.specifiers[0] ?? '';
  if (!version) {
    throw lockfileError(file, `entry "${first}" has no version`, {
      line: entry.line,
      pointer: entry.pointer,
    });
  }
  // Workspaces and links are the project itself, not a dependency.
  if (
    berry &&
    (entry.fields.get('linkType') === 'soft' ||
      /@(workspace|link|portal):/.test(first))
  ) {
    return undefined;
  }
  const resolution = entry.fields.get('resolution');
  const name = splitSpecifier(resolution ?? first)[0];
  const integrity = entry.fields.get('integrity');
  return {
    name,
    version,
    purl: toPurl('npm', name, version),
    // Berry's `checksum` hashes yarn's own cache zip, not the package
    // tarball, so it is not reported as the package's hash.
    hashes: integrity ? hashesFromSRI(integrity) : [],
    resolved: entry.fields.get('resolved') ?? resolution,
    dev: false,
    optional: false,
    dependsOn: [],
    source: { line: entry.line, pointer: entry.pointer },
  };
}

// ----- classic -----

function classicEntries(text: string, file: string): YarnEntry[] {
  const entries: YarnEntry[] = [];
  let current: YarnEntry | undefined;
  let section: Map<string, string> | undefined;
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const indent = line.length - line.trimStart().length;
    const place = { line: index + 1 };
    if (indent === 0) {
      if (!line.endsWith(':'))
        throw lockfileError(file, 'expected an entry key ending in ":"', place);
      current = {
        specifiers: classicKeys(line.slice(0, -1), file, index + 1),
        fields: new Map(),
        dependencies: new Map(),
        line: index + 1,
      };
      entries.push(current);
      section = undefined;
      continue;
    }
    if (!current)
      throw lockfileError(file, 'indented line outside an entry', place);
    const body = line.trim();
    if (indent === 2 && body.endsWith(':')) {
      section =
        unquote(body.slice(0, -1)) === 'dependencies' ||
        unquote(body.slice(0, -1)) === 'optionalDependencies'
          ? current.dependencies
          : new Map();
      continue;
    }
    const [key, value] = classicPair(body, file, index + 1);
    if (indent === 2) {
      section = undefined;
      current.fields.set(key, value);
    } else if (section) {
      section.set(key, value);
    } else {
      throw lockfileError(file, 'unexpected indentation', place);
    }
  }
  return entries;
}

function classicKeys(text: string, file: string, line: number): string[] {
  const keys = text.split(/,\s*/).map((key) => unquote(key.trim()));
  if (keys.some((key) => key === ''))
    throw lockfileError(file, 'has an empty entry key', { line });
  return keys;
}

function classicPair(
  body: string,
  file: string,
  line: number,
): [string, string] {
  const match = /^("(?:[^"\\]|\\.)*"|[^\s"]+)\s+(.*)$/.exec(body);
  if (!match)
    throw lockfileError(file, `cannot read "${body.slice(0, 60)}"`, { line });
  return [unquote(match[1] ?? ''), unquote(match[2] ?? '')];
}

function unquote(text: string): string {
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    return text.slice(1, -1).replace(/\\(.)/g, '$1');
  }
  return text;
}

// ----- berry -----

function berryEntries(text: string, file: string): YarnEntry[] {
  const document = parseYAML(text, file, { maxAliasCount: 0 });
  const data = document.data;
  if (!isRecord(data)) throw lockfileError(file, 'must be a YAML mapping');
  const entries: YarnEntry[] = [];
  for (const [key, value] of Object.entries(data)) {
    if (key === '__metadata') continue;
    const pointer = `/${escapePointerToken(key)}`;
    if (!isRecord(value))
      throw lockfileError(file, 'must be a mapping', {
        pointer,
        line: document.locate(pointer)?.line,
      });
    entries.push({
      specifiers: key.split(/,\s*/).map((part) => part.trim()),
      fields: stringMap(value),
      dependencies: isRecord(value['dependencies'])
        ? stringMap(value['dependencies'])
        : new Map<string, string>(),
      pointer,
      line: document.locate(pointer)?.line,
    });
  }
  return entries;
}

function stringMap(record: Record<string, unknown>): Map<string, string> {
  const map = new Map<string, string>();
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === 'string' || typeof value === 'number')
      map.set(key, String(value));
  }
  return map;
}
