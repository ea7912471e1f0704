/**
 * The vocabulary of version changes shared by the semver, calver and
 * hybrid decisions: how big a change is, and how sizes compare.
 */

/** How much a version moved, or must move. */
export type Bump =
  'major' | 'minor' | 'patch' | 'prerelease' | 'calendar' | 'none' | 'first';

/** The change scope a commit asks for. */
export type CommitBump = 'major' | 'minor' | 'patch' | 'none';

const rank: Record<CommitBump, number> = {
  none: 0,
  patch: 1,
  minor: 2,
  major: 3,
};

/** The larger of two commit bumps. */
export function maxBump(a: CommitBump, b: CommitBump): CommitBump {
  return rank[a] >= rank[b] ? a : b;
}

/** Compares two commit bumps: negative, zero or positive. */
export function compareBumps(a: CommitBump, b: CommitBump): number {
  return rank[a] - rank[b];
}
