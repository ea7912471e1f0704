/**
 * User-supplied regular expressions (ticket and incident patterns from
 * policy.yaml) compiled with re2js, whose matching time is linear in the
 * input: no pattern, however written, can backtrack catastrophically.
 */
import { RE2JS } from 're2js';
import { UserError } from '../errors.ts';
import { limits } from '../limits.ts';

/** A compiled user pattern. */
export interface UserPattern {
  source: string;
  /** True when the pattern occurs anywhere in `text`. */
  test(text: string): boolean;
}

/** Longest text a pattern is run against; longer text is cut. */
export const maxMatchedLength = 64 * 1024;

/**
 * Compiles a pattern the user wrote in `file` at `field`; a pattern that
 * is too long or does not compile is exit 2 naming both.
 */
export function compileUserPattern(
  source: string,
  file: string,
  field: string,
): UserPattern {
  if (source.length > limits.patternLength) {
    throw new UserError(
      'POLICY_PATTERN_TOO_LONG',
      `${field} is longer than ${limits.patternLength} characters`,
      { file, field },
    );
  }
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(source);
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(
      'POLICY_PATTERN_INVALID',
      `${field} is not a valid regular expression (RE2 syntax): ${reason.slice(0, 200)}`,
      { file, field },
    );
  }
  return {
    source,
    test: (text) => compiled.test(text.slice(0, maxMatchedLength)),
  };
}
