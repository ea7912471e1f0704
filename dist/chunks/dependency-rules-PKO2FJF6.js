import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  artifactEntries,
  checkPathField,
  displayPath,
  manifestFinding,
  ownerOf,
  recordField,
  textField,
  valueAt
} from "./chunk-JOHAZWZO.js";
import {
  parse,
  readLockfile
} from "./chunk-NN7OISNQ.js";
import {
  escapePointerToken
} from "./chunk-VIMV3XDQ.js";
import {
  visibleText
} from "./chunk-BKLFK6S4.js";
import "./chunk-BE3HX54U.js";
import {
  isRecord,
  limits,
  parseJSON,
  readJSONFile,
  readTextFile
} from "./chunk-E73ZUZ5O.js";
import "./chunk-YP2N6HGM.js";
import {
  UserError
} from "./chunk-RLB5E7YF.js";
import "./chunk-GUYOKWKK.js";

// packages/core/src/validate-manifest/dependency-rules.ts
import { basename, dirname as dirname2, join as join2 } from "node:path";

// packages/core/src/validate-manifest/json-lines.ts
function jsonPointerLine(text, pointer) {
  if (pointer === "") return void 0;
  let offset = 0;
  for (const raw of pointer.slice(1).split("/")) {
    const token = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (/^\d+$/.test(token)) continue;
    const at = findKey(text, JSON.stringify(token), offset);
    if (at < 0) return void 0;
    offset = at + 1;
  }
  let line = 1;
  for (let index = 0; index < offset - 1; index += 1) {
    if (text.charCodeAt(index) === 10) line += 1;
  }
  return line;
}
function findKey(text, quoted, from) {
  let at = text.indexOf(quoted, from);
  while (at >= 0) {
    let next = at + quoted.length;
    while (text[next] === " " || text[next] === "	" || text[next] === "\n" || text[next] === "\r") {
      next += 1;
    }
    if (text[next] === ":") return at;
    at = text.indexOf(quoted, at + 1);
  }
  return -1;
}

// packages/core/src/validate-manifest/declared-dependencies.ts
import { dirname, join } from "node:path";

// packages/core/src/validate-manifest/pyproject-dependencies.ts
var maxRequirementLength = 1024;
function pyprojectDependencies(text) {
  let data;
  try {
    data = parse(text);
  } catch {
    return void 0;
  }
  if (!isRecord(data)) return [];
  const lines = text.split(/\r?\n/);
  return [
    ...projectDependencies(data, lines),
    ...poetryDependencies(data, lines),
    ...groupDependencies(data, lines)
  ];
}
function projectDependencies(data, lines) {
  const project = isRecord(data["project"]) ? data["project"] : {};
  const declared = requirementList(
    project["dependencies"],
    "/project/dependencies",
    false,
    lines
  );
  const optional = isRecord(project["optional-dependencies"]) ? project["optional-dependencies"] : {};
  for (const [extra, list] of Object.entries(optional)) {
    const pointer = `/project/optional-dependencies/${escapePointerToken(extra)}`;
    declared.push(...requirementList(list, pointer, false, lines));
  }
  return declared;
}
function groupDependencies(data, lines) {
  const groups = isRecord(data["dependency-groups"]) ? data["dependency-groups"] : {};
  return Object.entries(groups).flatMap(
    ([group, list]) => requirementList(
      list,
      `/dependency-groups/${escapePointerToken(group)}`,
      true,
      lines
    )
  );
}
function requirementList(list, pointer, dev, lines) {
  if (!Array.isArray(list)) return [];
  const declared = [];
  list.forEach((item, index) => {
    if (typeof item !== "string") return;
    const requirement = parseRequirement(item);
    if (!requirement) return;
    declared.push({
      ...requirement,
      dev,
      source: {
        pointer: `${pointer}/${index}`,
        ...lineOf(lines, (line) => line.includes(item))
      }
    });
  });
  return declared;
}
function parseRequirement(text) {
  if (text.length > maxRequirementLength) return void 0;
  const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*/.exec(
    text
  );
  if (!match) return void 0;
  const name = match[1] ?? "";
  const rest = text.slice(match[0].length).split(";")[0]?.trim() ?? "";
  const range = rest.startsWith("(") && rest.endsWith(")") ? rest.slice(1, -1).trim() : rest;
  return { name, range };
}
function poetryDependencies(data, lines) {
  const tool = isRecord(data["tool"]) ? data["tool"] : {};
  const poetry = isRecord(tool["poetry"]) ? tool["poetry"] : {};
  const tables = [];
  if (isRecord(poetry["dependencies"])) {
    tables.push([poetry["dependencies"], "/tool/poetry/dependencies", false]);
  }
  if (isRecord(poetry["dev-dependencies"])) {
    tables.push([
      poetry["dev-dependencies"],
      "/tool/poetry/dev-dependencies",
      true
    ]);
  }
  const groups = isRecord(poetry["group"]) ? poetry["group"] : {};
  for (const [group, body] of Object.entries(groups)) {
    if (isRecord(body) && isRecord(body["dependencies"])) {
      const pointer = `/tool/poetry/group/${escapePointerToken(group)}/dependencies`;
      tables.push([body["dependencies"], pointer, true]);
    }
  }
  return tables.flatMap(
    ([table, pointer, dev]) => Object.entries(table).filter(([name]) => name.toLowerCase() !== "python").map(([name, spec]) => ({
      name,
      range: poetrySpec(spec),
      dev,
      source: {
        pointer: `${pointer}/${escapePointerToken(name)}`,
        ...lineOf(lines, (line) => startsKey(line, name))
      }
    }))
  );
}
function poetrySpec(spec) {
  if (typeof spec === "string") return spec;
  if (Array.isArray(spec)) return "";
  if (!isRecord(spec)) return "";
  if (typeof spec["path"] === "string") return `file:${spec["path"]}`;
  if (typeof spec["git"] === "string") {
    const rev = typeof spec["rev"] === "string" ? spec["rev"] : "";
    return `@ ${spec["git"]}@${rev}`;
  }
  return typeof spec["version"] === "string" ? spec["version"] : "";
}
function startsKey(line, name) {
  const trimmed = line.trimStart();
  return trimmed.startsWith(`${name} `) || trimmed.startsWith(`${name}=`) || trimmed.startsWith(`"${name}"`);
}
function lineOf(lines, test) {
  const index = lines.findIndex(test);
  return index < 0 ? {} : { line: index + 1 };
}

