import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  mergeReportParts
} from "./chunk-HJEZKQSO.js";
import {
  readSBOM
} from "./chunk-3E22Y2DZ.js";
import {
  loadAdvisories
} from "./chunk-KHKFDRRL.js";
import {
  artifactForSBOM,
  artifactRefs,
  evaluateLicense,
  scanPolicyFrom,
  subjectLocation
} from "./chunk-IKBALTOS.js";
import {
  normalizePythonName,
  parsePackageURL
} from "./chunk-XPEMJPSB.js";
import {
  runStage
} from "./chunk-3STO6GSY.js";
import {
  sortFindings
} from "./chunk-N67TL7SK.js";
import {
  writeFileAtomic
} from "./chunk-MUGHQZOG.js";
import {
  canonicalJSON
} from "./chunk-NSYWVXGE.js";
import {
  loadManifest,
  loadPolicy
} from "./chunk-62XS2I6U.js";
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

// packages/core/src/policy-scan/policy-scan-stage.ts
import { mkdir } from "node:fs/promises";
import { dirname, relative as relative2, resolve as resolve2 } from "node:path";

// packages/core/src/policy-scan/advisory-index.ts
var AdvisoryIndex = class {
  #entries = /* @__PURE__ */ new Map();
  size;
  constructor(advisories) {
    this.size = advisories.length;
    for (const advisory of advisories) {
      for (const affected of advisory.affected) {
        const key = indexKey(affected.ecosystem, affected.name);
        const list = this.#entries.get(key);
        if (list) list.push({ advisory, affected });
        else this.#entries.set(key, [{ advisory, affected }]);
      }
    }
  }
  /** The entries for one package (empty when none). */
  lookup(ecosystem, name) {
    return this.#entries.get(indexKey(ecosystem, name)) ?? [];
  }
};
function indexKey(ecosystem, name) {
  const base = ecosystem.split(":")[0] ?? ecosystem;
  const key = base === "PyPI" ? normalizePythonName(name) : base === "NuGet" ? name.toLowerCase() : name;
  return `${base}\0${key}`;
}

// packages/core/src/policy-scan/purl-scope.ts
function scopeMatches(scope, purl) {
  const want = parsePackageURL(scope);
  const have = parsePackageURL(purl);
  if (!want || !have) return false;
  const sameName = want.type === have.type && normalize(want.type, want.namespace) === normalize(have.type, have.namespace) && normalize(want.type, want.name) === normalize(have.type, have.name);
  return sameName && (want.version === void 0 || want.version === have.version);
}
function normalize(type, text) {
  if (text === void 0) return "";
  return ["pypi", "nuget", "github"].includes(type) ? text.toLowerCase() : text;
}

