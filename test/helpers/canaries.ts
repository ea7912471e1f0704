/**
 * Fake secrets and the grep that proves none of them leaked, in any of the
 * forms a log could carry them.
 */
import { expect } from 'vitest';
import { derivedForms } from '@shipshape/core';

/** Canary values: recognisable, never real. */
export const canaries = {
  npmToken: 'npm_CANARYtoken0123456789abcdefABCDEF01',
  password: 'CANARY-pa55w0rd-!@#-zz',
  oidcToken:
    'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJDQU5BUlkiLCJhdWQiOiJzaWdzdG9yZSJ9.Q0FOQVJZc2lnbmF0dXJl',
} as const;

/** Asserts that no form of any secret appears in `text`. */
export function expectNoLeak(
  text: string,
  secrets: readonly string[] = Object.values(canaries),
): void {
  for (const secret of secrets) {
    for (const form of derivedForms(secret)) {
      if (form.length < 6) continue;
      expect(
        text.includes(form),
        `secret form "${form.slice(0, 6)}…" leaked`,
      ).toBe(false);
    }
  }
}