// packages/core/src/validate-manifest/declared-dependencies.ts
async function declaredDependencies(lockfile, real, shown) {
  const fromProject = await projectDeclared(lockfile, real, shown);
  const stated = new Set(fromProject.map((item) => keyOf(item.dependency)));
  const fromLockfile = lockfile.declared.filter((dependency) => !stated.has(keyOf(dependency))).map((dependency) => ({ dependency, file: shown }));
  return [...fromProject, ...fromLockfile];
}
function keyOf(dependency) {
  return `${dependency.name}\0${dependency.range}\0${String(dependency.dev)}`;
}
var projectFiles = { npm: "package.json", pypi: "pyproject.toml" };
async function projectDeclared(lockfile, real, shown) {
  const { ecosystem } = lockfile;
  if (ecosystem !== "npm" && ecosystem !== "pypi") return [];
  const name = projectFiles[ecosystem];
  const path = join(dirname(real), name);
  const file = join(dirname(shown), name).split("\\").join("/");
  let text;
  try {
    text = await readTextFile(path, {
      maxBytes: limits.configBytes,
      displayName: file
    });
  } catch (error) {
    if (error instanceof UserError) return [];
    throw error;
  }
  const declared = name === "package.json" ? packageJSONDependencies(parseJSONOrUndefined(text, file)) : pyprojectDependencies(text) ?? [];
  return declared.map((dependency) => ({ dependency, file }));
}
function parseJSONOrUndefined(text, file) {
  try {
    return parseJSON(text, file);
  } catch (error) {
    if (error instanceof UserError) return void 0;
    throw error;
  }
}
function packageJSONDependencies(data) {
  if (!isRecord(data)) return [];
  const declared = [];
  const fields = [
    ["dependencies", false],
    ["optionalDependencies", false],
    ["devDependencies", true]
  ];
  for (const [field, dev] of fields) {
    const map = data[field];
    if (!isRecord(map)) continue;
    for (const [name, range] of Object.entries(map)) {
      if (typeof range !== "string") continue;
      const pointer = `/${field}/${escapePointerToken(name)}`;
      declared.push({ name, range, dev, source: { pointer } });
    }
  }
  return declared;
}