// packages/core/src/policy-scan/exception-rules.ts
function applyExceptions(findings, exceptions, now) {
  const result = findings.map((finding) => ({ ...finding }));
  const problems = [];
  const applied = [];
  for (const exception of exceptions) {
    const covered = result.filter(
      (finding) => finding.severity !== "note" && covers(exception, finding)
    );
    const problem = problemWith(exception, now, covered.length);
    if (problem) {
      problems.push(problem);
      continue;
    }
    for (const finding of covered) {
      finding.severity = "note";
      finding.message = `${finding.message} [excepted until ${exception.expires}: ${exception.reason}]`;
      finding.details = { ...finding.details, exception: exception.id };
    }
    applied.push({
      id: exception.id,
      scope: exception.scope,
      reason: exception.reason,
      owner: exception.owner,
      approvers: exception.approvers,
      expires: exception.expires,
      covered: covered.map(({ code, advisory, component }) => ({
        code,
        advisory,
        component
      }))
    });
  }
  return { findings: [...result, ...problems], applied };
}
function covers(exception, finding) {
  const aliases = Array.isArray(finding.details?.["aliases"]) ? finding.details["aliases"] : [];
  const idMatches = exception.id === finding.code || exception.id === finding.advisory || aliases.includes(exception.id);
  return idMatches && finding.component !== void 0 && scopeMatches(exception.scope, finding.component);
}
function problemWith(exception, now, matches) {
  const base = {
    location: exception.location,
    owner: exception.owner,
    component: exception.scope,
    details: { exception: exception.id }
  };
  if (exception.expiresAt.getTime() < now.getTime()) {
    return {
      ...base,
      code: "EXCEPTION_EXPIRED",
      severity: "error",
      message: `the exception for ${exception.id} on ${exception.scope} expired on ${exception.expires}; it no longer applies and fails the gate until it is renewed or removed`,
      remediation: "fix what it covered, or renew it with a new expiry and fresh approval"
    };
  }
  if (!approvedByOther(exception)) {
    return {
      ...base,
      code: "EXCEPTION_UNAPPROVED",
      severity: "warning",
      message: `the exception for ${exception.id} on ${exception.scope} has no approver other than its owner ${exception.owner}, so it does not apply`,
      remediation: "have someone other than the owner approve it"
    };
  }
  if (matches === 0) {
    return {
      ...base,
      code: "EXCEPTION_STALE",
      severity: "warning",
      message: `the exception for ${exception.id} on ${exception.scope} matched no finding; it is stale`,
      remediation: "remove the exception from policy.yaml"
    };
  }
  return void 0;
}
function approvedByOther(exception) {
  const owner = identity(exception.owner);
  return exception.approvers.some((approver) => identity(approver) !== owner);
}
function identity(name) {
  return name.trim().replace(/^@/, "").toLowerCase();
}

