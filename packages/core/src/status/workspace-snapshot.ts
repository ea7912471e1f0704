/**
 * A read-only look at a release workspace: the stage reports present, the
 * run report and the journal. Status never writes into the workspace, and
 * a report it cannot read is shown as unreadable rather than hiding the
 * rest of the status.
 */
import { textOf } from './text-field.ts';
import { lstat } from 'node:fs/promises';
import { join } from 'node:path';
import { describeError } from '../errors.ts';
import { isRecord, readJSONFile } from '../input/json-document.ts';
import { Journal, type JournalVerification } from '../journal/journal.ts';
import { stageNames, type StageReport } from '../report.ts';
import type { Clock } from '../clock.ts';
import type { Finding, Severity } from '../findings.ts';

/** A stage report, or why there is none. */
export type ReportSlot =
  | { state: 'present'; report: StageReport }
  | { state: 'absent' }
  | { state: 'unreadable'; reason: string };

/** Everything status reads from a workspace. */
export interface WorkspaceSnapshot {
  root: string;
  exists: boolean;
  stages: Map<(typeof stageNames)[number], ReportSlot>;
  run: ReportSlot;
  journal: JournalVerification;
}

/** Reads the workspace at `root` without creating or changing anything. */
export async function readWorkspaceSnapshot(
  root: string,
  clock: Clock,
): Promise<WorkspaceSnapshot> {
  const stages = new Map<(typeof stageNames)[number], ReportSlot>();
  for (const stage of stageNames) {
    stages.set(stage, await readSlot(join(root, 'reports', `${stage}.json`)));
  }
  const journal = await new Journal(join(root, 'journal.jsonl'), clock)
    .verify()
    .catch((error: unknown): JournalVerification => ({
      ok: false,
      records: [],
      tornTail: false,
      problem: { line: 0, reason: describeError(error) },
    }));
  return {
    root,
    exists: await isPresent(root),
    stages,
    run: await readSlot(join(root, 'reports', 'run.json')),
    journal,
  };
}

async function readSlot(path: string): Promise<ReportSlot> {
  if (!(await isPresent(path))) return { state: 'absent' };
  try {
    const data = await readJSONFile(path, path);
    return { state: 'present', report: toStageReport(data, path) };
  } catch (error: unknown) {
    return { state: 'unreadable', reason: describeError(error) };
  }
}

async function isPresent(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

const severities = new Set<string>(['error', 'warning', 'note']);

/**
 * Checks the parts of a report that status relies on; the rest of the
 * report's fields are passed through untouched for the stage's own view.
 */
function toStageReport(data: unknown, path: string): StageReport {
  if (!isRecord(data) || !Array.isArray(data['findings'])) {
    throw new Error(`${path} is not a stage report (no findings list)`);
  }
  const findings = data['findings'].map((item, index): Finding => {
    if (
      !isRecord(item) ||
      typeof item['code'] !== 'string' ||
      typeof item['message'] !== 'string' ||
      !severities.has(String(item['severity']))
    ) {
      throw new Error(`${path}: findings[${index}] is not a finding`);
    }
    return item as unknown as Finding;
  });
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return {
    ...data,
    stage: data['stage'] as StageReport['stage'],
    ok: data['ok'] === true,
    startedAt: textOf(data['startedAt']),
    finishedAt: textOf(data['finishedAt']),
    findings,
    evidence: Array.isArray(data['evidence'])
      ? (data['evidence'] as StageReport['evidence'])
      : [],
    counts,
  };
}
