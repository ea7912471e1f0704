/**
 * Change control: every commit since the previous release must reference a
 * ticket matching the policy's pattern, and every commit of a hotfix an
 * incident when the policy names an incident pattern.
 */
import type { Finding, Location } from '../findings.ts';
import type { UserPattern } from './user-pattern.ts';
import type { AnalysedCommit } from './version-decision.ts';
import { describeCommits } from './commit-listing.ts';

/** Which pattern a check applies and how its findings read. */
interface ReferenceRule {
  code: 'COMMIT_TICKET_MISSING' | 'COMMIT_INCIDENT_MISSING';
  what: string;
  field: string;
}

const ticketRule: ReferenceRule = {
  code: 'COMMIT_TICKET_MISSING',
  what: 'a ticket',
  field: 'versioning.tickets',
};
const incidentRule: ReferenceRule = {
  code: 'COMMIT_INCIDENT_MISSING',
  what: 'an incident',
  field: 'versioning.incident',
};

/** Most commits reported one finding each; the rest share one finding. */
const maxSingleFindings = 100;

/** Options for the change-control checks. */
export interface TicketCheckOptions {
  tickets?: UserPattern;
  incident?: UserPattern;
  hotfix: boolean;
  location: Location;
}

/** Findings for commits without the references the policy requires. */
export function checkCommitReferences(
  commits: readonly AnalysedCommit[],
  options: TicketCheckOptions,
): Finding[] {
  const findings: Finding[] = [];
  if (options.tickets) {
    findings.push(
      ...check(commits, options.tickets, ticketRule, options.location),
    );
  }
  if (options.hotfix && options.incident) {
    findings.push(
      ...check(commits, options.incident, incidentRule, options.location),
    );
  }
  return findings;
}

function check(
  commits: readonly AnalysedCommit[],
  pattern: UserPattern,
  rule: ReferenceRule,
  location: Location,
): Finding[] {
  const missing = commits.filter((commit) => !pattern.test(commit.message));
  const findings: Finding[] = missing
    .slice(0, maxSingleFindings)
    .map((commit) => ({
      code: rule.code,
      severity: 'error',
      message: `commit ${describeCommits([commit])} references no ${rule.what.replace(/^an? /, '')} matching ${rule.field} /${pattern.source}/`,
      location,
      remediation: `Reword the commit to name ${rule.what} (e.g. in its subject or a trailer), or cover it with release.override.`,
      details: { commit: commit.sha },
    }));
  const rest = missing.slice(maxSingleFindings);
  if (rest.length > 0) {
    findings.push({
      code: rule.code,
      severity: 'error',
      message: `${rest.length} more commits reference no ${rule.what.replace(/^an? /, '')} matching ${rule.field}: ${describeCommits(rest)}`,
      location,
      details: { commits: rest.slice(0, 1000).map((commit) => commit.sha) },
    });
  }
  return findings;
}
