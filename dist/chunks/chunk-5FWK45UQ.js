import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  classifyLicense,
  shipshapeVersion,
  spdxDate,
  subjectProperties
} from "./chunk-WSUWK3MT.js";
import {
  readLockfile,
  toPurl
} from "./chunk-NN7OISNQ.js";
import {
  selectArtifacts,
  withSelection
} from "./chunk-MHNJ5TUH.js";
import {
  runStage
} from "./chunk-3STO6GSY.js";
import {
  writeFileAtomic
} from "./chunk-MUGHQZOG.js";
import {
  canonicalLine
} from "./chunk-NSYWVXGE.js";
import {
  loadManifest,
  loadPolicy,
  policySection
} from "./chunk-62XS2I6U.js";
import {
  toPointer
} from "./chunk-VIMV3XDQ.js";
import {
  resolveProjectPath
} from "./chunk-BE3HX54U.js";
import {
  isRecord,
  readJSONFile
} from "./chunk-E73ZUZ5O.js";
import {
  digestFile,
  parseDigestReference,
  sha256Hex
} from "./chunk-YP2N6HGM.js";
import {
  InternalError,
  UserError
} from "./chunk-RLB5E7YF.js";

// packages/core/src/sbom/lockfile-checks.ts
function checkResolvedURLs(lockfile, allowedHosts, owner) {
  const findings = [];
  const foreign = /* @__PURE__ */ new Map();
  const allowed = new Set(allowedHosts);
  for (const entry of lockfile.packages) {
    const resolved = entry.resolved;
    if (!resolved?.includes("://")) continue;
    const location = {
      file: lockfile.file,
      pointer: entry.source.pointer,
      line: entry.source.line
    };
    const url = parseURL(resolved);
    if (!url || !["https:", "git+https:"].includes(url.protocol)) {
      findings.push({
        code: "SBOM_RESOLVED_INSECURE",
        severity: "error",
        message: `${entry.name}@${entry.version} resolves from ${resolved.slice(0, 200)}, which is not HTTPS; anyone on the path can swap the package`,
        location,
        owner,
        component: entry.purl,
        remediation: "Regenerate the lockfile against an HTTPS registry."
      });
      continue;
    }
    const host = url.hostname.toLowerCase();
    if (!allowed.has(host))
      foreign.set(host, [...foreign.get(host) ?? [], entry]);
  }
  for (const [host, entries] of [...foreign].sort()) {
    const first = entries[0];
    const examples = entries.slice(0, 3).map((e) => `${e.name}@${e.version}`);
    findings.push({
      code: "SBOM_RESOLVED_FOREIGN_HOST",
      severity: "error",
      message: `${entries.length} package${entries.length === 1 ? "" : "s"} in ${lockfile.file} resolve from ${host}, which policy sbom.allowed-hosts does not list (${examples.join(", ")}${entries.length > 3 ? ", \u2026" : ""})`,
      location: {
        file: lockfile.file,
        pointer: first?.source.pointer,
        line: first?.source.line
      },
      owner,
      component: first?.purl,
      remediation: `Add ${host} to sbom.allowed-hosts in policy.yaml if it is your registry; otherwise regenerate the lockfile.`,
      details: { host, count: entries.length }
    });
  }
  return findings;
}
function parseURL(text) {
  try {
    return new URL(text);
  } catch {
    return void 0;
  }
}
var hashedFormats = /^(package-lock|yarn classic|pnpm|packages\.lock\.json|poetry)/;
function checkIntegrity(lockfile, owner) {
  if (!hashedFormats.test(lockfile.format)) return [];
  const missing = lockfile.packages.filter(
    (entry) => entry.hashes.length === 0
  );
  const first = missing[0];
  if (!first) return [];
  const examples = missing.slice(0, 3).map((e) => `${e.name}@${e.version}`);
  return [
    {
      code: "SBOM_NO_INTEGRITY",
      severity: "warning",
      message: `${missing.length} package${missing.length === 1 ? "" : "s"} in ${lockfile.file} have no integrity hash (${examples.join(", ")}${missing.length > 3 ? ", \u2026" : ""}); nothing pins what they contain`,
      location: {
        file: lockfile.file,
        pointer: first.source.pointer,
        line: first.source.line
      },
      owner,
      component: first.purl,
      remediation: "Install from a registry that serves integrity hashes and regenerate the lockfile.",
      details: { count: missing.length }
    }
  ];
}