// packages/core/src/validate-manifest/pinned-range.ts
var maxSpecLength = 1024;
var exactSemver = /^[=v]{0,2}\d{1,15}\.\d{1,15}\.\d{1,15}(?:-[0-9A-Za-z.-]{1,128})?(?:\+[0-9A-Za-z.-]{1,128})?$/;
var commitRef = /#[0-9a-f]{7,64}$/i;
function pinVerdict(ecosystem, spec) {
  const text = spec.trim();
  if (text.length > maxSpecLength) return "unpinned";
  switch (ecosystem) {
    case "npm":
      return npmVerdict(text);
    case "pypi":
      return pythonVerdict(text);
    case "maven":
      return mavenVerdict(text);
    case "nuget":
      return text.includes("*") ? "unpinned" : "pinned";
    case "golang":
      return "pinned";
  }
}
function npmVerdict(spec) {
  if (/^(?:file|link|workspace|portal|catalog):/.test(spec)) return "local";
  const alias = /^npm:(?:@[^@/]+\/)?[^@]+@(.+)$/.exec(spec);
  if (alias) return npmVerdict(alias[1] ?? "");
  if (exactSemver.test(spec)) return "pinned";
  if (/^(?:git\+|git:|github:|gitlab:|bitbucket:|[\w.-]+\/[\w.-]+#)/.test(spec)) {
    return commitRef.test(spec) ? "pinned" : "unpinned";
  }
  if (/^https?:\/\//.test(spec)) {
    return spec.includes(".git") && !commitRef.test(spec) ? "unpinned" : "pinned";
  }
  return "unpinned";
}
function pythonVerdict(spec) {
  if (spec.startsWith("file:")) return "local";
  if (spec.startsWith("@")) {
    return /@[0-9a-f]{7,64}$|#sha256=[0-9a-f]{64}$/i.test(spec) ? "pinned" : "unpinned";
  }
  const version = spec.split(";")[0]?.trim() ?? "";
  if (version === "" || version.includes(",")) return "unpinned";
  if (/^===?\s*[0-9][0-9A-Za-z.!+-]*$/.test(version)) return "pinned";
  return /^[0-9][0-9A-Za-z.!+-]*$/.test(version) && !version.includes("*") ? "pinned" : "unpinned";
}
function mavenVerdict(spec) {
  if (spec === "" || spec.includes("${")) return "unknown";
  if (/^\[[^,\]]+\]$/.test(spec)) return "pinned";
  if (/[[\](),]|^(?:LATEST|RELEASE)$|\+$/.test(spec)) return "unpinned";
  return "pinned";
}

