import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  artifactEntries,
  checkArtifactRules,
  checkPathField,
  displayPath,
  fieldName,
  findPlaceholder,
  isBlank,
  manifestFinding,
  ownerAt,
  ownerOf,
  pointerTokens,
  recordField,
  releaseSection,
  textField,
  valueAt
} from "./chunk-JOHAZWZO.js";
import {
  require_semver
} from "./chunk-UVAQLNFS.js";
import {
  runStage
} from "./chunk-3STO6GSY.js";
import {
  checkManifestSchema,
  loadPolicy,
  parseManifestFile,
  policySection
} from "./chunk-62XS2I6U.js";
import {
  escapePointerToken
} from "./chunk-VIMV3XDQ.js";
import {
  visibleText
} from "./chunk-BKLFK6S4.js";
import {
  isInside,
  resolveProjectPath
} from "./chunk-BE3HX54U.js";
import {
  isRecord,
  limits,
  readJSONFile,
  readTextFile
} from "./chunk-E73ZUZ5O.js";
import {
  UserError
} from "./chunk-RLB5E7YF.js";
import {
  __toESM
} from "./chunk-GUYOKWKK.js";

// packages/core/src/validate-manifest/validate-manifest-stage.ts
import { relative as relative3, resolve as resolve2, sep as sep3 } from "node:path";

// packages/core/src/validate-manifest/codeowners.ts
var locations = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
var maxBytes = 3 * 1024 * 1024;
async function readCodeOwners(projectRoot) {
  for (const file of locations) {
    const resolved = await resolveProjectPath(
      projectRoot,
      projectRoot,
      file,
      false
    );
    if (!resolved.ok) continue;
    const text = await readTextFile(resolved.real, {
      maxBytes,
      displayName: file
    });
    return { file, rules: parseCodeOwners(text) };
  }
  return void 0;
}
function parseCodeOwners(text) {
  const rules = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) return;
    const [pattern = "", ...rest] = line.split(/[ \t]+/);
    const comment = rest.findIndex((word) => word.startsWith("#"));
    const owners = comment < 0 ? rest : rest.slice(0, comment);
    const unescaped = pattern.replace(/^\\#/, "#");
    if (unescaped.length > 4096) {
      throw new UserError(
        "CODEOWNERS_PATTERN_TOO_LONG",
        `CODEOWNERS line ${index + 1} has a pattern longer than 4096 characters`,
        { line: index + 1 }
      );
    }
    rules.push({ pattern: unescaped, owners, line: index + 1 });
  });
  return rules;
}
function ownersOf(codeOwners, path) {
  for (let index = codeOwners.rules.length - 1; index >= 0; index -= 1) {
    const rule = codeOwners.rules[index];
    if (rule && matchesOwnersPattern(rule.pattern, path)) {
      return rule.owners.length > 0 ? rule.owners : void 0;
    }
  }
  return void 0;
}
function matchesOwnersPattern(pattern, path) {
  const folderOnly = pattern.endsWith("/");
  let body = folderOnly ? pattern.slice(0, -1) : pattern;
  const anchored = body.includes("/");
  if (body.startsWith("/")) body = body.slice(1);
  if (body === "") return false;
  const patternParts = anchored ? body.split("/") : ["**", body];
  const accepts = (rest) => rest === 0 ? !folderOnly : patternParts.at(-1) !== "*";
  return matchParts(patternParts, path.split("/"), accepts);
}
function matchParts(pattern, path, accepts) {
  const memo = /* @__PURE__ */ new Map();
  const match = (pi, si) => {
    const key = pi * (path.length + 1) + si;
    const known = memo.get(key);
    if (known !== void 0) return known;
    let result;
    const part = pattern[pi];
    if (part === void 0) result = si > 0 && accepts(path.length - si);
    else if (part === "**") {
      result = match(pi + 1, si) || si < path.length && match(pi, si + 1);
    } else {
      result = si < path.length && matchSegment(part, path[si] ?? "") && match(pi + 1, si + 1);
    }
    memo.set(key, result);
    return result;
  };
  return match(0, 0);
}
function matchSegment(pattern, text) {
  let p = 0;
  let t = 0;
  let star = -1;
  let resume = 0;
  while (t < text.length) {
    const char = pattern[p];
    if (char === "?" || char !== void 0 && char !== "*" && char === text[t]) {
      p += 1;
      t += 1;
    } else if (char === "*") {
      star = p;
      resume = t;
      p += 1;
    } else if (star >= 0) {
      p = star + 1;
      resume += 1;
      t = resume;
    } else {
      return false;
    }
  }
  while (pattern[p] === "*") p += 1;
  return p === pattern.length;
}

