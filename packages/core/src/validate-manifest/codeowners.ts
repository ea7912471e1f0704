/**
 * CODEOWNERS, read the way GitHub reads it: the first of
 * `.github/CODEOWNERS`, `CODEOWNERS` and `docs/CODEOWNERS`; patterns follow
 * gitignore rules with GitHub's differences; the last matching line wins,
 * and a line without owners leaves the path unowned.
 */
import { UserError } from '../errors.ts';
import { readTextFile } from '../input/text-file.ts';
import { resolveProjectPath } from '../paths/project-path.ts';

/** One line of a CODEOWNERS file. */
export interface CodeOwnersRule {
  pattern: string;
  owners: string[];
  line: number;
}

/** A parsed CODEOWNERS file. */
export interface CodeOwners {
  /** Path relative to the project root, e.g. `.github/CODEOWNERS`. */
  file: string;
  rules: CodeOwnersRule[];
}

const locations = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
// GitHub ignores CODEOWNERS files over 3 MB.
const maxBytes = 3 * 1024 * 1024;

/** Reads the project's CODEOWNERS, or undefined when it has none. */
export async function readCodeOwners(
  projectRoot: string,
): Promise<CodeOwners | undefined> {
  for (const file of locations) {
    const resolved = await resolveProjectPath(
      projectRoot,
      projectRoot,
      file,
      false,
    );
    if (!resolved.ok) continue;
    const text = await readTextFile(resolved.real, {
      maxBytes,
      displayName: file,
    });
    return { file, rules: parseCodeOwners(text) };
  }
  return undefined;
}

/** Parses CODEOWNERS text; comments and blank lines are skipped. */
export function parseCodeOwners(text: string): CodeOwnersRule[] {
  const rules: CodeOwnersRule[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [pattern = '', ...rest] = line.split(/[ \t]+/);
    const comment = rest.findIndex((word) => word.startsWith('#'));
    const owners = comment < 0 ? rest : rest.slice(0, comment);
    const unescaped = pattern.replace(/^\\#/, '#');
    if (unescaped.length > 4096) {
      throw new UserError(
        'CODEOWNERS_PATTERN_TOO_LONG',
        `CODEOWNERS line ${index + 1} has a pattern longer than 4096 characters`,
        { line: index + 1 },
      );
    }
    rules.push({ pattern: unescaped, owners, line: index + 1 });
  });
  return rules;
}

/**
 * The owners of `path` (relative to the project root, with /): those of
 * the last matching line, or undefined when no line matches or the last
 * match names nobody.
 */
export function ownersOf(
  codeOwners: CodeOwners,
  path: string,
): string[] | undefined {
  for (let index = codeOwners.rules.length - 1; index >= 0; index -= 1) {
    const rule = codeOwners.rules[index];
    if (rule && matchesOwnersPattern(rule.pattern, path)) {
      return rule.owners.length > 0 ? rule.owners : undefined;
    }
  }
  return undefined;
}

/**
 * True when a CODEOWNERS pattern matches the file `path`. A pattern with a
 * slash at its start or in its middle is anchored at the root; otherwise
 * it matches at any depth. A pattern also matches every file inside a
 * folder it matches, except that `dir/*` covers only the folder's own
 * files (GitHub's documented behaviour).
 */
export function matchesOwnersPattern(pattern: string, path: string): boolean {
  const folderOnly = pattern.endsWith('/');
  let body = folderOnly ? pattern.slice(0, -1) : pattern;
  const anchored = body.includes('/');
  if (body.startsWith('/')) body = body.slice(1);
  if (body === '') return false;
  const patternParts = anchored ? body.split('/') : ['**', body];
  // After the last pattern segment, what may remain of the path: nothing
  // (the file itself), or the rest of a folder the pattern matched.
  const accepts = (rest: number): boolean =>
    rest === 0 ? !folderOnly : patternParts.at(-1) !== '*';
  return matchParts(patternParts, path.split('/'), accepts);
}

// Matches path segments against pattern segments, where "**" stands for
// any number of segments. Memoised: at most one visit per pair of indexes.
function matchParts(
  pattern: readonly string[],
  path: readonly string[],
  accepts: (rest: number) => boolean,
): boolean {
  const memo = new Map<number, boolean>();
  const match = (pi: number, si: number): boolean => {
    const key = pi * (path.length + 1) + si;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    const part = pattern[pi];
    if (part === undefined) result = si > 0 && accepts(path.length - si);
    else if (part === '**') {
      result = match(pi + 1, si) || (si < path.length && match(pi, si + 1));
    } else {
      result =
        si < path.length &&
        matchSegment(part, path[si] ?? '') &&
        match(pi + 1, si + 1);
    }
    memo.set(key, result);
    return result;
  };
  return match(0, 0);
}

/** Wildcard match of one segment: `*` any run, `?` one character. */
export function matchSegment(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    const char = pattern[p];
    if (
      char === '?' ||
      (char !== undefined && char !== '*' && char === text[t])
    ) {
      p += 1;
      t += 1;
    } else if (char === '*') {
      star = p;
      resume = t;
      p += 1;
    } else if (star >= 0) {
      p = star + 1;
      resume += 1;
      t = resume;
    } else {
      return false;
    }
  }
  while (pattern[p] === '*') p += 1;
  return p === pattern.length;
}
