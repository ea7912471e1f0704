/**
 * report.html: one self-contained page (inline CSS and SVG, no scripts,
 * no network) with the verdict, a status per step, charts of findings by
 * severity and of components by licence, and the findings themselves.
 * Every piece of untrusted text is HTML-escaped.
 */
import { countBySeverity } from '../findings.ts';
import type { DossierFacts } from './dossier-facts.ts';
import type { StepStatus } from './run-report.ts';

const statusColour: Record<StepStatus, string> = {
  passed: '#1a7f37',
  failed: '#cf222e',
  error: '#9a6700',
  'not-evaluated': '#6e7781',
};

/** Renders report.html. */
export function renderHTML(facts: DossierFacts): string {
  const severity = countBySeverity(facts.findings);
  const verdictColour = facts.verdict === 'GO' ? '#1a7f37' : '#cf222e';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${html(facts.verdict)}: ${html(facts.release.id)}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1f2328}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
.verdict{font-size:2rem;font-weight:700;color:${verdictColour}}
.charts{display:flex;gap:2rem;flex-wrap:wrap}
</style>
</head>
<body>
<p class="verdict">${html(facts.verdict)}</p>
<p>Release <b>${html(facts.release.id)}</b>, version ${html(facts.release.version)}, commit <code>${html(facts.commit)}</code>; created ${html(facts.createdAt)}.</p>
<h2>Steps</h2>
<table><tr><th>step</th><th>status</th><th>errors</th><th>warnings</th><th>notes</th></tr>
${facts.steps
  .map(
    (step) =>
      `<tr><td>${html(step.name)}</td><td style="color:${statusColour[step.status]}">${html(step.status)}${step.message ? `: ${html(step.message)}` : ''}</td><td>${step.counts.error}</td><td>${step.counts.warning}</td><td>${step.counts.note}</td></tr>`,
  )
  .join('\n')}
</table>
<div class="charts">
${barChart('Findings by severity', [
  ['error', severity.error],
  ['warning', severity.warning],
  ['note', severity.note],
])}
${barChart('Components by licence', facts.licences.slice(0, 20))}
</div>
<h2>Findings</h2>
${findingsTable(facts)}
<h2>Exceptions in force</h2>
${
  facts.exceptions.length === 0
    ? '<p>None.</p>'
    : `<ul>${facts.exceptions.map((e) => `<li>${html(e.id)}: ${html(e.scope)}; ${html(e.reason)}; owner ${html(e.owner)}; expires ${html(e.expires)}</li>`).join('')}</ul>`
}
</body>
</html>
`;
}

function findingsTable(facts: DossierFacts): string {
  if (facts.findings.length === 0) return '<p>None.</p>';
  const rows = facts.findings
    .slice(0, 500)
    .map(
      (f) =>
        `<tr><td>${html(f.severity)}</td><td>${html(f.step)}</td><td>${html(f.code)}</td><td>${html(f.message)}</td><td>${html(f.owner ?? '')}</td><td>${html(f.remediation ?? '')}</td></tr>`,
    );
  const more =
    facts.findings.length > rows.length
      ? `<p>…and ${facts.findings.length - rows.length} more in the stage reports.</p>`
      : '';
  return `<table><tr><th>severity</th><th>step</th><th>code</th><th>message</th><th>owner</th><th>fix</th></tr>\n${rows.join('\n')}</table>${more}`;
}

/** A horizontal bar chart as inline SVG. */
export function barChart(
  title: string,
  bars: readonly (readonly [string, number])[],
): string {
  const rowHeight = 22;
  const labelWidth = 160;
  const barWidth = 220;
  const max = Math.max(1, ...bars.map(([, value]) => value));
  const height = 30 + Math.max(1, bars.length) * rowHeight;
  const rows = bars.map(([label, value], index) => {
    const y = 26 + index * rowHeight;
    const width = Math.round((value / max) * barWidth);
    return `<text x="0" y="${y + 14}" font-size="12">${html(label.slice(0, 28))}</text><rect x="${labelWidth}" y="${y}" width="${width}" height="16" fill="#0969da"/><text x="${labelWidth + width + 4}" y="${y + 13}" font-size="12">${value}</text>`;
  });
  const empty =
    bars.length === 0 ? '<text x="0" y="40" font-size="12">no data</text>' : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${html(title)}" width="${labelWidth + barWidth + 60}" height="${height}"><text x="0" y="16" font-size="14" font-weight="bold">${html(title)}</text>${rows.join('')}${empty}</svg>`;
}

/** Escapes text for HTML content and attribute values. */
export function html(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
