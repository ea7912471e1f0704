import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  readSBOM
} from "./chunk-3E22Y2DZ.js";
import {
  artifactForSBOM,
  artifactRefs,
  evaluateLicense,
  scanPolicyFrom,
  subjectLocation
} from "./chunk-VULSGT2R.js";
import {
  normalizePythonName,
  parsePackageURL
} from "./chunk-XPEMJPSB.js";
import {
  runStage
} from "./chunk-OUIXNFFK.js";
import {
  sortFindings
} from "./chunk-RJJVKTZQ.js";
import {
  writeFileAtomic
} from "./chunk-MUGHQZOG.js";
import {
  canonicalJSON
} from "./chunk-NSYWVXGE.js";
import {
  loadManifest,
  loadPolicy
} from "./chunk-QY7IBTCD.js";
import {
  isRecord,
  readBoundedFile
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
        remediation: "check the signing key type by hand (e.g. ECDSA P-256) until the sign report records algorithms"
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

// packages/core/src/policy-scan/osv-advisories.ts
import {
  closeSync,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync
} from "node:fs";
import { join } from "node:path";

// packages/core/src/policy-scan/archive-entries.ts
import { gunzipSync } from "node:zlib";

// packages/core/src/policy-scan/zip-entries.ts
import { crc32, inflateRawSync } from "node:zlib";
var endSignature = 101010256;
var centralSignature = 33639248;
var localSignature = 67324752;
function readZipEntries(zip, file) {
  const central = readCentralDirectory(zip, file);
  const entries = [];
  let total = 0;
  central.forEach((entry, index) => {
    assertSafeEntryName(entry.name, file);
    total += entry.size;
    assertWithinLimits(index + 1, entry.size, total, file);
    assertRegular(entry, file);
    if (entry.name.endsWith("/")) return;
    entries.push({ name: entry.name, data: readData(zip, entry, file) });
  });
  return entries;
}
function readCentralDirectory(zip, file) {
  const end = findEnd(zip, file);
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  if (count === 65535 || offset === 4294967295) {
    throw archiveError(file, "is a zip64 archive, which is not supported");
  }
  const entries = [];
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== centralSignature) {
      throw archiveError(file, "has a corrupt zip central directory");
    }
    const nameLength = zip.readUInt16LE(offset + 28);
    const skip = nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
    entries.push({
      flags: zip.readUInt16LE(offset + 8),
      method: zip.readUInt16LE(offset + 10),
      crc: zip.readUInt32LE(offset + 16),
      compressedSize: zip.readUInt32LE(offset + 20),
      size: zip.readUInt32LE(offset + 24),
      mode: zip.readUInt32LE(offset + 38) >>> 16,
      localOffset: zip.readUInt32LE(offset + 42),
      name: zip.toString("utf8", offset + 46, offset + 46 + nameLength)
    });
    offset += 46 + skip;
    if (entries.length > archiveLimits.entries) {
      throw archiveError(
        file,
        `has more than ${archiveLimits.entries} entries`
      );
    }
  }
  return entries;
}
function findEnd(zip, file) {
  const stop = Math.max(0, zip.length - 22 - 65535);
  for (let offset = zip.length - 22; offset >= stop; offset -= 1) {
    if (zip.readUInt32LE(offset) === endSignature) return offset;
  }
  throw archiveError(file, "is not a zip archive");
}
function assertRegular(entry, file) {
  const type = entry.mode & 61440;
  if (type !== 0 && type !== 32768 && type !== 16384) {
    throw archiveError(
      file,
      `has a ${type === 40960 ? "link" : "special"} entry "${entry.name.slice(0, 200)}"; only regular files are accepted`
    );
  }
  if ((entry.flags & 1) !== 0) {
    throw archiveError(
      file,
      `has an encrypted entry "${entry.name.slice(0, 200)}"`
    );
  }
  if (entry.method !== 0 && entry.method !== 8) {
    throw archiveError(
      file,
      `uses compression method ${entry.method}; only stored and deflate are supported`
    );
  }
  if (entry.size > Math.max(entry.compressedSize, 1) * archiveLimits.ratio) {
    throw archiveError(
      file,
      `has an entry "${entry.name.slice(0, 200)}" that expands beyond ${archiveLimits.ratio} times its size (a decompression bomb?)`
    );
  }
}
function readData(zip, entry, file) {
  const at = entry.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== localSignature) {
    throw archiveError(
      file,
      `has a corrupt local header for "${entry.name.slice(0, 200)}"`
    );
  }
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > zip.length) throw archiveError(file, "is truncated");
  const raw = zip.subarray(start, end);
  let data;
  try {
    data = entry.method === 0 ? Buffer.from(raw) : inflateRawSync(raw, { maxOutputLength: Math.max(entry.size, 1) });
  } catch {
    throw archiveError(
      file,
      `has an entry "${entry.name.slice(0, 200)}" that does not inflate to its declared size`
    );
  }
  if (data.length !== entry.size || crc32(data) !== entry.crc) {
    throw archiveError(
      file,
      `has an entry "${entry.name.slice(0, 200)}" whose size or CRC-32 does not match`
    );
  }
  return data;
}

