/**
 * Go modules: `go.mod` (the `require` directives; since Go 1.17 it lists
 * every module the build needs, `// indirect` marking those not imported
 * directly) and `go.sum` (one line per module zip and per go.mod file).
 */
import { assertPackageCount, lockfileError } from './lockfile-error.ts';
import { PackageSet } from './package-set.ts';
import { toPurl } from './package-url.ts';
import type {
  DeclaredDependency,
  LockedPackage,
  Lockfile,
} from './locked-package.ts';

/** Reads a go.mod; its direct requirements are also the declared list. */
export function readGoMod(text: string, file: string): Lockfile {
  const set = new PackageSet();
  const declared: DeclaredDependency[] = [];
  let module: string | undefined;
  let inRequire = false;
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index += 1) {
    const line = (lines[index] ?? '').trim();
    const number = index + 1;
    if (line.startsWith('module ')) module = unquote(line.slice(7).trim());
    if (/^require\s*\($/.test(line)) {
      inRequire = true;
      continue;
    }
    if (inRequire && line === ')') {
      inRequire = false;
      continue;
    }
    const single = /^require\s+(.+)$/.exec(line)?.[1];
    const body = inRequire ? line : single;
    if (body === undefined || body === '' || body.startsWith('//')) continue;
    const match = /^(\S+)\s+(\S+)(\s*\/\/\s*indirect)?/.exec(body);
    if (!match)
      throw lockfileError(
        file,
        `cannot read the requirement "${body.slice(0, 80)}"`,
        { line: number },
      );
    const [, path = '', version = ''] = match;
    set.add(goPackage(unquote(path), version, number));
    if (!match[3])
      declared.push({
        name: unquote(path),
        range: version,
        dev: false,
        source: { line: number },
      });
  }
  assertPackageCount(file, set.size);
  const root = module
    ? { name: module, purl: toPurl('golang', module, '') }
    : undefined;
  return {
    file,
    ecosystem: 'golang',
    format: 'go.mod',
    root,
    packages: set.toList(),
    declared,
  };
}

/** Reads a go.sum: every module whose zip it pins (not just its go.mod). */
export function readGoSum(text: string, file: string): Lockfile {
  const set = new PackageSet();
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index += 1) {
    const line = (lines[index] ?? '').trim();
    if (line === '') continue;
    const match = /^(\S+)\s+(\S+)\s+h1:[A-Za-z0-9+/=]+$/.exec(line);
    if (!match)
      throw lockfileError(file, `cannot read the line "${line.slice(0, 80)}"`, {
        line: index + 1,
      });
    const [, path = '', version = ''] = match;
    if (version.endsWith('/go.mod')) continue;
    set.add(goPackage(path, version, index + 1));
  }
  assertPackageCount(file, set.size);
  return {
    file,
    ecosystem: 'golang',
    format: 'go.sum',
    packages: set.toList(),
    declared: [],
  };
}

function goPackage(path: string, version: string, line: number): LockedPackage {
  return {
    name: path,
    version,
    purl: toPurl('golang', path, version),
    // go.sum's `h1:` is a hash over the module's file list, not a digest
    // of any downloadable file, so it is not reported as a package hash.
    hashes: [],
    dev: false,
    optional: false,
    dependsOn: [],
    source: { line },
  };
}

function unquote(text: string): string {
  return text.replace(/^"(.*)"$/, '$1');
}
