/**
 * Findings: what a stage reports when the release breaks one of its rules.
 * A finding is data, never an exception; the stage fails when any finding
 * has severity `error`.
 */

/** How much a finding matters; only `error` fails a stage. */
export type Severity = 'error' | 'warning' | 'note';

/** Where a finding points: a file, a JSON pointer inside it, and a position. */
export interface Location {
  file: string;
  pointer?: string;
  /** 1-based line in the user's file. */
  line?: number;
  /** 1-based column in the user's file. */
  column?: number;
}

/**
 * One broken rule. `code` is stable and documented; `message` is for people.
 * `component` is a package URL when the finding is about a package;
 * `advisory` is an OSV id when it is about a vulnerability.
 */
export interface Finding {
  code: string;
  severity: Severity;
  message: string;
  location?: Location;
  owner?: string;
  remediation?: string;
  component?: string;
  advisory?: string;
  /** Further structured facts a stage wants to keep with the finding. */
  details?: Record<string, unknown>;
}

const severityRank: Record<Severity, number> = {
  error: 0,
  warning: 1,
  note: 2,
};

/** Orders findings by severity, file, line, column, code and message. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    severityRank[a.severity] - severityRank[b.severity] ||
    compareText(a.location?.file, b.location?.file) ||
    (a.location?.line ?? 0) - (b.location?.line ?? 0) ||
    (a.location?.column ?? 0) - (b.location?.column ?? 0) ||
    compareText(a.code, b.code) ||
    compareText(a.component, b.component) ||
    compareText(a.message, b.message)
  );
}

function compareText(a = '', b = ''): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/** Counts findings per severity, always with all three keys present. */
export function countBySeverity(
  findings: readonly Finding[],
): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** True when any finding has severity `error`. */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
