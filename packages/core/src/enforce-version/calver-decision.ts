/**
 * The calver and hybrid decisions. Calendar parts must name today (UTC),
 * or a day within the policy's release window before it, and the version
 * must increase. In a hybrid scheme the counters MAJOR, MINOR and MICRO
 * also carry Conventional Commits meaning while the calendar parts stay
 * the same; a new calendar period resets them.
 */
import { visibleText } from '../text/visible-text.ts';
import type { Finding } from '../findings.ts';
import {
  calendarValue,
  compareCalver,
  formatCalverVersion,
  isCalendarToken,
  parseCalverVersion,
  type CalverFormat,
  type CalverVersion,
  type FormatToken,
} from './calver-format.ts';
import type { Bump, CommitBump } from './version-bump.ts';
import {
  commitsAsking,
  type DecisionInput,
  type SchemeDecision,
} from './version-decision.ts';
import { describeCommits } from './commit-listing.ts';

/** What the calver decision needs beyond the common input. */
export interface CalverOptions {
  format: CalverFormat;
  hybrid: boolean;
  releaseWindow: number;
}

const counterBump: Partial<Record<FormatToken, CommitBump>> = {
  MAJOR: 'major',
  MINOR: 'minor',
  MICRO: 'patch',
};
const significance: CommitBump[] = ['major', 'minor', 'patch'];

/** Reads versions of one format, for tag discovery. */
export function calverReader(format: CalverFormat) {
  return {
    parse: (text: string) => parseCalverVersion(format, text),
    compare: compareCalver,
  };
}

/** Decides a calver or hybrid release. */
export function decideCalver(
  input: DecisionInput<CalverVersion>,
  options: CalverOptions,
): SchemeDecision {
  const { format } = options;
  const previous = input.previous?.version;
  const required = options.hybrid
    ? capToFormat(input.commitBump, format)
    : 'none';
  const next = nextCalver(
    format,
    previous,
    required,
    input.today,
    options.hybrid,
  );
  const declared = parseCalverVersion(format, input.declared);
  if (!declared) {
    return {
      declaredBump: 'none',
      requiredBump: required,
      next,
      rationale: `release.version "${visibleText(input.declared)}" does not fit the format ${format.source}.`,
      findings: [
        {
          code: 'VERSION_FORMAT_MISMATCH',
          severity: 'error',
          message: `release.version "${visibleText(input.declared)}" does not fit versioning.format ${format.source}`,
          location: input.location,
          remediation: `Write a version such as ${next}.`,
        },
      ],
    };
  }
  const findings: Finding[] = [];
  const dateProblem = checkCalendar(
    format,
    declared,
    input.today,
    options.releaseWindow,
  );
  if (dateProblem) {
    findings.push({
      code: 'VERSION_DATE_MISMATCH',
      severity: 'error',
      message: `release.version ${declared.text}: ${dateProblem}`,
      location: input.location,
      remediation: `Declare ${next}.`,
    });
  }
  if (!previous || !input.previous) {
    findings.push({
      code: 'VERSION_FIRST_RELEASE',
      severity: 'note',
      message: `no earlier release tag is reachable from HEAD, so ${declared.text} is treated as the first release`,
      location: input.location,
    });
    return {
      declaredBump: 'first',
      requiredBump: 'first',
      next,
      findings,
      rationale: `No earlier release tag is reachable from HEAD; ${declared.text} is the first release${dateProblem ? `, but ${dateProblem}` : ''}.`,
    };
  }
  const tag = visibleText(input.previous.tag);
  const order = compareCalver(declared, previous);
  if (order <= 0) {
    findings.push({
      code: order === 0 ? 'VERSION_SAME_AS_PREVIOUS' : 'VERSION_NOT_INCREASED',
      severity: 'error',
      message:
        order === 0
          ? `release.version ${declared.text} is the version of the previous release (tag ${tag})`
          : `release.version ${declared.text} is lower than the previous release ${previous.text} (tag ${tag})`,
      location: input.location,
      remediation: `Declare ${next}.`,
    });
  }
  const sameCalendar = sameCalendarParts(format, declared, previous);
  const declaredBump: Bump =
    order <= 0
      ? 'none'
      : sameCalendar
        ? counterChange(format, previous, declared)
        : 'calendar';
  if (options.hybrid && order > 0 && sameCalendar && required !== 'none') {
    const minimal = bumpCounters(format, previous.values, required);
    if (compareCounters(format, declared.values, minimal) < 0) {
      const drivers = commitsAsking(input.commits, input.commitBump);
      findings.push({
        code: 'VERSION_BUMP_TOO_LOW',
        severity: 'error',
        message: `release.version ${declared.text} is a ${declaredBump} bump from ${previous.text}, but the commits since ${tag} require a ${required} bump (at least ${next}): ${describeCommits(drivers)}`,
        location: input.location,
        remediation: `Declare ${next}.`,
        details: { commits: drivers.slice(0, 50).map((commit) => commit.sha) },
      });
    }
  }
  return {
    declaredBump,
    requiredBump: required,
    next,
    findings,
    rationale: rationaleFor(
      options,
      declared,
      previous,
      tag,
      required,
      declaredBump,
      dateProblem,
    ),
  };
}