// packages/core/src/validate-manifest/dependency-rules.ts
async function checkDependencyRules(view) {
  const findings = [];
  for (const entry of artifactEntries(view)) {
    const dependencies = recordField(entry.fields, "dependencies") ?? {};
    const lockfile = textField(dependencies, "lockfile");
    if (lockfile === void 0) continue;
    findings.push(...await checkLockfile(view, entry, lockfile));
  }
  return findings;
}
async function checkLockfile(view, entry, path) {
  const pointer = `${entry.pointer}/dependencies/lockfile`;
  const resolved = await checkPathField(view, {
    pointer,
    path,
    missingCode: "LOCKFILE_MISSING",
    what: "the lockfile",
    allowDirectory: false,
    ...ownerOf(entry)
  });
  if (!resolved.ok) return [resolved.finding];
  const file = displayPath(view, resolved.file.absolute);
  let lockfile;
  try {
    lockfile = await readLockfile(resolved.file.real, file);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return [invalidFinding(view, entry, pointer, error)];
  }
  const context = {
    view,
    entry,
    file,
    real: resolved.file.real,
    lockfile,
    texts: /* @__PURE__ */ new Map()
  };
  return [
    ...await integrityFindings(context),
    ...await unpinnedFindings(context)
  ];
}
function invalidFinding(view, entry, pointer, error) {
  return manifestFinding(view, {
    code: "LOCKFILE_INVALID",
    message: `the lockfile cannot be used: ${error.message}`,
    remediation: "Regenerate the lockfile with its package manager, or name a lockfile format shipshape reads.",
    pointer,
    ...ownerOf(entry),
    details: { reason: error.code }
  });
}
async function integrityFindings(context) {
  const { lockfile } = context;
  const missing = lockfile.packages.filter((item) => item.hashes.length === 0);
  if (missing.length === 0) return [];
  if (missing.length === lockfile.packages.length) {
    return [
      lockfileFinding(context, {
        code: "LOCKFILE_NO_INTEGRITY",
        message: `${context.file} (${lockfile.format}) records no integrity hash for any of its ${lockfile.packages.length} packages`,
        remediation: "Use a lockfile that records hashes: package-lock.json, yarn.lock, pnpm-lock.yaml, poetry.lock, requirements.txt with --hash (pip-compile --generate-hashes), go.sum or packages.lock.json.",
        location: { file: context.file }
      })
    ];
  }
  const raw = await rawJSON(context);
  const findings = [];
  for (const item of missing) {
    const pointer = item.source.pointer;
    if (raw !== void 0 && pointer !== void 0 && isBundled(raw, pointer)) {
      continue;
    }
    findings.push(
      lockfileFinding(context, {
        code: "LOCKFILE_NO_INTEGRITY",
        message: `${context.file} locks ${visibleText(item.name, 120)}@${visibleText(item.version, 60)} without an integrity hash`,
        remediation: "Regenerate the lockfile from the registry so that every package records its hash; a package that cannot carry one (a git or local dependency) should be published to a registry first.",
        location: await lockfileLocation(context, pointer, item.source.line),
        component: item.purl
      })
    );
  }
  return findings;
}
function isBundled(raw, pointer) {
  const entry = valueAt(raw, pointer);
  return isRecord(entry) && (entry["inBundle"] === true || entry["bundled"] === true);
}
async function rawJSON(context) {
  if (context.lockfile.ecosystem !== "npm" || !context.file.endsWith(".json")) {
    return void 0;
  }
  return readJSONFile(context.real, context.file, limits.dataBytes);
}
async function unpinnedFindings(context) {
  const declared = await declaredDependencies(
    context.lockfile,
    context.real,
    context.file
  );
  const findings = [];
  for (const { dependency, file } of declared) {
    if (dependency.dev) continue;
    if (pinVerdict(context.lockfile.ecosystem, dependency.range) !== "unpinned") {
      continue;
    }
    findings.push(
      lockfileFinding(context, {
        code: "DEPENDENCY_UNPINNED",
        message: `release dependency ${visibleText(dependency.name, 120)} is declared as the range "${visibleText(dependency.range, 80)}" in ${file}`,
        remediation: `Declare the exact version the lockfile holds (e.g. "${visibleText(dependency.name, 120)}": "${lockedVersion(context.lockfile, dependency.name) ?? "<version>"}"), or move it to the development dependencies if the release does not ship it.`,
        location: await declaredLocation(context, file, dependency)
      })
    );
  }
  return findings;
}
function lockedVersion(lockfile, name) {
  return lockfile.packages.find((item) => item.name === name)?.version;
}
async function declaredLocation(context, file, dependency) {
  if (file === context.file) {
    return lockfileLocation(
      context,
      dependency.source.pointer,
      dependency.source.line
    );
  }
  const path = join2(dirname2(context.real), basename(file));
  return locationIn(
    context,
    path,
    file,
    dependency.source.pointer,
    dependency.source.line
  );
}
function lockfileLocation(context, pointer, line) {
  return locationIn(context, context.real, context.file, pointer, line);
}
async function locationIn(context, path, file, pointer, line) {
  const location = { file };
  if (pointer !== void 0) location.pointer = pointer;
  if (line !== void 0) return { ...location, line };
  if (pointer === void 0 || !file.endsWith(".json")) return location;
  let text = context.texts.get(path);
  if (!text) {
    text = readTextFile(path, {
      maxBytes: limits.dataBytes,
      displayName: file
    }).catch(() => void 0);
    context.texts.set(path, text);
  }
  const found = jsonPointerLine(await text ?? "", pointer);
  return found === void 0 ? location : { ...location, line: found };
}
function lockfileFinding(context, spec) {
  return {
    code: spec.code,
    severity: "error",
    message: `${context.entry.label}: ${spec.message}`,
    location: spec.location,
    ...ownerOf(context.entry),
    remediation: spec.remediation,
    ...spec.component === void 0 ? {} : { component: spec.component }
  };
}
export {
  checkDependencyRules
};