// packages/core/src/validate-manifest/runtime-ranges.ts
var import_semver = __toESM(require_semver(), 1);
var maxRangeLength = 256;
var semverRange = (range) => import_semver.default.validRange(range) === null ? "it is not an npm semver range" : void 0;
var comparator = /^(?:>=|<=|==|!=|~=|>|<|=|\^|~)?v?\d{1,9}(?:\.\d{1,9}){0,3}(?:\.[x*])?\+?$/;
var genericRange = (range) => {
  for (const alternative of range.split("||")) {
    const clauses = joinOperators(alternative).split(/[\s,]+/).filter(Boolean);
    if (clauses.length === 0) return 'an alternative of "||" is empty';
    const bad = clauses.find(
      (clause) => clause !== "*" && !comparator.test(clause)
    );
    if (bad !== void 0) return `"${bad}" is not a version or comparison`;
  }
  return void 0;
};
var mavenRange = /^[[(]\s*(?:v?\d{1,9}(?:\.\d{1,9}){0,3})?\s*,\s*(?:v?\d{1,9}(?:\.\d{1,9}){0,3})?\s*[\])]$|^\[\s*\d{1,9}(?:\.\d{1,9}){0,3}\s*\]$/;
var jvmRange = (range) => mavenRange.test(range) ? void 0 : genericRange(range);
var pep440Clause = /^(?:~=|===|==|!=|<=|>=|<|>)?\d{1,9}(?:!\d{1,9})?(?:\.\d{1,9}){0,5}(?:(?:a|b|rc)\d{1,9})?(?:\.post\d{1,9})?(?:\.dev\d{1,9})?(?:\.\*)?$/;
var pythonRange = (range) => {
  const clauses = range.split(",").map((clause) => joinOperators(clause.trim()));
  const bad = clauses.find((clause) => !pep440Clause.test(clause));
  return bad === void 0 ? void 0 : `"${bad}" is not a PEP 440 version specifier`;
};
function joinOperators(text) {
  return text.replace(/(>=|<=|==|!=|~=|===|>|<|=|\^|~)\s+/g, "$1");
}
var checks = {
  node: semverRange,
  nodejs: semverRange,
  deno: semverRange,
  bun: semverRange,
  python: pythonRange,
  pypy: pythonRange,
  java: jvmRange,
  jvm: jvmRange,
  jre: jvmRange,
  jdk: jvmRange,
  kotlin: jvmRange,
  dotnet: genericRange,
  go: genericRange,
  ruby: genericRange,
  php: genericRange,
  rust: genericRange,
  erlang: genericRange,
  elixir: genericRange,
  perl: genericRange,
  swift: genericRange,
  dart: genericRange,
  lua: genericRange
};
var runtimeNames = Object.keys(checks);
function rangeProblem(name, range) {
  if (range.length > maxRangeLength) {
    return `it is longer than ${maxRangeLength} characters`;
  }
  const key = name.toLowerCase();
  const check = Object.hasOwn(checks, key) ? checks[key] : void 0;
  return check ? check(range) : "the runtime is unknown";
}

// schemas/manifest.schema.json
var manifest_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://schemas.shipshape.dev/manifest.schema.json",
  title: "shipshape release manifest (release.yaml)",
  description: "One release and the artifacts it ships. Relative paths resolve against the folder of this file.",
  type: "object",
  additionalProperties: false,
  required: ["release", "artifacts"],
  properties: {
    $schema: { type: "string" },
    release: {
      type: "object",
      additionalProperties: false,
      required: ["id", "version"],
      properties: {
        id: {
          description: "A stable identifier of this release, used to name the dossier.",
          type: "string",
          pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"
        },
        version: {
          description: "The version being released, as the policy's scheme spells it.",
          type: "string",
          minLength: 1,
          maxLength: 128
        },
        notes: {
          description: "Release notes: a changelog section (CHANGELOG.md#140) or an https URL.",
          type: "string",
          minLength: 1,
          maxLength: 2048
        },
        tickets: {
          description: "Change tickets this release implements.",
          type: "array",
          items: { type: "string", minLength: 1, maxLength: 128 },
          uniqueItems: true
        },
        "tag-prefix": {
          description: "Prefix of this release's git tags (e.g. widget-lib@ in a monorepo); overrides versioning.tag-prefix of the policy.",
          type: "string",
          maxLength: 128
        },
        hotfix: {
          description: "Marks a hotfix release; the policy may then require an incident reference on every commit.",
          type: "boolean"
        },
        override: {
          description: "Lets a version that breaks the versioning rules pass. Needs a reason, a ticket and two distinct approvers who did not author the release commit; recorded in the journal.",
          type: "object",
          additionalProperties: false,
          required: ["reason", "ticket", "approvers"],
          properties: {
            reason: { type: "string", minLength: 1, maxLength: 2048 },
            ticket: { type: "string", minLength: 1, maxLength: 128 },
            approvers: {
              type: "array",
              items: { type: "string", minLength: 1, maxLength: 256 },
              minItems: 1
            }
          }
        }
      }
    },
    artifacts: {
      type: "array",
      minItems: 1,
      maxItems: 1e3,
      items: { $ref: "#/definitions/artifact" }
    }
  },
  patternProperties: { "^x-": {} },
  definitions: {
    artifact: {
      type: "object",
      additionalProperties: false,
      required: ["name", "kind", "path", "digest", "license", "owner"],
      properties: {
        name: {
          description: "The package or image name as the registry knows it.",
          type: "string",
          minLength: 1,
          maxLength: 214
        },
        kind: {
          type: "string",
          enum: [
            "npm",
            "pypi",
            "maven",
            "nuget",
            "container",
            "installer",
            "file"
          ]
        },
        path: {
          description: "Relative path of the built artifact (a file, or an OCI image layout folder for a container).",
          type: "string",
          minLength: 1,
          maxLength: 1024
        },
        digest: {
          description: "sha256:<64 hex> or sha512:<128 hex> of the file (for a container, of its image manifest).",
          type: "string",
          pattern: "^(sha256:[0-9a-f]{64}|sha512:[0-9a-f]{128})$"
        },
        license: {
          description: "An SPDX licence expression.",
          type: "string",
          minLength: 1,
          maxLength: 1024
        },
        owner: {
          description: "The owning team or person (@org/team, @user or an e-mail address).",
          type: "string",
          minLength: 1,
          maxLength: 256
        },
        coordinates: {
          description: "Registry coordinates where the name alone is not enough: groupId:artifactId for Maven, repository/name for a container image.",
          type: "string",
          minLength: 1,
          maxLength: 512
        },
        "version-file": {
          description: "The project's own version source for this artifact: package.json, pyproject.toml, pom.xml or a .csproj.",
          type: "string",
          minLength: 1,
          maxLength: 1024
        },
        targets: {
          description: "Registry names from policy.yaml this artifact is published to.",
          type: "array",
          items: { type: "string", minLength: 1, maxLength: 128 },
          uniqueItems: true
        },
        compatibility: {
          type: "object",
          additionalProperties: false,
          properties: {
            os: {
              type: "array",
              items: { type: "string" },
              uniqueItems: true
            },
            arch: {
              type: "array",
              items: { type: "string" },
              uniqueItems: true
            },
            runtime: {
              description: 'A runtime and a version range, e.g. "node >=20" or "python >=3.9".',
              type: "string",
              maxLength: 256
            }
          }
        },
        dependencies: {
          type: "object",
          additionalProperties: false,
          properties: {
            lockfile: {
              description: "The lockfile that pins this artifact's dependencies.",
              type: "string",
              minLength: 1,
              maxLength: 1024
            },
            sbom: {
              description: "An SBOM made by another tool, validated and annotated instead of generated.",
              type: "string",
              minLength: 1,
              maxLength: 1024
            },
            declared: {
              description: "Packages the artifact is declared to ship (name@version or a purl); cross-checked against the SBOM.",
              type: "array",
              items: { type: "string", minLength: 1, maxLength: 1024 },
              uniqueItems: true
            },
            "first-party": {
              description: "First-party or proprietary packages that must appear in the SBOM (name or purl).",
              type: "array",
              items: { type: "string", minLength: 1, maxLength: 1024 },
              uniqueItems: true
            },
            "include-dev": {
              description: "Also list development-only packages in the SBOM.",
              type: "boolean"
            }
          }
        },
        export: {
          description: "Export-control classification of the artifact.",
          type: "object",
          additionalProperties: false,
          properties: {
            eccn: {
              type: "string",
              pattern: "^(EAR99|[0-9][A-E][0-9]{3}(\\.[a-z0-9.]+)?)$"
            },
            "uses-encryption": { type: "boolean" },
            "classification-ticket": {
              type: "string",
              minLength: 1,
              maxLength: 128
            }
          }
        }
      }
    }
  }
};

