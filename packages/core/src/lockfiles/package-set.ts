/**
 * Collects the packages a reader finds, one per purl: the same package
 * installed twice is one package, needed for production when either copy
 * is, and its dependency edges are the union of both.
 */
import { uniqueHashes } from './integrity.ts';
import type { LockedPackage } from './locked-package.ts';

/** Packages keyed by purl, merged on insertion. */
export class PackageSet {
  private readonly byPurl = new Map<string, LockedPackage>();

  /** Adds a package, merging it into an earlier one with the same purl. */
  add(entry: LockedPackage): LockedPackage {
    const existing = this.byPurl.get(entry.purl);
    if (!existing) {
      this.byPurl.set(entry.purl, entry);
      return entry;
    }
    existing.dev = existing.dev && entry.dev;
    existing.optional = existing.optional && entry.optional;
    existing.hashes = uniqueHashes([...existing.hashes, ...entry.hashes]);
    existing.dependsOn = [
      ...new Set([...existing.dependsOn, ...entry.dependsOn]),
    ];
    existing.license ??= entry.license;
    existing.resolved ??= entry.resolved;
    return existing;
  }

  get(purl: string): LockedPackage | undefined {
    return this.byPurl.get(purl);
  }

  get size(): number {
    return this.byPurl.size;
  }

  /** The packages sorted by purl, each with sorted, unique edges. */
  toList(): LockedPackage[] {
    return [...this.byPurl.values()]
      .map((entry) => ({
        ...entry,
        dependsOn: [...new Set(entry.dependsOn)]
          .filter((purl) => purl !== entry.purl)
          .sort(),
      }))
      .sort((a, b) => (a.purl < b.purl ? -1 : a.purl > b.purl ? 1 : 0));
  }
}

/**
 * Marks as dev every package that no production root reaches, for
 * lockfiles (pnpm 9, pip) that record the split only at the roots.
 */
export function markDevByReach(
  packages: readonly LockedPackage[],
  productionRoots: readonly string[],
): void {
  const byPurl = new Map(packages.map((entry) => [entry.purl, entry]));
  const reached = new Set<string>();
  const queue = productionRoots.filter((purl) => byPurl.has(purl));
  while (queue.length > 0) {
    const purl = queue.pop() ?? '';
    if (reached.has(purl)) continue;
    reached.add(purl);
    for (const next of byPurl.get(purl)?.dependsOn ?? []) {
      if (!reached.has(next)) queue.push(next);
    }
  }
  for (const entry of packages) entry.dev = !reached.has(entry.purl);
}
