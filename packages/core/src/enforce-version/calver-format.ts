/**
 * calver.org formats: parsing a format such as `YYYY.0M.MICRO`, reading a
 * version against it, and writing a date into it. Calendar tokens take
 * their values from a UTC date; MAJOR, MINOR and MICRO are counters.
 */
import { UserError } from '../errors.ts';

/** Tokens that name a part of the date. */
export type CalendarToken =
  'YYYY' | 'YY' | '0Y' | 'MM' | '0M' | 'WW' | '0W' | 'DD' | '0D';

/** Tokens that count releases. */
export type CounterToken = 'MAJOR' | 'MINOR' | 'MICRO';

export type FormatToken = CalendarToken | CounterToken;

/** One part of a parsed format. */
export type FormatPart =
  { kind: 'token'; token: FormatToken } | { kind: 'separator'; text: string };

/** A parsed format. */
export interface CalverFormat {
  source: string;
  parts: FormatPart[];
  /** The tokens in order. */
  tokens: FormatToken[];
}

/** A version read against a format: one number per token, and a modifier. */
export interface CalverVersion {
  text: string;
  values: number[];
  modifier?: string;
}

const tokenPattern = /MAJOR|MINOR|MICRO|YYYY|0Y|YY|0M|MM|0W|WW|0D|DD/y;
const calendarTokens = new Set<string>([
  'YYYY',
  'YY',
  '0Y',
  'MM',
  '0M',
  'WW',
  '0W',
  'DD',
  '0D',
]);

/** True for a token that names part of the date. */
export function isCalendarToken(token: FormatToken): token is CalendarToken {
  return calendarTokens.has(token);
}

/** Parses a format; anything but tokens and . _ - separators is exit 2. */
export function parseCalverFormat(source: string, file: string): CalverFormat {
  const parts: FormatPart[] = [];
  let at = 0;
  while (at < source.length) {
    tokenPattern.lastIndex = at;
    const match = tokenPattern.exec(source);
    if (match) {
      parts.push({ kind: 'token', token: match[0] as FormatToken });
      at += match[0].length;
    } else if ('._-'.includes(source.charAt(at))) {
      parts.push({ kind: 'separator', text: source.charAt(at) });
      at += 1;
    } else {
      throw formatError(
        file,
        `versioning.format "${source}" has an unknown token at "${source.slice(at, at + 8)}"; use YYYY, YY, 0Y, MM, 0M, WW, 0W, DD, 0D, MAJOR, MINOR, MICRO joined by . _ or -`,
      );
    }
  }
  const tokens = parts.flatMap((part) =>
    part.kind === 'token' ? [part.token] : [],
  );
  if (!tokens.some(isCalendarToken)) {
    throw formatError(
      file,
      `versioning.format "${source}" has no calendar token (YYYY, YY, 0Y, MM, 0M, WW, 0W, DD or 0D)`,
    );
  }
  return { source, parts, tokens };
}

function formatError(file: string, message: string): UserError {
  return new UserError('POLICY_FORMAT_INVALID', message, {
    file,
    field: 'versioning.format',
  });
}

const digitsFor: Record<FormatToken, string> = {
  YYYY: '([0-9]{4})',
  YY: '(0|[1-9][0-9]{0,2})',
  '0Y': '([0-9]{2,3})',
  MM: '([1-9][0-9]?)',
  '0M': '([0-9]{2})',
  WW: '([1-9][0-9]?)',
  '0W': '([0-9]{2})',
  DD: '([1-9][0-9]?)',
  '0D': '([0-9]{2})',
  MAJOR: '(0|[1-9][0-9]{0,8})',
  MINOR: '(0|[1-9][0-9]{0,8})',
  MICRO: '(0|[1-9][0-9]{0,8})',
};

/** Reads `text` against the format; undefined when it does not fit. */
export function parseCalverVersion(
  format: CalverFormat,
  text: string,
): CalverVersion | undefined {
  if (text.length > 128) return undefined;
  const body = format.parts
    .map((part) =>
      part.kind === 'token' ? digitsFor[part.token] : `\\${part.text}`,
    )
    .join('');
  const match = new RegExp(`^${body}(?:-([0-9A-Za-z][0-9A-Za-z.-]*))?$`).exec(
    text,
  );
  if (!match) return undefined;
  const values = format.tokens.map((_, index) => Number(match[index + 1]));
  const modifier = match[format.tokens.length + 1];
  return modifier === undefined ? { text, values } : { text, values, modifier };
}

/** The value a calendar token takes on a UTC date. */
export function calendarValue(token: CalendarToken, date: Date): number {
  switch (token) {
    case 'YYYY':
      return date.getUTCFullYear();
    case 'YY':
    case '0Y':
      return date.getUTCFullYear() - 2000;
    case 'MM':
    case '0M':
      return date.getUTCMonth() + 1;
    case 'WW':
    case '0W':
      return weekOfYear(date);
    case 'DD':
    case '0D':
      return date.getUTCDate();
  }
}

// calver.org's week: weeks since the start of the year, the first being 1
// (days 1 to 7 are week 1), not the ISO 8601 week.
function weekOfYear(date: Date): number {
  const start = Date.UTC(date.getUTCFullYear(), 0, 1);
  const day = Math.floor((date.getTime() - start) / 86_400_000);
  return Math.floor(day / 7) + 1;
}

/** Writes one token's value as the format spells it. */
export function spellToken(token: FormatToken, value: number): string {
  const padded = token.startsWith('0');
  return padded ? String(value).padStart(2, '0') : String(value);
}

/** Writes values into the format. */
export function formatCalverVersion(
  format: CalverFormat,
  values: readonly number[],
): string {
  let index = 0;
  return format.parts
    .map((part) => {
      if (part.kind === 'separator') return part.text;
      const value = values[index] ?? 0;
      index += 1;
      return spellToken(part.token, value);
    })
    .join('');
}

/**
 * Compares two versions of the same format, part by part; a version with
 * a modifier comes before the same numbers without one.
 */
export function compareCalver(a: CalverVersion, b: CalverVersion): number {
  for (let index = 0; index < a.values.length; index += 1) {
    const diff = (a.values[index] ?? 0) - (b.values[index] ?? 0);
    if (diff !== 0) return diff;
  }
  if (a.modifier === b.modifier) return 0;
  if (a.modifier === undefined) return 1;
  if (b.modifier === undefined) return -1;
  return a.modifier < b.modifier ? -1 : 1;
}
