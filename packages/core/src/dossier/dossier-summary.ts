/**
 * SUMMARY.md: the executive summary of a release dossier. The verdict is
 * the first word of the first line; then the stages, the risks with their
 * mitigations, the exceptions in force, and the pending actions with their
 * owners. Untrusted text is escaped so it cannot forge Markdown structure.
 */
import { visibleText } from '../text/visible-text.ts';
import type { DossierFacts } from './dossier-facts.ts';
import type { StepFinding } from './run-report.ts';

/** Renders SUMMARY.md. */
export function renderSummary(facts: DossierFacts): string {
  const lines = [
    `${facts.verdict}: release ${md(facts.release.id)}, version ${md(facts.release.version)}`,
    '',
    `Commit ${md(facts.commit)}; dossier created ${facts.createdAt}.`,
    '',
    '## Stages',
    '',
    '| step | status | errors | warnings | notes |',
    '|---|---|---|---|---|',
    ...facts.steps.map(
      (step) =>
        `| ${step.name} | ${step.status}${step.message ? `: ${md(step.message)}` : ''} | ${step.counts.error} | ${step.counts.warning} | ${step.counts.note} |`,
    ),
    '',
    ...risks(facts.findings),
    ...exceptions(facts),
    ...pendingActions(facts),
  ];
  return `${lines.join('\n')}\n`;
}

function risks(findings: readonly StepFinding[]): string[] {
  const serious = findings.filter((f) => f.severity !== 'note');
  if (serious.length === 0) return ['## Risks', '', 'None found.', ''];
  const shown = serious.slice(0, 100);
  const lines = ['## Risks and mitigations', ''];
  for (const finding of shown) {
    lines.push(
      `- **${finding.severity}** ${md(finding.code)} (${finding.step}): ${md(finding.message)}`,
      `  - mitigation: ${md(finding.remediation ?? 'none given')}`,
    );
  }
  if (serious.length > shown.length) {
    lines.push(`- …and ${serious.length - shown.length} more in report.html.`);
  }
  return [...lines, ''];
}

function exceptions(facts: DossierFacts): string[] {
  const lines = ['## Exceptions in force', ''];
  if (facts.exceptions.length === 0 && facts.overrides.length === 0) {
    return [...lines, 'None.', ''];
  }
  for (const item of facts.exceptions) {
    lines.push(
      `- ${md(item.id)}: ${md(item.scope)}; ${md(item.reason)}; owner ${md(item.owner)}; approved by ${md(item.approvers)}; expires ${md(item.expires)}`,
    );
  }
  for (const record of facts.overrides) {
    lines.push(
      `- journal #${record.seq} ${record.kind} by ${md(record.actor)}: ${md(record.summary)}`,
    );
  }
  return [...lines, ''];
}

function pendingActions(facts: DossierFacts): string[] {
  const actions: string[] = [];
  for (const step of facts.steps) {
    if (step.status === 'not-evaluated' || step.status === 'error') {
      actions.push(
        `- [ ] make the ${step.name} step run (${md(step.message ?? step.status)}); owner: ${md(facts.releaseOwner)}`,
      );
    }
  }
  for (const finding of facts.findings) {
    if (finding.severity !== 'error') continue;
    actions.push(
      `- [ ] ${md(finding.remediation ?? `resolve ${finding.code}`)} (${md(finding.code)}); owner: ${md(finding.owner ?? facts.releaseOwner)}`,
    );
    if (actions.length >= 100) break;
  }
  const lines = ['## Pending actions', ''];
  return [...lines, ...(actions.length > 0 ? actions : ['None.']), ''];
}

/** Escapes untrusted text for a Markdown line or table cell. */
export function md(text: string): string {
  return visibleText(text, 300)
    .replace(/[\\`*_{}[\]()#+!|<>~]/g, (char) => `\\${char}`)
    .replace(/@/g, '@\u200b');
}
