/**
 * Finding the previous release among the tags reachable from HEAD: tags
 * with the release's prefix whose rest parses as a version of the scheme.
 * Tags with the prefix that do not parse are reported, never guessed at.
 */
import type { GitTag } from './git-history.ts';

/** A tag that names a release. */
export interface ReleaseTag<V> {
  tag: string;
  commit: string;
  version: V;
}

/** How a scheme reads and orders versions. */
export interface VersionReader<V> {
  parse(text: string): V | undefined;
  compare(a: V, b: V): number;
}

/** The outcome of looking through the tags. */
export interface TagSearch<V> {
  /** Version tags, highest first. */
  releases: ReleaseTag<V>[];
  /** Tags with the prefix whose rest is not a version. */
  unparsable: string[];
}

/**
 * Sorts the reachable tags into releases and unparsable ones. With the
 * prefix `v`, bare versions (`1.2.3`) count as well.
 */
export function searchReleaseTags<V>(
  tags: readonly GitTag[],
  prefix: string,
  reader: VersionReader<V>,
): TagSearch<V> {
  const releases: ReleaseTag<V>[] = [];
  const unparsable: string[] = [];
  for (const { name, commit } of tags) {
    const rest = stripPrefix(name, prefix);
    if (rest === undefined) continue;
    const version = reader.parse(rest);
    if (version === undefined) {
      if (name.startsWith(prefix) && prefix !== '') unparsable.push(name);
      continue;
    }
    releases.push({ tag: name, commit, version });
  }
  releases.sort(
    (a, b) => reader.compare(b.version, a.version) || (a.tag < b.tag ? -1 : 1),
  );
  return { releases, unparsable: unparsable.sort() };
}

function stripPrefix(name: string, prefix: string): string | undefined {
  if (name.startsWith(prefix)) return name.slice(prefix.length);
  if (prefix === 'v' && /^[0-9]/.test(name)) return name;
  return undefined;
}