// packages/core/src/policy-scan/tar-entries.ts
var block = 512;
function readTarEntries(tar, file) {
  const entries = [];
  let offset = 0;
  let longName;
  let total = 0;
  let count = 0;
  while (offset + block <= tar.length) {
    const header = tar.subarray(offset, offset + block);
    if (header.every((byte) => byte === 0)) break;
    assertChecksum(header, file);
    const type = String.fromCharCode(header[156] ?? 0);
    const size = readSize(header.subarray(124, 136), file);
    const start = offset + block;
    const end = start + size;
    if (end > tar.length) throw archiveError(file, "is truncated");
    offset = start + Math.ceil(size / block) * block;
    const data = tar.subarray(start, end);
    count += 1;
    total += size;
    assertWithinLimits(count, size, total, file);
    if (type === "x") {
      longName = paxPath(data) ?? longName;
      continue;
    }
    if (type === "L") {
      longName = data.toString("utf8").replace(/\0.*$/s, "");
      continue;
    }
    if (type === "g") continue;
    const name = longName ?? headerName(header);
    longName = void 0;
    assertSafeEntryName(name, file);
    if (type === "5") continue;
    if (type !== "0" && type !== "\0" && type !== "7") {
      throw archiveError(
        file,
        `has a ${type === "1" || type === "2" ? "link" : "special"} entry "${name.slice(0, 200)}"; only regular files are accepted`
      );
    }
    entries.push({ name, data: Buffer.from(data) });
  }
  return entries;
}
function headerName(header) {
  const name = cString(header.subarray(0, 100));
  const magic = header.subarray(257, 262).toString("latin1");
  const prefix = magic === "ustar" ? cString(header.subarray(345, 500)) : "";
  return prefix ? `${prefix}/${name}` : name;
}
function cString(bytes) {
  const end = bytes.indexOf(0);
  return bytes.subarray(0, end < 0 ? bytes.length : end).toString("utf8");
}
function readSize(field, file) {
  if (((field[0] ?? 0) & 128) !== 0) {
    throw archiveError(
      file,
      "uses base-256 sizes, which are over the entry limit"
    );
  }
  const text = cString(field).trim();
  if (!/^[0-7]*$/.test(text))
    throw archiveError(file, "has a corrupt tar header");
  return text === "" ? 0 : parseInt(text, 8);
}
function assertChecksum(header, file) {
  const stored = parseInt(cString(header.subarray(148, 156)).trim(), 8);
  let sum = 0;
  for (let index = 0; index < block; index += 1) {
    sum += index >= 148 && index < 156 ? 32 : header[index] ?? 0;
  }
  if (stored !== sum) throw archiveError(file, "has a corrupt tar header");
}
function paxPath(data) {
  for (const record of data.toString("utf8").split("\n")) {
    const match = /^\d+ path=(.*)$/s.exec(record);
    if (match) return match[1];
  }
  return void 0;
}

// packages/core/src/policy-scan/archive-entries.ts
var archiveLimits = {
  archiveBytes: 512 * 1024 * 1024,
  entries: 5e5,
  entryBytes: 16 * 1024 * 1024,
  totalBytes: 2 * 1024 * 1024 * 1024 - 1,
  /** Largest allowed uncompressed : compressed ratio. */
  ratio: 200
};
function isArchiveName(name) {
  return /\.(zip|tar\.gz|tgz)$/i.test(name);
}
function readArchiveEntries(bytes, file) {
  if (/\.zip$/i.test(file)) return readZipEntries(bytes, file);
  const tar = gunzipBounded(bytes, file);
  return readTarEntries(tar, file);
}
function gunzipBounded(bytes, file) {
  const cap = Math.min(
    archiveLimits.totalBytes,
    Math.max(bytes.length, 1) * archiveLimits.ratio
  );
  try {
    return gunzipSync(bytes, { maxOutputLength: cap });
  } catch (error) {
    const code = error instanceof Error && "code" in error ? error.code : "";
    if (code === "ERR_BUFFER_TOO_LARGE") {
      throw archiveError(
        file,
        `expands beyond ${archiveLimits.ratio} times its size or the total limit (a decompression bomb?)`
      );
    }
    throw archiveError(file, "is not a valid gzip file");
  }
}
function archiveError(file, reason) {
  return new UserError(
    "ADVISORY_ARCHIVE_REFUSED",
    `${file} ${reason}; nothing was read from it`,
    {
      file
    }
  );
}
function assertSafeEntryName(name, file) {
  const bad = name.length === 0 || name.length > 4096 || name.includes("\0") || name.includes("\\") || name.startsWith("/") || /^[a-zA-Z]:/.test(name) || name.split("/").includes("..");
  if (bad) {
    throw archiveError(
      file,
      `has an unsafe entry path "${name.slice(0, 200)}"`
    );
  }
}
function assertWithinLimits(entries, entryBytes, totalBytes, file) {
  if (entries > archiveLimits.entries) {
    throw archiveError(file, `has more than ${archiveLimits.entries} entries`);
  }
  if (entryBytes > archiveLimits.entryBytes) {
    throw archiveError(
      file,
      `has an entry larger than ${archiveLimits.entryBytes} bytes`
    );
  }
  if (totalBytes > archiveLimits.totalBytes) {
    throw archiveError(
      file,
      `expands to more than ${archiveLimits.totalBytes} bytes`
    );
  }
}