// packages/core/src/validate-manifest/schema-rules.ts
function checkSchemaRules(view) {
  const findings = [];
  for (const problem of checkManifestSchema(view.document.data)) {
    const finding2 = schemaFinding(view, problem);
    if (finding2) findings.push(finding2);
  }
  return findings;
}
function schemaFinding(view, problem) {
  const value = valueAt(view.document.data, problem.pointer);
  if (typeof value === "string" && value.trim() === "") return void 0;
  if (problem.kind === "unknown-key") {
    const suggestion = closestKey(problem.key ?? "", allowedKeys(problem));
    return manifestFinding(view, {
      code: "MANIFEST_UNKNOWN_KEY",
      message: `${problem.message}: release.yaml refuses keys it does not know, so that a typo cannot pass silently`,
      remediation: suggestion ? `Rename it to "${suggestion}", or remove it.` : `Remove it, or use one of: ${allowedKeys(problem).join(", ")}.`,
      pointer: problem.pointer,
      atKey: true,
      ...ownerAt(view, problem.pointer)
    });
  }
  if (problem.kind === "missing") {
    return manifestFinding(view, {
      code: "MANIFEST_FIELD_MISSING",
      message: problem.message,
      remediation: `Add "${problem.key ?? ""}" here; see schemas/manifest.schema.json.`,
      pointer: problem.pointer,
      ...ownerAt(view, problem.pointer)
    });
  }
  if (problem.kind === "type" && value === null) {
    return manifestFinding(view, {
      code: "MANIFEST_FIELD_EMPTY",
      message: problem.pointer === "" ? `${view.file} is empty` : `${fieldName(problem.pointer)} is empty`,
      remediation: "Fill in the real value before the release.",
      pointer: problem.pointer,
      atKey: true,
      ...ownerAt(view, problem.pointer)
    });
  }
  return manifestFinding(view, {
    code: "MANIFEST_SCHEMA",
    message: problem.message,
    remediation: hintFor(problem.pointer),
    pointer: problem.pointer,
    ...ownerAt(view, problem.pointer)
  });
}
var hints = {
  digest: "Write the digest as sha256:<64 lower-case hex digits> or sha512:<128 lower-case hex digits>, e.g. the output of `sha256sum FILE`.",
  id: 'Use letters, digits, ".", "_" and "-" only, starting with a letter or digit.',
  kind: "Use one of: npm, pypi, maven, nuget, container, installer, file.",
  eccn: "Use EAR99 or an ECCN such as 5D002."
};
function hintFor(pointer2) {
  const key = pointerTokens(pointer2).at(-1) ?? "";
  return (Object.hasOwn(hints, key) ? hints[key] : void 0) ?? "Correct the value as schemas/manifest.schema.json describes it.";
}
function allowedKeys(problem) {
  const parentTokens = pointerTokens(problem.pointer).slice(0, -1);
  let node = manifest_schema_default;
  for (const token of parentTokens) {
    node = childSchema(resolveRef(node), token);
    if (node === void 0) return [];
  }
  const properties = resolveRef(node)?.["properties"];
  return isRecord(properties) ? Object.keys(properties).filter((key) => key !== "$schema") : [];
}
function childSchema(schema, token) {
  if (!schema) return void 0;
  if (/^\d+$/.test(token)) return schema["items"];
  const properties = schema["properties"];
  return isRecord(properties) ? properties[token] : void 0;
}
function resolveRef(node) {
  if (!isRecord(node)) return void 0;
  const ref = node["$ref"];
  if (typeof ref !== "string" || !ref.startsWith("#/")) return node;
  let target = manifest_schema_default;
  for (const token of ref.slice(2).split("/")) {
    target = isRecord(target) ? target[token] : void 0;
  }
  return isRecord(target) ? target : void 0;
}
function closestKey(key, allowed) {
  let best;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const tolerance = Math.max(1, Math.floor(key.length / 3));
  return bestDistance <= tolerance ? best : void 0;
}
function editDistance(a, b) {
  if (a.length > 64 || b.length > 64) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost
      );
    }
    previous = current;
  }
  return previous[b.length] ?? Infinity;
}

