/**
 * The facts the summary and the HTML report are drawn from, gathered once
 * from the run, the policy, the journal and the SBOM evidence.
 */
import type { JournalRecord } from '../journal/journal.ts';
import type { StepFinding, StepResult, Verdict } from './run-report.ts';

/** An exception from policy.yaml, flattened to text for display. */
export interface ExceptionFact {
  id: string;
  scope: string;
  reason: string;
  owner: string;
  approvers: string;
  expires: string;
}

/** Everything the human-readable parts of the dossier show. */
export interface DossierFacts {
  verdict: Verdict;
  release: { id: string; version: string };
  commit: string;
  createdAt: string;
  releaseOwner: string;
  steps: StepResult[];
  findings: StepFinding[];
  exceptions: ExceptionFact[];
  /** Journal records of kind exception or override. */
  overrides: JournalRecord[];
  /** Components per licence expression, from the SBOMs. */
  licences: [string, number][];
}

/** Flattens the policy's `exceptions` list for display. */
export function exceptionFacts(list: unknown): ExceptionFact[] {
  if (!Array.isArray(list)) return [];
  return list.map((item: unknown) => {
    const record = (item ?? {}) as Record<string, unknown>;
    const text = (key: string) => {
      const value = record[key];
      if (Array.isArray(value)) return value.map(String).join(', ');
      if (value !== null && typeof value === 'object')
        return JSON.stringify(value);
      if (value === undefined || value === null) return '-';
      return typeof value === 'string' ? value : JSON.stringify(value);
    };
    return {
      id: text('id'),
      scope: text('scope'),
      reason: text('reason'),
      owner: text('owner'),
      approvers: text('approvers'),
      expires: text('expires'),
    };
  });
}
