import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  collectStatus,
  renderStatusMarkdown
} from "./chunk-Z5DY4ZFY.js";
import "./chunk-E52ARYXX.js";
import {
  commonOptions,
  contextFromArgs,
  flagOption,
  stringOption
} from "./chunk-C2Z53RSS.js";
import "./chunk-E4JN5UOR.js";
import "./chunk-3STO6GSY.js";
import "./chunk-N67TL7SK.js";
import {
  writeFileAtomic
} from "./chunk-MUGHQZOG.js";
import "./chunk-NSYWVXGE.js";
import "./chunk-62XS2I6U.js";
import "./chunk-VIMV3XDQ.js";
import "./chunk-BKLFK6S4.js";
import "./chunk-BE3HX54U.js";
import "./chunk-E73ZUZ5O.js";
import "./chunk-YP2N6HGM.js";
import {
  ExitCode,
  UserError
} from "./chunk-RLB5E7YF.js";
import "./chunk-GUYOKWKK.js";

// packages/cli/src/commands/status.ts
import { resolve } from "node:path";

// packages/core/src/status/status-html.ts
function htmlText(text) {
  return text.replace(/[&<>"']/g, (char) => `&#${String(char.charCodeAt(0))};`);
}
var stateColour = {
  passed: "#1a7f37",
  failed: "#cf222e",
  "not-run": "#6e7781",
  unreadable: "#9a6700"
};
var severityColour = {
  error: "#cf222e",
  warning: "#9a6700",
  note: "#0969da"
};
var style = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1f2328}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{border:1px solid #d0d7de;padding:.25rem .6rem;text-align:left;vertical-align:top}
.state{font-weight:600}.verdict{font-size:1.3rem;font-weight:700}`;
function renderStatusHTML(status, maxBlockers = 500) {
  const release = status.release ? `${status.release.id} ${status.release.version}` : "no release manifest";
  const body = [
    `<h1>Release status: ${htmlText(release)}</h1>`,
    `<p class="verdict" data-verdict="${status.verdict}">Verdict: ${status.verdict}</p>`,
    `<p>Manifest ${htmlText(status.manifest.file)}: ${status.manifest.state}${status.manifest.problem ? ` (${htmlText(status.manifest.problem)})` : ""}. Generated ${htmlText(status.generatedAt)}.</p>`,
    severityChart(status.counts),
    stageTable(status),
    blockerTable(status, maxBlockers),
    exceptionList(status),
    credentialList(status)
  ].join("\n");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>shipshape status: ${htmlText(release)}</title>
<style>${style}</style>
</head>
<body>
${body}
</body>
</html>
`;
}
function severityChart(counts) {
  const severities = ["error", "warning", "note"];
  const largest = Math.max(1, ...severities.map((name) => counts[name]));
  const bars = severities.map((name, index) => {
    const width = Math.round(counts[name] / largest * 300);
    const y = index * 28;
    return `<text x="0" y="${String(y + 17)}">${name}</text><rect x="80" y="${String(y + 4)}" width="${String(width)}" height="18" fill="${severityColour[name]}"/><text x="${String(width + 88)}" y="${String(y + 17)}">${String(counts[name])}</text>`;
  });
  return `<h2>Findings by severity</h2>
<svg xmlns="http://www.w3.org/2000/svg" width="460" height="88" role="img" aria-label="findings by severity: ${String(counts.error)} errors, ${String(counts.warning)} warnings, ${String(counts.note)} notes" font-family="system-ui,sans-serif" font-size="13">${bars.join("")}</svg>`;
}
function stageTable(status) {
  const rows = status.stages.map(
    (stage) => `<tr><td>${htmlText(stage.stage)}</td><td class="state" style="color:${stateColour[stage.state]}">${stage.state}</td><td>${String(stage.counts.error)}</td><td>${String(stage.counts.warning)}</td><td>${htmlText(stage.reason ?? stage.finishedAt ?? "")}</td></tr>`
  );
  return `<h2>Stages</h2>
<table><thead><tr><th>stage</th><th>state</th><th>errors</th><th>warnings</th><th>finished</th></tr></thead>
<tbody>${rows.join("\n")}</tbody></table>`;
}
function blockerTable(status, max) {
  if (status.blockers.length === 0) return "<h2>Open blockers</h2><p>None.</p>";
  const rows = status.blockers.slice(0, max).map((blocker) => {
    const { finding } = blocker;
    return `<tr><td>${htmlText(blocker.owner ?? "unowned")}</td><td>${htmlText(blocker.stage)}</td><td>${htmlText(finding.code)}</td><td>${htmlText(finding.message)}</td><td>${htmlText(finding.location?.file ?? finding.component ?? "")}</td></tr>`;
  });
  const more = status.blockers.length > max ? `<p>\u2026and ${String(status.blockers.length - max)} more in the JSON status.</p>` : "";
  return `<h2>Open blockers</h2>
<table><thead><tr><th>owner</th><th>stage</th><th>code</th><th>message</th><th>where</th></tr></thead>
<tbody>${rows.join("\n")}</tbody></table>${more}`;
}
function exceptionList(status) {
  if (status.exceptions.length === 0) return "";
  const items = status.exceptions.map(
    (item) => `<li>${htmlText(item.id)} (owner ${htmlText(item.owner)}): expires ${htmlText(item.expires)}${item.daysLeft === null ? "" : `, ${String(item.daysLeft)} day(s) left`}</li>`
  );
  return `<h2>Exceptions about to expire</h2><ul>${items.join("")}</ul>`;
}
function credentialList(status) {
  if (status.credentials.length === 0) return "";
  const items = status.credentials.map(
    (finding) => `<li><strong>${htmlText(finding.code)}</strong>: ${htmlText(finding.message)}</li>`
  );
  return `<h2>Credential hygiene</h2><ul>${items.join("")}</ul>`;
}

// packages/cli/src/commands/status.ts
var formats = ["markdown", "json", "html"];
function renderStatus(status, format) {
  switch (format) {
    case "markdown":
      return renderStatusMarkdown(status);
    case "json":
      return `${JSON.stringify(status, null, 2)}
`;
    case "html":
      return renderStatusHTML(status);
  }
}
function formatOf(value, json) {
  if (json) return "json";
  const format = value ?? "markdown";
  if (!formats.includes(format)) {
    throw new UserError(
      "STATUS_FORMAT_INVALID",
      `--format must be markdown, json or html, got "${format.slice(0, 40)}"`,
      { field: "--format" }
    );
  }
  return format;
}
var statusCommand = {
  name: "status",
  summary: "show where the release stands, its blockers and their owners",
  usage: "shipshape status [--workspace D] [--manifest F] [--policy F] [--format markdown|json|html] [--json] [--out F]",
  options: {
    ...commonOptions,
    format: { type: "string" },
    out: { type: "string" }
  },
  async run(args, io) {
    const format = formatOf(
      stringOption(args, "format"),
      flagOption(args, "json")
    );
    const context = contextFromArgs(args, io);
    const status = await collectStatus(context);
    const text = context.secrets.redact(renderStatus(status, format));
    const out = stringOption(args, "out");
    if (out === void 0) {
      io.stdout(text);
    } else {
      await writeFileAtomic(resolve(io.cwd, out), text);
      io.stderr(`status (${format}) written to ${out}
`);
    }
    return ExitCode.pass;
  }
};
var status_default = statusCommand;
export {
  status_default as default,
  renderStatus,
  statusCommand
};
