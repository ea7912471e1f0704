import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  checkNames
} from "./chunk-4BOIBMMC.js";
import {
  visibleText
} from "./chunk-BKLFK6S4.js";

// packages/core/src/publish-dry-run/probe-table.ts
var headings = {
  reachable: "reachable",
  authenticated: "auth",
  allowed: "allowed",
  versionFree: "version free",
  packageValid: "package valid"
};
function cell(value) {
  if (value === "not checked") return "not checked";
  return value ? "yes" : "NO";
}
function renderProbeTable(rows) {
  if (rows.length === 0) return [];
  const header = [
    "artifact",
    "target",
    ...checkNames.map((name) => headings[name])
  ];
  const body = rows.map((row) => [
    visibleText(row.artifact, 40),
    visibleText(row.target, 40),
    ...checkNames.map((name) => cell(row[name]))
  ]);
  const widths = header.map(
    (text, index) => Math.max(text.length, ...body.map((line) => line[index]?.length ?? 0))
  );
  const format = (line) => line.map((text, index) => text.padEnd(widths[index] ?? 0)).join("  ").trimEnd();
  const lines = ["", format(header), ...body.map(format)];
  const notes = rows.flatMap(
    (row) => checkNames.filter((name) => row[name] !== true).map(
      (name) => `  ${visibleText(row.artifact, 40)} \u2192 ${visibleText(row.target, 40)}: ${headings[name]}: ${visibleText(row.reasons[name], 300)}`
    )
  );
  if (notes.length > 0) lines.push("", "why:", ...notes);
  return lines;
}
function probeTableMarkdown(rows, escape) {
  if (rows.length === 0) return "";
  const header = [
    "artifact",
    "target",
    "registry",
    ...checkNames.map((name) => headings[name])
  ];
  const lines = [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((row) => {
      const cells = [
        escape(row.artifact),
        escape(row.target),
        escape(row.registry),
        ...checkNames.map(
          (name) => `${row[name] === true ? "\u2705" : row[name] === false ? "\u274C" : "\u2796"} ${escape(row.reasons[name])}`
        )
      ];
      return `| ${cells.join(" | ")} |`;
    })
  ];
  return `### Publish dry run

${lines.join("\n")}
`;
}

export {
  renderProbeTable,
  probeTableMarkdown
};
