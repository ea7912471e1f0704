import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  summary
} from "./chunk-TSZFAG6J.js";

// packages/action/src/job-summary.ts
function markdownCell(text) {
  return text.replace(/[\\`*_{}[\]()#+!|<>~]/g, (char) => `\\${char}`).replace(/@/g, "@\u200B").replace(/\r?\n/g, " ");
}
async function writeSummary(title, report, context) {
  if (!process.env["GITHUB_STEP_SUMMARY"]) return;
  const { error, warning, note } = report.counts;
  const rows = report.findings.slice(0, 200).map((finding) => [
    finding.severity,
    markdownCell(finding.code),
    markdownCell(context.secrets.redact(finding.message)),
    markdownCell(
      finding.location ? `${finding.location.file}${finding.location.line ? `:${finding.location.line}` : ""}` : ""
    ),
    markdownCell(finding.owner ?? "")
  ]);
  let text = `## ${title}: ${report.ok ? "\u2705 pass" : "\u274C fail"}

${error} errors, ${warning} warnings, ${note} notes

`;
  if (rows.length > 0) {
    text += "| severity | code | message | where | owner |\n|---|---|---|---|---|\n";
    text += rows.map((row) => `| ${row.join(" | ")} |`).join("\n");
    text += "\n";
    if (report.findings.length > rows.length) {
      text += `
\u2026and ${report.findings.length - rows.length} more in the report.
`;
    }
  }
  await summary.addRaw(text).write();
}

export {
  markdownCell,
  writeSummary
};
