/**
 * The override: a release that breaks the versioning rules may still pass
 * when release.override names a reason, a ticket and two distinct
 * approvers, none of whom authored the release (HEAD) commit. Only the
 * rules below can be overridden; a malformed version or drift cannot.
 */
import type { Finding, Location } from '../findings.ts';
import type { ReleaseInfo } from '../manifest/release-manifest.ts';
import { visibleText } from '../text/visible-text.ts';

/** Finding codes an accepted override turns into notes. */
export const overridableCodes: ReadonlySet<string> = new Set([
  'VERSION_BUMP_TOO_LOW',
  'VERSION_SAME_AS_PREVIOUS',
  'VERSION_NOT_INCREASED',
  'VERSION_DATE_MISMATCH',
  'COMMIT_TICKET_MISSING',
  'COMMIT_INCIDENT_MISSING',
  'TICKET_ISSUE_NOT_FOUND',
  'TICKET_ISSUE_LABEL_MISSING',
  'TICKET_ISSUE_LABEL_FORBIDDEN',
  'TICKET_ISSUE_STATE',
]);

/** Minimum number of distinct approvers. */
export const requiredApprovers = 2;

/** The outcome of applying an override. */
export interface OverrideOutcome {
  findings: Finding[];
  /** Set when the override was accepted and used. */
  applied?: {
    reason: string;
    ticket: string;
    approvers: string[];
    overridden: string[];
  };
}

/** The author of the release commit. */
export interface Author {
  name: string;
  email: string;
}

/**
 * Applies release.override to the findings: accepted, the overridable
 * errors become notes; refused, they stay and a finding says why.
 */
export function applyOverride(
  release: ReleaseInfo,
  findings: readonly Finding[],
  author: Author,
  location: Location,
): OverrideOutcome {
  const override = release.override;
  if (!override) return { findings: [...findings] };
  const breaking = findings.filter(
    (finding) =>
      finding.severity === 'error' && overridableCodes.has(finding.code),
  );
  if (breaking.length === 0) {
    return {
      findings: [
        ...findings,
        {
          code: 'OVERRIDE_UNUSED',
          severity: 'note',
          message:
            'release.override is present, but no versioning rule needed it',
          location,
          remediation: 'Remove release.override.',
        },
      ],
    };
  }
  const problem = approverProblem(override.approvers, author);
  if (problem) {
    return {
      findings: [
        ...findings,
        {
          code: 'OVERRIDE_REJECTED',
          severity: 'error',
          message: `release.override cannot be accepted: ${problem}`,
          location,
          remediation: `Have ${requiredApprovers} people other than the release commit's author approve the override.`,
        },
      ],
    };
  }
  const overridden = [
    ...new Set(breaking.map((finding) => finding.code)),
  ].sort();
  const kept = findings.map((finding) =>
    breaking.includes(finding)
      ? {
          ...finding,
          severity: 'note' as const,
          message: `overridden (release.override, ticket ${visibleText(override.ticket)}): ${finding.message}`,
        }
      : finding,
  );
  kept.push({
    code: 'VERSION_OVERRIDDEN',
    severity: 'warning',
    message: `release.override lets this release pass despite ${overridden.join(', ')}; reason: ${visibleText(override.reason)}; ticket ${visibleText(override.ticket)}; approved by ${override.approvers.map((a) => visibleText(a)).join(', ')}`,
    location,
  });
  return {
    findings: kept,
    applied: {
      reason: override.reason,
      ticket: override.ticket,
      approvers: distinctApprovers(override.approvers),
      overridden,
    },
  };
}

function approverProblem(
  approvers: readonly string[],
  author: Author,
): string | undefined {
  const distinct = distinctApprovers(approvers);
  const authorIds = new Set(
    [author.name, author.email].map(normalise).filter((id) => id !== ''),
  );
  const isAuthor = distinct.filter((approver) =>
    identities(approver).some((id) => authorIds.has(id)),
  );
  if (isAuthor.length > 0) {
    return `${isAuthor.map((a) => visibleText(a)).join(', ')} authored the release commit and cannot approve its override`;
  }
  if (distinct.length < requiredApprovers) {
    return `it names ${distinct.length} distinct approver${distinct.length === 1 ? '' : 's'}; ${requiredApprovers} are required`;
  }
  return undefined;
}

// "Name <mail>" names a person by both; either may be the author.
function identities(approver: string): string[] {
  const match = /^([^<>]*)<([^<>]+)>\s*$/.exec(approver);
  if (!match) return [normalise(approver)];
  return [normalise(match[1] ?? ''), normalise(match[2] ?? '')].filter(
    (id) => id !== '',
  );
}

function distinctApprovers(approvers: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const approver of approvers) {
    const key = identities(approver).at(-1) ?? '';
    if (key !== '' && !seen.has(key)) seen.set(key, approver.trim());
  }
  return [...seen.values()];
}

// Approvers are compared without case, surrounding space or a leading @
// or mailto:, so "Ann@x.org" and " ann@x.org" are one person.
function normalise(id: string): string {
  return id
    .trim()
    .toLowerCase()
    .replace(/^(mailto:|@)/, '');
}
