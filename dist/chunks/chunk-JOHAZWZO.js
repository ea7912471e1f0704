import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  visibleText
} from "./chunk-BKLFK6S4.js";
import {
  resolveProjectPath
} from "./chunk-BE3HX54U.js";
import {
  isRecord,
  readJSONFile,
  systemReason
} from "./chunk-E73ZUZ5O.js";
import {
  digestFile,
  parseDigestReference
} from "./chunk-YP2N6HGM.js";
import {
  UserError
} from "./chunk-RLB5E7YF.js";

// packages/core/src/validate-manifest/manifest-view.ts
import { relative, sep } from "node:path";

// packages/core/src/validate-manifest/placeholder-text.ts
var patterns = [
  // Markers in capitals, standing alone as a word.
  /(?<![A-Za-z0-9])(?:TBD|TBA|TBC|TODO|FIXME)(?![A-Za-z0-9])/g,
  // Runs of X, either case: XXX, xxxx, REL-XXXX.
  /(?<![A-Za-z0-9])[Xx]{3,}(?![A-Za-z0-9])/g,
  /\?{3,}/g,
  /<[^<>\n]{1,160}>/g,
  // Phrases, any case, as whole words.
  /(?<![A-Za-z])(?:to be (?:determined|decided|confirmed|announced)|fill (?:me |this |it )?in|change ?me|replace ?me)(?![A-Za-z])/gi
];
var wholeValueMarkers = /* @__PURE__ */ new Set(["tbd", "tba", "tbc", "todo", "fixme"]);
function findPlaceholder(text) {
  const trimmed = text.trim();
  if (wholeValueMarkers.has(trimmed.toLowerCase())) {
    return { index: text.indexOf(trimmed), text: trimmed };
  }
  let first;
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      if (first && match.index >= first.index) break;
      if (isAngleValue(match[0])) continue;
      first = { index: match.index, text: match[0] };
      break;
    }
  }
  return first;
}
function isAngleValue(text) {
  if (!text.startsWith("<")) return false;
  const inner = text.slice(1, -1).trim();
  return !/[A-Za-z]/.test(inner) || /[|=,]/.test(inner) || /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(inner) || /^(?:https?|mailto):\S+$/i.test(inner);
}
function isBlank(text) {
  return text.trim() === "";
}

