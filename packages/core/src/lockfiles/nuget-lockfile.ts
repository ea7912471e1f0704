/**
 * NuGet `packages.lock.json`: per target framework, every package with its
 * type (Direct, Transitive, CentralTransitive, Project), the resolved
 * version and the base64 SHA-512 of the .nupkg (`contentHash`).
 */
import { isRecord } from '../input/json-document.ts';
import { escapePointerToken } from '../input/json-pointer.ts';
import { fromBase64 } from './integrity.ts';
import { assertPackageCount, lockfileError } from './lockfile-error.ts';
import { PackageSet } from './package-set.ts';
import { toPurl } from './package-url.ts';
import type { DeclaredDependency, Lockfile } from './locked-package.ts';

/** Reads parsed packages.lock.json data. */
export function readNuGetLockfile(data: unknown, file: string): Lockfile {
  if (!isRecord(data)) throw lockfileError(file, 'must be a JSON object');
  if (data['version'] !== 1 && data['version'] !== 2) {
    throw lockfileError(
      file,
      `has version ${JSON.stringify(data['version'])}; shipshape reads versions 1 and 2`,
      { pointer: '/version' },
      'LOCKFILE_UNSUPPORTED',
    );
  }
  const frameworks = data['dependencies'];
  if (!isRecord(frameworks))
    throw lockfileError(file, 'has no "dependencies" object', {
      pointer: '/dependencies',
    });
  const resolvedByName = new Map<string, [string, string]>();
  for (const packages of Object.values(frameworks)) {
    if (!isRecord(packages)) continue;
    for (const [name, entry] of Object.entries(packages)) {
      if (isRecord(entry) && typeof entry['resolved'] === 'string')
        resolvedByName.set(name.toLowerCase(), [name, entry['resolved']]);
    }
  }
  const set = new PackageSet();
  const declared = new Map<string, DeclaredDependency>();
  for (const [framework, packages] of Object.entries(frameworks)) {
    const base = `/dependencies/${escapePointerToken(framework)}`;
    if (!isRecord(packages))
      throw lockfileError(file, 'must be an object', { pointer: base });
    for (const [name, entry] of Object.entries(packages)) {
      const pointer = `${base}/${escapePointerToken(name)}`;
      if (!isRecord(entry))
        throw lockfileError(file, 'must be an object', { pointer });
      if (entry['type'] === 'Project') continue;
      const version = entry['resolved'];
      if (typeof version !== 'string')
        throw lockfileError(file, 'has no "resolved" version', { pointer });
      const hash =
        typeof entry['contentHash'] === 'string'
          ? fromBase64('sha512', entry['contentHash'])
          : undefined;
      const dependencies = isRecord(entry['dependencies'])
        ? Object.keys(entry['dependencies'])
        : [];
      set.add({
        name,
        version,
        purl: toPurl('nuget', name, version),
        hashes: hash ? [hash] : [],
        dev: false,
        optional: false,
        dependsOn: dependencies.flatMap((dep) => {
          const found = resolvedByName.get(dep.toLowerCase());
          return found ? [toPurl('nuget', found[0], found[1])] : [];
        }),
        source: { pointer },
      });
      if (
        entry['type'] === 'Direct' &&
        typeof entry['requested'] === 'string'
      ) {
        declared.set(name, {
          name,
          range: entry['requested'],
          dev: false,
          source: { pointer },
        });
      }
    }
  }
  assertPackageCount(file, set.size);
  return {
    file,
    ecosystem: 'nuget',
    format: `packages.lock.json v${String(data['version'])}`,
    packages: set.toList(),
    declared: [...declared.values()],
  };
}
