import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  ArchiveProblem,
  readTarEntry,
  readZipEntry
} from "./chunk-EXF3VDHB.js";
import {
  ProbeRecorder,
  recordStatus,
  versionExists
} from "./chunk-4BOIBMMC.js";
import "./chunk-DIPXMY6K.js";
import "./chunk-GUYOKWKK.js";

// packages/core/src/publish-dry-run/pypi-metadata.ts
import { basename } from "node:path";

// packages/core/src/publish-dry-run/pypi-token.ts
var PyPITokenProblem = class extends Error {
  name = "PyPITokenProblem";
};
function readPyPIToken(token) {
  if (!token.startsWith("pypi-"))
    throw new PyPITokenProblem('a PyPI API token starts with "pypi-"');
  const body = token.slice(5).replace(/-/g, "+").replace(/_/g, "/");
  const bytes = Buffer.from(body, "base64");
  const claims = { unknownCaveats: 0 };
  for (const caveat of macaroonCaveats(bytes)) applyCaveat(claims, caveat);
  return claims;
}
function macaroonCaveats(bytes) {
  const reader = new FieldReader(bytes);
  if (reader.byte() !== 2)
    throw new PyPITokenProblem("the token is not a version 2 macaroon");
  readSection(reader);
  const caveats = [];
  for (; ; ) {
    const fields = readSection(reader);
    if (fields.size === 0) break;
    const identifier = fields.get(2);
    if (identifier === void 0)
      throw new PyPITokenProblem("a caveat of the token has no identifier");
    if (!fields.has(4)) caveats.push(identifier.toString("utf8"));
  }
  return caveats;
}
function readSection(reader) {
  const fields = /* @__PURE__ */ new Map();
  for (; ; ) {
    const type = reader.varint();
    if (type === 0) return fields;
    fields.set(type, reader.bytes(reader.varint()));
  }
}
var FieldReader = class {
  #at = 0;
  #data;
  constructor(data) {
    this.#data = data;
  }
  byte() {
    const value = this.#data[this.#at];
    if (value === void 0)
      throw new PyPITokenProblem("the token is truncated");
    this.#at += 1;
    return value;
  }
  varint() {
    let value = 0;
    for (let shift = 0; shift < 28; shift += 7) {
      const byte = this.byte();
      value |= (byte & 127) << shift;
      if ((byte & 128) === 0) return value;
    }
    throw new PyPITokenProblem("the token has an oversized field length");
  }
  bytes(length) {
    if (this.#at + length > this.#data.length)
      throw new PyPITokenProblem("the token is truncated");
    const value = this.#data.subarray(this.#at, this.#at + length);
    this.#at += length;
    return value;
  }
};
function applyCaveat(claims, text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    claims.unknownCaveats += 1;
    return;
  }
  if (Array.isArray(data)) applyTaggedCaveat(claims, data);
  else if (data !== null && typeof data === "object")
    applyLegacyCaveat(claims, data);
  else claims.unknownCaveats += 1;
}
function applyTaggedCaveat(claims, data) {
  const [tag, first, second] = data;
  if (tag === 0 && typeof first === "number") {
    claims.expiresAt = new Date(first * 1e3);
    if (typeof second === "number") claims.notBefore = new Date(second * 1e3);
  } else if (tag === 1 && isStringList(first)) {
    claims.projects = first;
  } else if (tag === 2 && isStringList(first)) {
    claims.projectIds = first;
  } else if (tag !== 3) {
    claims.unknownCaveats += 1;
  }
}
function applyLegacyCaveat(claims, data) {
  const permissions = data["permissions"];
  if (typeof data["exp"] === "number") {
    claims.expiresAt = new Date(data["exp"] * 1e3);
    if (typeof data["nbf"] === "number")
      claims.notBefore = new Date(data["nbf"] * 1e3);
  } else if (permissions === "user") {
  } else if (permissions !== null && typeof permissions === "object" && isStringList(permissions["projects"])) {
    claims.projects = permissions.projects;
  } else if (isStringList(data["project_ids"])) {
    claims.projectIds = data["project_ids"];
  } else {
    claims.unknownCaveats += 1;
  }
}
function isStringList(value) {
  return Array.isArray(value) && value.every((item) => typeof item === "string");
}
function normalizeProjectName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

