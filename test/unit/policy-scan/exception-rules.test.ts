import { describe, expect, it } from 'vitest';
import type { Finding } from '@shipshape/core';
import { applyExceptions } from '@shipshape/core/policy-scan/exception-rules';
import {
  expiryOf,
  type PolicyException,
} from '@shipshape/core/policy-scan/scan-policy';
import { openVEXDocument } from '@shipshape/core/policy-scan/openvex-document';

const now = new Date('2026-12-03T12:00:00Z');
const vuln: Finding = {
  code: 'VULN_AFFECTED',
  severity: 'error',
  message: 'semver@7.3.5 is affected by GHSA-c2qf-rxjj-qqgw',
  advisory: 'GHSA-c2qf-rxjj-qqgw',
  component: 'pkg:npm/semver@7.3.5',
  details: { aliases: ['CVE-2022-25883'] },
};
const licence: Finding = {
  code: 'LICENSE_NOT_ALLOWED',
  severity: 'error',
  message: 'x needs Zlib',
  component: 'pkg:npm/x@1.0.0',
};

function exception(overrides: Partial<PolicyException> = {}): PolicyException {
  const expires = overrides.expires ?? '2027-01-31';
  return {
    id: 'GHSA-c2qf-rxjj-qqgw',
    scope: 'pkg:npm/semver',
    reason: 'only used at build time',
    owner: '@acme/widgets',
    approvers: ['@acme/security'],
    expires,
    expiresAt: expiryOf(expires) ?? new Date(0),
    ...overrides,
  };
}

describe('exceptions', () => {
  it('apply when approved by someone other than the owner and unexpired, turning the finding into a note', () => {
    const { findings, applied } = applyExceptions([vuln], [exception()], now);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      severity: 'note',
      details: { exception: 'GHSA-c2qf-rxjj-qqgw' },
    });
    expect(applied).toHaveLength(1);
    expect(applied[0]?.covered).toEqual([
      {
        code: 'VULN_AFFECTED',
        advisory: 'GHSA-c2qf-rxjj-qqgw',
        component: 'pkg:npm/semver@7.3.5',
      },
    ]);
  });

  it('match by alias, by rule code, and by a scope with a version', () => {
    expect(
      applyExceptions(
        [vuln],
        [exception({ id: 'CVE-2022-25883', scope: 'pkg:npm/semver@7.3.5' })],
        now,
      ).applied,
    ).toHaveLength(1);
    expect(
      applyExceptions(
        [licence],
        [exception({ id: 'LICENSE_NOT_ALLOWED', scope: 'pkg:npm/x' })],
        now,
      ).findings[0]?.severity,
    ).toBe('note');
  });

  it('do not apply to another version than the scope names, and are then stale', () => {
    const { findings, applied } = applyExceptions(
      [vuln],
      [exception({ scope: 'pkg:npm/semver@7.5.0' })],
      now,
    );
    expect(applied).toHaveLength(0);
    expect(findings.map((f) => [f.code, f.severity])).toEqual([
      ['VULN_AFFECTED', 'error'],
      ['EXCEPTION_STALE', 'warning'],
    ]);
  });

  it('fail the gate once expired, and leave the finding as it was', () => {
    const { findings, applied } = applyExceptions(
      [vuln],
      [exception({ expires: '2026-12-02' })],
      now,
    );
    expect(applied).toHaveLength(0);
    expect(findings.map((f) => [f.code, f.severity])).toEqual([
      ['VULN_AFFECTED', 'error'],
      ['EXCEPTION_EXPIRED', 'error'],
    ]);
    expect(findings[1]?.message).toContain('expired on 2026-12-02');
  });

  it('count a date-only expiry as valid through that whole day (UTC)', () => {
    expect(
      applyExceptions([vuln], [exception({ expires: '2026-12-03' })], now)
        .applied,
    ).toHaveLength(1);
  });

  it('do not apply when the only approver is the owner', () => {
    const { findings, applied } = applyExceptions(
      [vuln],
      [exception({ approvers: ['acme/widgets', '@ACME/Widgets'] })],
      now,
    );
    expect(applied).toHaveLength(0);
    expect(findings.map((f) => [f.code, f.severity])).toEqual([
      ['VULN_AFFECTED', 'error'],
      ['EXCEPTION_UNAPPROVED', 'warning'],
    ]);
  });

  it('export applied advisory exceptions as an OpenVEX 0.2.0 document', () => {
    const { applied } = applyExceptions([vuln], [exception()], now);
    const text = openVEXDocument(applied, now, 'shipshape policy-scan');
    const document = JSON.parse(text ?? '{}') as Record<string, unknown>;
    expect(document['@context']).toBe('https://openvex.dev/ns/v0.2.0');
    expect(document['@id']).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(document['statements']).toEqual([
      expect.objectContaining({
        vulnerability: { name: 'GHSA-c2qf-rxjj-qqgw' },
        products: [{ '@id': 'pkg:npm/semver@7.3.5' }],
        status: 'affected',
      }),
    ]);
    expect(openVEXDocument([], now, 'x')).toBeUndefined();
  });
});