// packages/core/src/validate-manifest/compatibility-rules.ts
var knownOS = [
  "aix",
  "android",
  "cygwin",
  "darwin",
  "dragonfly",
  "freebsd",
  "haiku",
  "illumos",
  "ios",
  "linux",
  "macos",
  "netbsd",
  "openbsd",
  "solaris",
  "sunos",
  "wasi",
  "win32",
  "windows"
];
var knownArch = [
  "386",
  "aarch64",
  "amd64",
  "arm",
  "arm64",
  "armhf",
  "armv6",
  "armv6l",
  "armv7",
  "armv7l",
  "i386",
  "i686",
  "ia32",
  "loong64",
  "mips",
  "mips64",
  "mips64el",
  "mipsel",
  "noarch",
  "ppc",
  "ppc64",
  "ppc64le",
  "riscv64",
  "s390",
  "s390x",
  "universal",
  "universal2",
  "wasm32",
  "x64",
  "x86",
  "x86_64"
];
function checkCompatibilityRules(view) {
  const findings = [];
  for (const entry of artifactEntries(view)) {
    const compatibility = recordField(entry.fields, "compatibility");
    if (!compatibility) continue;
    findings.push(
      ...checkNames(view, entry, compatibility["os"], "os", knownOS),
      ...checkNames(view, entry, compatibility["arch"], "arch", knownArch),
      ...checkRuntime(view, entry, compatibility["runtime"])
    );
  }
  return findings;
}
function checkNames(view, entry, values, field, known) {
  if (!Array.isArray(values)) return [];
  const findings = [];
  values.forEach((value, index) => {
    if (typeof value !== "string" || value.trim() === "") return;
    if (known.includes(value)) return;
    const suggestion = known.find((name) => name === value.toLowerCase()) ?? closestKey(value, known);
    findings.push(
      manifestFinding(view, {
        code: "COMPATIBILITY_UNKNOWN",
        message: `${entry.label}: "${visibleText(value, 60)}" is not a known ${field === "os" ? "operating system" : "architecture"} name`,
        remediation: suggestion ? `Write "${suggestion}".` : `Use one of: ${known.join(", ")}.`,
        pointer: `${entry.pointer}/compatibility/${field}/${index}`,
        ...ownerOf(entry)
      })
    );
  });
  return findings;
}
function checkRuntime(view, entry, runtime) {
  if (typeof runtime !== "string" || runtime.trim() === "") return [];
  const pointer2 = `${entry.pointer}/compatibility/runtime`;
  const trimmed = runtime.trim();
  const space = trimmed.search(/\s/);
  const name = space < 0 ? trimmed : trimmed.slice(0, space);
  const range = space < 0 ? "" : trimmed.slice(space).trim();
  if (!runtimeNames.includes(name.toLowerCase())) {
    const suggestion = closestKey(name, runtimeNames);
    return [
      manifestFinding(view, {
        code: "COMPATIBILITY_UNKNOWN",
        message: `${entry.label}: "${visibleText(name, 60)}" is not a known runtime`,
        remediation: suggestion ? `Write "${suggestion}${range ? ` ${range}` : ""}".` : `Start runtime with one of: ${runtimeNames.join(", ")}; then a version range, e.g. "node >=20".`,
        pointer: pointer2,
        ...ownerOf(entry)
      })
    ];
  }
  const problem = range === "" ? void 0 : rangeProblem(name, range);
  if (!problem) return [];
  return [
    manifestFinding(view, {
      code: "COMPATIBILITY_RANGE_INVALID",
      message: `${entry.label}: the ${name} range "${visibleText(range, 80)}" does not parse: ${problem}`,
      remediation: `Write a range in ${name}'s own syntax, e.g. "${exampleFor(name)}".`,
      pointer: pointer2,
      charIndex: runtime.indexOf(range),
      ...ownerOf(entry)
    })
  ];
}
function exampleFor(name) {
  const examples = {
    node: "node >=20",
    python: "python >=3.9,<4",
    java: "java >=17"
  };
  const key = name.toLowerCase();
  return Object.hasOwn(examples, key) ? examples[key] ?? "" : `${key} >=1.0`;
}

// packages/core/src/validate-manifest/inventory-rules.ts
import { dirname, relative as relative2, resolve, sep as sep2 } from "node:path";