// packages/core/src/validate-manifest/manifest-view.ts
var entriesByView = /* @__PURE__ */ new WeakMap();
function artifactEntries(view) {
  let entries = entriesByView.get(view);
  if (!entries) {
    entries = readArtifactEntries(view);
    entriesByView.set(view, entries);
  }
  return entries;
}
var indexesByView = /* @__PURE__ */ new WeakMap();
function artifactAt(view, index) {
  let byIndex = indexesByView.get(view);
  if (!byIndex) {
    byIndex = new Map(
      artifactEntries(view).map((entry) => [entry.index, entry])
    );
    indexesByView.set(view, byIndex);
  }
  return byIndex.get(index);
}
function readArtifactEntries(view) {
  const list = view.data["artifacts"];
  if (!Array.isArray(list)) return [];
  const entries = [];
  list.forEach((item, index) => {
    if (!isRecord(item)) return;
    const name = textField(item, "name");
    const declared = textField(item, "owner");
    const owner = declared === void 0 || findPlaceholder(declared) ? void 0 : declared;
    entries.push({
      index,
      pointer: `/artifacts/${index}`,
      fields: item,
      label: name ?? `artifacts[${index}]`,
      ...owner === void 0 ? {} : { owner }
    });
  });
  return entries;
}
function ownerAt(view, pointer) {
  const match = /^\/artifacts\/(\d+)(?:\/|$)/.exec(pointer);
  const owner = match ? artifactAt(view, Number(match[1]))?.owner : view.releaseOwner;
  return owner === void 0 ? {} : { owner };
}
function releaseSection(view) {
  const release = view.data["release"];
  return isRecord(release) ? release : {};
}
function textField(fields, key) {
  const value = Object.hasOwn(fields, key) ? fields[key] : void 0;
  return typeof value === "string" && value.trim() !== "" ? value : void 0;
}
function recordField(fields, key) {
  const value = Object.hasOwn(fields, key) ? fields[key] : void 0;
  return isRecord(value) ? value : void 0;
}
function manifestFinding(view, spec) {
  const position = locatePointer(view, spec);
  return {
    code: spec.code,
    severity: spec.severity ?? "error",
    message: spec.message,
    location: {
      file: view.file,
      pointer: spec.pointer,
      ...position ?? {}
    },
    ...spec.owner === void 0 ? {} : { owner: spec.owner },
    remediation: spec.remediation,
    ...spec.details === void 0 ? {} : { details: spec.details }
  };
}
function locatePointer(view, spec) {
  const position = view.document.locate(spec.pointer);
  if (!position) return void 0;
  if (spec.atKey) {
    const key = lastToken(spec.pointer);
    return key === void 0 ? position : view.source.keyPosition(key, position);
  }
  if (spec.charIndex !== void 0) {
    const value = valueAt(view.data, spec.pointer);
    if (typeof value === "string") {
      return view.source.positionInScalar(position, value, spec.charIndex);
    }
  }
  return position;
}
function valueAt(data, pointer) {
  let current = data;
  for (const token of pointerTokens(pointer)) {
    if (Array.isArray(current)) current = current[Number(token)];
    else if (isRecord(current) && Object.hasOwn(current, token)) {
      current = current[token];
    } else return void 0;
  }
  return current;
}
function pointerTokens(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((token) => token.replaceAll("~1", "/").replaceAll("~0", "~"));
}
function fieldName(pointer) {
  return pointerTokens(pointer).map(
    (token, index) => /^\d+$/.test(token) ? `[${token}]` : index === 0 ? token : `.${token}`
  ).join("");
}
function lastToken(pointer) {
  const tokens = pointerTokens(pointer);
  const last = tokens.at(-1);
  return last === void 0 || /^\d+$/.test(last) ? void 0 : last;
}
function displayPath(view, absolute) {
  const shown = relative(view.cwd, absolute) || ".";
  return shown.split(sep).join("/");
}

// packages/core/src/validate-manifest/project-paths.ts
var problemCodes = {
  empty: "ARTIFACT_PATH_INVALID",
  "too-long": "ARTIFACT_PATH_INVALID",
  "nul-byte": "ARTIFACT_PATH_INVALID",
  backslash: "ARTIFACT_PATH_INVALID",
  encoded: "ARTIFACT_PATH_INVALID",
  absolute: "ARTIFACT_PATH_OUTSIDE",
  traversal: "ARTIFACT_PATH_OUTSIDE",
  "outside-project": "ARTIFACT_PATH_OUTSIDE",
  missing: "missing",
  "not-regular": "ARTIFACT_NOT_REGULAR"
};
async function checkPathField(view, spec) {
  const resolved = await resolveProjectPath(
    view.projectRoot,
    view.dir,
    spec.path,
    spec.allowDirectory
  );
  if (resolved.ok) {
    const { absolute, real, kind } = resolved;
    return { ok: true, file: { absolute, real, kind } };
  }
  const mapped = problemCodes[resolved.problem];
  const code = mapped === "missing" ? spec.missingCode : mapped;
  const shown = visibleText(spec.path, 120);
  return {
    ok: false,
    finding: manifestFinding(view, {
      code,
      message: `${fieldName(spec.pointer)} "${shown}" is refused: ${resolved.detail}`,
      remediation: remediationFor(code, spec.what),
      pointer: spec.pointer,
      ...spec.owner === void 0 ? {} : { owner: spec.owner },
      details: { problem: resolved.problem }
    })
  };
}
function remediationFor(code, what) {
  switch (code) {
    case "ARTIFACT_PATH_OUTSIDE":
      return `Point at ${what} with a relative path inside the project (the folder of release.yaml); symbolic links must not lead out of it.`;
    case "ARTIFACT_PATH_INVALID":
      return `Write the path of ${what} relative to release.yaml, with / between folders and no encoded characters.`;
    case "ARTIFACT_NOT_REGULAR":
      return `Point at ${what} itself: a regular file (or, for a container, its OCI image layout folder).`;
    default:
      return `Build or add ${what} at this path, or correct the path.`;
  }
}