// packages/core/src/policy-scan/export-control-check.ts
function checkExportControl(input) {
  const findings = [];
  for (const ref of input.artifacts) {
    findings.push(...classificationFindings(ref, input));
    findings.push(...regionFindings(ref, input.policy));
  }
  findings.push(...signingFindings(input));
  return findings;
}
function classificationFindings(ref, input) {
  const rules = input.policy.exportControl;
  const { artifact } = ref;
  const declared = artifact.export ?? {};
  const at = (key) => ({
    ...ref.location,
    pointer: `${ref.location.pointer ?? ""}/export${key}`
  });
  const base = { owner: artifact.owner, location: at("") };
  const findings = [];
  const reasons = encryptionReasons(ref, input.subjects);
  if (rules.requireClassification && reasons.length > 0) {
    const why = `artifact ${artifact.name} uses encryption (${reasons.slice(0, 3).join("; ")})`;
    if (!declared.eccn) {
      findings.push({
        ...base,
        code: "EXPORT_ECCN_MISSING",
        severity: "error",
        message: `${why} but declares no export.eccn`,
        remediation: "classify the artifact and set export.eccn (e.g. 5D002 or 5D992) in release.yaml"
      });
    }
    if (!declared["classification-ticket"]) {
      findings.push({
        ...base,
        code: "EXPORT_TICKET_MISSING",
        severity: "error",
        message: `${why} but declares no export.classification-ticket`,
        remediation: "set export.classification-ticket to the ticket that records the classification"
      });
    }
  }
  const ticket = declared["classification-ticket"];
  if (ticket && rules.ticketPattern && !rules.ticketPattern.matches(ticket)) {
    findings.push({
      ...base,
      location: at("/classification-ticket"),
      code: "EXPORT_TICKET_INVALID",
      severity: "error",
      message: `artifact ${artifact.name}: classification ticket "${ticket}" does not match export-control.ticket-pattern`,
      remediation: "use a ticket id in the form the policy requires"
    });
  }
  if (declared.eccn && rules.allowedECCNs.length > 0 && !rules.allowedECCNs.includes(declared.eccn)) {
    findings.push({
      ...base,
      location: at("/eccn"),
      code: "EXPORT_ECCN_NOT_ALLOWED",
      severity: "error",
      message: `artifact ${artifact.name}: ECCN ${declared.eccn} is not in export-control.allowed-eccns (${rules.allowedECCNs.join(", ")})`,
      remediation: "review the classification with the export-control team"
    });
  }
  return findings;
}
function encryptionReasons(ref, subjects) {
  const reasons = [];
  if (ref.artifact.export?.["uses-encryption"] === true)
    reasons.push("release.yaml says so");
  for (const subject of subjects) {
    if (subject.artifact?.index !== ref.index) continue;
    for (const component of subject.sbom.components) {
      const { usesEncryption, cryptoProperties } = component.classification;
      if (usesEncryption === true || cryptoProperties) {
        reasons.push(
          `${component.name} in ${subject.sbom.file}${cryptoProperties ? " has cryptoProperties" : " is marked as using encryption"}`
        );
      }
    }
  }
  return reasons;
}
function regionFindings(ref, policy) {
  const rules = policy.exportControl;
  const findings = [];
  const targets = ref.artifact.targets ?? [];
  const regimes = policy.regimes;
  if (rules.allowedRegions.length === 0 && regimes.length === 0)
    return findings;
  targets.forEach((target, index) => {
    const location = {
      ...ref.location,
      pointer: `${ref.location.pointer ?? ""}/targets/${index}`
    };
    const base = { owner: ref.artifact.owner, location };
    const region = rules.registryRegions[target];
    if (region === void 0) {
      findings.push({
        ...base,
        code: "EXPORT_REGION_UNKNOWN",
        severity: "error",
        message: `artifact ${ref.artifact.name} targets registry ${target}, whose region export-control.registry-regions does not give`,
        remediation: `add ${target} to export-control.registry-regions`
      });
      return;
    }
    if (rules.allowedRegions.length > 0 && !inRegions(region, rules.allowedRegions)) {
      findings.push({
        ...base,
        code: "EXPORT_REGION_NOT_ALLOWED",
        severity: "error",
        message: `artifact ${ref.artifact.name} targets registry ${target} in ${region}, outside export-control.allowed-regions (${rules.allowedRegions.join(", ")})`,
        remediation: "target a registry in an allowed region"
      });
    }
    for (const regime of regimes) {
      const allowed = rules.regimeRegions[regime] ?? [];
      if (!inRegions(region, allowed)) {
        findings.push({
          ...base,
          code: "REGIME_DATA_RESIDENCY",
          severity: "error",
          message: `artifact ${ref.artifact.name} targets registry ${target} in ${region}, but the ${regime} regime requires ${allowed.join(", ")}`,
          remediation: `target a registry in a region ${regime} allows`
        });
      }
    }
  });
  return findings;
}
function inRegions(region, patterns) {
  return patterns.some(
    (pattern) => pattern.endsWith("*") ? region.startsWith(pattern.slice(0, -1)) : region === pattern
  );
}
function signingFindings(input) {
  const regimes = input.policy.regimes.filter(
    (regime) => regime === "fedramp" || regime === "hipaa"
  );
  if (regimes.length === 0) return [];
  const location = input.policy.file ? { file: input.policy.file, pointer: "/regimes" } : void 0;
  if (!input.signReport) {
    return [
      {
        code: "REGIME_SIGNING_MISSING",
        severity: "error",
        location,
        message: `the ${regimes.join(" and ")} regime needs signed artifacts, but no sign report is in the workspace`,
        remediation: "run shipshape sign before the scan"
      }
    ];
  }
  if (!regimes.includes("fedramp")) return [];
  const approved = input.policy.exportControl.approvedSigningAlgorithms;
  const used = signingAlgorithms(input.signReport);
  if (used.size === 0) {
    return [
      {
        code: "REGIME_SIGNING_ALGORITHM_UNKNOWN",
        severity: "warning",
        location,
        message: "the fedramp regime requires approved signing algorithms, but the sign report names none, so they could not be checked",
        remediation: "sign with a key whose algorithm shipshape records (ECDSA P-256/P-384, RSA, Ed25519), or check the key type by hand"
      }
    ];
  }
  return [...used].filter((name) => !approved.includes(name.toLowerCase())).map((name) => ({
    code: "REGIME_SIGNING_ALGORITHM",
    severity: "error",
    location,
    message: `the fedramp regime accepts only approved signing algorithms, but the sign report shows ${name}`,
    remediation: `sign with one of: ${approved.join(", ")}`
  }));
}
function signingAlgorithms(report) {
  const found = /* @__PURE__ */ new Set();
  const stack = [report];
  let steps = 0;
  while (stack.length > 0 && steps < 1e5) {
    steps += 1;
    const value = stack.pop();
    if (Array.isArray(value)) stack.push(...value);
    else if (isRecord(value)) {
      for (const [key, item] of Object.entries(value)) {
        if (key === "algorithm" && typeof item === "string") found.add(item);
        else if (typeof item === "object") stack.push(item);
      }
    }
  }
  return found;
}

