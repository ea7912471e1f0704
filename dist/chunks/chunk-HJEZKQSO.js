import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  sortFindings
} from "./chunk-N67TL7SK.js";
import {
  canonicalJSON
} from "./chunk-NSYWVXGE.js";
import {
  isRecord,
  readJSONFile
} from "./chunk-E73ZUZ5O.js";
import {
  sha256Hex
} from "./chunk-YP2N6HGM.js";
import {
  UserError
} from "./chunk-RLB5E7YF.js";

// packages/core/src/workspace/report-parts.ts
import { lstat, readdir } from "node:fs/promises";
import { join } from "node:path";
var fixedKeys = /* @__PURE__ */ new Set([
  "stage",
  "ok",
  "startedAt",
  "finishedAt",
  "findings",
  "evidence",
  "counts"
]);
var maxParts = 256;
async function mergeReportParts(root, step, stage, expected = []) {
  const dir = join(root, "reports", "parts", step);
  const info = await lstat(dir).catch(() => void 0);
  if (!info) return void 0;
  if (!info.isDirectory()) {
    throw new UserError(
      "REPORT_PARTS_INVALID",
      `${dir} must be a folder of reports (it is a link or a file)`,
      { file: dir }
    );
  }
  const names = (await readdir(dir)).filter((name) => name.endsWith(".json"));
  if (names.length === 0) return void 0;
  if (names.length > maxParts) {
    throw new UserError(
      "REPORT_PARTS_INVALID",
      `${dir} holds ${names.length} reports; at most ${maxParts} parts are merged`,
      { file: dir }
    );
  }
  const reports = [];
  const parts = [];
  for (const name of names.sort()) {
    const path = join(dir, name);
    if ((await lstat(path)).isSymbolicLink()) {
      throw new UserError(
        "REPORT_PARTS_INVALID",
        `${path} is a symbolic link; report parts must be real files`,
        { file: path }
      );
    }
    const report2 = partReport(await readJSONFile(path, path), stage);
    if (!report2) {
      throw new UserError(
        "REPORT_PARTS_INVALID",
        `${path} is not a ${stage} report`,
        { file: path, field: "stage" }
      );
    }
    reports.push(report2);
    parts.push({
      path: `reports/parts/${step}/${name}`,
      sha256: sha256Hex(canonicalJSON(report2)),
      ok: report2.ok
    });
  }
  const report = mergeReports(stage, reports, parts);
  return { report: withCoverage(report, step, reports, expected), parts };
}
function withCoverage(report, step, parts, expected) {
  const covered = /* @__PURE__ */ new Set();
  for (const part of parts) {
    const selected = part["selectedArtifacts"];
    if (!Array.isArray(selected)) return report;
    for (const name of selected) covered.add(String(name));
  }
  const missing = expected.filter((name) => !covered.has(name));
  if (missing.length === 0) return report;
  const finding = {
    code: "STEP_PART_MISSING",
    severity: "error",
    message: `${step}: no report covers ${missing.join(", ")}; its matrix job did not finish or did not upload its part`,
    remediation: "re-run the failed jobs of the release workflow"
  };
  return {
    ...report,
    ok: false,
    findings: sortFindings([...report.findings, finding]),
    counts: { ...report.counts, error: report.counts.error + 1 }
  };
}
function mergeReports(stage, reports, parts) {
  const findings = sortFindings(reports.flatMap((report) => report.findings));
  const evidence = uniqueEvidence(reports.flatMap((report) => report.evidence));
  const counts = { error: 0, warning: 0, note: 0 };
  for (const report of reports) {
    for (const severity of severities)
      counts[severity] += report.counts[severity];
  }
  const times = reports.map((report) => [report.startedAt, report.finishedAt]);
  return {
    stage,
    ok: reports.every((report) => report.ok),
    startedAt: times.map(([start]) => start ?? "").sort()[0] ?? "",
    finishedAt: times.map(([, end]) => end ?? "").sort().at(-1) ?? "",
    findings,
    evidence,
    counts,
    ...mergedExtras(reports),
    parts: parts.map(({ path, sha256 }) => ({ path, sha256 }))
  };
}
var severities = ["error", "warning", "note"];
function partReport(data, stage) {
  if (!isRecord(data) || data["stage"] !== stage) return void 0;
  const { ok, startedAt, finishedAt, findings, evidence, counts } = data;
  if (typeof ok !== "boolean" || typeof startedAt !== "string" || typeof finishedAt !== "string" || !Array.isArray(findings) || !Array.isArray(evidence) || !evidence.every(
    (item) => isRecord(item) && typeof item["path"] === "string" && typeof item["sha256"] === "string"
  ) || !isRecord(counts) || !severities.every((severity) => typeof counts[severity] === "number"))
    return void 0;
  return data;
}
function uniqueEvidence(items) {
  const seen = /* @__PURE__ */ new Map();
  for (const item of items) seen.set(`${item.path}
${item.sha256}`, item);
  return [...seen.values()].sort(
    (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0
  );
}
function mergedExtras(reports) {
  const keys = new Set(
    reports.flatMap(
      (report) => Object.keys(report).filter((key) => !fixedKeys.has(key))
    )
  );
  const merged = {};
  for (const key of [...keys].sort()) {
    if (key === "parts" || key === "__proto__") continue;
    const values = reports.map((report) => report[key]);
    if (values.every(Array.isArray)) {
      merged[key] = values.flat();
      continue;
    }
    const first = canonicalJSON(values[0] ?? null);
    if (values.every((value) => canonicalJSON(value ?? null) === first))
      merged[key] = values[0];
  }
  return merged;
}

export {
  mergeReportParts
};