// packages/core/src/validate-manifest/oci-layout.ts
var indexBytes = 4 * 1024 * 1024;
async function checkOCILayout(projectRoot, baseDir, path, declared) {
  const layout = await resolveProjectPath(
    projectRoot,
    baseDir,
    `${path}/oci-layout`,
    false
  );
  if (!layout.ok) {
    return invalid(`it has no oci-layout file (${layout.detail})`);
  }
  const listed = await listedManifests(projectRoot, baseDir, path);
  if (typeof listed === "string") return invalid(listed);
  const wanted = `${declared.algorithm}:${declared.hex}`;
  if (!listed.includes(wanted)) {
    return {
      ok: false,
      problem: "mismatch",
      detail: `index.json lists no image manifest with digest ${wanted}`,
      listed
    };
  }
  return checkBlob(projectRoot, baseDir, path, declared);
}
async function listedManifests(projectRoot, baseDir, path) {
  const index = await resolveProjectPath(
    projectRoot,
    baseDir,
    `${path}/index.json`,
    false
  );
  if (!index.ok) return `its index.json is unusable (${index.detail})`;
  let data;
  try {
    data = await readJSONFile(index.real, `${path}/index.json`, indexBytes);
  } catch (error) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
  const manifests = isRecord(data) ? data["manifests"] : void 0;
  if (!Array.isArray(manifests)) return "its index.json has no manifests list";
  return manifests.map((entry) => isRecord(entry) ? entry["digest"] : void 0).filter((digest) => typeof digest === "string");
}
async function checkBlob(projectRoot, baseDir, path, declared) {
  const blobPath = `${path}/blobs/${declared.algorithm}/${declared.hex}`;
  const blob = await resolveProjectPath(projectRoot, baseDir, blobPath, false);
  if (!blob.ok) {
    return invalid(
      `the manifest blob ${blobPath} is unusable (${blob.detail})`
    );
  }
  let actual;
  try {
    actual = await digestFile(blob.real, declared.algorithm);
  } catch (error) {
    return invalid(
      `the manifest blob ${blobPath} cannot be read (${systemReason(error)})`
    );
  }
  if (actual !== declared.hex) {
    return {
      ok: false,
      problem: "mismatch",
      detail: `the manifest blob ${blobPath} hashes to ${declared.algorithm}:${actual}`,
      listed: []
    };
  }
  return { ok: true };
}
function invalid(detail) {
  return { ok: false, problem: "invalid", detail };
}

