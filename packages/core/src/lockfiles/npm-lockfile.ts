/**
 * npm `package-lock.json` and `npm-shrinkwrap.json`, lockfile versions 1,
 * 2 and 3. Versions 2 and 3 are read from the flat `packages` map, where
 * `node_modules/a/node_modules/b` is a copy of b nested under a (a distinct
 * package when its version differs); version 1 from the nested
 * `dependencies` tree.
 */
import { isRecord } from '../input/json-document.ts';
import { escapePointerToken } from '../input/json-pointer.ts';
import { hashesFromSRI } from './integrity.ts';
import { assertPackageCount, lockfileError } from './lockfile-error.ts';
import { PackageSet } from './package-set.ts';
import { toPurl } from './package-url.ts';
import type {
  DeclaredDependency,
  LockedPackage,
  Lockfile,
} from './locked-package.ts';

const edgeFields = [
  'dependencies',
  'optionalDependencies',
  'peerDependencies',
] as const;

const declaredFields = [
  ['dependencies', false],
  ['optionalDependencies', false],
  ['devDependencies', true],
] as const;

/** Reads parsed package-lock JSON into the common lockfile shape. */
export function readNpmLockfile(data: unknown, file: string): Lockfile {
  if (!isRecord(data)) throw lockfileError(file, 'must be a JSON object');
  const version = data['lockfileVersion'];
  if (version !== 1 && version !== 2 && version !== 3) {
    throw lockfileError(
      file,
      `has lockfileVersion ${JSON.stringify(version)}; shipshape reads versions 1, 2 and 3`,
      { pointer: '/lockfileVersion' },
      'LOCKFILE_UNSUPPORTED',
    );
  }
  const root = rootOf(data);
  if (version === 1) {
    return {
      file,
      ecosystem: 'npm',
      format: 'package-lock v1',
      root,
      ...readTree(data, file),
    };
  }
  const packages = data['packages'];
  if (!isRecord(packages)) {
    throw lockfileError(file, 'has no "packages" object', {
      pointer: '/packages',
    });
  }
  return {
    file,
    ecosystem: 'npm',
    format: `package-lock v${version}`,
    root,
    packages: readFlat(packages, file),
    declared: declaredOf(packages[''], '/packages/'),
  };
}

function rootOf(data: Record<string, unknown>): Lockfile['root'] {
  const name = data['name'];
  if (typeof name !== 'string' || name === '') return undefined;
  const version =
    typeof data['version'] === 'string' ? data['version'] : undefined;
  return { name, version, purl: toPurl('npm', name, version ?? '') };
}

function declaredOf(entry: unknown, pointer: string): DeclaredDependency[] {
  if (!isRecord(entry)) return [];
  const declared: DeclaredDependency[] = [];
  for (const [field, dev] of declaredFields) {
    const map = entry[field];
    if (!isRecord(map)) continue;
    for (const [name, range] of Object.entries(map)) {
      if (typeof range !== 'string') continue;
      declared.push({
        name,
        range,
        dev,
        source: { pointer: `${pointer}/${field}/${escapePointerToken(name)}` },
      });
    }
  }
  return declared;
}

// ----- versions 2 and 3: the flat `packages` map -----

interface FlatEntry {
  path: string;
  name: string;
  data: Record<string, unknown>;
  locked: LockedPackage;
}

function readFlat(
  packages: Record<string, unknown>,
  file: string,
): LockedPackage[] {
  const keys = Object.keys(packages);
  assertPackageCount(file, keys.length);
  const byPath = new Map<string, FlatEntry>();
  for (const path of keys) {
    const entry = flatEntry(path, packages[path], file);
    if (entry) byPath.set(path, entry);
  }
  const set = new PackageSet();
  for (const entry of byPath.values()) {
    entry.locked.dependsOn = edgesOf(entry, byPath);
    set.add(entry.locked);
  }
  return set.toList();
}

function flatEntry(
  path: string,
  value: unknown,
  file: string,
): FlatEntry | undefined {
  const pointer = `/packages/${escapePointerToken(path)}`;
  if (!isRecord(value))
    throw lockfileError(file, 'must be an object', { pointer });
  // The root project, workspace folders and links are the project itself.
  const at = path.lastIndexOf('node_modules/');
  if (path === '' || at < 0 || value['link'] === true) return undefined;
  const name =
    typeof value['name'] === 'string'
      ? value['name']
      : path.slice(at + 'node_modules/'.length);
  const version = value['version'];
  if (typeof version !== 'string' || version === '') {
    throw lockfileError(file, 'has no "version"', { pointer });
  }
  return {
    path,
    name,
    data: value,
    locked: lockedOf(name, version, value, pointer),
  };
}

