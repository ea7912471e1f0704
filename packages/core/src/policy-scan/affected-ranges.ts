/**
 * Whether a version falls in an OSV `affected` entry: explicit `versions`
 * lists, and SEMVER/ECOSYSTEM ranges of `introduced`, `fixed`,
 * `last_affected` and `limit` events, evaluated as the OSV schema says.
 */
import type { VersionScheme } from './version-schemes.ts';

/** One range event of an OSV record. */
export interface RangeEvent {
  introduced?: string;
  fixed?: string;
  last_affected?: string;
  limit?: string;
}

/** A SEMVER or ECOSYSTEM range (GIT ranges are dropped on load). */
export interface VersionRange {
  type: 'SEMVER' | 'ECOSYSTEM';
  events: RangeEvent[];
}

/** The part of an OSV `affected` entry that matching needs. */
export interface AffectedPackage {
  ranges: VersionRange[];
  versions: string[];
}

/** True when `version` is affected by `affected` under `scheme`. */
export function isAffected(
  version: string,
  affected: AffectedPackage,
  scheme: VersionScheme | undefined,
): boolean {
  if (affected.versions.includes(version)) return true;
  if (!scheme) return false;
  const key = scheme.parse(version);
  if (key === undefined) return false;
  if (affected.versions.some((listed) => sameVersion(listed, key, scheme))) {
    return true;
  }
  return affected.ranges.some((range) => inRange(key, range, scheme));
}

function sameVersion(
  listed: string,
  key: unknown,
  scheme: VersionScheme,
): boolean {
  const other = scheme.parse(listed);
  return other !== undefined && scheme.compare(other, key) === 0;
}

interface KeyedEvent {
  kind: keyof RangeEvent;
  key: unknown;
  zero: boolean;
}

function inRange(
  key: unknown,
  range: VersionRange,
  scheme: VersionScheme,
): boolean {
  const events = keyedEvents(range, scheme);
  if (!events) return false;
  let affected = false;
  const limits: unknown[] = [];
  for (const event of events) {
    const order = event.zero ? 1 : scheme.compare(key, event.key);
    switch (event.kind) {
      case 'introduced':
        if (order >= 0) affected = true;
        break;
      case 'fixed':
        if (order >= 0) affected = false;
        break;
      case 'last_affected':
        if (order > 0) affected = false;
        break;
      case 'limit':
        limits.push(event.key);
        break;
    }
  }
  if (affected && limits.length > 0) {
    return limits.some((limit) => scheme.compare(key, limit) < 0);
  }
  return affected;
}

// Sorted, parsed events per range and scheme: a range is read once however
// many components it is checked against.
const keyedCache = new WeakMap<
  VersionRange,
  Map<VersionScheme, KeyedEvent[] | null>
>();

function keyedEvents(
  range: VersionRange,
  scheme: VersionScheme,
): KeyedEvent[] | undefined {
  let byScheme = keyedCache.get(range);
  if (!byScheme) {
    byScheme = new Map();
    keyedCache.set(range, byScheme);
  }
  let events = byScheme.get(scheme);
  if (events === undefined) {
    events = readEvents(range, scheme) ?? null;
    byScheme.set(scheme, events);
  }
  return events ?? undefined;
}

// Events sorted by version; an unreadable version voids the whole range
// rather than guessing.
function readEvents(
  range: VersionRange,
  scheme: VersionScheme,
): KeyedEvent[] | undefined {
  const events: KeyedEvent[] = [];
  for (const event of range.events) {
    for (const kind of [
      'introduced',
      'fixed',
      'last_affected',
      'limit',
    ] as const) {
      const value = event[kind];
      if (value === undefined) continue;
      if (kind === 'introduced' && value === '0') {
        events.push({ kind, key: undefined, zero: true });
        continue;
      }
      const key = scheme.parse(value);
      if (key === undefined) return undefined;
      events.push({ kind, key, zero: false });
    }
  }
  return events.sort((a, b) => {
    if (a.zero || b.zero) return Number(b.zero) - Number(a.zero);
    return scheme.compare(a.key, b.key);
  });
}

/** True when every version in the range can be read by the scheme. */
export function isReadableRange(
  range: VersionRange,
  scheme: VersionScheme | undefined,
): boolean {
  return scheme !== undefined && keyedEvents(range, scheme) !== undefined;
}
