/**
 * Reports of one step made in parts: the reusable release workflow runs
 * sign, sbom and publish-dry-run as matrix jobs, one per artifact, and
 * each job leaves its report as `reports/parts/<step>/<job>.json`. The
 * assembling job merges them into the step's one report: it passes only
 * when every part passed, and it lists every part's findings and evidence.
 */
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../errors.ts';
import { sortFindings, type Finding, type Severity } from '../findings.ts';
import { canonicalJSON } from '../input/canonical-json.ts';
import { isRecord, readJSONFile } from '../input/json-document.ts';
import { sha256Hex } from '../hashing/file-digest.ts';
import type { Evidence, StageName, StageReport } from '../report.ts';

/** One part as read, for the journal. */
export interface ReportPart {
  /** Relative to the workspace: `reports/parts/<step>/<file>`. */
  path: string;
  sha256: string;
  ok: boolean;
}

/** A merged report and the parts it came from. */
export interface MergedReport {
  report: StageReport;
  parts: ReportPart[];
}

const fixedKeys = new Set([
  'stage',
  'ok',
  'startedAt',
  'finishedAt',
  'findings',
  'evidence',
  'counts',
]);

/** At most this many parts per step (a matrix has at most 256 jobs). */
const maxParts = 256;

/**
 * Merges `reports/parts/<step>/*.json` of the workspace at `root`, or
 * returns undefined when the step left no parts. A part of another stage,
 * a link, or a malformed part is exit 2 naming the file.
 */
export async function mergeReportParts(
  root: string,
  step: string,
  stage: StageName,
  expected: readonly string[] = [],
): Promise<MergedReport | undefined> {
  const dir = join(root, 'reports', 'parts', step);
  const info = await lstat(dir).catch(() => undefined);
  if (!info) return undefined;
  if (!info.isDirectory()) {
    throw new UserError(
      'REPORT_PARTS_INVALID',
      `${dir} must be a folder of reports (it is a link or a file)`,
      { file: dir },
    );
  }
  const names = (await readdir(dir)).filter((name) => name.endsWith('.json'));
  if (names.length === 0) return undefined;
  if (names.length > maxParts) {
    throw new UserError(
      'REPORT_PARTS_INVALID',
      `${dir} holds ${names.length} reports; at most ${maxParts} parts are merged`,
      { file: dir },
    );
  }
  const reports: StageReport[] = [];
  const parts: ReportPart[] = [];
  for (const name of names.sort()) {
    const path = join(dir, name);
    if ((await lstat(path)).isSymbolicLink()) {
      throw new UserError(
        'REPORT_PARTS_INVALID',
        `${path} is a symbolic link; report parts must be real files`,
        { file: path },
      );
    }
    const report = partReport(await readJSONFile(path, path), stage);
    if (!report) {
      throw new UserError(
        'REPORT_PARTS_INVALID',
        `${path} is not a ${stage} report`,
        { file: path, field: 'stage' },
      );
    }
    reports.push(report);
    parts.push({
      path: `reports/parts/${step}/${name}`,
      sha256: sha256Hex(canonicalJSON(report)),
      ok: report.ok,
    });
  }
  const report = mergeReports(stage, reports, parts);
  return { report: withCoverage(report, step, reports, expected), parts };
}

/**
 * An artifact of the manifest that no part covers (its matrix job failed
 * before writing a report, or its upload is missing) fails the step: a
 * missing part never passes for a passed one.
 */
function withCoverage(
  report: StageReport,
  step: string,
  parts: readonly StageReport[],
  expected: readonly string[],
): StageReport {
  const covered = new Set<string>();
  for (const part of parts) {
    const selected = part['selectedArtifacts'];
    if (!Array.isArray(selected)) return report;
    for (const name of selected) covered.add(String(name));
  }
  const missing = expected.filter((name) => !covered.has(name));
  if (missing.length === 0) return report;
  const finding: Finding = {
    code: 'STEP_PART_MISSING',
    severity: 'error',
    message: `${step}: no report covers ${missing.join(', ')}; its matrix job did not finish or did not upload its part`,
    remediation: 're-run the failed jobs of the release workflow',
  };
  return {
    ...report,
    ok: false,
    findings: sortFindings([...report.findings, finding]),
    counts: { ...report.counts, error: report.counts.error + 1 },
  };
}

function mergeReports(
  stage: StageName,
  reports: readonly StageReport[],
  parts: readonly ReportPart[],
): StageReport {
  const findings = sortFindings(reports.flatMap((report) => report.findings));
  const evidence = uniqueEvidence(reports.flatMap((report) => report.evidence));
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const report of reports) {
    for (const severity of severities)
      counts[severity] += report.counts[severity];
  }
  const times = reports.map((report) => [report.startedAt, report.finishedAt]);
  return {
    stage,
    ok: reports.every((report) => report.ok),
    startedAt: times.map(([start]) => start ?? '').sort()[0] ?? '',
    finishedAt:
      times
        .map(([, end]) => end ?? '')
        .sort()
        .at(-1) ?? '',
    findings,
    evidence,
    counts,
    ...mergedExtras(reports),
    parts: parts.map(({ path, sha256 }) => ({ path, sha256 })),
  };
}

const severities: readonly Severity[] = ['error', 'warning', 'note'];

/** The part as a report of `stage`, or undefined when it is not one. */
function partReport(data: unknown, stage: StageName): StageReport | undefined {
  if (!isRecord(data) || data['stage'] !== stage) return undefined;
  const { ok, startedAt, finishedAt, findings, evidence, counts } = data;
  if (
    typeof ok !== 'boolean' ||
    typeof startedAt !== 'string' ||
    typeof finishedAt !== 'string' ||
    !Array.isArray(findings) ||
    !Array.isArray(evidence) ||
    !evidence.every(
      (item: unknown) =>
        isRecord(item) &&
        typeof item['path'] === 'string' &&
        typeof item['sha256'] === 'string',
    ) ||
    !isRecord(counts) ||
    !severities.every((severity) => typeof counts[severity] === 'number')
  )
    return undefined;
  return data as StageReport;
}

function uniqueEvidence(items: readonly Evidence[]): Evidence[] {
  const seen = new Map<string, Evidence>();
  for (const item of items) seen.set(`${item.path}\n${item.sha256}`, item);
  return [...seen.values()].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
}

/**
 * Fields beyond the shared shape: lists are joined (SBOMs, probe rows,
 * signatures), a value every part agrees on is kept, and a value the
 * parts disagree on (each part's own SHA256SUMS path) is left out; the
 * parts keep it.
 */
function mergedExtras(
  reports: readonly StageReport[],
): Record<string, unknown> {
  const keys = new Set(
    reports.flatMap((report) =>
      Object.keys(report).filter((key) => !fixedKeys.has(key)),
    ),
  );
  const merged: Record<string, unknown> = {};
  for (const key of [...keys].sort()) {
    if (key === 'parts' || key === '__proto__') continue;
    const values = reports.map((report) => report[key]);
    if (values.every(Array.isArray)) {
      merged[key] = values.flat();
      continue;
    }
    const first = canonicalJSON(values[0] ?? null);
    if (values.every((value) => canonicalJSON(value ?? null) === first))
      merged[key] = values[0];
  }
  return merged;
}