// packages/core/src/policy-scan/license-check.ts
function checkLicenses(subjects, artifacts, rules) {
  const used = /* @__PURE__ */ new Set();
  const findings = [];
  for (const ref of artifacts) {
    const verdict = evaluateLicense(ref.artifact.license, rules);
    const location = {
      ...ref.location,
      pointer: `${ref.location.pointer ?? ""}/license`
    };
    const finding = toFinding(
      verdict,
      `artifact ${ref.artifact.name}`,
      location,
      ref.artifact.owner,
      rules
    );
    if (finding) findings.push(finding);
  }
  const seen = /* @__PURE__ */ new Set();
  for (const subject of subjects) {
    const owner = subject.artifact?.index ?? subject.sbom.file;
    for (const component of subject.sbom.components) {
      if (isCryptoAsset(component)) continue;
      const key = `${owner}|${component.purl ?? `${component.name}@${component.version ?? ""}`}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const override = rules.overrides.find(
        (entry) => component.purl !== void 0 && scopeMatches(entry.purl, component.purl)
      );
      if (override) used.add(override);
      const verdict = evaluateLicense(
        override?.license ?? component.licenses,
        rules
      );
      const label = `${component.packageName ?? component.name}@${component.version ?? "?"}`;
      const finding = toFinding(
        verdict,
        label,
        subjectLocation(subject),
        subject.artifact?.artifact.owner,
        rules
      );
      if (finding) {
        finding.component = component.purl;
        finding.details = {
          ...finding.details,
          sbom: subject.sbom.file,
          override: override?.reason
        };
        findings.push(finding);
      }
    }
  }
  return {
    findings,
    unusedOverrides: rules.overrides.filter((entry) => !used.has(entry))
  };
}
function isCryptoAsset(component) {
  return component.classification.cryptoProperties && component.purl === void 0;
}
function toFinding(verdict, label, location, owner, rules) {
  switch (verdict.kind) {
    case "allowed":
      return void 0;
    case "denied":
      return {
        code: "LICENSE_DENIED",
        severity: "error",
        message: `${label} is licensed under ${verdict.licenses.join(", ")}, which the policy denies, and no alternative is allowed`,
        location,
        owner,
        remediation: "replace the package, or add a licences override if its recorded licence is wrong",
        details: { licenses: verdict.licenses }
      };
    case "not-allowed":
      return {
        code: "LICENSE_NOT_ALLOWED",
        severity: "error",
        message: `${label} needs ${verdict.licenses.join(", ")}, which licenses.allow does not list`,
        location,
        owner,
        remediation: "replace the package, ask for the licence to be allowed, or record an approved exception",
        details: { licenses: verdict.licenses }
      };
    case "unknown":
      return {
        code: "LICENSE_UNKNOWN",
        severity: rules.unknown === "warn" ? "warning" : "error",
        message: `${label} has no usable licence: ${verdict.reason}`,
        location,
        owner,
        remediation: "record the licence in the SBOM, or add a licenses.overrides entry with the correct SPDX expression"
      };
  }
}

// packages/core/src/policy-scan/openvex-document.ts
function openVEXDocument(applied, timestamp, author) {
  const statements = applied.flatMap(
    (exception) => exception.covered.filter(
      (item) => item.advisory !== void 0 && item.component !== void 0
    ).map((item) => ({
      vulnerability: { name: item.advisory },
      products: [{ "@id": item.component }],
      status: "affected",
      action_statement: `Risk accepted until ${exception.expires} by ${exception.approvers.join(", ")} (owner ${exception.owner}): ${exception.reason}`,
      timestamp: timestamp.toISOString()
    }))
  );
  if (statements.length === 0) return void 0;
  const body = {
    "@context": "https://openvex.dev/ns/v0.2.0",
    author,
    role: "policy gate",
    timestamp: timestamp.toISOString(),
    version: 1,
    statements
  };
  const id = `urn:uuid:${uuidFrom(sha256Hex(canonicalJSON(body)))}`;
  return canonicalJSON({ "@id": id, ...body });
}
function uuidFrom(hex) {
  const h = hex.slice(0, 32).split("");
  h[12] = "5";
  h[16] = (parseInt(h[16] ?? "0", 16) & 3 | 8).toString(16);
  const s = h.join("");
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

// packages/core/src/policy-scan/sarif-log.ts
import { createHash } from "node:crypto";
var levels = {
  error: "error",
  warning: "warning",
  note: "note"
};
var securitySeverity = {
  critical: "9.5",
  high: "8.0",
  moderate: "5.5",
  low: "2.0",
  unknown: "8.0"
};
var maxSARIFResults = 25e3;
function sarifLog(findings, options) {
  const ruleIds = [];
  const rules = [];
  const results = findings.slice(0, maxSARIFResults).map((finding) => {
    const ruleId = finding.advisory ?? finding.code;
    let ruleIndex = ruleIds.indexOf(ruleId);
    if (ruleIndex < 0) {
      ruleIndex = ruleIds.push(ruleId) - 1;
      rules.push(ruleFor(ruleId, finding));
    }
    return resultFor(finding, ruleId, ruleIndex, options.fallbackFile);
  });
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "shipshape policy-scan",
            semanticVersion: options.toolVersion,
            informationUri: "https://github.com/shipshape-dev/shipshape",
            rules
          }
        },
        automationDetails: { id: "shipshape/policy-scan/" },
        results
      }
    ]
  };
}
function ruleFor(id, finding) {
  const level = typeof finding.details?.["severity"] === "string" ? finding.details["severity"] : void 0;
  const text = finding.advisory ? `Advisory ${id}` : id.toLowerCase().replaceAll("_", " ");
  return {
    id,
    name: id.replace(/[^A-Za-z0-9]/g, ""),
    shortDescription: { text },
    fullDescription: {
      text: finding.advisory ? `A dependency is affected by ${id}.` : `policy-scan rule ${id}.`
    },
    helpUri: finding.advisory ? `https://osv.dev/vulnerability/${encodeURIComponent(id)}` : void 0,
    defaultConfiguration: { level: levels[finding.severity] },
    properties: {
      tags: finding.advisory ? ["security", "dependency"] : ["policy"],
      ...finding.advisory ? { "security-severity": securitySeverity[level ?? "unknown"] ?? "8.0" } : {}
    }
  };
}
function resultFor(finding, ruleId, ruleIndex, fallbackFile) {
  const file = finding.location?.file ?? fallbackFile;
  const region = {
    startLine: Math.max(1, finding.location?.line ?? 1)
  };
  if (finding.location?.column)
    region["startColumn"] = Math.max(1, finding.location.column);
  const text = finding.remediation ? `${finding.message}. Fix: ${finding.remediation}` : finding.message;
  return {
    ruleId,
    ruleIndex,
    level: levels[finding.severity],
    message: { text },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toURI(file) },
          region
        }
      }
    ],
    partialFingerprints: {
      "shipshapeFinding/v1": createHash("sha256").update(
        `${ruleId}\0${finding.code}\0${finding.component ?? ""}\0${file}`
      ).digest("hex")
    },
    properties: {
      code: finding.code,
      ...finding.component ? { component: finding.component } : {},
      ...finding.owner ? { owner: finding.owner } : {}
    }
  };
}
function toURI(file) {
  return file.split(/[\\/]/).filter((part) => part !== "" && part !== ".").map(encodeURIComponent).join("/");
}