function rationaleFor(
  options: CalverOptions,
  declared: CalverVersion,
  previous: CalverVersion,
  tag: string,
  required: CommitBump,
  declaredBump: Bump,
  dateProblem: string | undefined,
): string {
  const date = dateProblem
    ? `; ${dateProblem}`
    : '; its calendar parts match the release date';
  const scope = options.hybrid
    ? ` The commits since ${tag} require ${required === 'none' ? 'no particular' : `a ${required}`} counter bump while the calendar parts stay the same.`
    : '';
  return `${declared.text} follows ${previous.text} (${tag}) with a ${declaredBump} change${date}.${scope}`;
}

// The format may lack the token a commit asks for (YYYY.MINOR.MICRO has
// no MAJOR): the largest counter it has then stands in.
function capToFormat(bump: CommitBump, format: CalverFormat): CommitBump {
  if (bump === 'none') return 'none';
  const present = significance.filter((level) =>
    format.tokens.some((token) => counterBump[token] === level),
  );
  if (present.length === 0) return 'none';
  const wanted = significance.indexOf(bump);
  return (
    present.find((level) => significance.indexOf(level) >= wanted) ??
    present[0] ??
    'none'
  );
}

function checkCalendar(
  format: CalverFormat,
  version: CalverVersion,
  today: Date,
  window: number,
): string | undefined {
  for (let back = 0; back <= window; back += 1) {
    const day = new Date(today.getTime() - back * 86_400_000);
    if (calendarMatches(format, version, day)) return undefined;
  }
  const expected = formatCalverVersion(format, todayValues(format, today, []));
  const day = today.toISOString().slice(0, 10);
  return window === 0
    ? `its calendar parts do not match today's date (${day} UTC) in the format ${format.source} (expected the calendar parts of ${expected})`
    : `its calendar parts do not match any day from ${window} day${window === 1 ? '' : 's'} before ${day} (UTC) to that day in the format ${format.source}`;
}

function calendarMatches(
  format: CalverFormat,
  version: CalverVersion,
  day: Date,
): boolean {
  return format.tokens.every(
    (token, index) =>
      !isCalendarToken(token) ||
      version.values[index] === calendarValue(token, day),
  );
}

function sameCalendarParts(
  format: CalverFormat,
  a: CalverVersion,
  b: CalverVersion,
): boolean {
  return format.tokens.every(
    (token, index) =>
      !isCalendarToken(token) || a.values[index] === b.values[index],
  );
}

function counterChange(
  format: CalverFormat,
  from: CalverVersion,
  to: CalverVersion,
): Bump {
  for (const level of significance) {
    const index = format.tokens.findIndex(
      (token) => counterBump[token] === level,
    );
    if (index >= 0 && (to.values[index] ?? 0) > (from.values[index] ?? 0)) {
      return level;
    }
  }
  return 'prerelease';
}

// Counters with `level` raised by one and the smaller counters reset.
function bumpCounters(
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

function compareCounters(
  format: CalverFormat,
  a: readonly number[],
  b: readonly number[],
): number {
  for (const level of significance) {
    const index = format.tokens.findIndex(
      (token) => counterBump[token] === level,
    );
    if (index < 0) continue;
    const diff = (a[index] ?? 0) - (b[index] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

function todayValues(
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
    .find((level) =>
      format.tokens.some((token) => counterBump[token] === level),
    );
  const level = hybrid && required !== 'none' ? required : smallest;
  if (!level) return formatCalverVersion(format, previous.values);
  return formatCalverVersion(
    format,
    todayValues(format, today, bumpCounters(format, previous.values, level)),
  );
}
