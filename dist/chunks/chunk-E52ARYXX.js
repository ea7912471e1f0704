import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  Journal,
  countBySeverity,
  stageNames
} from "./chunk-N67TL7SK.js";
import {
  loadPolicy,
  parseManifestFile,
  policySection
} from "./chunk-62XS2I6U.js";
import {
  visibleText
} from "./chunk-BKLFK6S4.js";
import {
  isRecord,
  readJSONFile
} from "./chunk-E73ZUZ5O.js";
import {
  sha256Hex
} from "./chunk-YP2N6HGM.js";
import {
  describeError,
  isUserError
} from "./chunk-RLB5E7YF.js";

// packages/core/src/status/text-field.ts
function textOf(value) {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") {
    return String(value);
  }
  return "";
}

// packages/core/src/status/http-retry.ts
var defaultSleep = (ms) => new Promise((done) => setTimeout(done, ms));
async function fetchWithRetry(url, init, options = {}) {
  const attempts = options.attempts ?? 4;
  const sleep = options.sleep ?? defaultSleep;
  let lastError = "no attempt made";
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    let response;
    try {
      response = await fetch(url, {
        ...init,
        redirect: "error",
        signal: AbortSignal.timeout(options.timeoutMs ?? 3e4)
      });
    } catch (error) {
      lastError = networkReason(error);
      if (attempt < attempts) await sleep(backoff(attempt, options));
      continue;
    }
    if (!isRetryable(response) || attempt === attempts) {
      return { response, attempts: attempt };
    }
    await response.body?.cancel();
    await sleep(retryDelay(response, attempt, options));
  }
  return { error: lastError, attempts };
}
function isRetryable(response) {
  if (response.status === 429 || response.status >= 500) return true;
  return response.status === 403 && response.headers.get("x-ratelimit-remaining") === "0";
}
function retryDelay(response, attempt, options = {}) {
  const cap = options.maxDelayMs ?? 3e4;
  const header = response.headers.get("retry-after");
  if (header !== null) {
    const seconds = Number(header);
    const ms = Number.isFinite(seconds) ? seconds * 1e3 : Date.parse(header) - Date.now();
    if (!Number.isNaN(ms)) return clamp(ms, cap);
  }
  const reset = Number(response.headers.get("x-ratelimit-reset"));
  if (reset > 0) return clamp(reset * 1e3 - Date.now(), cap);
  return backoff(attempt, options);
}
function backoff(attempt, options) {
  const base = options.baseDelayMs ?? 500;
  return clamp(base * 2 ** (attempt - 1), options.maxDelayMs ?? 3e4);
}
function clamp(ms, cap) {
  return Math.min(Math.max(0, ms), cap);
}
function networkReason(error) {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause;
  return cause?.code ? `${error.message} (${cause.code})` : error.message;
}

// packages/core/src/status/escalation-policy.ts
var shipshapeLabel = "shipshape";
function escalationPolicy(policy) {
  const section = policySection(policy, "escalation");
  const issues = section["github-issues"];
  const hooks = Array.isArray(section["webhooks"]) ? section["webhooks"] : [];
  return {
    afterHours: numberOr(section["after-hours"], 0),
    expiryWarningDays: numberOr(section["expiry-warning-days"], 14),
    defaultOwner: stringOr(section["default-owner"]),
    githubIssues: isRecord(issues) ? issueChannel(issues) : void 0,
    webhooks: hooks.filter(isRecord).map((hook) => ({
      urlEnv: String(hook["url-env"]),
      format: webhookFormat(hook["format"])
    }))
  };
}
function issueChannel(section) {
  const labels = Array.isArray(section["labels"]) ? section["labels"].filter((label) => typeof label === "string") : [];
  return {
    labels: [.../* @__PURE__ */ new Set([shipshapeLabel, ...labels])],
    mentionOwners: section["mention-owners"] === true,
    maxPerRun: numberOr(section["max-per-run"], 30)
  };
}
function webhookFormat(value) {
  return value === "slack" || value === "teams" ? value : "json";
}
function numberOr(value, fallback) {
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}
function stringOr(value) {
  return typeof value === "string" ? value : void 0;
}