function lockedOf(
  name: string,
  version: string,
  value: Record<string, unknown>,
  pointer: string,
): LockedPackage {
  const integrity = value['integrity'];
  const license = value['license'];
  const resolved = value['resolved'];
  return {
    name,
    version,
    purl: toPurl('npm', name, version),
    hashes: typeof integrity === 'string' ? hashesFromSRI(integrity) : [],
    license:
      typeof license === 'string' && license !== '' ? license : undefined,
    resolved: typeof resolved === 'string' ? resolved : undefined,
    dev: value['dev'] === true || value['devOptional'] === true,
    optional: value['optional'] === true || value['devOptional'] === true,
    dependsOn: [],
    source: { pointer },
  };
}

/** Resolves each dependency the way Node does: nearest node_modules up. */
function edgesOf(entry: FlatEntry, byPath: Map<string, FlatEntry>): string[] {
  const edges: string[] = [];
  for (const field of edgeFields) {
    const map = entry.data[field];
    if (!isRecord(map)) continue;
    for (const name of Object.keys(map)) {
      const target = resolveFrom(entry.path, name, byPath);
      if (target) edges.push(target.locked.purl);
    }
  }
  return edges;
}

function resolveFrom(
  from: string,
  name: string,
  byPath: Map<string, FlatEntry>,
): FlatEntry | undefined {
  let base = from;
  for (;;) {
    const found = byPath.get(`${base}/node_modules/${name}`);
    if (found) return found;
    const at = base.lastIndexOf('/node_modules/');
    if (at < 0) break;
    base = base.slice(0, at);
  }
  return byPath.get(`node_modules/${name}`);
}

// ----- version 1: the nested `dependencies` tree -----

interface TreeNode {
  locked: LockedPackage;
  requires: string[];
  children: Map<string, TreeNode>;
  parent?: TreeNode;
}

function readTree(
  data: Record<string, unknown>,
  file: string,
): Pick<Lockfile, 'packages' | 'declared'> {
  const top = data['dependencies'];
  if (top === undefined) return { packages: [], declared: [] };
  if (!isRecord(top))
    throw lockfileError(file, 'must be an object', {
      pointer: '/dependencies',
    });
  const rootNode: TreeNode = {
    locked: lockedOf('', '', {}, ''),
    requires: [],
    children: new Map(),
  };
  const all: TreeNode[] = [];
  buildTree(rootNode, top, '/dependencies', file, all);
  assertPackageCount(file, all.length);
  const set = new PackageSet();
  for (const node of all) {
    node.locked.dependsOn = node.requires
      .map((name) => resolveInTree(node, name)?.locked.purl)
      .filter((purl): purl is string => purl !== undefined);
    set.add(node.locked);
  }
  return { packages: set.toList(), declared: [] };
}

function buildTree(
  parent: TreeNode,
  map: Record<string, unknown>,
  pointer: string,
  file: string,
  all: TreeNode[],
): void {
  for (const [name, value] of Object.entries(map)) {
    const at = `${pointer}/${escapePointerToken(name)}`;
    if (!isRecord(value))
      throw lockfileError(file, 'must be an object', { pointer: at });
    const version = value['version'];
    if (typeof version !== 'string' || version === '') {
      throw lockfileError(file, 'has no "version"', { pointer: at });
    }
    // A `file:` or `link:` version is a local folder of the project itself.
    if (/^(file|link):/.test(version)) continue;
    const requires = isRecord(value['requires'])
      ? Object.keys(value['requires'])
      : [];
    const node: TreeNode = {
      locked: lockedOf(name, version.replace(/^npm:.*@/, ''), value, at),
      requires,
      children: new Map(),
      parent,
    };
    parent.children.set(name, node);
    all.push(node);
    if (isRecord(value['dependencies'])) {
      buildTree(node, value['dependencies'], `${at}/dependencies`, file, all);
    }
  }
}

function resolveInTree(node: TreeNode, name: string): TreeNode | undefined {
  for (let at: TreeNode | undefined = node; at; at = at.parent) {
    const found = at.children.get(name);
    if (found) return found;
  }
  return undefined;
}