// packages/core/src/policy-scan/sbom-inputs.ts
import { existsSync } from "node:fs";
import { lstat, readdir } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
async function readScanSubjects(context, workspace, artifacts, option) {
  const given = option === void 0 ? [] : Array.isArray(option) ? option : [option];
  const inputs = given.length > 0 ? given.map((file) => ({
    path: resolve(context.cwd, file),
    display: file
  })) : await inputsFromSBOMStage(context, workspace);
  const subjects = [];
  for (const input of inputs) {
    const sbom = await readSBOM(input.path, input.display);
    subjects.push({
      sbom,
      artifact: artifactForSBOM(sbom, artifacts, input.artifact)
    });
  }
  return subjects;
}
async function inputsFromSBOMStage(context, workspace) {
  const reports = await sbomReports(workspace);
  const named = /* @__PURE__ */ new Map();
  for (const report of reports) {
    const listed = report["sboms"];
    if (!Array.isArray(listed)) continue;
    for (const entry of listed) {
      if (isRecord(entry) && typeof entry["path"] === "string" && typeof entry["artifact"] === "string") {
        named.set(entry["path"], entry["artifact"]);
      }
    }
  }
  const files = [
    ...new Set(
      reports.flatMap(
        (report) => (Array.isArray(report.evidence) ? report.evidence : []).map((evidence) => evidence.path).filter((path) => typeof path === "string" && path.endsWith(".json"))
      )
    )
  ].sort();
  if (files.length === 0) {
    throw new UserError(
      "SCAN_NO_SBOM",
      "no SBOM to scan: run `shipshape sbom` first, or pass --sbom FILE (action input `sbom`)",
      { field: "sbom" }
    );
  }
  return files.map((path) => {
    const absolute = [
      resolve(process.cwd(), path),
      resolve(context.cwd, path),
      resolve(workspace.root, "..", path)
    ].find((candidate) => existsSync(candidate)) ?? resolve(context.cwd, path);
    return {
      path: absolute,
      display: relative(context.cwd, absolute) || path,
      artifact: named.get(path)
    };
  });
}
async function sbomReports(workspace) {
  const reports = [];
  const own = await workspace.readReport("sbom");
  if (own) reports.push(own);
  const dir = join(workspace.root, "reports");
  for (const name of await sbomNames(dir, /^sbom-[a-z]+\.json$/)) {
    const path = join(dir, name);
    if ((await lstat(path)).isSymbolicLink()) {
      throw new UserError(
        "WORKSPACE_SYMLINK",
        `${path} is a symbolic link; stage reports must be real files`,
        { file: path }
      );
    }
    const data = await readJSONFile(path, path);
    if (isRecord(data) && data["stage"] === "sbom")
      reports.push(data);
  }
  for (const step of await sbomNames(join(dir, "parts"), /^sbom-[a-z]+$/)) {
    const merged = await mergeReportParts(workspace.root, step, "sbom");
    if (merged) reports.push(merged.report);
  }
  return reports;
}
async function sbomNames(dir, pattern) {
  const names = await readdir(dir).catch(() => []);
  return names.filter((name) => pattern.test(name)).sort();
}