// packages/core/src/sbom/sbom-crosscheck.ts
function namesComponent(entry, component) {
  if (entry === component.name) return true;
  if (!component.purl) return false;
  return entry === component.purl || entry === withoutVersion(component.purl);
}
function withoutVersion(purl) {
  const cut = purl.search(/[@?#]/);
  return cut < 0 ? purl : purl.slice(0, cut);
}
function crossCheck(input) {
  const result = {
    findings: [],
    redactions: [],
    remove: /* @__PURE__ */ new Set()
  };
  applyRedactions(input, result);
  const present = input.components.filter(
    (c) => !c.purl || !result.remove.has(c.purl)
  );
  const has = (entry) => present.some((c) => namesComponent(entry, c));
  (input.declared ?? []).forEach((entry, index) => {
    if (has(entry)) return;
    result.findings.push({
      code: "SBOM_DECLARED_MISSING",
      severity: "error",
      message: `${input.artifactName} declares the dependency ${entry}, but its SBOM has no such component`,
      location: input.locate(`dependencies/declared/${index}`),
      owner: input.owner,
      remediation: "Add the dependency to the lockfile, or remove it from dependencies.declared."
    });
  });
  if (input.declared && input.direct) {
    for (const component of input.direct) {
      if (input.declared.some((entry) => namesComponent(entry, component)))
        continue;
      result.findings.push({
        code: "SBOM_UNDECLARED_DEPENDENCY",
        severity: "error",
        message: `${input.artifactName} ships ${component.name}, which dependencies.declared does not list`,
        location: input.locate("dependencies/declared"),
        owner: input.owner,
        component: component.purl,
        remediation: "List the dependency in dependencies.declared, or remove it from the lockfile."
      });
    }
  }
  (input.firstParty ?? []).forEach((entry, index) => {
    if (has(entry)) return;
    if (result.redactions.some((r) => r.package === entry)) return;
    result.findings.push({
      code: "SBOM_FIRST_PARTY_MISSING",
      severity: "error",
      message: `${input.artifactName}'s first-party package ${entry} is not in its SBOM; leaving it out needs an approved redaction in sbom.redactions`,
      location: input.locate(`dependencies/first-party/${index}`),
      owner: input.owner,
      remediation: "Add the package to the lockfile, or add an approved redaction (package, reason, approvers, expires) to sbom.redactions in policy.yaml."
    });
  });
  return result;
}
function applyRedactions(input, result) {
  for (const redaction of input.redactions) {
    const matching = input.components.filter(
      (c) => namesComponent(redaction.package, c)
    );
    const listed = (input.firstParty ?? []).includes(redaction.package);
    if (matching.length === 0 && !listed) continue;
    if (redaction.expires < input.today) {
      result.findings.push({
        code: "SBOM_REDACTION_EXPIRED",
        severity: "error",
        message: `the redaction of ${redaction.package} expired on ${redaction.expires}; the package stays in ${input.artifactName}'s SBOM`,
        location: input.locateRedaction(redaction.index),
        owner: input.owner,
        remediation: "Renew the redaction with fresh approval, or remove it."
      });
      continue;
    }
    const removed = matching.flatMap((c) => c.purl ? [c.purl] : []);
    for (const purl of removed) result.remove.add(purl);
    result.redactions.push({
      artifact: input.artifactName,
      package: redaction.package,
      reason: redaction.reason,
      approvers: [...redaction.approvers],
      expires: redaction.expires,
      removed
    });
    result.findings.push({
      code: "SBOM_REDACTED",
      severity: "note",
      message: `${redaction.package} is left out of ${input.artifactName}'s SBOM by an approved redaction (${redaction.reason}; approved by ${redaction.approvers.join(", ")}; until ${redaction.expires})`,
      location: input.locateRedaction(redaction.index),
      owner: input.owner
    });
  }
}

// packages/core/src/sbom/sbom-input.ts
function componentsOf(document, format) {
  if (!isRecord(document)) return [];
  if (format === "spdx") {
    const packages = Array.isArray(document["packages"]) ? document["packages"] : [];
    return packages.filter(isRecord).map((entry) => ({
      name: textOf(entry["name"]),
      purl: spdxPurl(entry)
    }));
  }
  const found = [];
  const stack = [...listOf(document["components"])];
  while (stack.length > 0) {
    const entry = stack.pop();
    if (!isRecord(entry)) continue;
    const group = typeof entry["group"] === "string" && entry["group"] !== "" ? `${entry["group"]}/` : "";
    found.push({
      name: `${group}${textOf(entry["name"])}`,
      purl: typeof entry["purl"] === "string" ? entry["purl"] : void 0
    });
    stack.push(...listOf(entry["components"]));
  }
  return found;
}
function spdxPurl(entry) {
  const refs = listOf(entry["externalRefs"]);
  const purl = refs.find(
    (ref) => isRecord(ref) && ref["referenceType"] === "purl"
  );
  return isRecord(purl) && typeof purl["referenceLocator"] === "string" ? purl["referenceLocator"] : void 0;
}
function annotateSBOM(document, format, subject, timestamp, remove) {
  const facts = subjectProperties(subject);
  if (format === "cyclonedx") {
    const metadata = isRecord(document["metadata"]) ? document["metadata"] : {};
    const existing = listOf(metadata["properties"]);
    const components = Array.isArray(document["components"]) ? document["components"].filter(
      (c) => !(isRecord(c) && typeof c["purl"] === "string" && remove.has(c["purl"]))
    ) : void 0;
    return {
      ...document,
      metadata: {
        ...metadata,
        properties: [
          ...existing,
          ...facts.map(([name, value]) => ({ name, value }))
        ]
      },
      ...components ? { components } : {}
    };
  }
  const annotations = listOf(document["annotations"]);
  const packages = Array.isArray(document["packages"]) ? document["packages"].filter(
    (p) => !(isRecord(p) && remove.has(spdxPurl(p) ?? ""))
  ) : void 0;
  return {
    ...document,
    annotations: [
      ...annotations,
      ...facts.map(([name, value]) => ({
        annotationType: "OTHER",
        annotator: "Tool: shipshape",
        annotationDate: spdxDate(timestamp),
        comment: `${name}=${value}`
      }))
    ],
    ...packages ? { packages } : {}
  };
}
function listOf(value) {
  return Array.isArray(value) ? value : [];
}
function textOf(value) {
  return typeof value === "string" ? value : "";
}

// packages/core/src/sbom/sbom-output.ts
import { mkdir, stat } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
function outputName(artifact, format) {
  const safe = artifact.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[-.]+/, "") || "sbom";
  return `${safe}.${format === "spdx" ? "spdx" : "cdx"}.json`;
}
async function writeAll(made, workspace, context, out) {
  if (!out) {
    const evidence2 = [];
    for (const sbom of made)
      evidence2.push(
        await workspace.writeEvidence("sbom", sbom.fileName, sbom.text)
      );
    return evidence2;
  }
  const target = resolve(context.cwd, out);
  const folder = out.endsWith("/") || await isDirectory(target);
  if (!folder && made.length > 1) {
    throw new UserError(
      "SBOM_OUT_NOT_FOLDER",
      `--out ${out} names one file, but ${made.length} SBOMs are written; give a folder (ending in /)`,
      { field: "out" }
    );
  }
  const evidence = [];
  for (const sbom of made) {
    const path = folder ? join(target, sbom.fileName) : target;
    await mkdir(dirname(path), { recursive: true });
    await writeFileAtomic(path, sbom.text);
    evidence.push({
      path: workspace.relativePath(path),
      sha256: sha256Hex(sbom.text)
    });
  }
  return evidence;
}
async function isDirectory(path) {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

// packages/core/src/sbom/sbom-plan.ts
import { access, lstat } from "node:fs/promises";
import { basename, dirname as dirname2, join as join2, resolve as resolve2 } from "node:path";
async function planSBOMs(context, override) {
  const given = givenSource(context, override);
  const manifestPath = resolve2(context.cwd, context.manifestFile);
  if (given && !await exists(manifestPath)) {
    return { jobs: [{ subject: standaloneSubject(given), source: given }] };
  }
  const manifest = await loadManifest(context.manifestFile, context.cwd);
  const artifacts = manifest.manifest.artifacts;
  const chosen = Math.max(
    0,
    artifacts.findIndex(
      (a) => a.dependencies?.lockfile ?? a.dependencies?.sbom
    )
  );
  const signatures = await signedFiles(context);
  const jobs = [];
  for (const [index, artifact] of artifacts.entries()) {
    const source = given && index === chosen ? given : await manifestSource(manifest, artifact, index);
    const subject = await subjectOf(manifest, artifact, signatures);
    jobs.push({ subject, source, artifact, artifactIndex: index });
  }
  return { manifest, jobs };
}
function givenSource(context, override) {
  if (override.input)
    return {
      kind: "sbom",
      path: resolve2(context.cwd, override.input),
      file: override.input
    };
  if (override.lockfile)
    return {
      kind: "lockfile",
      path: resolve2(context.cwd, override.lockfile),
      file: override.lockfile
    };
  return void 0;
}
async function manifestSource(manifest, artifact, index) {
  const field = artifact.dependencies?.sbom ? "sbom" : "lockfile";
  const file = artifact.dependencies?.[field];
  if (!file) return { kind: "none" };
  const resolved = await resolveProjectPath(
    manifest.dir,
    manifest.dir,
    file,
    false
  );
  if (!resolved.ok) {
    const pointer = `/artifacts/${index}/dependencies/${field}`;
    const at = manifest.document.locate(pointer);
    throw new UserError(
      "SBOM_SOURCE_INVALID",
      `artifacts[${index}].dependencies.${field} "${file.slice(0, 200)}" cannot be used: ${resolved.detail}`,
      {
        file: manifest.file,
        field: pointer,
        line: at?.line,
        column: at?.column
      }
    );
  }
  return { kind: field, path: resolved.real, file };
}
function standaloneSubject(source) {
  const name = source.kind === "none" ? "project" : basename(dirname2(source.path)) || "project";
  return {
    releaseId: name,
    releaseVersion: "0.0.0",
    artifactName: name,
    kind: "lockfile",
    targets: [],
    signatures: []
  };
}
async function subjectOf(manifest, artifact, signed) {
  const release = manifest.manifest.release;
  const artifactPath = resolve2(manifest.dir, artifact.path);
  return {
    releaseId: release.id,
    releaseVersion: release.version,
    artifactName: artifact.name,
    kind: artifact.kind,
    digest: parseDigestReference(artifact.digest),
    license: artifact.license,
    purl: artifactPurl(artifact, release.version),
    targets: [...artifact.targets ?? []].sort(),
    signatures: await signaturesOf(artifactPath, signed)
  };
}
function artifactPurl(artifact, version) {
  switch (artifact.kind) {
    case "npm":
    case "pypi":
    case "nuget":
      return toPurl(artifact.kind, artifact.name, version);
    case "maven":
      return artifact.coordinates ? toPurl(
        "maven",
        artifact.coordinates.split(":").slice(0, 2).join(":"),
        version
      ) : void 0;
    default:
      return void 0;
  }
}
async function signaturesOf(artifactPath, signed) {
  const found = /* @__PURE__ */ new Map();
  for (const suffix of [".sigstore.json", ".asc"]) {
    const path = `${artifactPath}${suffix}`;
    if (await isRegularFile(path))
      found.set(basename(path), {
        name: basename(path),
        sha256: await digestFile(path)
      });
  }
  for (const signature of signed.get(basename(artifactPath)) ?? [])
    found.set(signature.name, signature);
  return [...found.values()].sort(
    (a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0
  );
}
async function signedFiles(context) {
  const byArtifact = /* @__PURE__ */ new Map();
  const path = join2(context.workspaceDir, "reports", "sign.json");
  if (!await exists(path)) return byArtifact;
  const report = await readJSONFile(path, path);
  const evidence = isRecord(report) && Array.isArray(report["evidence"]) ? report["evidence"] : [];
  for (const entry of evidence) {
    if (!isRecord(entry) || typeof entry["path"] !== "string" || typeof entry["sha256"] !== "string")
      continue;
    const name = basename(entry["path"]);
    const signed = /^(.*)\.(sigstore\.json|asc)$/.exec(name)?.[1];
    if (signed)
      byArtifact.set(signed, [
        ...byArtifact.get(signed) ?? [],
        { name, sha256: entry["sha256"] }
      ]);
  }
  return byArtifact;
}
async function exists(path) {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
async function isRegularFile(path) {
  try {
    return (await lstat(path)).isFile();
  } catch {
    return false;
  }
}

// packages/core/src/sbom/sbom-policy.ts
var defaultAllowedHosts = [
  "registry.npmjs.org",
  "registry.yarnpkg.com",
  "files.pythonhosted.org",
  "pypi.org",
  "repo.maven.apache.org",
  "repo1.maven.org",
  "proxy.golang.org",
  "api.nuget.org"
];
function sbomPolicy(policy) {
  const section = policySection(policy, "sbom");
  const redactions = Array.isArray(section["redactions"]) ? section["redactions"] : [];
  return {
    formats: formatsOf(section["format"]),
    specVersion: section["spec-version"],
    includeDev: section["include-dev"] === true,
    allowedHosts: Array.isArray(section["allowed-hosts"]) ? section["allowed-hosts"].map((host) => host.toLowerCase()) : defaultAllowedHosts,
    redactions: redactions.map((redaction, index) => ({ ...redaction, index }))
  };
}
function formatsOf(value) {
  if (Array.isArray(value) && value.length > 0) {
    return value;
  }
  return value === "spdx" ? ["spdx"] : ["cyclonedx"];
}

// packages/core/src/sbom/spdx-writer.ts
var checksumNames = {
  sha1: "SHA1",
  sha256: "SHA256",
  sha384: "SHA384",
  sha512: "SHA512"
};
function writeSPDX(content) {
  const subjectId = `SPDXRef-Artifact-${idPart(content.subject.artifactName)}`;
  const created = spdxDate(content.timestamp);
  const packages = content.packages.map(packageElement);
  const ids = new Map(
    content.packages.map((entry) => [entry.purl, packageId(entry.purl)])
  );
  const relationships = [
    relationship("SPDXRef-DOCUMENT", "DESCRIBES", subjectId),
    ...content.rootDependsOn.flatMap((purl) => edge(subjectId, ids.get(purl))),
    ...content.packages.flatMap(
      (entry) => entry.dependsOn.flatMap(
        (purl) => edge(ids.get(entry.purl) ?? "", ids.get(purl))
      )
    )
  ];
  const body = {
    spdxVersion: "SPDX-2.3",
    dataLicense: "CC0-1.0",
    SPDXID: "SPDXRef-DOCUMENT",
    name: `${content.subject.releaseId} ${content.subject.artifactName}`,
    creationInfo: {
      created,
      creators: [`Tool: shipshape-${content.toolVersion}`]
    },
    documentDescribes: [subjectId],
    packages: [
      subjectElement(content.subject, subjectId, created),
      ...sortBy(packages, "SPDXID")
    ],
    relationships: sortRelationships(relationships)
  };
  const digest = sha256Hex(canonicalLine(body));
  const document = {
    ...body,
    documentNamespace: `https://spdx.shipshape.invalid/${encodeURIComponent(content.subject.releaseId)}/${encodeURIComponent(content.subject.artifactName)}-${digest}`
  };
  return `${JSON.stringify(orderKeys(document), null, 2)}
`;
}
function subjectElement(subject, id, created) {
  const element = {
    SPDXID: id,
    name: subject.artifactName,
    versionInfo: subject.releaseVersion,
    downloadLocation: "NOASSERTION",
    filesAnalyzed: false,
    licenseConcluded: "NOASSERTION",
    licenseDeclared: declaredLicense(subject.license),
    primaryPackagePurpose: subject.kind === "file" ? "FILE" : subject.kind === "container" ? "CONTAINER" : "LIBRARY",
    annotations: subjectProperties(subject).map(([name, value]) => ({
      annotationType: "OTHER",
      annotator: "Tool: shipshape",
      annotationDate: created,
      comment: `${name}=${value}`
    }))
  };
  if (subject.digest) {
    element["checksums"] = [
      {
        algorithm: checksumNames[subject.digest.algorithm],
        checksumValue: subject.digest.hex
      }
    ];
  }
  const refs = [];
  if (subject.purl) refs.push(purlRef(subject.purl));
  for (const signature of subject.signatures) {
    refs.push({
      referenceCategory: "OTHER",
      referenceType: "shipshape-signature",
      referenceLocator: `${signature.name}#sha256:${signature.sha256}`,
      comment: "signature of this artifact, written by shipshape sign"
    });
  }
  if (refs.length > 0) element["externalRefs"] = refs;
  return element;
}
function packageElement(entry) {
  const element = {
    SPDXID: packageId(entry.purl),
    name: entry.name,
    downloadLocation: entry.resolved && /^https:\/\//.test(entry.resolved) ? entry.resolved : "NOASSERTION",
    filesAnalyzed: false,
    licenseConcluded: "NOASSERTION",
    licenseDeclared: declaredLicense(entry.license),
    externalRefs: [purlRef(entry.purl)],
    primaryPackagePurpose: "LIBRARY"
  };
  if (entry.version !== "") element["versionInfo"] = entry.version;
  if (entry.hashes.length > 0) {
    element["checksums"] = entry.hashes.map((hash) => ({
      algorithm: checksumNames[hash.algorithm],
      checksumValue: hash.hex
    }));
  }
  if (entry.dev) element["comment"] = "development dependency";
  return element;
}
function declaredLicense(text) {
  if (!text) return "NOASSERTION";
  const form = classifyLicense(text);
  return form.kind === "id" ? form.id : form.kind === "expression" ? form.expression : "NOASSERTION";
}
function purlRef(purl) {
  return {
    referenceCategory: "PACKAGE-MANAGER",
    referenceType: "purl",
    referenceLocator: purl
  };
}
function packageId(purl) {
  return `SPDXRef-Package-${sha256Hex(purl).slice(0, 24)}`;
}
function idPart(text) {
  return text.replace(/[^A-Za-z0-9.-]/g, "-");
}
function relationship(from, type, to) {
  return {
    spdxElementId: from,
    relationshipType: type,
    relatedSpdxElement: to
  };
}
function edge(from, to) {
  return to && from ? [relationship(from, "DEPENDS_ON", to)] : [];
}
function sortBy(items, key) {
  return [...items].sort((a, b) => compare(String(a[key]), String(b[key])));
}
function sortRelationships(items) {
  const seen = /* @__PURE__ */ new Set();
  return items.filter((item) => {
    const key = canonicalLine(item);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  }).sort((a, b) => compare(canonicalLine(a), canonicalLine(b)));
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function orderKeys(document) {
  const order = [
    "spdxVersion",
    "dataLicense",
    "SPDXID",
    "name",
    "documentNamespace",
    "creationInfo",
    "documentDescribes",
    "packages",
    "relationships"
  ];
  return Object.fromEntries(
    order.filter((key) => key in document).map((key) => [key, document[key]])
  );
}

// packages/core/src/sbom/sbom-stage.ts
var loadCycloneDXWriter = () => import("./cyclonedx-writer-LCLEJIJY.js");
var loadSBOMSchemas = () => import("./sbom-schema-7FXJ3ZL4.js");
async function runSBOMStage(context, options = {}) {
  const plan = onlySelected(
    await planSBOMs(context, options),
    options.artifacts
  );
  const policy = await loadPolicy({
    file: context.policyFile,
    cwd: context.cwd
  });
  const settings = sbomPolicy(policy.policy);
  const outputs = chooseOutputs(
    options.format ? [options.format] : settings.formats,
    options.specVersion ?? settings.specVersion
  );
  const today = context.now().toISOString().slice(0, 10);
  const findings = [];
  const made = [];
  const redactions = [];
  for (const job of plan.jobs) {
    const result = await makeSBOM(job, {
      context,
      plan,
      policy,
      settings,
      outputs,
      today,
      options
    });
    findings.push(...result.findings);
    redactions.push(...result.redactions);
    made.push(...result.made);
  }
  return runStage(context, "sbom", async (workspace) => {
    const evidence = await writeAll(made, workspace, context, options.out);
    for (const redaction of redactions) {
      await workspace.journal.append({
        kind: "exception",
        stage: "sbom",
        actor: context.actor,
        summary: `sbom: ${redaction.package} left out of ${redaction.artifact}'s SBOM by redaction`,
        data: { ...redaction }
      });
    }
    return withSelection(
      {
        findings,
        evidence,
        extra: {
          sboms: made.map((m, i) => ({
            artifact: m.artifact,
            format: m.format,
            specVersion: m.specVersion,
            path: evidence[i]?.path,
            components: m.components,
            source: m.source
          })),
          redactions
        },
        summary: `sbom: ${made.length} SBOM${made.length === 1 ? "" : "s"} written, ${findings.filter((f) => f.severity === "error").length} errors`
      },
      options.artifacts
    );
  });
}
function onlySelected(plan, names) {
  if (names === void 0 || names.length === 0) return plan;
  if (!plan.manifest) {
    throw new UserError(
      "ARTIFACT_WITHOUT_MANIFEST",
      "artifacts can only be chosen by name from a release manifest",
      { field: "artifact" }
    );
  }
  const chosen = new Set(
    selectArtifacts(
      plan.manifest.manifest.artifacts,
      names,
      plan.manifest.file
    ).map((artifact) => artifact.name)
  );
  return {
    ...plan,
    jobs: plan.jobs.filter(
      (job) => job.artifact !== void 0 && chosen.has(job.artifact.name)
    )
  };
}
async function makeSBOM(job, settings) {
  if (job.source.kind === "sbom")
    return annotateExisting(job, job.source, settings);
  const lockfile = job.source.kind === "lockfile" ? await readLockfile(job.source.path, job.source.file) : void 0;
  const includeDev = settings.options.includeDev ?? job.artifact?.dependencies?.["include-dev"] ?? settings.settings.includeDev;
  const packages = (lockfile?.packages ?? []).filter(
    (entry) => includeDev || !entry.dev
  );
  const direct = directDependencies(lockfile, packages, includeDev);
  const owner = job.artifact?.owner;
  const findings = lockfile ? [
    ...checkResolvedURLs(lockfile, settings.settings.allowedHosts, owner),
    ...checkIntegrity(lockfile, owner)
  ] : [];
  if (job.source.kind === "none" && job.artifact) {
    findings.push({
      code: "SBOM_NO_DEPENDENCY_SOURCE",
      severity: "note",
      message: `${job.artifact.name} names no lockfile or SBOM in dependencies, so its SBOM lists only the artifact itself`,
      location: locateArtifact(settings, job, "dependencies"),
      owner
    });
  }
  const check = crossCheck(
    crossCheckInput(job, settings, packages.map(toRef), direct.map(toRef))
  );
  const kept = packages.filter((entry) => !check.remove.has(entry.purl));
  const content = {
    subject: job.subject,
    packages: kept,
    rootDependsOn: direct.map((entry) => entry.purl).filter((purl) => !check.remove.has(purl)),
    timestamp: settings.context.clock(),
    toolVersion: shipshapeVersion
  };
  const { writeCycloneDX } = await loadCycloneDXWriter();
  const { validateSBOM } = await loadSBOMSchemas();
  const made = settings.outputs.map(({ format, specVersion }) => {
    const text = format === "spdx" ? writeSPDX(content) : writeCycloneDX(content, specVersion);
    assertOwnOutputValid(validateSBOM, text, job.subject.artifactName);
    return {
      artifact: job.subject.artifactName,
      format,
      specVersion,
      fileName: outputName(job.subject.artifactName, format),
      text,
      components: kept.length,
      source: job.source.kind === "lockfile" ? job.source.file : "none"
    };
  });
  return {
    findings: [...findings, ...check.findings],
    redactions: check.redactions,
    made
  };
}
async function annotateExisting(job, source, settings) {
  const document = await readJSONFile(source.path, source.file);
  const { validateSBOM } = await loadSBOMSchemas();
  const validation = validateSBOM(document, source.file);
  if (validation.problems.length > 0 || !validation.format || !isRecord(document)) {
    return {
      findings: invalidInputFindings(
        source.file,
        validation.problems,
        job.artifact?.owner
      ),
      redactions: [],
      made: []
    };
  }
  const components = componentsOf(document, validation.format);
  const check = crossCheck(
    crossCheckInput(job, settings, components, void 0)
  );
  const annotated = annotateSBOM(
    document,
    validation.format,
    job.subject,
    settings.context.clock(),
    check.remove
  );
  const text = `${JSON.stringify(annotated, null, 2)}
`;
  assertOwnOutputValid(validateSBOM, text, job.subject.artifactName);
  return {
    findings: check.findings,
    redactions: check.redactions,
    made: [
      {
        artifact: job.subject.artifactName,
        format: validation.format,
        specVersion: validation.specVersion ?? "",
        fileName: outputName(job.subject.artifactName, validation.format),
        text,
        components: components.length - check.remove.size,
        source: source.file
      }
    ]
  };
}
var maxProblemFindings = 50;
function invalidInputFindings(file, problems, owner) {
  const findings = problems.slice(0, maxProblemFindings).map((problem) => ({
    code: "SBOM_INPUT_INVALID",
    severity: "error",
    message: `${file} does not match its schema: ${problem.pointer || "(document)"} ${problem.message}`,
    location: { file, pointer: problem.pointer },
    owner,
    remediation: "Fix the SBOM or regenerate it with a tool that writes valid CycloneDX or SPDX JSON."
  }));
  if (problems.length > maxProblemFindings) {
    findings.push({
      code: "SBOM_INPUT_INVALID",
      severity: "error",
      message: `${file} has ${problems.length - maxProblemFindings} more schema problems not listed here`,
      location: { file },
      owner
    });
  }
  return findings;
}
function crossCheckInput(job, settings, components, direct) {
  return {
    artifactName: job.subject.artifactName,
    owner: job.artifact?.owner,
    declared: job.artifact?.dependencies?.declared,
    firstParty: job.artifact?.dependencies?.["first-party"],
    components,
    direct,
    redactions: settings.settings.redactions,
    today: settings.today,
    locate: (field) => locateArtifact(settings, job, field),
    locateRedaction: (index) => locatePolicy(settings.policy, `/sbom/redactions/${index}`)
  };
}
function locateArtifact(settings, job, field) {
  const manifest = settings.plan.manifest;
  if (!manifest || job.artifactIndex === void 0)
    return { file: settings.context.manifestFile };
  const pointer = `/artifacts/${job.artifactIndex}/${field}`;
  const at = manifest.document.locate(pointer);
  return { file: manifest.file, pointer, line: at?.line, column: at?.column };
}
function locatePolicy(policy, pointer) {
  if (!policy.file || !policy.document) return void 0;
  const at = policy.document.locate(pointer);
  return { file: policy.file, pointer, line: at?.line, column: at?.column };
}
function directDependencies(lockfile, packages, includeDev) {
  if (!lockfile) return [];
  const declared = lockfile.declared.filter((d) => includeDev || !d.dev).map((d) => d.name);
  if (lockfile.declared.length > 0) {
    const top = new Set(
      declared.map((name) => toPointer(["packages", `node_modules/${name}`]))
    );
    return packages.filter(
      (entry) => declared.includes(entry.name) && (lockfile.ecosystem !== "npm" || !entry.source.pointer?.startsWith("/packages/") || top.has(entry.source.pointer))
    );
  }
  const needed = new Set(packages.flatMap((entry) => entry.dependsOn));
  return packages.filter((entry) => !needed.has(entry.purl));
}
function toRef(entry) {
  return { name: entry.name, purl: entry.purl };
}
function chooseOutputs(formats, version) {
  const allowed = {
    cyclonedx: ["1.5", "1.6"],
    spdx: ["2.3"]
  };
  const outputs = [...new Set(formats)].map((format) => ({
    format,
    specVersion: version && allowed[format].includes(version) ? version : allowed[format][0] ?? ""
  }));
  if (version && !outputs.some((o) => o.specVersion === version)) {
    throw new UserError(
      "SBOM_SPEC_VERSION_UNSUPPORTED",
      `spec version ${version} is not one shipshape writes for ${formats.join(" or ")}; use ${formats.flatMap((f) => allowed[f]).join(", ")}`,
      { field: "spec-version" }
    );
  }
  return outputs;
}
function assertOwnOutputValid(validateSBOM, text, artifact) {
  const validation = validateSBOM(JSON.parse(text), `the SBOM of ${artifact}`);
  if (validation.problems.length > 0) {
    const first = validation.problems.slice(0, 3).map((p) => `${p.pointer} ${p.message}`);
    throw new InternalError(
      "SBOM_OUTPUT_INVALID",
      `the SBOM written for ${artifact} does not match the ${validation.format ?? ""} ${validation.specVersion ?? ""} schema: ${first.join("; ")}`
    );
  }
}

export {
  runSBOMStage,
  assertOwnOutputValid
};