// packages/core/src/publish-dry-run/pypi-metadata.ts
var supportedVersions = /* @__PURE__ */ new Set([
  "1.0",
  "1.1",
  "1.2",
  "2.0",
  "2.1",
  "2.2",
  "2.3",
  "2.4"
]);
var namePattern = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
var versionPattern = /^v?(\d+!)?\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?(\+[a-z0-9]+(\.[a-z0-9]+)*)?$/i;
var renderedTypes = ["text/plain", "text/x-rst", "text/markdown"];
async function checkDistribution(path) {
  const file = basename(path);
  const text = await readMetadataText(path, file);
  if (text === void 0)
    return { problems: [`${file} holds no METADATA / PKG-INFO`], warnings: [] };
  const fields = parseHeaders(text);
  return checkFields(fields, file);
}
async function readMetadataText(path, file) {
  if (file.endsWith(".whl")) {
    const entry = await readZipEntry(
      path,
      (item) => /^[^/]+\.dist-info\/METADATA$/.test(item)
    );
    return entry?.text;
  }
  if (file.endsWith(".tar.gz")) {
    const entry = await readTarEntry(
      path,
      (item) => /^[^/]+\/PKG-INFO$/.test(item)
    );
    return entry?.text;
  }
  return void 0;
}
function parseHeaders(text) {
  const fields = /* @__PURE__ */ new Map();
  const lines = text.replace(/\r\n/g, "\n").split("\n");
  let last;
  let index = 0;
  for (; index < lines.length; index += 1) {
    const line = lines[index] ?? "";
    if (line === "") break;
    if (/^[ \t]/.test(line) && last) {
      fields.set(last, `${fields.get(last) ?? ""}
${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    if (!fields.has(last)) fields.set(last, line.slice(colon + 1).trim());
  }
  const body = lines.slice(index + 1).join("\n").trim();
  if (body && !fields.has("description")) fields.set("description", body);
  return fields;
}
function checkFields(fields, file) {
  const problems = [];
  const warnings = [];
  const metadataVersion = fields.get("metadata-version");
  const name = fields.get("name") ?? "";
  const version = fields.get("version") ?? "";
  if (!metadataVersion) problems.push("Metadata-Version is missing");
  else if (!supportedVersions.has(metadataVersion))
    problems.push(
      `Metadata-Version ${metadataVersion} is not one PyPI accepts`
    );
  if (!namePattern.test(name))
    problems.push(`Name "${name}" is missing or invalid`);
  if (!versionPattern.test(version))
    problems.push(`Version "${version}" is missing or not a PEP 440 version`);
  const prefix = file.split("-")[0] ?? "";
  if (name && normalizeProjectName(prefix) !== normalizeProjectName(name))
    problems.push(
      `the file name ${file} does not start with the project name ${name}`
    );
  if (version && !file.includes(`-${version}`))
    problems.push(`the file name ${file} does not carry version ${version}`);
  const contentType = (fields.get("description-content-type") ?? "").split(";")[0]?.trim();
  if (!fields.get("description"))
    warnings.push(
      "the long description is missing; PyPI shows an empty project page"
    );
  if (!contentType)
    warnings.push(
      "Description-Content-Type is missing; PyPI assumes reStructuredText"
    );
  else if (!renderedTypes.includes(contentType))
    problems.push(
      `Description-Content-Type ${contentType} is not one PyPI renders`
    );
  return { metadata: { name, version, fields }, problems, warnings };
}

// packages/core/src/publish-dry-run/pypi-registry.ts
var PyPIRegistryProbe = class {
  kind = "pypi";
  async probe(target) {
    const recorder = new ProbeRecorder(target);
    const name = await checkPackage(target, recorder);
    checkToken(target, recorder, name);
    if (name) await checkVersion(target, recorder, name.name, name.version);
    else await checkReachable(target, recorder);
    return recorder.result();
  }
};
async function checkPackage(target, recorder) {
  let problems;
  let metadata;
  try {
    const check = await checkDistribution(target.artifactPath);
    problems = check.problems;
    metadata = check.metadata;
    for (const warning of check.warnings)
      target.logger.warn(`${target.artifact.path}: ${warning}`);
  } catch (error) {
    if (!(error instanceof ArchiveProblem) && !(error instanceof Error))
      throw error;
    problems = [error.message];
  }
  if (problems.length === 0 && metadata) {
    recorder.set("packageValid", true, "metadata passes the twine check rules");
    return { name: metadata.name, version: metadata.version };
  }
  recorder.set("packageValid", false, problems.join("; "));
  for (const problem of problems)
    recorder.find({
      code: "PUBLISH_PACKAGE_INVALID",
      severity: "error",
      message: `${target.artifact.path} would be refused by PyPI: ${problem}`,
      remediation: "Rebuild the distribution (python -m build) after fixing the project metadata, and run `twine check` on it."
    });
  return void 0;
}
function checkToken(target, recorder, distribution) {
  const credential = target.credential;
  recorder.set(
    "authenticated",
    "not checked",
    "PyPI has no way to test a token without uploading"
  );
  if (!credential) {
    recorder.set("allowed", "not checked", "no token configured");
    return;
  }
  let claims;
  try {
    claims = readPyPIToken(credential.secret);
  } catch (error) {
    if (!(error instanceof PyPITokenProblem)) throw error;
    recorder.set("authenticated", false, error.message);
    recorder.find({
      code: "PUBLISH_AUTH_FAILED",
      severity: "error",
      message: `${credential.variable} does not hold a PyPI API token: ${error.message}`,
      remediation: `Put a PyPI API token (pypi-\u2026) for ${target.registry.url} in ${credential.variable}, or use trusted publishing.`
    });
    return;
  }
  checkExpiry(target, recorder, claims, credential.variable);
  checkScope(target, recorder, claims, credential.variable, distribution?.name);
}
function checkExpiry(target, recorder, claims, variable) {
  const now = target.now().getTime();
  const expired = claims.expiresAt && claims.expiresAt.getTime() <= now;
  const early = claims.notBefore && claims.notBefore.getTime() > now;
  if (!expired && !early) return;
  recorder.set(
    "authenticated",
    false,
    expired ? "the token has expired" : "the token is not valid yet"
  );
  recorder.find({
    code: "PUBLISH_CREDENTIAL_EXPIRED",
    severity: "error",
    message: `the PyPI token in ${variable} ${expired ? `expired at ${claims.expiresAt?.toISOString()}` : `is valid only from ${claims.notBefore?.toISOString()}`}`,
    remediation: `Create a new project-scoped PyPI token and store it in ${variable}.`
  });
}
function checkScope(target, recorder, claims, variable, project) {
  if (claims.projects === void 0 && claims.projectIds === void 0) {
    recorder.set(
      "allowed",
      "not checked",
      "a user-wide token: project ownership is not visible offline"
    );
    recorder.find({
      code: "PUBLISH_TOKEN_TOO_BROAD",
      severity: "warning",
      message: `the PyPI token in ${variable} may upload to every project of its user`,
      remediation: `Replace it with a token scoped to ${project ?? "this project"} only, or use trusted publishing.`
    });
    return;
  }
  if (claims.projects === void 0 || !project) {
    recorder.set(
      "allowed",
      "not checked",
      "the token is scoped by project id, which cannot be matched offline"
    );
    return;
  }
  const wanted = normalizeProjectName(project);
  if (claims.projects.some((item) => normalizeProjectName(item) === wanted)) {
    recorder.set("allowed", true, `the token is scoped to ${project}`);
    return;
  }
  recorder.set(
    "allowed",
    false,
    `the token is scoped to ${claims.projects.join(", ")}`
  );
  recorder.find({
    code: "PUBLISH_TOKEN_SCOPE",
    severity: "error",
    message: `the PyPI token in ${variable} may upload only to ${claims.projects.join(", ")}, not ${project}`,
    remediation: `Create a token scoped to ${project} and store it in ${variable}.`
  });
}
async function checkReachable(target, recorder) {
  try {
    const response = await target.http.send({
      method: "HEAD",
      url: `${base(target)}/simple/`
    });
    recorder.set("reachable", true, `the index answered ${response.status}`);
  } catch (error) {
    recorder.fault("reachable", error);
  }
}
async function checkVersion(target, recorder, name, version) {
  const path = `/pypi/${encodeURIComponent(normalizeProjectName(name))}/${encodeURIComponent(version)}/json`;
  try {
    const response = await target.http.send({
      method: "GET",
      url: `${base(target)}${path}`,
      accept: ["application/json"]
    });
    recorder.set("reachable", true, `the JSON API answered ${response.status}`);
    if (response.status === 404) {
      recorder.set(
        "versionFree",
        true,
        `${name} ${version} is not on the index`
      );
      return;
    }
    if (!recordStatus(recorder, target, response, "versionFree", `GET ${path}`))
      return;
    recorder.set("versionFree", false, `${name} ${version} is on the index`);
    recorder.find(versionExists(target, `${name} ${version}`));
  } catch (error) {
    recorder.fault("reachable", error);
  }
}
function base(target) {
  return target.registry.url.replace(/\/+$/, "");
}
export {
  PyPIRegistryProbe
};