// packages/core/src/policy-scan/scan-summary.ts
function scanSummary(findings) {
  const bySeverity = {
    critical: 0,
    high: 0,
    moderate: 0,
    low: 0,
    unknown: 0
  };
  for (const finding of findings) {
    if (!finding.advisory) continue;
    const level = finding.details?.["severity"];
    const key = typeof level === "string" && level in bySeverity ? level : "unknown";
    bySeverity[key] += 1;
  }
  return {
    bySeverity,
    blocking: findings.filter((finding) => finding.severity === "error").length,
    excepted: findings.filter(
      (finding) => finding.details?.["exception"] !== void 0 && finding.severity === "note"
    ).length
  };
}
function scanSummaryMarkdown(findings, escape) {
  const summary = scanSummary(findings);
  const rows = Object.entries(summary.bySeverity).map(
    ([level, count]) => `| ${level} | ${count} |`
  );
  let text = `
### Vulnerabilities by severity

| severity | findings |
|---|---|
${rows.join("\n")}

`;
  const blocking = findings.filter((finding) => finding.severity === "error");
  text += `### What blocks the release (${blocking.length})

`;
  if (blocking.length === 0) return `${text}Nothing blocks.
`;
  text += "| code | component | advisory | fix | owner |\n|---|---|---|---|---|\n";
  text += blocking.slice(0, 100).map(
    (finding) => `| ${[finding.code, finding.component ?? "", finding.advisory ?? "", finding.remediation ?? "", finding.owner ?? ""].map(escape).join(" | ")} |`
  ).join("\n");
  return `${text}
`;
}

