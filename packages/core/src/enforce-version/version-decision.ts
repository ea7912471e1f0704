/**
 * What every scheme's decision produces: the record kept in the report,
 * and the findings about the declared version.
 */
import type { Finding, Location } from '../findings.ts';
import type { ConventionalCommit } from './conventional-commit.ts';
import type { Bump, CommitBump } from './version-bump.ts';
import type { VersionScheme } from './versioning-policy.ts';

/** A commit in range with what it asks for. */
export interface AnalysedCommit {
  sha: string;
  authorName: string;
  authorEmail: string;
  message: string;
  parsed: ConventionalCommit;
}

/** What a scheme's decision needs. */
export interface DecisionInput<V> {
  declared: string;
  previous?: { tag: string; version: V };
  commits: readonly AnalysedCommit[];
  /** The required bump from the commits before any scheme adjustment. */
  commitBump: CommitBump;
  /** Where release.version is written, for findings. */
  location: Location;
  today: Date;
}

/** The outcome of a scheme's decision. */
export interface SchemeDecision {
  declaredBump: Bump;
  requiredBump: Bump;
  /** The version the rules would choose. */
  next: string;
  rationale: string;
  findings: Finding[];
}

/** The decision record kept in the report and the evidence. */
export interface DecisionRecord {
  scheme: VersionScheme;
  previousVersion: string | null;
  previousTag: string | null;
  declaredVersion: string;
  declaredBump: Bump;
  requiredBump: Bump;
  nextVersion: string;
  commitCount: number;
  commits: DecisionCommit[];
  commitsTruncated: boolean;
  rationale: string;
}

/** One commit that drove the decision. */
export interface DecisionCommit {
  sha: string;
  subject: string;
  type: string | null;
  breaking: boolean;
  bump: CommitBump;
}

/** Most commits listed in a decision record or a finding. */
export const maxListedCommits = 1000;

/** The commits that ask for exactly `bump`, for findings and the record. */
export function commitsAsking(
  commits: readonly AnalysedCommit[],
  bump: CommitBump,
): AnalysedCommit[] {
  return commits.filter((commit) => commit.parsed.bump === bump);
}

/** A commit as the decision record lists it. */
export function toDecisionCommit(commit: AnalysedCommit): DecisionCommit {
  return {
    sha: commit.sha,
    subject: commit.parsed.subject.slice(0, 500),
    type: commit.parsed.type ?? null,
    breaking: commit.parsed.breaking,
    bump: commit.parsed.bump,
  };
}
