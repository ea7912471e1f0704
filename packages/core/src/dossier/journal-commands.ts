/**
 * `shipshape journal verify`: checks a workspace's journal and names the
 * first record that was edited, removed, reordered or torn.
 */
import { join } from 'node:path';
import { Journal, type JournalVerification } from '../journal/journal.ts';
import { systemClock } from '../clock.ts';

/** The outcome of `journal verify`, as printed with `--json`. */
export interface JournalCheck {
  ok: boolean;
  file: string;
  records: number;
  /** The first record that does not hold (1-based line). */
  problem?: { line: number; reason: string };
  tornTail: boolean;
}

/** Verifies `<workspace>/journal.jsonl`; an absent journal is empty and ok. */
export async function verifyWorkspaceJournal(
  workspaceDir: string,
): Promise<JournalCheck> {
  const file = join(workspaceDir, 'journal.jsonl');
  const result: JournalVerification = await new Journal(
    file,
    systemClock,
  ).verify();
  return {
    ok: result.ok,
    file,
    records: result.records.length,
    problem: result.problem,
    tornTail: result.tornTail,
  };
}

/** One line for people. */
export function describeJournalCheck(check: JournalCheck): string {
  if (check.ok) return `${check.file}: ${check.records} records, chain intact`;
  const problem = check.problem;
  return `${check.file} line ${problem?.line ?? 0}: ${problem?.reason ?? 'invalid'} (${check.records} records before it hold)`;
}