// packages/core/src/status/finding-fingerprint.ts
function findingFingerprint(finding) {
  return sha256Hex(
    JSON.stringify([
      finding.code,
      finding.component ?? "",
      finding.location?.file ?? "",
      finding.location?.pointer ?? ""
    ])
  );
}
function fingerprintMarker(fingerprint) {
  return `<!-- shipshape-fingerprint: ${fingerprint} -->`;
}
var markerPattern = /<!-- shipshape-fingerprint: ([0-9a-f]{64}) -->/;
function fingerprintFromBody(body) {
  return body ? markerPattern.exec(body)?.[1] : void 0;
}

// packages/core/src/status/status-report.ts
import { lstat as lstat2 } from "node:fs/promises";
import { basename, resolve } from "node:path";

// packages/core/src/status/workspace-snapshot.ts
import { lstat } from "node:fs/promises";
import { join } from "node:path";
async function readWorkspaceSnapshot(root, clock) {
  const stages = /* @__PURE__ */ new Map();
  for (const stage of stageNames) {
    stages.set(stage, await readSlot(join(root, "reports", `${stage}.json`)));
  }
  const journal = await new Journal(join(root, "journal.jsonl"), clock).verify().catch((error) => ({
    ok: false,
    records: [],
    tornTail: false,
    problem: { line: 0, reason: describeError(error) }
  }));
  return {
    root,
    exists: await isPresent(root),
    stages,
    run: await readSlot(join(root, "reports", "run.json")),
    journal
  };
}
async function readSlot(path) {
  if (!await isPresent(path)) return { state: "absent" };
  try {
    const data = await readJSONFile(path, path);
    return { state: "present", report: toStageReport(data, path) };
  } catch (error) {
    return { state: "unreadable", reason: describeError(error) };
  }
}
async function isPresent(path) {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}
var severities = /* @__PURE__ */ new Set(["error", "warning", "note"]);
function toStageReport(data, path) {
  if (!isRecord(data) || !Array.isArray(data["findings"])) {
    throw new Error(`${path} is not a stage report (no findings list)`);
  }
  const findings = data["findings"].map((item, index) => {
    if (!isRecord(item) || typeof item["code"] !== "string" || typeof item["message"] !== "string" || !severities.has(String(item["severity"]))) {
      throw new Error(`${path}: findings[${index}] is not a finding`);
    }
    return item;
  });
  const counts = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return {
    ...data,
    stage: data["stage"],
    ok: data["ok"] === true,
    startedAt: textOf(data["startedAt"]),
    finishedAt: textOf(data["finishedAt"]),
    findings,
    evidence: Array.isArray(data["evidence"]) ? data["evidence"] : [],
    counts
  };
}

