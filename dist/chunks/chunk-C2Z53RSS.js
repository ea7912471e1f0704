import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  createStageContext
} from "./chunk-3STO6GSY.js";
import {
  exitCodeForReport
} from "./chunk-N67TL7SK.js";
import {
  visibleText
} from "./chunk-BKLFK6S4.js";

// packages/cli/src/render-report.ts
function renderReport(report, extraLines = []) {
  const { error, warning, note } = report.counts;
  const verdict = report.ok ? "PASS" : "FAIL";
  const lines = [
    `${report.stage}: ${verdict} (${error} error${error === 1 ? "" : "s"}, ${warning} warning${warning === 1 ? "" : "s"}, ${note} note${note === 1 ? "" : "s"})`,
    ...extraLines
  ];
  for (const [file, findings] of groupByFile(report.findings)) {
    lines.push("", file);
    for (const finding of findings) lines.push(...renderFinding(finding));
  }
  if (report.evidence.length > 0) {
    lines.push("", "evidence:");
    for (const item of report.evidence)
      lines.push(`  ${item.path}  sha256:${item.sha256}`);
  }
  return `${lines.join("\n")}
`;
}
function groupByFile(findings) {
  const groups = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const file = finding.location?.file ?? "(release)";
    const group = groups.get(file) ?? [];
    group.push(finding);
    groups.set(file, group);
  }
  return groups;
}
function renderFinding(finding) {
  const where = finding.location?.line ? `${finding.location.line}:${finding.location.column ?? 1}` : "-";
  const lines = [
    `  ${where.padEnd(7)} ${finding.severity.padEnd(7)} ${finding.code}  ${visibleText(finding.message, 400)}`
  ];
  if (finding.owner)
    lines.push(`          owner: ${visibleText(finding.owner)}`);
  if (finding.remediation)
    lines.push(`          fix: ${visibleText(finding.remediation, 400)}`);
  return lines;
}

// packages/cli/src/stage-command.ts
var commonOptions = {
  manifest: { type: "string" },
  policy: { type: "string" },
  workspace: { type: "string" },
  json: { type: "boolean" },
  verbose: { type: "boolean" }
};
function stringOption(args, name) {
  const value = args.values[name];
  return typeof value === "string" ? value : void 0;
}
function listOption(args, name) {
  const value = args.values[name];
  return Array.isArray(value) ? value.map(String) : void 0;
}
var artifactOption = {
  artifact: { type: "string", multiple: true }
};
var artifactUsage = "  --artifact NAME   only this artifact of the manifest (repeatable)";
function flagOption(args, name) {
  return args.values[name] === true;
}
function contextFromArgs(args, io) {
  const context = createStageContext({
    cwd: io.cwd,
    env: io.env,
    manifestFile: stringOption(args, "manifest") ?? "release.yaml",
    policyFile: stringOption(args, "policy"),
    workspaceDir: stringOption(args, "workspace")
  });
  context.logger = terminalLogger(io, context, flagOption(args, "verbose"));
  return context;
}
function terminalLogger(io, context, verbose) {
  const write = (prefix) => (message) => {
    io.stderr(`${prefix}${context.secrets.redact(message)}
`);
  };
  return {
    debug: verbose ? write("debug: ") : () => void 0,
    info: write(""),
    warn: write("warning: "),
    error: write("error: ")
  };
}
function printReport(report, args, io, context, extraLines = []) {
  const text = flagOption(args, "json") ? `${JSON.stringify(report, null, 2)}
` : renderReport(report, extraLines);
  io.stdout(context.secrets.redact(text));
  return exitCodeForReport(report);
}

export {
  commonOptions,
  stringOption,
  listOption,
  artifactOption,
  artifactUsage,
  flagOption,
  contextFromArgs,
  printReport
};