// packages/core/src/policy-scan/osv-advisories.ts
var advisoryLimits = {
  fileBytes: 8 * 1024 * 1024,
  files: 5e5,
  idLength: 200,
  stringLength: 4096
};
async function loadAdvisories(path, display, filter) {
  const info = statOrFail(path, display);
  if (info.isDirectory()) return loadFolder(path, display, filter);
  if (isArchiveName(path)) {
    const bytes = await readBoundedFile(
      path,
      archiveLimits.archiveBytes,
      display
    );
    return readArchiveEntries(bytes, display).filter((entry) => entry.name.endsWith(".json")).flatMap(
      (entry) => parseIfRelevant(
        entry.data.toString("utf8"),
        `${display}!${entry.name}`,
        filter
      )
    );
  }
  throw new UserError(
    "ADVISORIES_NOT_FOLDER",
    `${display} is neither a folder of OSV .json files nor a .zip or .tar.gz OSV export`,
    { file: display }
  );
}
function statOrFail(path, display) {
  try {
    return lstatSync(path);
  } catch {
    throw new UserError(
      "ADVISORIES_MISSING",
      `advisories not found at ${display}`,
      {
        file: display
      }
    );
  }
}
function loadFolder(root, display, filter) {
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith(".json")).map((entry) => join(entry.parentPath, entry.name)).sort();
  if (files.length > advisoryLimits.files) {
    throw new UserError(
      "ADVISORIES_TOO_MANY",
      `${display} holds more than ${advisoryLimits.files} advisory files`,
      { file: display }
    );
  }
  const prefix = display.replace(/\/$/, "");
  return files.flatMap((file) => {
    const name = `${prefix}/${file.slice(root.length).replace(/^\/+/, "")}`;
    return parseIfRelevant(readSmallFile(file, name), name, filter);
  });
}
var namePattern = /"name"\s*:\s*"([^"\\]*)(\\?)/g;
function parseIfRelevant(text, source, filter) {
  if (!filter) return [advisoryFromText(text, source)];
  for (const match of text.matchAll(namePattern)) {
    if (match[2] === "\\" || filter(match[1] ?? "")) {
      return [advisoryFromText(text, source)];
    }
  }
  return [];
}
var shared = Buffer.alloc(64 * 1024);
function readSmallFile(path, name) {
  let fd;
  try {
    fd = openSync(path, "r");
  } catch {
    throw new UserError("INPUT_UNREADABLE", `cannot read ${name}`, {
      file: name
    });
  }
  try {
    const size = fstatSync(fd).size;
    if (size > advisoryLimits.fileBytes) {
      throw new UserError(
        "ADVISORY_TOO_LARGE",
        `${name} is larger than ${advisoryLimits.fileBytes} bytes`,
        { file: name }
      );
    }
    if (size + 1 > shared.length) shared = Buffer.alloc(size + 1);
    let length = 0;
    for (; ; ) {
      const read = readSync(fd, shared, length, shared.length - length, null);
      if (read === 0) break;
      length += read;
      if (length === size) break;
      if (length > size) {
        throw new UserError(
          "ADVISORY_TOO_LARGE",
          `${name} grew while it was read`,
          { file: name }
        );
      }
    }
    return decodeUTF8(shared.subarray(0, length), name);
  } finally {
    closeSync(fd);
  }
}
var decoder = new TextDecoder("utf-8", { fatal: true });
function decodeUTF8(bytes, name) {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new UserError("INPUT_NOT_UTF8", `${name} is not valid UTF-8 text`, {
      file: name
    });
  }
}
function advisoryFromText(text, source) {
  if (text.includes('"__proto__"')) {
    throw new UserError(
      "JSON_FORBIDDEN_KEY",
      `${source} uses the forbidden key "__proto__"`,
      {
        file: source
      }
    );
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(
      "JSON_INVALID",
      `${source} is not valid JSON: ${reason}`,
      {
        file: source
      }
    );
  }
  return advisoryFromJSON(data, source);
}
function advisoryFromJSON(data, source) {
  const id = isRecord(data) ? shortString(data["id"], advisoryLimits.idLength) : void 0;
  if (!isRecord(data) || id === void 0 || !Array.isArray(data["affected"] ?? [])) {
    throw new UserError(
      "ADVISORY_INVALID",
      `${source} is not an OSV record (it needs a string "id" and an "affected" list)`,
      { file: source, field: "id" }
    );
  }
  const database = data["database_specific"];
  const withdrawn = typeof data["withdrawn"] === "string";
  return {
    id,
    aliases: stringList(data["aliases"]),
    summary: shortString(data["summary"], advisoryLimits.stringLength),
    severity: severities(data["severity"]),
    databaseSeverity: isRecord(database) ? shortString(database["severity"], 40) : void 0,
    affected: withdrawn ? [] : affectedList(data["affected"]),
    source
  };
}
function affectedList(value) {
  if (!Array.isArray(value)) return [];
  const list = [];
  for (const entry of value) {
    if (!isRecord(entry) || !isRecord(entry["package"])) continue;
    const ecosystem = shortString(entry["package"]["ecosystem"], 100);
    const name = shortString(entry["package"]["name"], 1e3);
    if (ecosystem === void 0 || name === void 0) continue;
    list.push({
      ecosystem,
      name,
      ranges: ranges(entry["ranges"]),
      versions: stringList(entry["versions"]),
      severity: severities(entry["severity"])
    });
  }
  return list;
}
function ranges(value) {
  if (!Array.isArray(value)) return [];
  const list = [];
  for (const range of value) {
    if (!isRecord(range)) continue;
    const type = range["type"];
    if (type !== "SEMVER" && type !== "ECOSYSTEM" || !Array.isArray(range["events"])) {
      continue;
    }
    const events = [];
    for (const event of range["events"]) {
      if (!isRecord(event)) continue;
      const copy = {};
      for (const key of [
        "introduced",
        "fixed",
        "last_affected",
        "limit"
      ]) {
        const text = shortString(event[key], 256);
        if (text !== void 0) copy[key] = text;
      }
      events.push(copy);
    }
    list.push({ type, events });
  }
  return list;
}
function severities(value) {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    if (!isRecord(entry)) return [];
    const type = shortString(entry["type"], 40);
    const score = shortString(entry["score"], 400);
    return type && score ? [{ type, score }] : [];
  });
}
function stringList(value) {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item) => typeof item === "string" && item.length <= 256
  );
}
function shortString(value, max) {
  return typeof value === "string" && value.length > 0 && value.length <= max ? value : void 0;
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
import { relative, resolve } from "node:path";
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
  const report = await workspace.readReport("sbom");
  const named = /* @__PURE__ */ new Map();
  const listed = report?.["sboms"];
  if (Array.isArray(listed)) {
    for (const entry of listed) {
      if (isRecord(entry) && typeof entry["path"] === "string" && typeof entry["artifact"] === "string") {
        named.set(entry["path"], entry["artifact"]);
      }
    }
  }
  const files = (report?.evidence ?? []).map((evidence) => evidence.path).filter((path) => path.endsWith(".json"));
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
      policy,
      options.advisories,
      packageNameFilter(subjects)
    );
    const { checkVulnerabilities } = advisories ? await import("./vulnerability-check-EC3VIPI4.js") : { checkVulnerabilities: void 0 };
    const licenses = checkLicenses(subjects, artifacts, policy.licenses);
    const raw = [
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
    const evidence = [];
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
async function advisoriesFor(context, policy, option, filter) {
  const path = option !== void 0 ? resolve2(context.cwd, option) : policy.vulnerabilities.advisories;
  if (path === void 0) return void 0;
  const display = relative2(context.cwd, path) || ".";
  const advisories = await loadAdvisories(path, display, filter);
  context.logger.info(
    `${advisories.length} advisories in ${display} name a scanned package`
  );
  return { index: new AdvisoryIndex(advisories), display };
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
function noAdvisories(policy) {
  return {
    code: "VULN_NO_ADVISORIES",
    severity: "warning",
    message: "no advisories were given, so no vulnerability was checked",
    location: policy.file ? { file: policy.file, pointer: "/vulnerabilities" } : void 0,
    remediation: "set vulnerabilities.advisories in policy.yaml or pass --advisories"
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
