import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  ReleaseWorkspace,
  createStageReport
} from "./chunk-N67TL7SK.js";
import {
  UserError
} from "./chunk-RLB5E7YF.js";

// packages/core/src/logger.ts
var RecordingLogger = class {
  records = [];
  debug(message) {
    this.records.push({ level: "debug", message });
  }
  info(message) {
    this.records.push({ level: "info", message });
  }
  warn(message) {
    this.records.push({ level: "warn", message });
  }
  error(message) {
    this.records.push({ level: "error", message });
  }
  /** All messages joined by newlines, for assertions. */
  text() {
    return this.records.map((record) => record.message).join("\n");
  }
};
var silentLogger = {
  debug: () => void 0,
  info: () => void 0,
  warn: () => void 0,
  error: () => void 0
};

// packages/core/src/clock.ts
var systemClock = () => /* @__PURE__ */ new Date();
function recordingClock(env = process.env, fallback = systemClock) {
  const epoch = sourceDateEpoch(env);
  return epoch === void 0 ? fallback : () => new Date(epoch * 1e3);
}
function sourceDateEpoch(env = process.env) {
  const raw = env["SOURCE_DATE_EPOCH"];
  if (raw === void 0 || raw === "") return void 0;
  if (!/^\d{1,12}$/.test(raw)) {
    throw new UserError(
      "SOURCE_DATE_EPOCH_INVALID",
      `SOURCE_DATE_EPOCH must be whole seconds since 1970, got "${raw.slice(0, 40)}"`,
      { field: "SOURCE_DATE_EPOCH" }
    );
  }
  return Number(raw);
}

// packages/core/src/secrets/secret-registry.ts
var minimumLength = 6;
var SecretRegistry = class {
  #forms = /* @__PURE__ */ new Set();
  #listeners = [];
  /** Registers a secret and its derived forms. */
  add(secret) {
    if (!secret || secret.length < minimumLength) return;
    for (const form of derivedForms(secret)) {
      if (form.length < minimumLength || this.#forms.has(form)) continue;
      this.#forms.add(form);
      for (const listener of this.#listeners) listener(form);
    }
  }
  /** Calls `listener` for every form registered now and later. */
  onAdd(listener) {
    this.#listeners.push(listener);
    for (const form of this.#forms) listener(form);
  }
  /** Replaces every registered form in `text` with `***`. */
  redact(text) {
    let result = text;
    const forms = [...this.#forms].sort((a, b) => b.length - a.length);
    for (const form of forms) result = result.split(form).join("***");
    return result;
  }
  /** True when `text` holds any registered form. */
  leaks(text) {
    for (const form of this.#forms) if (text.includes(form)) return true;
    return false;
  }
  get size() {
    return this.#forms.size;
  }
};
function derivedForms(secret) {
  const forms = /* @__PURE__ */ new Set([secret]);
  const bytes = Buffer.from(secret, "utf8");
  forms.add(bytes.toString("base64"));
  forms.add(bytes.toString("base64").replace(/=+$/, ""));
  forms.add(bytes.toString("base64url"));
  forms.add(encodeURIComponent(secret));
  forms.add(JSON.stringify(secret).slice(1, -1));
  for (const line of secret.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed.startsWith("-----")) continue;
    forms.add(trimmed);
  }
  const colon = secret.indexOf(":");
  if (colon > 0) {
    forms.add(secret.slice(colon + 1));
  }
  return [...forms];
}

// packages/core/src/stage.ts
import { isAbsolute, resolve } from "node:path";
function createStageContext(options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const workspace = options.workspaceDir ?? env["SHIPSHAPE_WORKSPACE"] ?? ".shipshape";
  return {
    cwd,
    manifestFile: options.manifestFile ?? "release.yaml",
    policyFile: options.policyFile,
    workspaceDir: isAbsolute(workspace) ? workspace : resolve(cwd, workspace),
    logger: options.logger ?? silentLogger,
    secrets: options.secrets ?? new SecretRegistry(),
    env,
    clock: options.clock ?? recordingClock(env),
    now: options.now ?? systemClock,
    actor: options.actor ?? env["GITHUB_ACTOR"] ?? env["USER"] ?? "unknown"
  };
}
async function runStage(context, stage, body) {
  const startedAt = context.clock();
  const workspace = await ReleaseWorkspace.open(
    context.workspaceDir,
    context.clock
  );
  const outcome = await body(workspace);
  const report = createStageReport({
    stage,
    startedAt,
    clock: context.clock,
    findings: outcome.findings,
    evidence: outcome.evidence,
    extra: outcome.extra
  });
  await workspace.writeReport(report);
  await workspace.journal.append({
    kind: "decision",
    stage,
    actor: context.actor,
    summary: outcome.summary ?? `${stage}: ${report.ok ? "passed" : "failed"}`,
    data: { ok: report.ok, counts: report.counts }
  });
  return report;
}

export {
  RecordingLogger,
  silentLogger,
  systemClock,
  recordingClock,
  sourceDateEpoch,
  SecretRegistry,
  derivedForms,
  createStageContext,
  runStage
};
