/**
 * Counts for the job summary and the report: vulnerability findings by
 * advisory severity, and how many findings block the release.
 */
import type { Finding } from '../findings.ts';

/** Vulnerability counts by severity, plus the number of blocking findings. */
export interface ScanSummary {
  bySeverity: Record<
    'critical' | 'high' | 'moderate' | 'low' | 'unknown',
    number
  >;
  blocking: number;
  excepted: number;
}

/** Summarises a scan's findings. */
export function scanSummary(findings: readonly Finding[]): ScanSummary {
  const bySeverity: ScanSummary['bySeverity'] = {
    critical: 0,
    high: 0,
    moderate: 0,
    low: 0,
    unknown: 0,
  };
  for (const finding of findings) {
    if (!finding.advisory) continue;
    const level = finding.details?.['severity'];
    const key =
      typeof level === 'string' && level in bySeverity
        ? (level as keyof typeof bySeverity)
        : 'unknown';
    bySeverity[key] += 1;
  }
  return {
    bySeverity,
    blocking: findings.filter((finding) => finding.severity === 'error').length,
    excepted: findings.filter(
      (finding) =>
        finding.details?.['exception'] !== undefined &&
        finding.severity === 'note',
    ).length,
  };
}

/** A Markdown section: counts by severity and the findings that block. */
export function scanSummaryMarkdown(
  findings: readonly Finding[],
  escape: (text: string) => string,
): string {
  const summary = scanSummary(findings);
  const rows = Object.entries(summary.bySeverity).map(
    ([level, count]) => `| ${level} | ${count} |`,
  );
  let text = `\n### Vulnerabilities by severity\n\n| severity | findings |\n|---|---|\n${rows.join('\n')}\n\n`;
  const blocking = findings.filter((finding) => finding.severity === 'error');
  text += `### What blocks the release (${blocking.length})\n\n`;
  if (blocking.length === 0) return `${text}Nothing blocks.\n`;
  text +=
    '| code | component | advisory | fix | owner |\n|---|---|---|---|---|\n';
  text += blocking
    .slice(0, 100)
    .map(
      (finding) =>
        `| ${[finding.code, finding.component ?? '', finding.advisory ?? '', finding.remediation ?? '', finding.owner ?? ''].map(escape).join(' | ')} |`,
    )
    .join('\n');
  return `${text}\n`;
}
