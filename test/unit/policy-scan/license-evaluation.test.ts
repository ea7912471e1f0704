import { describe, expect, it } from 'vitest';
import {
  evaluateLicense,
  type LicenseLists,
} from '@shipshape/core/policy-scan/license-evaluation';

const lists: LicenseLists = {
  allow: [
    'MIT',
    'Apache-2.0',
    'ISC',
    'GPL-2.0-or-later',
    'GPL-2.0-only WITH Classpath-exception-2.0',
    'LicenseRef-acme-internal',
  ],
  deny: ['GPL-3.0-only', 'AGPL-3.0-only'],
};
const kind = (expression: string | undefined, with_ = lists) =>
  evaluateLicense(expression, with_).kind;

describe('licence expressions', () => {
  it('OR passes when any branch is allowed and fails when none is', () => {
    expect(kind('MIT OR BSD-4-Clause')).toBe('allowed');
    expect(kind('BSD-4-Clause OR MIT')).toBe('allowed');
    expect(kind('BSD-4-Clause OR Zlib')).toBe('not-allowed');
  });

  it('AND passes only when every part is allowed', () => {
    expect(kind('MIT AND ISC')).toBe('allowed');
    expect(kind('MIT AND BSD-4-Clause')).toBe('not-allowed');
  });

  it('WITH needs the exception to be allowed together with its licence', () => {
    expect(kind('GPL-2.0-only WITH Classpath-exception-2.0')).toBe('allowed');
    expect(kind('GPL-2.0-only WITH Autoconf-exception-2.0')).toBe(
      'not-allowed',
    );
    expect(kind('MIT WITH Classpath-exception-2.0')).toBe('not-allowed');
  });

  it('+ ranges are met by an allowed later version and not by an earlier one', () => {
    expect(kind('GPL-2.0+')).toBe('allowed');
    expect(kind('Apache-1.0+')).toBe('allowed');
    expect(kind('LGPL-2.1+', { allow: ['MIT'], deny: [] })).toBe('not-allowed');
  });

  it('LicenseRef- identifiers match by exact name', () => {
    expect(kind('LicenseRef-acme-internal')).toBe('allowed');
    expect(kind('LicenseRef-other')).toBe('not-allowed');
    expect(kind('MIT AND LicenseRef-acme-internal')).toBe('allowed');
  });

  it('denies when every alternative needs a denied licence, but not when another branch is allowed', () => {
    expect(evaluateLicense('GPL-3.0-only', lists)).toEqual({
      kind: 'denied',
      licenses: ['GPL-3.0-only'],
    });
    expect(kind('MIT AND AGPL-3.0-only')).toBe('denied');
    expect(kind('GPL-3.0-only OR MIT')).toBe('allowed');
    expect(kind('GPL-3.0-only OR BSD-4-Clause')).toBe('not-allowed');
  });

  it('takes denied entries out of the allow list', () => {
    expect(kind('MIT', { allow: ['MIT'], deny: ['MIT'] })).toBe('denied');
  });

  it('without an allow list, allows everything not denied', () => {
    expect(kind('Zlib', { allow: [], deny: ['GPL-3.0-only'] })).toBe('allowed');
    expect(kind('GPL-3.0-only', { allow: [], deny: ['GPL-3.0-only'] })).toBe(
      'denied',
    );
  });

  it('reports missing, unparseable, over-long and explosive expressions as unknown', () => {
    expect(kind(undefined)).toBe('unknown');
    expect(kind('MIT OR')).toBe('unknown');
    expect(kind('Some Licence 2.0')).toBe('unknown');
    expect(kind(`MIT${' OR MIT'.repeat(1000)}`)).toBe('unknown');
    const explosive = Array.from({ length: 12 }, () => '(MIT OR ISC)').join(
      ' AND ',
    );
    const started = performance.now();
    expect(evaluateLicense(explosive, lists)).toMatchObject({
      kind: 'unknown',
      reason: expect.stringContaining('alternatives') as unknown,
    });
    expect(performance.now() - started).toBeLessThan(200);
  });
});
