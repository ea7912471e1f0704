/**
 * The calver and hybrid decisions. Calendar parts must name today (UTC),
 * or a day within the policy's release window before it, and the version
 * must increase. In a hybrid scheme the counters MAJOR, MINOR and MICRO
 * also carry Conventional Commits meaning while the calendar parts stay
 * the same; a new calendar period resets them.
 */
import { visibleText } from '../text/visible-text.ts';
import type { Finding, Location } from '../findings.ts';
import {
  calendarValue,
  compareCalver,
  formatCalverVersion,
  isCalendarToken,
  parseCalverVersion,
  type CalverFormat,
  type CalverVersion,
} from './calver-format.ts';
import {
  bumpCounters,
  capToFormat,
  compareCounters,
  counterChange,
  nextCalver,
  sameCalendarParts,
  todayValues,
} from './calver-counters.ts';
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

/** Reads versions of one format, for tag discovery. */
export function calverReader(format: CalverFormat) {
  return {
    parse: (text: string) => parseCalverVersion(format, text),
    compare: compareCalver,
  };
}

/** Facts shared by the steps of one decision. */
interface Judgement {
  input: DecisionInput<CalverVersion>;
  options: CalverOptions;
  declared: CalverVersion;
  required: CommitBump;
  next: string;
}

/** Decides a calver or hybrid release. */
export function decideCalver(
  input: DecisionInput<CalverVersion>,
  options: CalverOptions,
): SchemeDecision {
  const { format } = options;
  const previous = input.previous;
  const required = options.hybrid
    ? capToFormat(input.commitBump, format)
    : 'none';
  const next = nextCalver(
    format,
    previous?.version,
    required,
    input.today,
    options.hybrid,
  );
  const declared = parseCalverVersion(format, input.declared);
  if (!declared) return formatMismatch(input, format, required, next);

  const judgement = { input, options, declared, required, next };
  const dateProblem = checkCalendar(
    format,
    declared,
    input.today,
    options.releaseWindow,
  );
  const findings: Finding[] = [];
  if (dateProblem) {
    findings.push(finding('VERSION_DATE_MISMATCH', judgement, dateProblem));
  }
  if (!previous) return firstRelease(judgement, findings, dateProblem);
  return judgeIncrease(judgement, previous, findings, dateProblem);
}

function judgeIncrease(
  judgement: Judgement,
  previousTag: { tag: string; version: CalverVersion },
  findings: Finding[],
  dateProblem: string | undefined,
): SchemeDecision {
  const { options, declared, required, next, input } = judgement;
  const { format } = options;
  const previous = previousTag.version;
  const tag = visibleText(previousTag.tag);
  const order = compareCalver(declared, previous);
  if (order === 0) {
    findings.push(
      finding(
        'VERSION_SAME_AS_PREVIOUS',
        judgement,
        `is the version of the previous release (tag ${tag})`,
      ),
    );
  } else if (order < 0) {
    findings.push(
      finding(
        'VERSION_NOT_INCREASED',
        judgement,
        `is lower than the previous release ${previous.text} (tag ${tag})`,
      ),
    );
  }
  const sameCalendar = sameCalendarParts(format, declared, previous);
  const declaredBump: Bump =
    order <= 0
      ? 'none'
      : sameCalendar
        ? counterChange(format, previous, declared)
        : 'calendar';
  const hybridRule = options.hybrid && order > 0 && sameCalendar;
  if (hybridRule && required !== 'none') {
    const minimal = bumpCounters(format, previous.values, required);
    if (compareCounters(format, declared.values, minimal) < 0) {
      const drivers = commitsAsking(input.commits, input.commitBump);
      findings.push({
        ...finding(
          'VERSION_BUMP_TOO_LOW',
          judgement,
          `is a ${declaredBump} bump from ${previous.text}, but the commits since ${tag} require a ${required} bump (at least ${next}): ${describeCommits(drivers)}`,
        ),
        details: { commits: drivers.slice(0, 50).map((commit) => commit.sha) },
      });
    }
  }
  const date = dateProblem
    ? `, but it ${dateProblem}`
    : '; its calendar parts match the release date';
  const scope = options.hybrid
    ? ` The commits since ${tag} require ${required === 'none' ? 'no particular' : `a ${required}`} counter bump while the calendar parts stay the same.`
    : '';
  return {
    declaredBump,
    requiredBump: required,
    next,
    findings,
    rationale: `${declared.text} follows ${previous.text} (${tag}) with a ${declaredBump} change${date}.${scope}`,
  };
}

function finding(code: string, judgement: Judgement, problem: string): Finding {
  const location: Location = judgement.input.location;
  return {
    code,
    severity: 'error',
    message: `release.version ${judgement.declared.text} ${problem}`,
    location,
    remediation: `Declare ${judgement.next}.`,
  };
}

function formatMismatch(
  input: DecisionInput<CalverVersion>,
  format: CalverFormat,
  required: CommitBump,
  next: string,
): SchemeDecision {
  const declared = visibleText(input.declared);
  return {
    declaredBump: 'none',
    requiredBump: required,
    next,
    rationale: `release.version "${declared}" does not fit the format ${format.source}.`,
    findings: [
      {
        code: 'VERSION_FORMAT_MISMATCH',
        severity: 'error',
        message: `release.version "${declared}" does not fit versioning.format ${format.source}`,
        location: input.location,
        remediation: `Write a version such as ${next}.`,
      },
    ],
  };
}

function firstRelease(
  judgement: Judgement,
  findings: Finding[],
  dateProblem: string | undefined,
): SchemeDecision {
  const { declared, next, input } = judgement;
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
    rationale: `No earlier release tag is reachable from HEAD; ${declared.text} is the first release${dateProblem ? `, but it ${dateProblem}` : ''}.`,
  };
}

// Undefined when the calendar parts name a day of the window; otherwise
// what is wrong, for the finding.
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
    ? `has calendar parts that do not match today's date (${day} UTC) in the format ${format.source} (expected the calendar parts of ${expected})`
    : `has calendar parts that match no day from ${window} day${window === 1 ? '' : 's'} before ${day} (UTC) to that day in the format ${format.source}`;
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