// packages/core/src/validate-manifest/packaging-targets.ts
import { readdir } from "node:fs/promises";
import { join, relative, sep } from "node:path";
var skippedFolders = /* @__PURE__ */ new Set([
  "node_modules",
  "bower_components",
  "jspm_packages",
  "dist",
  "build",
  "out",
  "target",
  "vendor",
  "coverage",
  "__pycache__",
  "venv",
  "site-packages"
]);
var maxDepth = 24;
var maxEntries = 1e5;
var packageJSONBytes = 1024 * 1024;
async function findPackagingTargets(root) {
  const targets = [];
  const queue = [{ dir: root, depth: 0 }];
  let seen = 0;
  let truncated = false;
  for (let next = 0; next < queue.length; next += 1) {
    const { dir, depth } = queue[next] ?? { dir: root, depth: 0 };
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      seen += 1;
      if (seen > maxEntries)
        return { targets: sorted(targets), truncated: true };
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name.startsWith(".") || skippedFolders.has(entry.name))
          continue;
        if (depth + 1 > maxDepth) truncated = true;
        else queue.push({ dir: path, depth: depth + 1 });
      } else if (entry.isFile()) {
        const target = await targetOf(root, dir, entry.name);
        if (target) targets.push(target);
      }
    }
  }
  return { targets: sorted(targets), truncated };
}
async function targetOf(root, dir, name) {
  const kind = kindOf(name);
  if (!kind) return void 0;
  const file = join(dir, name);
  const base = {
    file,
    relativePath: relative(root, file).split(sep).join("/"),
    dir,
    kind
  };
  if (kind !== "npm") return base;
  return npmTarget(base);
}
function kindOf(name) {
  if (name === "package.json") return "npm";
  if (name === "pyproject.toml") return "pypi";
  if (name === "pom.xml") return "maven";
  if (name.endsWith(".csproj")) return "nuget";
  if (name === "Dockerfile" || name === "Containerfile") return "container";
  return void 0;
}
async function npmTarget(base) {
  let data;
  try {
    data = await readJSONFile(base.file, base.relativePath, packageJSONBytes);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return { ...base, note: `it could not be read (${error.message})` };
  }
  if (!isRecord(data)) return base;
  if (data["private"] === true) return void 0;
  const name = data["name"];
  return typeof name === "string" ? { ...base, name } : base;
}
function sorted(targets) {
  return targets.sort(
    (a, b) => a.relativePath < b.relativePath ? -1 : a.relativePath > b.relativePath ? 1 : 0
  );
}

// packages/core/src/validate-manifest/inventory-rules.ts
async function checkInventoryRules(view, codeOwners) {
  const search = await findPackagingTargets(view.projectRoot);
  const artifacts = artifactEntries(view);
  const findings = [];
  const inventory = [];
  for (const target of search.targets) {
    const cover = artifacts.find((entry) => covers(view, entry, target));
    inventory.push({
      file: target.relativePath,
      kind: target.kind,
      ...cover ? { coveredBy: cover.label } : {}
    });
    if (!cover) {
      findings.push(uncoveredFinding(view, target, artifacts, codeOwners));
    }
  }
  if (search.truncated) findings.push(truncatedFinding(view));
  return { findings, inventory };
}
function covers(view, entry, target) {
  const versionFile = textField(entry.fields, "version-file");
  if (versionFile !== void 0 && resolve(view.dir, versionFile) === target.file) {
    return true;
  }
  if (entry.fields["kind"] !== target.kind) return false;
  return sourcePaths(view, entry).some((path) => isInside(target.dir, path));
}
function sourcePaths(view, entry) {
  const dependencies = recordField(entry.fields, "dependencies") ?? {};
  return [textField(dependencies, "lockfile"), textField(entry.fields, "path")].filter((path) => path !== void 0).map((path) => resolve(view.dir, path));
}
function uncoveredFinding(view, target, artifacts, codeOwners) {
  const owner = ownerOfTarget(view, target, artifacts, codeOwners);
  const shown = displayPath(view, target.file);
  const named = target.name ? ` (package "${visibleText(target.name, 80)}")` : "";
  const note = target.note ? `; ${target.note}` : "";
  const privateHint = target.kind === "npm" ? ', mark the package "private": true' : "";
  return {
    code: "INVENTORY_UNCOVERED",
    severity: "error",
    message: `${shown}${named} is a packaging target (kind ${target.kind}) that no artifact in ${view.file} covers${note}`,
    location: { file: shown },
    ...owner === void 0 ? {} : { owner },
    remediation: `Add an artifact with version-file: ${relative2(view.dir, target.file).split(sep2).join("/")} to ${view.file}${privateHint}, or remove the file if nothing is built from it.`
  };
}
function ownerOfTarget(view, target, artifacts, codeOwners) {
  const fromCodeOwners = codeOwners ? ownersOf(codeOwners, target.relativePath) : void 0;
  if (fromCodeOwners) return fromCodeOwners.join(" ");
  let best;
  for (const entry of artifacts) {
    if (entry.owner === void 0) continue;
    for (const path of sourcePaths(view, entry)) {
      const depth = sharedDepth(target.dir, dirname(path));
      if (!best || depth > best.depth) best = { owner: entry.owner, depth };
    }
  }
  return best?.owner;
}
function sharedDepth(a, b) {
  const left = a.split(sep2);
  const right = b.split(sep2);
  let depth = 0;
  while (depth < left.length && left[depth] === right[depth]) depth += 1;
  return depth;
}
function truncatedFinding(view) {
  return {
    code: "INVENTORY_INCOMPLETE",
    severity: "warning",
    message: `the project under ${displayPath(view, view.projectRoot)} is too large or too deep to search completely for packaging targets`,
    location: { file: view.file },
    remediation: "Run shipshape from the folder of the release rather than a large parent folder."
  };
}

