/**
 * pip `requirements.txt`, as pip-compile and `pip freeze` write it: one
 * requirement per logical line (backslash continuations joined), with
 * `--hash=alg:hex` options and `# via` comments naming who needs it. An
 * exact pin (`==`) is a locked package; every requirement is declared.
 */
import { fromHex } from './integrity.ts';
import { assertPackageCount, lockfileError } from './lockfile-error.ts';
import { PackageSet } from './package-set.ts';
import { normalizePyPIName, toPurl } from './package-url.ts';
import type {
  DeclaredDependency,
  LockedPackage,
  Lockfile,
} from './locked-package.ts';

interface Requirement {
  name: string;
  range: string;
  line: number;
  hashes: string[];
  via: string[];
}

// Every pattern here is anchored or of fixed length, and logical lines are
// capped, so hostile input cannot make matching slow.
const namePattern = /^[A-Za-z0-9][A-Za-z0-9._-]*/;
const maxLineLength = 64 * 1024;

/** Reads a requirements file. */
export function readRequirementsFile(text: string, file: string): Lockfile {
  const requirements = parseRequirements(text, file);
  assertPackageCount(file, requirements.length);
  const pinned = new Map<string, Requirement>();
  for (const requirement of requirements) {
    const pin = /^===?\s*([^\s,]+)$/.exec(requirement.range)?.[1];
    if (pin)
      pinned.set(normalizePyPIName(requirement.name), {
        ...requirement,
        range: pin,
      });
  }
  const set = new PackageSet();
  const edges = new Map<string, string[]>();
  for (const requirement of pinned.values()) {
    const purl = toPurl('pypi', requirement.name, requirement.range);
    for (const parent of requirement.via) {
      const key = normalizePyPIName(parent);
      edges.set(key, [...(edges.get(key) ?? []), purl]);
    }
  }
  for (const [key, requirement] of pinned)
    set.add(lockedOf(requirement, edges.get(key) ?? []));
  const declared: DeclaredDependency[] = requirements.map((r) => ({
    name: r.name,
    range: r.range,
    dev: false,
    source: { line: r.line },
  }));
  return {
    file,
    ecosystem: 'pypi',
    format: 'requirements',
    packages: set.toList(),
    declared,
  };
}

function lockedOf(
  requirement: Requirement,
  dependsOn: string[],
): LockedPackage {
  return {
    name: requirement.name,
    version: requirement.range,
    purl: toPurl('pypi', requirement.name, requirement.range),
    hashes: requirement.hashes.flatMap((text) => {
      const [algorithm = '', hex = ''] = text.split(':');
      const hash = fromHex(algorithm, hex);
      return hash ? [hash] : [];
    }),
    dev: false,
    optional: false,
    dependsOn,
    source: { line: requirement.line },
  };
}

function parseRequirements(text: string, file: string): Requirement[] {
  const lines = text.split(/\r?\n/);
  const requirements: Requirement[] = [];
  let inVia = false;
  for (let index = 0; index < lines.length; index += 1) {
    const start = index;
    let logical = lines[index] ?? '';
    while (logical.endsWith('\\') && index + 1 < lines.length) {
      index += 1;
      logical = `${logical.slice(0, -1)} ${lines[index] ?? ''}`;
    }
    const trimmed = logical.trim();
    const last = requirements.at(-1);
    if (trimmed.startsWith('#')) {
      inVia = viaComment(trimmed, inVia, last);
      continue;
    }
    inVia = false;
    if (trimmed === '' || trimmed.startsWith('-')) continue;
    requirements.push(parseLine(trimmed, file, start + 1));
  }
  return requirements;
}

/** Collects `# via a, b` and the `#   a` lines of a `# via` block. */
function viaComment(
  comment: string,
  inVia: boolean,
  last: Requirement | undefined,
): boolean {
  const body = comment.replace(/^#\s*/, '');
  const inline = /^via\s+(.+)$/.exec(body);
  if (inline && last) {
    last.via.push(
      ...(inline[1] ?? '')
        .split(/,\s*/)
        .filter((name) => !name.startsWith('-')),
    );
    return false;
  }
  if (body === 'via') return true;
  if (inVia && last && /^\s{2,}/.test(comment.slice(1))) {
    const name = body.trim();
    if (!name.startsWith('-')) last.via.push(name);
    return true;
  }
  return false;
}

function parseLine(
  line: string,
  file: string,
  lineNumber: number,
): Requirement {
  if (line.length > maxLineLength) {
    throw lockfileError(
      file,
      `has a requirement longer than ${maxLineLength} characters`,
      { line: lineNumber },
    );
  }
  const hashes: string[] = [];
  let text = line.replace(/\s--hash[=\s]+(\S+)/g, (_, hash: string) => {
    hashes.push(hash);
    return '';
  });
  const comment = text.search(/\s#/);
  if (comment >= 0) text = text.slice(0, comment);
  const marker = text.indexOf(';');
  if (marker >= 0) text = text.slice(0, marker);
  text = text.trim();
  const name = namePattern.exec(text)?.[0];
  if (!name) {
    throw lockfileError(
      file,
      `cannot read the requirement "${text.slice(0, 80)}"`,
      { line: lineNumber },
    );
  }
  let rest = text.slice(name.length).trimStart();
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']');
    if (close < 0)
      throw lockfileError(file, `unclosed extras in "${text.slice(0, 80)}"`, {
        line: lineNumber,
      });
    rest = rest.slice(close + 1);
  }
  return {
    name,
    range: rest.replace(/\s+/g, ''),
    line: lineNumber,
    hashes,
    via: [],
  };
}
