/**
 * The status as Markdown, for an issue comment, a chat post or the job
 * summary. Every piece of text that came from a report, the manifest or the
 * policy passes through `markdownText`.
 */
import type { Severity } from '../findings.ts';
import { markdownText as md } from './markdown-text.ts';
import type {
  Blocker,
  DryRunRow,
  StageState,
  StatusReport,
} from './status-report.ts';

/** Options for the Markdown rendering. */
export interface StatusMarkdownOptions {
  /** Blockers listed at most; the rest are counted (default 100). */
  maxBlockers?: number;
}

const stateIcon: Record<StageState, string> = {
  passed: '✅ passed',
  failed: '❌ failed',
  'not-run': '⏳ not run',
  unreadable: '⚠️ unreadable',
};

const verdictIcon: Record<StatusReport['verdict'], string> = {
  GO: '✅ GO',
  'NO-GO': '❌ NO-GO',
  PENDING: '⏳ PENDING',
};

/** Renders the status as GitHub-flavoured Markdown. */
export function renderStatusMarkdown(
  status: StatusReport,
  options: StatusMarkdownOptions = {},
): string {
  const sections = [
    headline(status),
    stageTable(status),
    versionSection(status),
    signingSection(status),
    dryRunSection(status.dryRun.rows),
    blockerSection(status.blockers, options.maxBlockers ?? 100),
    exceptionSection(status),
    credentialSection(status),
    notEvaluatedSection(status),
  ];
  return `${sections.filter((text) => text !== '').join('\n\n')}\n`;
}

function headline(status: StatusReport): string {
  const release = status.release
    ? `${md(status.release.id)} (${md(status.release.version)})`
    : 'no release manifest';
  const counts = severityLine(status.counts);
  const lines = [
    `## Release status: ${release}`,
    '',
    `**Verdict:** ${verdictIcon[status.verdict]} · ${String(status.blockers.length)} blocker(s) · ${counts}`,
    `**Manifest:** ${md(status.manifest.file)} is ${status.manifest.state} (${String(status.manifest.artifacts)} artifact(s))${status.manifest.problem ? `: ${md(status.manifest.problem)}` : ''}`,
  ];
  if (!status.journal.ok) {
    lines.push(`**Journal:** ⚠️ broken at ${md(status.journal.problem ?? '')}`);
  }
  lines.push(`_Generated ${status.generatedAt}_`);
  return lines.join('\n');
}

function severityLine(counts: Record<Severity, number>): string {
  return `${String(counts.error)} error(s), ${String(counts.warning)} warning(s), ${String(counts.note)} note(s)`;
}

function stageTable(status: StatusReport): string {
  const rows = status.stages.map(
    (stage) =>
      `| ${stage.stage} | ${stateIcon[stage.state]} | ${String(stage.counts.error)} | ${String(stage.counts.warning)} | ${stage.finishedAt ? md(stage.finishedAt) : ''} |`,
  );
  return [
    '### Stages',
    '',
    '| stage | state | errors | warnings | finished |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

function versionSection(status: StatusReport): string {
  const version = status.version;
  if (!version) return '### Version\n\nNot evaluated yet.';
  return `### Version\n\n${md(version.previousVersion ?? '(none)')} → ${md(version.version ?? '(none)')}: ${md(version.decision ?? 'no decision recorded')}`;
}

function signingSection(status: StatusReport): string {
  if (status.signing.length === 0) return '';
  const rows = status.signing.map(
    (item) =>
      `| ${md(item.artifact)} | ${md(item.owner)} | ${item.state} | ${item.evidence.map((path) => md(path)).join(', ')} |`,
  );
  return [
    '### Signing and SBOM',
    '',
    `SBOM: ${stateIcon[status.sbom.state]}${status.sbom.documents.length > 0 ? ` (${status.sbom.documents.map((path) => md(path)).join(', ')})` : ''}`,
    '',
    '| artifact | owner | signature | evidence |',
    '|---|---|---|---|',
    ...rows,
  ].join('\n');
}

function dryRunSection(rows: readonly DryRunRow[]): string {
  if (rows.length === 0) return '';
  const flag = (value: boolean | null) =>
    value === null ? '–' : value ? '✅' : '❌';
  const lines = rows.map(
    (row) =>
      `| ${md(row.artifact)} | ${md(row.target)} | ${md(row.kind)} | ${flag(row.reachable)} | ${flag(row.authenticated)} | ${flag(row.allowed)} | ${flag(row.versionFree)} | ${flag(row.packageValid)} |`,
  );
  return [
    '### Publish dry run',
    '',
    '| artifact | target | kind | reachable | authenticated | allowed | version free | package valid |',
    '|---|---|---|---|---|---|---|---|',
    ...lines,
  ].join('\n');
}

function blockerSection(blockers: readonly Blocker[], max: number): string {
  if (blockers.length === 0) return '### Open blockers\n\nNone.';
  const rows = blockers.slice(0, max).map((blocker) => {
    const { finding } = blocker;
    const where = finding.location
      ? `${finding.location.file}${finding.location.line ? `:${String(finding.location.line)}` : ''}`
      : (finding.component ?? '');
    return `| ${md(blocker.owner ?? 'unowned')} | ${md(blocker.stage)} | ${md(finding.code)} | ${md(finding.message)} | ${md(where)} |`;
  });
  const more =
    blockers.length > max
      ? [
          ``,
          `…and ${String(blockers.length - max)} more blocker(s) in the JSON status.`,
        ]
      : [];
  return [
    '### Open blockers',
    '',
    '| owner | stage | code | message | where |',
    '|---|---|---|---|---|',
    ...rows,
    ...more,
  ].join('\n');
}

function exceptionSection(status: StatusReport): string {
  if (status.exceptions.length === 0) return '';
  const lines = status.exceptions.map((item) => {
    const when =
      item.daysLeft === null
        ? 'has an unreadable expiry date'
        : item.daysLeft < 0
          ? `expired ${String(-item.daysLeft)} day(s) ago`
          : `expires in ${String(item.daysLeft)} day(s)`;
    return `- ${md(item.id)} (owner ${md(item.owner)}) ${when}: ${md(item.expires)}`;
  });
  return ['### Exceptions about to expire', '', ...lines].join('\n');
}

function credentialSection(status: StatusReport): string {
  if (status.credentials.length === 0) return '';
  const lines = status.credentials.map(
    (finding) =>
      `- **${md(finding.code)}** (${finding.severity}): ${md(finding.message)}`,
  );
  return ['### Credential hygiene', '', ...lines].join('\n');
}

function notEvaluatedSection(status: StatusReport): string {
  if (status.notEvaluated.length === 0) return '';
  return `### Not yet evaluated\n\n${status.notEvaluated.map((stage) => `- ${stage}`).join('\n')}`;
}
