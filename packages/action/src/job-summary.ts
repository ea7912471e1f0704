/**
 * The job summary of a stage: verdict, counts, and a table of findings.
 * Untrusted text is escaped so it cannot break the table or mention anyone.
 */
import * as core from '@actions/core';
import type { StageContext, StageReport } from '@shipshape/core';

/** Escapes text for a Markdown table cell: no HTML, no pipes, no mentions. */
export function markdownCell(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+!|<>~]/g, (char) => `\\${char}`)
    .replace(/@/g, '@\u200b')
    .replace(/\r?\n/g, ' ');
}

/** Appends a stage's summary to GITHUB_STEP_SUMMARY when the runner has one. */
export async function writeSummary(
  title: string,
  report: StageReport,
  context: StageContext,
): Promise<void> {
  if (!process.env['GITHUB_STEP_SUMMARY']) return;
  const { error, warning, note } = report.counts;
  const rows = report.findings
    .slice(0, 200)
    .map((finding) => [
      finding.severity,
      markdownCell(finding.code),
      markdownCell(context.secrets.redact(finding.message)),
      markdownCell(
        finding.location
          ? `${finding.location.file}${finding.location.line ? `:${finding.location.line}` : ''}`
          : '',
      ),
      markdownCell(finding.owner ?? ''),
    ]);
  let text = `## ${title}: ${report.ok ? '✅ pass' : '❌ fail'}\n\n${error} errors, ${warning} warnings, ${note} notes\n\n`;
  if (rows.length > 0) {
    text +=
      '| severity | code | message | where | owner |\n|---|---|---|---|---|\n';
    text += rows.map((row) => `| ${row.join(' | ')} |`).join('\n');
    text += '\n';
    if (report.findings.length > rows.length) {
      text += `\n…and ${report.findings.length - rows.length} more in the report.\n`;
    }
  }
  await core.summary.addRaw(text).write();
}