// packages/core/src/policy-scan/policy-scan-stage.ts
var toolVersion = "0.1.0";
async function runPolicyScanStage(context, options = {}) {
  return runStage(context, "policy-scan", async (workspace) => {
    const manifest = await loadManifest(context.manifestFile, context.cwd);
    const policy = await scanPolicyFrom(
      await loadPolicy({ file: context.policyFile, cwd: context.cwd })
    );
    const artifacts = artifactRefs(manifest);
    const subjects = await readScanSubjects(
      context,
      workspace,
      artifacts,
      options.sbom
    );
    const advisories = await advisoriesFor(
      context,
      workspace,
      policy,
      options.advisories,
      subjects
    );
    const { checkVulnerabilities } = advisories ? await import("./vulnerability-check-VJS22MVO.js") : { checkVulnerabilities: void 0 };
    const licenses = checkLicenses(subjects, artifacts, policy.licenses);
    const raw = [
      ...unscanned(artifacts, subjects, options.sbom !== void 0),
      ...licenses.findings,
      ...staleOverrides(licenses.unusedOverrides),
      ...advisories && checkVulnerabilities ? checkVulnerabilities(
        subjects,
        advisories.index,
        policy.vulnerabilities
      ) : [noAdvisories(policy)],
      ...checkExportControl({
        artifacts,
        subjects,
        policy,
        signReport: await workspace.readReport("sign")
      })
    ];
    const { findings, applied } = applyExceptions(
      raw,
      policy.exceptions,
      context.now()
    );
    const sorted = sortFindings(findings);
    const evidence = advisories?.evidence ? [advisories.evidence] : [];
    const vex = await writeVEX(workspace, applied, context);
    if (vex) evidence.push(vex);
    await journalExceptions(workspace, applied, context);
    const sarif = options.sarif ? await writeSARIF(context, options.sarif, sorted, manifest.file) : void 0;
    const summary = scanSummary(sorted);
    return {
      findings: sorted,
      evidence,
      extra: {
        sboms: subjects.map((subject) => ({
          file: subject.sbom.file,
          format: subject.sbom.format,
          specVersion: subject.sbom.specVersion,
          components: subject.sbom.components.length,
          artifact: subject.artifact?.artifact.name
        })),
        advisories: advisories ? { source: advisories.display, relevant: advisories.index.size } : void 0,
        vulnerabilities: summary,
        exceptions: applied,
        vex: vex?.path,
        sarif
      },
      summary: `policy-scan: ${summary.blocking} blocking, ${applied.length} exception(s) applied`
    };
  });
}
async function advisoriesFor(context, workspace, policy, option, subjects) {
  const path = option !== void 0 ? resolve2(context.cwd, option) : policy.vulnerabilities.advisories;
  const api = policy.vulnerabilities.osvAPI;
  if (path === void 0 && api === void 0) return void 0;
  const sources = [];
  const byId = /* @__PURE__ */ new Map();
  if (path !== void 0) {
    const display = relative2(context.cwd, path) || ".";
    const local = await loadAdvisories(
      path,
      display,
      packageNameFilter(subjects)
    );
    context.logger.info(
      `${local.length} advisories in ${display} name a scanned package`
    );
    for (const advisory of local) byId.set(advisory.id, advisory);
    sources.push(display);
  }
  let evidence;
  if (api !== void 0) {
    const [{ fetchOSVAdvisories }, { safeURL }] = await Promise.all([
      import("./osv-api-XHPCGBYC.js"),
      import("./http-client-ZCZLHGRD.js")
    ]);
    const shown = safeURL(api);
    const purls = subjects.flatMap(
      (subject) => subject.sbom.components.flatMap(
        (component) => component.purl === void 0 ? [] : [component.purl]
      )
    );
    const online = await fetchOSVAdvisories(purls, api, context.logger);
    for (const advisory of online.advisories) byId.set(advisory.id, advisory);
    evidence = await workspace.writeEvidence(
      "policy-scan",
      "osv-api-advisories.json",
      canonicalJSON({
        source: shown,
        queried: online.queried,
        records: online.records
      })
    );
    sources.push(`OSV API ${shown}`);
  }
  return {
    index: new AdvisoryIndex([...byId.values()]),
    display: sources.join(" + "),
    evidence
  };
}
function packageNameFilter(subjects) {
  const loose = (name) => name.toLowerCase().replace(/[-_.]+/g, "-");
  const names = /* @__PURE__ */ new Set();
  for (const subject of subjects) {
    for (const component of subject.sbom.components) {
      if (component.packageName) names.add(loose(component.packageName));
    }
  }
  return (name) => names.has(loose(name));
}
function unscanned(artifacts, subjects, chosenByHand) {
  const seen = new Set(subjects.map((subject) => subject.artifact?.index));
  return artifacts.filter((ref) => !seen.has(ref.index)).map((ref) => ({
    code: "SCAN_ARTIFACT_NOT_SCANNED",
    severity: chosenByHand ? "warning" : "error",
    message: `no SBOM of ${ref.artifact.name} was scanned, so its licences and vulnerabilities were not checked`,
    location: ref.location,
    owner: ref.artifact.owner,
    remediation: `run shipshape sbom for ${ref.artifact.name} first, or pass its SBOM with --sbom`
  }));
}
function noAdvisories(policy) {
  return {
    code: "VULN_NO_ADVISORIES",
    severity: "warning",
    message: "no advisories were given, so no vulnerability was checked",
    location: policy.file ? { file: policy.file, pointer: "/vulnerabilities" } : void 0,
    remediation: "set vulnerabilities.advisories in policy.yaml, pass --advisories, or allow the OSV API with vulnerabilities.osv-api"
  };
}
function staleOverrides(unused) {
  return unused.map((override) => ({
    code: "LICENSE_OVERRIDE_STALE",
    severity: "warning",
    message: `the licence override for ${override.purl} matched no component`,
    location: override.location,
    component: override.purl,
    remediation: "remove the override from licenses.overrides"
  }));
}
async function writeVEX(workspace, applied, context) {
  const document = openVEXDocument(
    applied,
    context.clock(),
    "shipshape policy-scan"
  );
  if (!document) return void 0;
  return workspace.writeEvidence(
    "policy-scan",
    "exceptions.openvex.json",
    document
  );
}
async function journalExceptions(workspace, applied, context) {
  for (const exception of applied) {
    await workspace.journal.append({
      kind: "exception",
      stage: "policy-scan",
      actor: context.actor,
      summary: `exception ${exception.id} on ${exception.scope} applied (owner ${exception.owner}, approved by ${exception.approvers.join(", ")}, expires ${exception.expires})`,
      data: { ...exception }
    });
  }
}
async function writeSARIF(context, file, findings, manifestFile) {
  const path = resolve2(context.cwd, file);
  const text = canonicalJSON(
    sarifLog(findings, { toolVersion, fallbackFile: manifestFile })
  );
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, text);
  return { path: file, sha256: sha256Hex(text) };
}

export {
  scanSummaryMarkdown,
  runPolicyScanStage
};
