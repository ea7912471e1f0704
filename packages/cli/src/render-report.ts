/**
 * The readable listing of a stage report: a verdict line, then findings
 * grouped by file, each with its position, code, owner and remediation.
 */
import { visibleText, type Finding, type StageReport } from '@shipshape/core';

/** Renders a report for a terminal. */
export function renderReport(
  report: StageReport,
  extraLines: readonly string[] = [],
): string {
  const { error, warning, note } = report.counts;
  const verdict = report.ok ? 'PASS' : 'FAIL';
  const lines = [
    `${report.stage}: ${verdict} (${error} error${error === 1 ? '' : 's'}, ${warning} warning${warning === 1 ? '' : 's'}, ${note} note${note === 1 ? '' : 's'})`,
    ...extraLines,
  ];
  for (const [file, findings] of groupByFile(report.findings)) {
    lines.push('', file);
    for (const finding of findings) lines.push(...renderFinding(finding));
  }
  if (report.evidence.length > 0) {
    lines.push('', 'evidence:');
    for (const item of report.evidence)
      lines.push(`  ${item.path}  sha256:${item.sha256}`);
  }
  return `${lines.join('\n')}\n`;
}

function groupByFile(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const file = finding.location?.file ?? '(release)';
    const group = groups.get(file) ?? [];
    group.push(finding);
    groups.set(file, group);
  }
  return groups;
}

function renderFinding(finding: Finding): string[] {
  const where = finding.location?.line
    ? `${finding.location.line}:${finding.location.column ?? 1}`
    : '-';
  const lines = [
    `  ${where.padEnd(7)} ${finding.severity.padEnd(7)} ${finding.code}  ${visibleText(finding.message, 400)}`,
  ];
  if (finding.owner)
    lines.push(`          owner: ${visibleText(finding.owner)}`);
  if (finding.remediation)
    lines.push(`          fix: ${visibleText(finding.remediation, 400)}`);
  return lines;
}
