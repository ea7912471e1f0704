/**
 * Exceptions: an approved, unexpired exception turns the findings it
 * covers into notes. Expired exceptions fail the gate; unapproved ones
 * (no approver other than the owner) do not apply and say so; exceptions
 * that cover nothing are reported as stale.
 */
import type { Finding } from '../findings.ts';
import { scopeMatches } from './purl-scope.ts';
import type { PolicyException } from './scan-policy.ts';

/** An exception that covered at least one finding. */
export interface AppliedException {
  id: string;
  scope: string;
  reason: string;
  owner: string;
  approvers: string[];
  expires: string;
  /** The findings it covered: code, advisory and component of each. */
  covered: { code: string; advisory?: string; component?: string }[];
}

/** The outcome of applying every exception. */
export interface ExceptionOutcome {
  findings: Finding[];
  applied: AppliedException[];
}

/** Applies exceptions to findings at time `now` (see the module comment). */
export function applyExceptions(
  findings: readonly Finding[],
  exceptions: readonly PolicyException[],
  now: Date,
): ExceptionOutcome {
  const result = findings.map((finding) => ({ ...finding }));
  const problems: Finding[] = [];
  const applied: AppliedException[] = [];
  for (const exception of exceptions) {
    const covered = result.filter(
      (finding) => finding.severity !== 'note' && covers(exception, finding),
    );
    const problem = problemWith(exception, now, covered.length);
    if (problem) {
      problems.push(problem);
      continue;
    }
    for (const finding of covered) {
      finding.severity = 'note';
      finding.message = `${finding.message} [excepted until ${exception.expires}: ${exception.reason}]`;
      finding.details = { ...finding.details, exception: exception.id };
    }
    applied.push({
      id: exception.id,
      scope: exception.scope,
      reason: exception.reason,
      owner: exception.owner,
      approvers: exception.approvers,
      expires: exception.expires,
      covered: covered.map(({ code, advisory, component }) => ({
        code,
        advisory,
        component,
      })),
    });
  }
  return { findings: [...result, ...problems], applied };
}

/** True when an exception's id and scope cover a finding. */
export function covers(exception: PolicyException, finding: Finding): boolean {
  const aliases = Array.isArray(finding.details?.['aliases'])
    ? (finding.details['aliases'] as unknown[])
    : [];
  const idMatches =
    exception.id === finding.code ||
    exception.id === finding.advisory ||
    aliases.includes(exception.id);
  return (
    idMatches &&
    finding.component !== undefined &&
    scopeMatches(exception.scope, finding.component)
  );
}

function problemWith(
  exception: PolicyException,
  now: Date,
  matches: number,
): Finding | undefined {
  const base = {
    location: exception.location,
    owner: exception.owner,
    component: exception.scope,
    details: { exception: exception.id },
  };
  if (exception.expiresAt.getTime() < now.getTime()) {
    return {
      ...base,
      code: 'EXCEPTION_EXPIRED',
      severity: 'error',
      message: `the exception for ${exception.id} on ${exception.scope} expired on ${exception.expires}; it no longer applies and fails the gate until it is renewed or removed`,
      remediation:
        'fix what it covered, or renew it with a new expiry and fresh approval',
    };
  }
  if (!approvedByOther(exception)) {
    return {
      ...base,
      code: 'EXCEPTION_UNAPPROVED',
      severity: 'warning',
      message: `the exception for ${exception.id} on ${exception.scope} has no approver other than its owner ${exception.owner}, so it does not apply`,
      remediation: 'have someone other than the owner approve it',
    };
  }
  if (matches === 0) {
    return {
      ...base,
      code: 'EXCEPTION_STALE',
      severity: 'warning',
      message: `the exception for ${exception.id} on ${exception.scope} matched no finding; it is stale`,
      remediation: 'remove the exception from policy.yaml',
    };
  }
  return undefined;
}

function approvedByOther(exception: PolicyException): boolean {
  const owner = identity(exception.owner);
  return exception.approvers.some((approver) => identity(approver) !== owner);
}

function identity(name: string): string {
  return name.trim().replace(/^@/, '').toLowerCase();
}