// packages/core/src/status/status-report.ts
var dayMs = 864e5;
async function buildStatus(context, options = {}) {
  const loaded = await loadPolicy({
    file: context.policyFile,
    cwd: context.cwd
  });
  const escalation = escalationPolicy(loaded.policy);
  const snapshot = await readWorkspaceSnapshot(
    context.workspaceDir,
    context.clock
  );
  const manifest = await readManifest(context);
  const artifacts = manifest.artifacts;
  const reports = presentReports(snapshot);
  const withRun = new Map(reports);
  if (snapshot.run.state === "present") withRun.set("run", snapshot.run.report);
  const blockers = collectBlockers(withRun, artifacts, escalation.defaultOwner);
  const stages = stageStatuses(snapshot);
  return {
    schema: "shipshape-status/1",
    generatedAt: context.clock().toISOString(),
    release: manifest.release,
    verdict: verdictOf(snapshot, stages, blockers),
    manifest: manifest.summary,
    stages,
    version: versionOf(reports.get("enforce-version")),
    signing: signingOf(artifacts, reports.get("sign")),
    sbom: {
      state: stateOf(snapshot.stages.get("sbom")),
      documents: (reports.get("sbom")?.evidence ?? []).map((item) => item.path)
    },
    dryRun: {
      state: stateOf(snapshot.stages.get("publish-dry-run")),
      rows: dryRunRows(reports.get("publish-dry-run"))
    },
    blockers,
    exceptions: expiringExceptions(
      loaded.policy,
      context.now(),
      escalation.expiryWarningDays
    ),
    notEvaluated: stages.filter(
      (stage) => stage.state === "not-run" || stage.state === "unreadable"
    ).map((stage) => stage.stage),
    counts: countBySeverity(distinctFindings(withRun)),
    run: {
      state: stateOf(snapshot.run),
      finishedAt: snapshot.run.state === "present" ? snapshot.run.report.finishedAt : void 0
    },
    credentials: options.credentialFindings ?? [],
    journal: {
      ok: snapshot.journal.ok,
      records: snapshot.journal.records.length,
      problem: snapshot.journal.problem ? `line ${snapshot.journal.problem.line}: ${snapshot.journal.problem.reason}` : void 0
    }
  };
}
async function readManifest(context) {
  const file = context.manifestFile;
  try {
    const parsed = await parseManifestFile(file, context.cwd);
    const data = isRecord(parsed.document.data) ? parsed.document.data : {};
    const release = isRecord(data["release"]) ? data["release"] : {};
    const artifacts = Array.isArray(data["artifacts"]) ? data["artifacts"].filter(isRecord).map((item) => item) : [];
    const first = parsed.problems[0];
    return {
      summary: {
        file,
        state: first ? "invalid" : "ready",
        artifacts: artifacts.length,
        problem: first ? `${String(parsed.problems.length)} schema problem(s), first at ${first.pointer || "/"}: ${first.message}` : void 0
      },
      release: {
        id: textOf(release["id"]),
        version: textOf(release["version"])
      },
      artifacts
    };
  } catch (error) {
    if (!isUserError(error)) throw error;
    const missing = !await isPresent2(resolve(context.cwd, file));
    return {
      summary: {
        file,
        state: missing ? "missing" : "invalid",
        artifacts: 0,
        problem: describeError(error)
      },
      artifacts: []
    };
  }
}
function presentReports(snapshot) {
  const reports = /* @__PURE__ */ new Map();
  for (const [stage, slot] of snapshot.stages) {
    if (slot.state === "present") reports.set(stage, slot.report);
  }
  return reports;
}
function distinctFindings(reports) {
  const seen = /* @__PURE__ */ new Set();
  const result = [];
  for (const report of reports.values()) {
    for (const finding of report.findings) {
      const key = `${finding.severity}:${findingFingerprint(finding)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      result.push(finding);
    }
  }
  return result;
}
function stateOf(slot) {
  if (!slot || slot.state === "absent") return "not-run";
  if (slot.state === "unreadable") return "unreadable";
  return slot.report.ok ? "passed" : "failed";
}
function stageStatuses(snapshot) {
  return stageNames.map((stage) => {
    const slot = snapshot.stages.get(stage);
    const state = stateOf(slot);
    return {
      stage,
      state,
      counts: slot?.state === "present" ? slot.report.counts : { error: 0, warning: 0, note: 0 },
      finishedAt: slot?.state === "present" ? slot.report.finishedAt : void 0,
      reason: slot?.state === "unreadable" ? slot.reason : void 0
    };
  });
}
function verdictOf(snapshot, stages, blockers) {
  const decided = [snapshot.run, snapshot.stages.get("dossier")].map(
    (slot) => slot?.state === "present" ? slot.report["verdict"] : void 0
  ).find((verdict) => verdict === "GO" || verdict === "NO-GO");
  if (decided === "GO" || decided === "NO-GO") return decided;
  if (blockers.length > 0 || stages.some((stage) => stage.state === "failed")) {
    return "NO-GO";
  }
  return "PENDING";
}
function collectBlockers(reports, artifacts, defaultOwner) {
  const seen = /* @__PURE__ */ new Set();
  const blockers = [];
  for (const [stage, report] of reports) {
    for (const finding of report.findings) {
      if (finding.severity !== "error") continue;
      const fingerprint = findingFingerprint(finding);
      if (seen.has(fingerprint)) continue;
      seen.add(fingerprint);
      const owner = ownerOf(finding, artifacts) ?? defaultOwner;
      blockers.push({ fingerprint, stage, finding, owner });
    }
  }
  return blockers;
}
function ownerOf(finding, artifacts) {
  if (typeof finding.owner === "string" && finding.owner !== "") {
    return finding.owner;
  }
  const named = finding.details?.["artifact"];
  const artifact = artifacts.find(
    (item) => item.name === named || finding.location?.file !== void 0 && item.path === finding.location.file
  );
  return typeof artifact?.owner === "string" ? artifact.owner : void 0;
}
function versionOf(report) {
  if (!report) return void 0;
  const text = (value) => typeof value === "string" ? value : void 0;
  return {
    decision: text(report["decision"]),
    version: text(report["version"]),
    previousVersion: text(report["previousVersion"])
  };
}
var signatureSuffixes = [".sigstore.json", ".asc"];
function signingOf(artifacts, report) {
  return artifacts.map((artifact) => {
    const names = /* @__PURE__ */ new Set([artifact.name, basename(artifact.path)]);
    const evidence = (report?.evidence ?? []).map((item) => item.path).filter((path) => {
      const file = basename(path);
      return signatureSuffixes.some(
        (suffix) => file.endsWith(suffix) && names.has(file.slice(0, -suffix.length))
      );
    });
    const state = !report ? "not-evaluated" : evidence.length > 0 ? "signed" : "unsigned";
    return {
      artifact: artifact.name,
      owner: artifact.owner,
      state,
      evidence
    };
  });
}
function dryRunRows(report) {
  const table = report?.["table"];
  if (!Array.isArray(table)) return [];
  const flag = (value) => typeof value === "boolean" ? value : null;
  return table.filter(isRecord).map((row) => ({
    artifact: textOf(row["artifact"]),
    target: textOf(row["target"]),
    registry: textOf(row["registry"]),
    kind: textOf(row["kind"]),
    reachable: flag(row["reachable"]),
    authenticated: flag(row["authenticated"]),
    allowed: flag(row["allowed"]),
    versionFree: flag(row["versionFree"]),
    packageValid: flag(row["packageValid"])
  }));
}
function expiringExceptions(policy, now, warningDays) {
  const list = Array.isArray(policy["exceptions"]) ? policy["exceptions"] : [];
  const result = [];
  for (const item of list.filter(isRecord)) {
    const expires = textOf(item["expires"]);
    const time = Date.parse(expires);
    const daysLeft = Number.isNaN(time) ? null : Math.floor((time - now.getTime()) / dayMs);
    if (daysLeft !== null && daysLeft > warningDays) continue;
    result.push({
      id: textOf(item["id"]),
      owner: textOf(item["owner"]),
      expires,
      daysLeft
    });
  }
  return result.sort(
    (a, b) => (a.daysLeft ?? -Infinity) - (b.daysLeft ?? -Infinity)
  );
}
async function isPresent2(path) {
  try {
    await lstat2(path);
    return true;
  } catch {
    return false;
  }
}

// packages/core/src/status/markdown-text.ts
var zeroWidthJoiner = "\u200D";
function markdownText(text, maxLength = 300) {
  return visibleText(text, maxLength).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_{}[\]()#+!|~:]/g, (char) => `\\${char}`).replace(/@/g, `@${zeroWidthJoiner}`);
}
function chatText(text, maxLength = 300) {
  return visibleText(text, maxLength).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/@/g, `@${zeroWidthJoiner}`);
}
var ownerPattern = /^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(\/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$/;
function isOwnerHandle(text) {
  return ownerPattern.test(text);
}

export {
  textOf,
  fetchWithRetry,
  shipshapeLabel,
  escalationPolicy,
  fingerprintMarker,
  fingerprintFromBody,
  buildStatus,
  markdownText,
  chatText,
  isOwnerHandle
};
