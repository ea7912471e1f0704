/**
 * `pnpm-lock.yaml`, lockfile versions 6 to 9. Version 9 splits a package's
 * metadata (`packages`) from its resolved dependencies (`snapshots`) and
 * records the dev split only at the importers, so dev-only packages are
 * found by walking from the production dependencies.
 */
import { parseYAML } from '../input/yaml-document.ts';
import { isRecord } from '../input/json-document.ts';
import { escapePointerToken } from '../input/json-pointer.ts';
import { hashesFromSRI } from './integrity.ts';
import { assertPackageCount, lockfileError } from './lockfile-error.ts';
import { markDevByReach, PackageSet } from './package-set.ts';
import { toPurl } from './package-url.ts';
import type {
  DeclaredDependency,
  LockedPackage,
  Lockfile,
} from './locked-package.ts';

const productionFields = ['dependencies', 'optionalDependencies'] as const;

/** Reads a pnpm-lock.yaml. */
export function readPnpmLockfile(text: string, file: string): Lockfile {
  const document = parseYAML(text, file, { maxAliasCount: 0 });
  const data = document.data;
  if (!isRecord(data)) throw lockfileError(file, 'must be a YAML mapping');
  const version = Number.parseFloat(String(data['lockfileVersion']));
  if (!(version >= 6 && version < 10)) {
    throw lockfileError(
      file,
      `has lockfileVersion ${JSON.stringify(data['lockfileVersion'])}; shipshape reads versions 6 to 9`,
      {
        pointer: '/lockfileVersion',
        line: document.locate('/lockfileVersion')?.line,
      },
      'LOCKFILE_UNSUPPORTED',
    );
  }
  const packages = isRecord(data['packages']) ? data['packages'] : {};
  const snapshots = isRecord(data['snapshots']) ? data['snapshots'] : packages;
  assertPackageCount(file, Object.keys(snapshots).length);
  const locate = (pointer: string) => document.locate(pointer)?.line;

  const set = new PackageSet();
  for (const [key, snapshot] of Object.entries(snapshots)) {
    const pointer = `/${snapshots === packages ? 'packages' : 'snapshots'}/${escapePointerToken(key)}`;
    if (!isRecord(snapshot) && snapshot !== null)
      throw lockfileError(file, 'must be a mapping', {
        pointer,
        line: locate(pointer),
      });
    const { name, version } = splitKey(key, file, pointer);
    const meta = packages[`${name}@${version}`] ?? packages[key];
    set.add(
      lockedOf(name, version, isRecord(meta) ? meta : {}, snapshot ?? {}, {
        pointer,
        line: locate(pointer),
      }),
    );
  }
  const list = set.toList();
  const { declared, roots } = importersOf(data, locate);
  if (version >= 9) markDevByReach(list, roots);
  return {
    file,
    ecosystem: 'npm',
    format: `pnpm v${String(data['lockfileVersion'])}`,
    packages: list,
    declared,
  };
}

/** `/@scope/name@1.0.0(peer@2)` or `name@1.0.0` → name and version. */
function splitKey(
  key: string,
  file: string,
  pointer: string,
): { name: string; version: string } {
  const bare = withoutPeers(key.replace(/^\//, ''));
  const at = bare.indexOf('@', 1);
  if (at < 0)
    throw lockfileError(
      file,
      `cannot read the package key "${key.slice(0, 80)}"`,
      { pointer },
    );
  return { name: bare.slice(0, at), version: bare.slice(at + 1) };
}

function lockedOf(
  name: string,
  version: string,
  meta: Record<string, unknown>,
  snapshot: Record<string, unknown>,
  source: LockedPackage['source'],
): LockedPackage {
  const resolution = isRecord(meta['resolution']) ? meta['resolution'] : {};
  const integrity = resolution['integrity'];
  const tarball = resolution['tarball'];
  const dependsOn: string[] = [];
  for (const field of ['dependencies', 'optionalDependencies'] as const) {
    const map = snapshot[field] ?? meta[field];
    if (!isRecord(map)) continue;
    for (const [depName, ref] of Object.entries(map)) {
      const purl = purlOfReference(depName, String(ref));
      if (purl) dependsOn.push(purl);
    }
  }
  return {
    name,
    version,
    purl: toPurl('npm', name, version),
    hashes: typeof integrity === 'string' ? hashesFromSRI(integrity) : [],
    resolved: typeof tarball === 'string' ? tarball : undefined,
    dev: meta['dev'] === true || snapshot['dev'] === true,
    optional: meta['optional'] === true || snapshot['optional'] === true,
    dependsOn,
    source,
  };
}

/** A dependency reference (`1.2.3(peer@1)`, `name@1.2.3`, `link:…`) as a purl. */
function purlOfReference(name: string, ref: string): string | undefined {
  if (/^(link|file|workspace):/.test(ref)) return undefined;
  const bare = withoutPeers(ref.replace(/^\//, ''));
  const at = bare.indexOf('@', 1);
  // An alias (`npm:other@1.0.0` written as `other@1.0.0`) names another package.
  if (at > 0 && !/^\d/.test(bare))
    return toPurl('npm', bare.slice(0, at), bare.slice(at + 1));
  return toPurl('npm', name, bare);
}

function importersOf(
  data: Record<string, unknown>,
  locate: (pointer: string) => number | undefined,
): { declared: DeclaredDependency[]; roots: string[] } {
  const importers = isRecord(data['importers'])
    ? data['importers']
    : { '.': data };
  const declared: DeclaredDependency[] = [];
  const roots: string[] = [];
  for (const [path, importer] of Object.entries(importers)) {
    if (!isRecord(importer)) continue;
    for (const field of [
      'dependencies',
      'optionalDependencies',
      'devDependencies',
    ] as const) {
      const map = importer[field];
      if (!isRecord(map)) continue;
      for (const [name, spec] of Object.entries(map)) {
        const pointer = `/importers/${escapePointerToken(path)}/${field}/${escapePointerToken(name)}`;
        const specifier = scalarText(isRecord(spec) ? spec['specifier'] : spec);
        const version = scalarText(isRecord(spec) ? spec['version'] : spec);
        if (path === '.')
          declared.push({
            name,
            range: specifier,
            dev: field === 'devDependencies',
            source: { pointer, line: locate(pointer) },
          });
        const purl = purlOfReference(name, version);
        if (purl && (productionFields as readonly string[]).includes(field))
          roots.push(purl);
      }
    }
  }
  return { declared, roots };
}

function scalarText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number'
    ? String(value)
    : '';
}

/** Drops the peer suffix: `1.0.0(react@18)` → `1.0.0`. */
function withoutPeers(text: string): string {
  const open = text.indexOf('(');
  return open < 0 ? text : text.slice(0, open);
}