// packages/core/src/validate-manifest/artifact-rules.ts
async function checkArtifactRules(view) {
  const findings = [];
  const artifacts = [];
  const digests = /* @__PURE__ */ new Map();
  for (const entry of artifactEntries(view)) {
    const path = textField(entry.fields, "path");
    if (path !== void 0) {
      const checked = await checkArtifactFile(view, entry, path, digests);
      findings.push(...checked.findings);
      artifacts.push(checked.result);
    }
    findings.push(...await checkSideFiles(view, entry));
  }
  return { findings, artifacts };
}
async function checkArtifactFile(view, entry, path, digests) {
  const digestText = textField(entry.fields, "digest");
  const result = {
    name: entry.label,
    path,
    ...digestText === void 0 ? {} : { digest: digestText },
    verified: false
  };
  const isContainer = entry.fields["kind"] === "container";
  const resolved = await checkPathField(view, {
    pointer: `${entry.pointer}/path`,
    path,
    missingCode: "ARTIFACT_PATH_MISSING",
    what: "the built artifact",
    allowDirectory: true,
    ...ownerOf(entry)
  });
  if (!resolved.ok) return { findings: [resolved.finding], result };
  if (resolved.file.kind === "directory" && !isContainer) {
    return { findings: [folderFinding(view, entry, path)], result };
  }
  const declared = parseDigestReference(digestText ?? "");
  if (!declared) return { findings: [], result };
  const findings = resolved.file.kind === "directory" ? await checkLayoutDigest(view, entry, path, declared) : await checkFileDigest(view, entry, resolved.file, declared, digests);
  result.verified = findings.length === 0;
  return { findings, result };
}
async function checkFileDigest(view, entry, file, declared, digests) {
  const key = `${declared.algorithm}:${file.real}`;
  let digest = digests.get(key);
  if (!digest) {
    digest = readDigest(view, entry, file, declared);
    digests.set(key, digest);
  }
  const actual = await digest;
  if (actual === declared.hex) return [];
  const shownActual = `${declared.algorithm}:${actual}`;
  return [
    manifestFinding(view, {
      code: "ARTIFACT_DIGEST_MISMATCH",
      message: `${displayPath(view, file.absolute)} hashes to ${shownActual}, not to the declared ${declared.algorithm}:${declared.hex}`,
      remediation: `If this file is the build you mean to release, set digest to ${shownActual}; otherwise rebuild the artifact and check why it changed.`,
      pointer: `${entry.pointer}/digest`,
      ...ownerOf(entry),
      details: { actual: shownActual }
    })
  ];
}
async function checkLayoutDigest(view, entry, path, declared) {
  const layout = await checkOCILayout(
    view.projectRoot,
    view.dir,
    path,
    declared
  );
  if (layout.ok) return [];
  const shown = visibleText(path, 120);
  if (layout.problem === "invalid") {
    return [
      manifestFinding(view, {
        code: "ARTIFACT_OCI_LAYOUT_INVALID",
        message: `the folder "${shown}" is not a usable OCI image layout: ${layout.detail}`,
        remediation: "Export the image as an OCI layout (e.g. `skopeo copy docker-daemon:IMAGE oci:DIR`) or point at an image archive file.",
        pointer: `${entry.pointer}/path`,
        ...ownerOf(entry)
      })
    ];
  }
  const listed = layout.listed.length > 0 ? layout.listed.join(", ") : "";
  return [
    manifestFinding(view, {
      code: "ARTIFACT_DIGEST_MISMATCH",
      message: `the OCI layout "${shown}" does not match the declared digest: ${layout.detail}`,
      remediation: listed ? `Set digest to the image manifest digest from index.json (${listed}).` : "Re-export the image; its layout folder is inconsistent.",
      pointer: `${entry.pointer}/digest`,
      ...ownerOf(entry)
    })
  ];
}
async function readDigest(view, entry, file, declared) {
  try {
    return await digestFile(file.real, declared.algorithm);
  } catch (error) {
    const shown = displayPath(view, file.absolute);
    throw new UserError(
      "ARTIFACT_UNREADABLE",
      `cannot read ${shown}: ${systemReason(error)}`,
      { file: view.file, field: `${entry.pointer}/path` },
      { cause: error }
    );
  }
}
function folderFinding(view, entry, path) {
  return manifestFinding(view, {
    code: "ARTIFACT_NOT_REGULAR",
    message: `${entry.label}: "${visibleText(path, 120)}" is a folder; only a container artifact may be a folder (its OCI image layout)`,
    remediation: "Point at the packed artifact file (the .tgz, .whl, .jar, .nupkg or installer).",
    pointer: `${entry.pointer}/path`,
    ...ownerOf(entry)
  });
}
async function checkSideFiles(view, entry) {
  const findings = [];
  const versionFile = textField(entry.fields, "version-file");
  if (versionFile !== void 0) {
    const checked = await checkPathField(view, {
      pointer: `${entry.pointer}/version-file`,
      path: versionFile,
      missingCode: "VERSION_FILE_MISSING",
      what: "the version file",
      allowDirectory: false,
      ...ownerOf(entry)
    });
    if (!checked.ok) findings.push(checked.finding);
  }
  const dependencies = recordField(entry.fields, "dependencies") ?? {};
  const sbom = textField(dependencies, "sbom");
  if (sbom !== void 0) {
    const checked = await checkPathField(view, {
      pointer: `${entry.pointer}/dependencies/sbom`,
      path: sbom,
      missingCode: "SBOM_FILE_MISSING",
      what: "the SBOM",
      allowDirectory: false,
      ...ownerOf(entry)
    });
    if (!checked.ok) findings.push(checked.finding);
  }
  return findings;
}
function ownerOf(entry) {
  return entry.owner === void 0 ? {} : { owner: entry.owner };
}

export {
  findPlaceholder,
  isBlank,
  artifactEntries,
  ownerAt,
  releaseSection,
  textField,
  recordField,
  manifestFinding,
  valueAt,
  pointerTokens,
  fieldName,
  displayPath,
  checkPathField,
  checkArtifactRules,
  ownerOf
};
