/**
 * Certificate subjects matched against user-written patterns, in linear
 * time (RE2 syntax), always against the whole subject.
 */
import type { RE2JS } from 're2js';
import { UserError } from '../errors.ts';
import { limits } from '../limits.ts';

/**
 * True when `pattern` matches all of `subject`; exit 2 when malformed. The
 * RE2 engine is loaded on first use: most signing runs match no pattern,
 * and it is a quarter of a megabyte to compile at start-up.
 */
export async function subjectMatches(
  pattern: string,
  subject: string,
  field: string,
): Promise<boolean> {
  if (pattern.length > limits.patternLength) {
    throw new UserError(
      'PATTERN_TOO_LONG',
      `${field} is longer than ${limits.patternLength} characters`,
      { field },
    );
  }
  const engine = (await import('re2js')).RE2JS;
  let compiled: RE2JS;
  try {
    compiled = engine.compile(pattern);
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(
      'PATTERN_INVALID',
      `${field} is not a valid regular expression (RE2 syntax): ${reason.slice(0, 120)}`,
      { field },
    );
  }
  return compiled.matches(subject);
}
