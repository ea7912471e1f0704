/**
 * Maven version ordering in the manner of Maven's ComparableVersion:
 * versions split into numbers and qualifiers at `.`, `-` and digit/letter
 * boundaries; well-known qualifiers order as alpha < beta < milestone <
 * rc < snapshot < (release) < sp; trailing zeros and release qualifiers
 * (`ga`, `final`, `release`) do not count.
 */

type Item = number | string;

const qualifierRank: Record<string, number> = {
  alpha: 0,
  beta: 1,
  milestone: 2,
  rc: 3,
  snapshot: 4,
  '': 5,
  sp: 6,
};

const aliases: Record<string, string> = {
  a: 'alpha',
  b: 'beta',
  m: 'milestone',
  cr: 'rc',
  ga: '',
  final: '',
  release: '',
};

/** Splits a Maven version into comparable items (see the module comment). */
export function parseMavenVersion(text: string): Item[] {
  const tokens = text.toLowerCase().match(/\d+|[a-z]+|[^.\-\da-z]+/g) ?? [];
  const items: Item[] = [];
  tokens.forEach((token, index) => {
    if (/^\d+$/.test(token)) {
      items.push(Number(token));
      return;
    }
    // `a1`, `b2`, `m3`: a single letter followed by a number is an alias.
    const next = tokens[index + 1];
    const alias =
      token.length === 1 && next !== undefined && /^\d/.test(next)
        ? aliases[token]
        : undefined;
    const long = Object.hasOwn(aliases, token) && token.length > 1;
    items.push(alias ?? (long ? (aliases[token] ?? token) : token));
  });
  while (items.length > 0 && isNullItem(items[items.length - 1])) items.pop();
  return items;
}

function isNullItem(item: Item | undefined): boolean {
  return item === 0 || item === '';
}

/** Compares two Maven versions: negative, zero or positive. */
export function compareMavenVersions(a: string, b: string): number {
  const left = parseMavenVersion(a);
  const right = parseMavenVersion(b);
  const length = Math.max(left.length, right.length);
  for (let index = 0; index < length; index += 1) {
    const diff = compareItems(left[index], right[index]);
    if (diff !== 0) return diff;
  }
  return 0;
}

function compareItems(a: Item | undefined, b: Item | undefined): number {
  if (a === undefined && b === undefined) return 0;
  if (a === undefined) return -compareItems(b, a);
  if (typeof a === 'number') {
    if (b === undefined) return a === 0 ? 0 : 1;
    if (typeof b === 'number') return a - b;
    return 1; // a number is newer than any qualifier
  }
  if (b === undefined) return compareQualifiers(a, '');
  if (typeof b === 'number') return -1;
  return compareQualifiers(a, b);
}

// Unknown qualifiers sort after the known ones, alphabetically.
function compareQualifiers(a: string, b: string): number {
  const rankA = qualifierRank[a] ?? 7;
  const rankB = qualifierRank[b] ?? 7;
  if (rankA !== rankB) return rankA - rankB;
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
