/**
 * Counter arithmetic of calver and hybrid versions: which counter stands
 * for which bump, raising and comparing counters, and today's next
 * version.
 */
import {
  calendarValue,
  formatCalverVersion,
  isCalendarToken,
  type CalverFormat,
  type CalverVersion,
  type FormatToken,
} from './calver-format.ts';
import type { Bump, CommitBump } from './version-bump.ts';

const counterBump: Partial<Record<FormatToken, CommitBump>> = {
  MAJOR: 'major',
  MINOR: 'minor',
  MICRO: 'patch',
};
const significance: CommitBump[] = ['major', 'minor', 'patch'];

/**
 * The bump a format can express for `bump`. The format may lack the token
 * a commit asks for (YYYY.MINOR.MICRO has no MAJOR): the largest counter
 * it has then stands in.
 */
export function capToFormat(
  bump: CommitBump,
  format: CalverFormat,
): CommitBump {
  if (bump === 'none') return 'none';
  const present = significance.filter((level) => indexOf(format, level) >= 0);
  if (present.length === 0) return 'none';
  const wanted = significance.indexOf(bump);
  return (
    present.find((level) => significance.indexOf(level) >= wanted) ??
    present[0] ??
    'none'
  );
}

function indexOf(format: CalverFormat, level: CommitBump): number {
  return format.tokens.findIndex((token) => counterBump[token] === level);
}

/** True when both versions name the same calendar period. */
export function sameCalendarParts(
  format: CalverFormat,
  a: CalverVersion,
  b: CalverVersion,
): boolean {
  return format.tokens.every(
    (token, index) =>
      !isCalendarToken(token) || a.values[index] === b.values[index],
  );
}

/** The largest counter that grew from `from` to `to`. */
export function counterChange(
  format: CalverFormat,
  from: CalverVersion,
  to: CalverVersion,
): Bump {
  for (const level of significance) {
    const index = indexOf(format, level);
    if (index >= 0 && (to.values[index] ?? 0) > (from.values[index] ?? 0)) {
      return level;
    }
  }
  return 'prerelease';
}

/** Counters with `level` raised by one and the smaller counters reset. */
export function bumpCounters(
  format: CalverFormat,
  values: readonly number[],
  level: CommitBump,
): number[] {
  const rank = significance.indexOf(level);
  return format.tokens.map((token, index) => {
    const own = counterBump[token];
    const value = values[index] ?? 0;
    if (own === undefined) return value;
    const ownRank = significance.indexOf(own);
    if (ownRank === rank) return value + 1;
    return ownRank > rank ? 0 : value;
  });
}

/** Compares the counters of two versions, largest counter first. */
export function compareCounters(
  format: CalverFormat,
  a: readonly number[],
  b: readonly number[],
): number {
  for (const level of significance) {
    const index = indexOf(format, level);
    if (index < 0) continue;
    const diff = (a[index] ?? 0) - (b[index] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

/** Today's calendar values with the given counters. */
export function todayValues(
  format: CalverFormat,
  today: Date,
  counters: readonly number[],
): number[] {
  return format.tokens.map((token, index) =>
    isCalendarToken(token)
      ? calendarValue(token, today)
      : (counters[index] ?? 0),
  );
}

/**
 * Today's version: the calendar parts of today; the counters continue
 * from the previous release when it shares those calendar parts (bumped
 * as the commits require in a hybrid scheme, the smallest counter in
 * plain calver), and start at 0 otherwise.
 */
export function nextCalver(
  format: CalverFormat,
  previous: CalverVersion | undefined,
  required: CommitBump,
  today: Date,
  hybrid: boolean,
): string {
  const fresh = todayValues(format, today, []);
  if (!previous) return formatCalverVersion(format, fresh);
  const candidate: CalverVersion = { text: '', values: fresh };
  if (!sameCalendarParts(format, candidate, previous)) {
    return formatCalverVersion(format, fresh);
  }
  const smallest = [...significance]
    .reverse()
    .find((level) => indexOf(format, level) >= 0);
  const level = hybrid && required !== 'none' ? required : smallest;
  if (!level) return formatCalverVersion(format, previous.values);
  const counters = bumpCounters(format, previous.values, level);
  return formatCalverVersion(format, todayValues(format, today, counters));
}