// packages/core/src/validate-manifest/placeholder-rules.ts
function checkPlaceholderRules(view) {
  const findings = [];
  for (const [pointer2, text] of stringValues(view.data, "")) {
    const finding2 = placeholderFinding(view, pointer2, text);
    if (finding2) findings.push(finding2);
  }
  return findings;
}
function placeholderFinding(view, pointer2, text) {
  const owner = ownerAt(view, pointer2);
  if (isBlank(text)) {
    return manifestFinding(view, {
      code: "MANIFEST_FIELD_EMPTY",
      message: `${fieldName(pointer2)} is empty`,
      remediation: "Fill in the real value, or remove the key if it is optional.",
      pointer: pointer2,
      atKey: true,
      ...owner
    });
  }
  const found = findPlaceholder(text);
  if (!found) return void 0;
  return manifestFinding(view, {
    code: "MANIFEST_FIELD_TBD",
    message: `${fieldName(pointer2)} holds the placeholder "${visibleText(found.text, 80)}"`,
    remediation: "Replace the placeholder with the real value before the release.",
    pointer: pointer2,
    charIndex: found.index,
    ...owner
  });
}
function* stringValues(data, pointer2) {
  if (typeof data === "string") {
    yield [pointer2, data];
  } else if (Array.isArray(data)) {
    for (const [index, item] of data.entries()) {
      yield* stringValues(item, `${pointer2}/${index}`);
    }
  } else if (isRecord(data)) {
    for (const [key, value] of Object.entries(data)) {
      yield* stringValues(value, `${pointer2}/${escapePointerToken(key)}`);
    }
  }
}

// packages/core/src/validate-manifest/markdown-headings.ts
function markdownHeadings(text) {
  const lines = text.split(/\r?\n/);
  const found = [];
  let fence;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? "";
    const marker = fenceMarker(line);
    if (marker && (!fence || marker.startsWith(fence))) {
      fence = fence ? void 0 : marker;
      continue;
    }
    if (fence) continue;
    const atx = atxHeading(line);
    if (atx) {
      found.push({ ...atx, line: index + 1 });
      continue;
    }
    const level = setextLevel(lines[index + 1]);
    if (level && line.trim() !== "" && !/^ {0,3}[-*+>]/.test(line)) {
      found.push({ level, text: line.trim(), line: index + 1 });
      index += 1;
    }
  }
  return withAnchors(found, lines);
}
function fenceMarker(line) {
  const match = /^ {0,3}(`{3,}|~{3,})/.exec(line);
  return match?.[1];
}
function atxHeading(line) {
  const match = /^ {0,3}(#{1,6})(?:[ \t]|$)/.exec(line);
  if (!match) return void 0;
  let text = line.slice(match[0].length).trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === "#") end -= 1;
  if (end === 0 || text[end - 1] === " " || text[end - 1] === "	") {
    text = text.slice(0, end).trim();
  }
  return { level: match[1]?.length ?? 1, text };
}
function setextLevel(next) {
  if (next === void 0) return void 0;
  if (/^ {0,3}=+[ \t]*$/.test(next)) return 1;
  if (/^ {0,3}-+[ \t]*$/.test(next)) return 2;
  return void 0;
}
function withAnchors(found, lines) {
  const sectionEnds = nextSectionLines(found, lines.length);
  const seen = /* @__PURE__ */ new Map();
  return found.map((heading, index) => {
    const base = githubSlug(heading.text);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    const body = lines.slice(heading.line, sectionEnds[index]);
    return {
      ...heading,
      anchor: count === 0 ? base : `${base}-${count}`,
      hasContent: body.some(
        (line) => line.trim() !== "" && !/^ {0,3}(=+|-+)[ \t]*$/.test(line)
      )
    };
  });
}
function nextSectionLines(found, lineCount) {
  const ends = [];
  const stack = [];
  for (let index = found.length - 1; index >= 0; index -= 1) {
    const heading = found[index] ?? { level: 1, line: lineCount };
    while ((stack.at(-1)?.level ?? 0) > heading.level) stack.pop();
    ends[index] = (stack.at(-1)?.line ?? lineCount + 1) - 1;
    stack.push(heading);
  }
  return ends;
}
function githubSlug(text) {
  return text.slice(0, 1024).replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/<[^>]*>/g, "").toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "").replace(/ /g, "-");
}

// packages/core/src/validate-manifest/release-notes-rules.ts
var pointer = "/release/notes";
var changelogBytes = 16 * 1024 * 1024;
var maxURLLength = 2048;
async function checkReleaseNotesRules(view) {
  const release = releaseSection(view);
  const notes = textField(release, "notes");
  const version = textField(release, "version");
  if (notes === void 0) return [];
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(notes)) return checkURL(view, notes);
  return checkChangelog(view, notes, version);
}
function checkURL(view, notes) {
  const problem = urlProblem(notes);
  if (!problem) return [];
  return [
    finding(view, {
      code: "NOTES_URL_INVALID",
      message: `release.notes "${visibleText(notes, 120)}" is not a usable URL: ${problem}`,
      remediation: "Use an https:// URL of the published release notes, or a changelog in the project such as CHANGELOG.md#140."
    })
  ];
}
function urlProblem(text) {
  if (text.length > maxURLLength) {
    return `it is longer than ${maxURLLength} characters`;
  }
  if (/[\s\u0000-\u001f\u007f]/.test(text)) return "it contains whitespace";
  let url;
  try {
    url = new URL(text);
  } catch {
    return "it does not parse as a URL";
  }
  if (url.protocol !== "https:") return "only https:// URLs are accepted";
  if (url.hostname === "") return "it has no host";
  if (url.username || url.password) {
    return "it carries a user name or password";
  }
  return void 0;
}
async function checkChangelog(view, notes, version) {
  const hash = notes.indexOf("#");
  const file = hash < 0 ? notes : notes.slice(0, hash);
  const anchor = hash < 0 ? void 0 : notes.slice(hash + 1);
  const resolved = await checkPathField(view, {
    pointer,
    path: file,
    missingCode: "NOTES_FILE_MISSING",
    what: "the changelog",
    allowDirectory: false,
    ...ownerAt(view, pointer)
  });
  if (!resolved.ok) return [resolved.finding];
  let text;
  try {
    text = await readTextFile(resolved.file.real, {
      maxBytes: changelogBytes,
      displayName: file
    });
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return [
      finding(view, {
        code: "NOTES_FILE_UNREADABLE",
        message: error.message,
        remediation: "Keep the changelog as UTF-8 text under 16 MiB."
      })
    ];
  }
  if (version === void 0 || findPlaceholder(version)) return [];
  return checkSection(view, file, markdownHeadings(text), version, anchor);
}
function checkSection(view, file, headings, version, anchor) {
  const forVersion = headings.filter(
    (heading) => mentionsVersion(heading.text, version)
  );
  const suggestion = forVersion[0] ? `The section for ${version} is ${file}#${forVersion[0].anchor}.` : `Add a section headed "## ${version}" to ${file}.`;
  if (anchor === void 0) {
    if (forVersion.length > 0) return emptyCheck(view, file, forVersion[0]);
    return [missing(view, `${file} has no section for ${version}`, suggestion)];
  }
  const target = headings.find(
    (heading) => heading.anchor === anchor.toLowerCase()
  );
  if (!target) {
    return [
      missing(
        view,
        `${file} has no heading with the anchor #${visibleText(anchor, 80)}`,
        suggestion
      )
    ];
  }
  if (!mentionsVersion(target.text, version)) {
    return [
      missing(
        view,
        `#${visibleText(anchor, 80)} leads to "${visibleText(target.text, 80)}" (line ${target.line}), which is not the section for ${version}`,
        suggestion
      )
    ];
  }
  return emptyCheck(view, file, target);
}
function emptyCheck(view, file, heading) {
  if (!heading || heading.hasContent) return [];
  return [
    finding(view, {
      code: "NOTES_SECTION_EMPTY",
      severity: "warning",
      message: `the section "${visibleText(heading.text, 80)}" of ${file} (line ${heading.line}) is empty`,
      remediation: "Describe the changes of this release in that section."
    })
  ];
}
function missing(view, message, fix) {
  return finding(view, {
    code: "NOTES_SECTION_MISSING",
    message,
    remediation: fix
  });
}
function mentionsVersion(text, version) {
  let from = 0;
  for (; ; ) {
    const at = text.indexOf(version, from);
    if (at < 0) return false;
    const before = text[at - 1] ?? "";
    const beforeV = before === "v" || before === "V" ? text[at - 2] ?? "" : before;
    const after = text.slice(at + version.length, at + version.length + 2);
    if (!/[A-Za-z0-9.]/.test(beforeV) && !continuesVersion(after)) return true;
    from = at + 1;
  }
}
function continuesVersion(after) {
  return /^[A-Za-z0-9]|^[.+-][A-Za-z0-9]/.test(after);
}
function finding(view, spec) {
  return manifestFinding(view, { ...spec, pointer, ...ownerAt(view, pointer) });
}

// packages/core/src/validate-manifest/source-text.ts
var SourceText = class {
  text;
  #lineStarts = [0];
  constructor(text) {
    this.text = text;
    for (let index = 0; index < text.length; index += 1) {
      if (text.charCodeAt(index) === 10) this.#lineStarts.push(index + 1);
    }
  }
  /** Offset of a position, or undefined when it lies outside the text. */
  offsetOf(position) {
    const start = this.#lineStarts[position.line - 1];
    if (start === void 0) return void 0;
    const offset = start + position.column - 1;
    return offset <= this.text.length ? offset : void 0;
  }
  /** Position of an offset. */
  positionOf(offset) {
    let low = 0;
    let high = this.#lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((this.#lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.#lineStarts[low] ?? 0) + 1 };
  }
  /**
   * Position of the mapping key `key` whose value starts at `value`: the
   * last spelling of the key (plain or quoted) followed by a colon before
   * the value. Falls back to `value` when the key cannot be found.
   */
  keyPosition(key, value) {
    const end = this.offsetOf(value);
    if (end === void 0) return value;
    const before = this.text.slice(Math.max(0, end - 4096), end);
    const base = end - before.length;
    let best = -1;
    for (const spelling of [key, `"${key}"`, `'${key}'`]) {
      let from = before.length;
      while (from > 0) {
        const at = before.lastIndexOf(spelling, from - 1);
        if (at < 0) break;
        const rest = before.slice(at + spelling.length);
        if (/^[ \t]*:/.test(rest) && isKeyStart(before, at)) {
          best = Math.max(best, at);
          break;
        }
        from = at;
      }
    }
    return best < 0 ? value : this.positionOf(base + best);
  }
  /**
   * Position of character `index` of the scalar `value` that starts at
   * `start`, when the scalar is written on one line without escapes before
   * that character; otherwise `start`.
   */
  positionInScalar(start, value, index) {
    const offset = this.offsetOf(start);
    if (offset === void 0 || index === 0) return start;
    const first = this.text[offset];
    const body = first === '"' || first === "'" ? offset + 1 : offset;
    const written = this.text.slice(body, body + index);
    if (written !== value.slice(0, index) || written.includes("\n")) {
      return start;
    }
    return this.positionOf(body + index);
  }
};
function isKeyStart(text, at) {
  let index = skipBlanksBack(text, at - 1);
  const last = text[index];
  if (last === void 0 || last === "\n" || last === "{" || last === ",") {
    return true;
  }
  if (last !== "-") return false;
  index = skipBlanksBack(text, index - 1);
  return text[index] === void 0 || text[index] === "\n";
}
function skipBlanksBack(text, from) {
  let index = from;
  while (index >= 0 && (text[index] === " " || text[index] === "	")) {
    index -= 1;
  }
  return index;
}

// packages/core/src/validate-manifest/target-rules.ts
function checkTargetRules(view, policy, policyFile) {
  const registries = policySection(policy, "registries");
  const findings = [];
  for (const entry of artifactEntries(view)) {
    const targets = entry.fields["targets"];
    if (!Array.isArray(targets)) continue;
    targets.forEach((target, index) => {
      if (typeof target !== "string" || target.trim() === "") return;
      const finding2 = checkTarget(view, entry, target, index, {
        registries,
        policyFile
      });
      if (finding2) findings.push(finding2);
    });
  }
  return findings;
}
function checkTarget(view, entry, target, index, policy) {
  const pointer2 = `${entry.pointer}/targets/${index}`;
  const names = Object.keys(policy.registries);
  const registry = Object.hasOwn(policy.registries, target) ? policy.registries[target] : void 0;
  if (!isRecord(registry)) {
    const suggestion = closestKey(target, names);
    return manifestFinding(view, {
      code: "TARGET_UNKNOWN",
      message: `${entry.label}: target "${visibleText(target, 80)}" is not a registry of ${policy.policyFile}`,
      remediation: suggestion ? `Write "${suggestion}", or add "${visibleText(target, 80)}" under registries in ${policy.policyFile}.` : names.length > 0 ? `Use one of: ${names.join(", ")}; or add it under registries in ${policy.policyFile}.` : `Add it under registries in ${policy.policyFile}.`,
      pointer: pointer2,
      ...ownerOf(entry)
    });
  }
  const kind = entry.fields["kind"];
  if (typeof kind !== "string" || registry["kind"] === kind) return void 0;
  return manifestFinding(view, {
    code: "TARGET_KIND_MISMATCH",
    message: `${entry.label}: target "${visibleText(target, 80)}" is a registry of kind ${String(registry["kind"])}, but the artifact is of kind ${kind}`,
    remediation: `Publish it to a ${kind} registry, or correct the artifact's kind.`,
    pointer: pointer2,
    ...ownerOf(entry)
  });
}

// packages/core/src/validate-manifest/validate-manifest-stage.ts
async function runValidateManifestStage(context, options = {}) {
  const parsed = await parseManifestFile(context.manifestFile, context.cwd);
  const policy = await loadPolicy({
    file: context.policyFile,
    cwd: context.cwd
  });
  const text = await readTextFile(parsed.path, {
    maxBytes: limits.configBytes,
    displayName: parsed.file
  });
  const projectRoot = resolve2(context.cwd, options.projectRoot ?? parsed.dir);
  const codeOwners = await readCodeOwners(projectRoot);
  const data = parsed.document.data;
  const view = {
    file: parsed.file,
    dir: parsed.dir,
    projectRoot,
    cwd: context.cwd,
    document: parsed.document,
    source: new SourceText(text),
    data: isRecord(data) ? data : {},
    ...releaseOwner(codeOwners, projectRoot, parsed.path)
  };
  context.logger.debug(`validating ${parsed.file} in ${projectRoot}`);
  return runStage(context, "validate-manifest", async () => {
    const result = await validateManifest(view, policy, codeOwners, options);
    const errors = result.findings.filter((f) => f.severity === "error");
    return {
      findings: result.findings,
      extra: {
        manifest: parsed.file,
        artifacts: result.artifacts,
        inventory: result.inventory
      },
      summary: `validate-manifest: ${parsed.file} ${errors.length === 0 ? "passed" : `failed with ${errors.length} error${errors.length === 1 ? "" : "s"}`}`
    };
  });
}
async function validateManifest(view, policy, codeOwners, options = {}) {
  const placeholders = checkPlaceholderRules(view);
  const artifactResult = await checkArtifactRules(view);
  const inventoryResult = options.inventory === false ? { findings: [], inventory: [] } : await checkInventoryRules(view, codeOwners);
  const { checkDependencyRules } = await import("./dependency-rules-PKO2FJF6.js");
  const { checkLicenseRules } = await import("./license-rules-N76Y73R3.js");
  const findings = [
    ...checkSchemaRules(view),
    ...placeholders,
    ...artifactResult.findings,
    ...await checkDependencyRules(view),
    ...checkLicenseRules(view),
    ...await checkReleaseNotesRules(view),
    ...checkCompatibilityRules(view),
    ...checkTargetRules(view, policy.policy, policy.file ?? "policy.yaml"),
    ...inventoryResult.findings
  ];
  return {
    findings: withoutEchoes(findings, placeholders),
    artifacts: artifactResult.artifacts,
    inventory: inventoryResult.inventory
  };
}
function withoutEchoes(findings, placeholders) {
  const placeholderPointers = new Set(
    placeholders.map((finding2) => finding2.location?.pointer)
  );
  return findings.filter(
    (finding2) => finding2.code === "MANIFEST_FIELD_TBD" || finding2.code === "MANIFEST_FIELD_EMPTY" || !placeholderPointers.has(finding2.location?.pointer)
  );
}
function releaseOwner(codeOwners, projectRoot, manifestPath) {
  if (!codeOwners) return {};
  const path = relative3(projectRoot, manifestPath).split(sep3).join("/");
  const owners = ownersOf(codeOwners, path);
  return owners ? { releaseOwner: owners.join(" ") } : {};
}

export {
  runValidateManifestStage,
  validateManifest
};
