import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  escapePointerToken,
  parseYAML
} from "./chunk-VIMV3XDQ.js";
import {
  isRecord,
  limits,
  readTextFile
} from "./chunk-E73ZUZ5O.js";
import {
  UserError
} from "./chunk-RLB5E7YF.js";

// packages/core/src/lockfiles/read-lockfile.ts
import { basename } from "node:path";

// packages/core/src/lockfiles/lockfile-error.ts
function lockfileError(file, message, place = {}, code = "LOCKFILE_INVALID") {
  const where = place.pointer ? ` at ${place.pointer}` : "";
  return new UserError(code, `${file}${where}: ${message}`, {
    file,
    field: place.pointer,
    line: place.line,
    column: place.column
  });
}
var maxLockedPackages = 2e5;
function assertPackageCount(file, count) {
  if (count > maxLockedPackages) {
    throw lockfileError(
      file,
      `lists ${count} packages, more than the limit of ${maxLockedPackages}`,
      {},
      "LOCKFILE_TOO_LARGE"
    );
  }
}

// packages/core/src/lockfiles/lockfile-json.ts
function parseLockfileJSON(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw lockfileError(
      file,
      `is not valid JSON: ${reason}`,
      {},
      "JSON_INVALID"
    );
  }
  const stack = [[data, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() ?? [void 0, 0];
    if (value === null || typeof value !== "object") continue;
    if (depth > limits.depth) {
      throw lockfileError(
        file,
        `nests deeper than ${limits.depth} levels`,
        {},
        "JSON_TOO_DEEP"
      );
    }
    if (Object.hasOwn(value, "__proto__")) {
      throw lockfileError(
        file,
        'uses the forbidden key "__proto__"',
        {},
        "JSON_FORBIDDEN_KEY"
      );
    }
    for (const child of Object.values(value)) {
      if (child !== null && typeof child === "object")
        stack.push([child, depth + 1]);
    }
  }
  return data;
}

// packages/core/src/lockfiles/integrity.ts
var hexLengths = {
  sha1: 40,
  sha256: 64,
  sha384: 96,
  sha512: 128
};
var algorithms = new Set(Object.keys(hexLengths));
function hashesFromSRI(sri) {
  const hashes = [];
  for (const token of sri.trim().split(/\s+/)) {
    const dash = token.indexOf("-");
    if (dash < 0) continue;
    const hash = fromBase64(token.slice(0, dash), token.slice(dash + 1));
    if (hash) hashes.push(hash);
  }
  return uniqueHashes(hashes);
}
function fromBase64(algorithm, base64) {
  const name = algorithm.toLowerCase();
  if (!algorithms.has(name)) return void 0;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) return void 0;
  return fromHex(name, Buffer.from(base64, "base64").toString("hex"));
}
function fromHex(algorithm, hex) {
  const name = algorithm.toLowerCase();
  if (!algorithms.has(name)) return void 0;
  const key = name;
  const lower = hex.toLowerCase();
  if (lower.length !== hexLengths[key] || !/^[0-9a-f]+$/.test(lower)) {
    return void 0;
  }
  return { algorithm: key, hex: lower };
}
function uniqueHashes(hashes) {
  const seen = /* @__PURE__ */ new Set();
  return hashes.filter((hash) => {
    const key = `${hash.algorithm}:${hash.hex}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// packages/core/src/lockfiles/package-set.ts
var PackageSet = class {
  byPurl = /* @__PURE__ */ new Map();
  /** Adds a package, merging it into an earlier one with the same purl. */
  add(entry) {
    const existing = this.byPurl.get(entry.purl);
    if (!existing) {
      this.byPurl.set(entry.purl, entry);
      return entry;
    }
    existing.dev = existing.dev && entry.dev;
    existing.optional = existing.optional && entry.optional;
    existing.hashes = uniqueHashes([...existing.hashes, ...entry.hashes]);
    existing.dependsOn = [
      .../* @__PURE__ */ new Set([...existing.dependsOn, ...entry.dependsOn])
    ];
    existing.license ??= entry.license;
    existing.resolved ??= entry.resolved;
    return existing;
  }
  get(purl) {
    return this.byPurl.get(purl);
  }
  get size() {
    return this.byPurl.size;
  }
  /** The packages sorted by purl, each with sorted, unique edges. */
  toList() {
    return [...this.byPurl.values()].map((entry) => ({
      ...entry,
      dependsOn: [...new Set(entry.dependsOn)].filter((purl) => purl !== entry.purl).sort()
    })).sort((a, b) => a.purl < b.purl ? -1 : a.purl > b.purl ? 1 : 0);
  }
};
function markDevByReach(packages, productionRoots) {
  const byPurl = new Map(packages.map((entry) => [entry.purl, entry]));
  const reached = /* @__PURE__ */ new Set();
  const queue = productionRoots.filter((purl) => byPurl.has(purl));
  while (queue.length > 0) {
    const purl = queue.pop() ?? "";
    if (reached.has(purl)) continue;
    reached.add(purl);
    for (const next of byPurl.get(purl)?.dependsOn ?? []) {
      if (!reached.has(next)) queue.push(next);
    }
  }
  for (const entry of packages) entry.dev = !reached.has(entry.purl);
}

// packages/core/src/lockfiles/package-url.ts
function encodePurlSegment(text) {
  return encodeURIComponent(text);
}
function normalizePyPIName(name) {
  return name.replace(/[-_.]+/g, "-").toLowerCase();
}
function toPurl(ecosystem, name, version) {
  const at = version === "" ? "" : `@${encodePurlSegment(version)}`;
  return `pkg:${ecosystem}/${purlPath(ecosystem, name)}${at}`;
}
function purlPath(ecosystem, name) {
  switch (ecosystem) {
    case "npm":
    case "golang":
      return name.split("/").map(encodePurlSegment).join("/");
    case "pypi":
      return encodePurlSegment(normalizePyPIName(name));
    case "maven":
      return name.split(":").map(encodePurlSegment).join("/");
    case "nuget":
      return encodePurlSegment(name);
  }
}

// packages/core/src/lockfiles/go-modules.ts
function readGoMod(text, file) {
  const set = new PackageSet();
  const declared = [];
  let module;
  let inRequire = false;
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index += 1) {
    const line = (lines[index] ?? "").trim();
    const number = index + 1;
    if (line.startsWith("module ")) module = unquote(line.slice(7).trim());
    if (/^require\s*\($/.test(line)) {
      inRequire = true;
      continue;
    }
    if (inRequire && line === ")") {
      inRequire = false;
      continue;
    }
    const single = /^require\s+(.+)$/.exec(line)?.[1];
    const body = inRequire ? line : single;
    if (body === void 0 || body === "" || body.startsWith("//")) continue;
    const match = /^(\S+)\s+(\S+)(\s*\/\/\s*indirect)?/.exec(body);
    if (!match)
      throw lockfileError(
        file,
        `cannot read the requirement "${body.slice(0, 80)}"`,
        { line: number }
      );
    const [, path = "", version = ""] = match;
    set.add(goPackage(unquote(path), version, number));
    if (!match[3])
      declared.push({
        name: unquote(path),
        range: version,
        dev: false,
        source: { line: number }
      });
  }
  assertPackageCount(file, set.size);
  const root = module ? { name: module, purl: toPurl("golang", module, "") } : void 0;
  return {
    file,
    ecosystem: "golang",
    format: "go.mod",
    root,
    packages: set.toList(),
    declared
  };
}
function readGoSum(text, file) {
  const set = new PackageSet();
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index += 1) {
    const line = (lines[index] ?? "").trim();
    if (line === "") continue;
    const match = /^(\S+)\s+(\S+)\s+h1:[A-Za-z0-9+/=]+$/.exec(line);
    if (!match)
      throw lockfileError(file, `cannot read the line "${line.slice(0, 80)}"`, {
        line: index + 1
      });
    const [, path = "", version = ""] = match;
    if (version.endsWith("/go.mod")) continue;
    set.add(goPackage(path, version, index + 1));
  }
  assertPackageCount(file, set.size);
  return {
    file,
    ecosystem: "golang",
    format: "go.sum",
    packages: set.toList(),
    declared: []
  };
}
function goPackage(path, version, line) {
  return {
    name: path,
    version,
    purl: toPurl("golang", path, version),
    // go.sum's `h1:` is a hash over the module's file list, not a digest
    // of any downloadable file, so it is not reported as a package hash.
    hashes: [],
    dev: false,
    optional: false,
    dependsOn: [],
    source: { line }
  };
}
function unquote(text) {
  return text.replace(/^"(.*)"$/, "$1");
}

// packages/core/src/lockfiles/xml-reader.ts
var predefined = {
  lt: "<",
  gt: ">",
  amp: "&",
  quot: '"',
  apos: "'"
};
var namePattern = /^[A-Za-z_][\w.:-]*/;
function parseXML(text, file) {
  const reader = new Reader(text, file);
  return reader.document();
}
function childOf(element, name) {
  return element?.children.find((child) => localName(child.name) === name);
}
function childrenOf(element, name) {
  return element?.children.filter((child) => localName(child.name) === name) ?? [];
}
function localName(name) {
  return name.slice(name.indexOf(":") + 1);
}
var Reader = class {
  at = 0;
  text;
  file;
  constructor(text, file) {
    this.text = text;
    this.file = file;
  }
  document() {
    this.skipMisc();
    if (!this.text.startsWith("<", this.at))
      throw this.fail("expected the root element");
    const root = this.element(0);
    this.skipMisc();
    if (this.at < this.text.length)
      throw this.fail("has content after the root element");
    return root;
  }
  skipMisc() {
    for (; ; ) {
      this.skipSpace();
      if (this.text.startsWith("<?", this.at)) this.skipPast("?>");
      else if (this.text.startsWith("<!--", this.at)) this.skipPast("-->");
      else if (this.text.startsWith("<!", this.at))
        throw this.fail(
          "uses a DOCTYPE or entity declaration, which shipshape refuses"
        );
      else return;
    }
  }
  element(depth) {
    if (depth > 64) throw this.fail("nests deeper than 64 elements");
    const line = this.line();
    this.at += 1;
    const name = this.name();
    const element = {
      name,
      attributes: /* @__PURE__ */ new Map(),
      children: [],
      text: "",
      line
    };
    for (; ; ) {
      this.skipSpace();
      if (this.text.startsWith("/>", this.at)) {
        this.at += 2;
        return element;
      }
      if (this.text.startsWith(">", this.at)) {
        this.at += 1;
        break;
      }
      const attribute = this.name();
      this.skipSpace();
      this.expect("=");
      this.skipSpace();
      element.attributes.set(attribute, this.quoted());
    }
    this.content(element, depth);
    return element;
  }
  content(element, depth) {
    let text = "";
    for (; ; ) {
      if (this.at >= this.text.length)
        throw this.fail(`element <${element.name}> is not closed`);
      if (this.text.startsWith("</", this.at)) {
        this.at += 2;
        const closing = this.name();
        if (closing !== element.name)
          throw this.fail(`expected </${element.name}>, found </${closing}>`);
        this.skipSpace();
        this.expect(">");
        element.text = text.trim();
        return;
      }
      if (this.text.startsWith("<!--", this.at)) this.skipPast("-->");
      else if (this.text.startsWith("<![CDATA[", this.at)) {
        const end = this.indexOrFail("]]>", this.at + 9);
        text += this.text.slice(this.at + 9, end);
        this.at = end + 3;
      } else if (this.text.startsWith("<?", this.at)) this.skipPast("?>");
      else if (this.text.startsWith("<!", this.at))
        throw this.fail(
          "uses a DOCTYPE or entity declaration, which shipshape refuses"
        );
      else if (this.text.startsWith("<", this.at))
        element.children.push(this.element(depth + 1));
      else {
        const next = this.text.indexOf("<", this.at);
        const end = next < 0 ? this.text.length : next;
        text += this.decode(this.text.slice(this.at, end));
        this.at = end;
      }
    }
  }
  decode(raw) {
    return raw.replace(/&([^;\s]{1,10});/g, (whole, ref) => {
      if (ref in predefined) return predefined[ref] ?? "";
      const code = /^#x([0-9a-fA-F]+)$/.exec(ref)?.[1];
      const decimal = /^#([0-9]+)$/.exec(ref)?.[1];
      const point = code ? Number.parseInt(code, 16) : decimal ? Number.parseInt(decimal, 10) : void 0;
      if (point === void 0 || point > 1114111)
        throw this.fail(`uses the undefined entity ${whole}`);
      return String.fromCodePoint(point);
    });
  }
  name() {
    const match = namePattern.exec(this.text.slice(this.at, this.at + 200));
    if (!match) throw this.fail("expected a name");
    this.at += match[0].length;
    return match[0];
  }
  quoted() {
    const quote = this.text[this.at];
    if (quote !== '"' && quote !== "'")
      throw this.fail("expected a quoted attribute value");
    const end = this.indexOrFail(quote, this.at + 1);
    const value = this.decode(this.text.slice(this.at + 1, end));
    this.at = end + 1;
    return value;
  }
  skipSpace() {
    while (this.at < this.text.length && /\s/.test(this.text[this.at] ?? ""))
      this.at += 1;
  }
  skipPast(marker) {
    this.at = this.indexOrFail(marker, this.at) + marker.length;
  }
  indexOrFail(marker, from) {
    const index = this.text.indexOf(marker, from);
    if (index < 0)
      throw this.fail(`expected "${marker}" before the end of the file`);
    return index;
  }
  expect(char) {
    if (this.text[this.at] !== char) throw this.fail(`expected "${char}"`);
    this.at += 1;
  }
  // `at` only moves forward, so lines are counted incrementally.
  countedTo = 0;
  counted = 1;
  line() {
    for (; this.countedTo < this.at; this.countedTo += 1) {
      if (this.text.charCodeAt(this.countedTo) === 10) this.counted += 1;
    }
    return this.counted;
  }
  fail(message) {
    return lockfileError(this.file, `is not valid XML: ${message}`, {
      line: this.line()
    });
  }
};

// packages/core/src/lockfiles/maven-pom.ts
function readMavenPom(text, file) {
  const project = parseXML(text, file);
  if (project.name.replace(/^.*:/, "") !== "project")
    throw lockfileError(file, "the root element must be <project>", {
      line: project.line
    });
  const properties = propertiesOf(project);
  const resolve = (value) => value.replace(
    /\$\{([^}]{1,200})\}/g,
    (whole, key) => properties.get(key) ?? whole
  );
  const set = new PackageSet();
  const declared = [];
  const dependencies = childrenOf(
    childOf(project, "dependencies"),
    "dependency"
  );
  for (const dependency of dependencies) {
    const group = resolve(textOf(dependency, "groupId"));
    const artifact = resolve(textOf(dependency, "artifactId"));
    if (group === "" || artifact === "")
      throw lockfileError(
        file,
        "<dependency> needs <groupId> and <artifactId>",
        { line: dependency.line }
      );
    const raw = resolve(textOf(dependency, "version"));
    const version = /^[^[(${,]+$/.test(raw) ? raw : "";
    const scope = textOf(dependency, "scope");
    const name = `${group}:${artifact}`;
    const dev = scope === "test";
    declared.push({ name, range: raw, dev, source: { line: dependency.line } });
    set.add({
      name,
      version,
      purl: toPurl("maven", name, version),
      hashes: [],
      dev,
      optional: textOf(dependency, "optional") === "true",
      dependsOn: [],
      source: { line: dependency.line }
    });
  }
  const root = rootOf(project, resolve);
  return {
    file,
    ecosystem: "maven",
    format: "pom.xml",
    root,
    packages: set.toList(),
    declared
  };
}
function rootOf(project, resolve) {
  const parent = childOf(project, "parent");
  const group = resolve(
    textOf(project, "groupId") || textOf(parent, "groupId")
  );
  const artifact = resolve(textOf(project, "artifactId"));
  const version = resolve(
    textOf(project, "version") || textOf(parent, "version")
  );
  if (group === "" || artifact === "") return void 0;
  return {
    name: `${group}:${artifact}`,
    version,
    purl: toPurl("maven", `${group}:${artifact}`, version)
  };
}
function propertiesOf(project) {
  const properties = /* @__PURE__ */ new Map();
  for (const property of childOf(project, "properties")?.children ?? [])
    properties.set(property.name, property.text);
  const version = textOf(project, "version") || textOf(childOf(project, "parent"), "version");
  properties.set("project.version", version);
  properties.set(
    "project.groupId",
    textOf(project, "groupId") || textOf(childOf(project, "parent"), "groupId")
  );
  properties.set("project.artifactId", textOf(project, "artifactId"));
  return properties;
}
function textOf(element, name) {
  return childOf(element, name)?.text ?? "";
}

// packages/core/src/lockfiles/npm-lockfile.ts
var edgeFields = [
  "dependencies",
  "optionalDependencies",
  "peerDependencies"
];
var declaredFields = [
  ["dependencies", false],
  ["optionalDependencies", false],
  ["devDependencies", true]
];
function readNpmLockfile(data, file) {
  if (!isRecord(data)) throw lockfileError(file, "must be a JSON object");
  const version = data["lockfileVersion"];
  if (version !== 1 && version !== 2 && version !== 3) {
    throw lockfileError(
      file,
      `has lockfileVersion ${JSON.stringify(version)}; shipshape reads versions 1, 2 and 3`,
      { pointer: "/lockfileVersion" },
      "LOCKFILE_UNSUPPORTED"
    );
  }
  const root = rootOf2(data);
  if (version === 1) {
    return {
      file,
      ecosystem: "npm",
      format: "package-lock v1",
      root,
      ...readTree(data, file)
    };
  }
  const packages = data["packages"];
  if (!isRecord(packages)) {
    throw lockfileError(file, 'has no "packages" object', {
      pointer: "/packages"
    });
  }
  return {
    file,
    ecosystem: "npm",
    format: `package-lock v${version}`,
    root,
    packages: readFlat(packages, file),
    declared: declaredOf(packages[""], "/packages/")
  };
}
function rootOf2(data) {
  const name = data["name"];
  if (typeof name !== "string" || name === "") return void 0;
  const version = typeof data["version"] === "string" ? data["version"] : void 0;
  return { name, version, purl: toPurl("npm", name, version ?? "") };
}
function declaredOf(entry, pointer) {
  if (!isRecord(entry)) return [];
  const declared = [];
  for (const [field, dev] of declaredFields) {
    const map = entry[field];
    if (!isRecord(map)) continue;
    for (const [name, range] of Object.entries(map)) {
      if (typeof range !== "string") continue;
      declared.push({
        name,
        range,
        dev,
        source: { pointer: `${pointer}/${field}/${escapePointerToken(name)}` }
      });
    }
  }
  return declared;
}
function readFlat(packages, file) {
  const keys = Object.keys(packages);
  assertPackageCount(file, keys.length);
  const byPath = /* @__PURE__ */ new Map();
  for (const path of keys) {
    const entry = flatEntry(path, packages[path], file);
    if (entry) byPath.set(path, entry);
  }
  const set = new PackageSet();
  for (const entry of byPath.values()) {
    entry.locked.dependsOn = edgesOf(entry, byPath);
    set.add(entry.locked);
  }
  return set.toList();
}
function flatEntry(path, value, file) {
  const pointer = `/packages/${escapePointerToken(path)}`;
  if (!isRecord(value))
    throw lockfileError(file, "must be an object", { pointer });
  const at = path.lastIndexOf("node_modules/");
  if (path === "" || at < 0 || value["link"] === true) return void 0;
  const name = typeof value["name"] === "string" ? value["name"] : path.slice(at + "node_modules/".length);
  const version = value["version"];
  if (typeof version !== "string" || version === "") {
    throw lockfileError(file, 'has no "version"', { pointer });
  }
  return {
    path,
    name,
    data: value,
    locked: lockedOf(name, version, value, pointer)
  };
}
function lockedOf(name, version, value, pointer) {
  const integrity = value["integrity"];
  const license = value["license"];
  const resolved = value["resolved"];
  return {
    name,
    version,
    purl: toPurl("npm", name, version),
    hashes: typeof integrity === "string" ? hashesFromSRI(integrity) : [],
    license: typeof license === "string" && license !== "" ? license : void 0,
    resolved: typeof resolved === "string" ? resolved : void 0,
    dev: value["dev"] === true || value["devOptional"] === true,
    optional: value["optional"] === true || value["devOptional"] === true,
    dependsOn: [],
    source: { pointer }
  };
}
function edgesOf(entry, byPath) {
  const edges = [];
  for (const field of edgeFields) {
    const map = entry.data[field];
    if (!isRecord(map)) continue;
    for (const name of Object.keys(map)) {
      const target = resolveFrom(entry.path, name, byPath);
      if (target) edges.push(target.locked.purl);
    }
  }
  return edges;
}
function resolveFrom(from, name, byPath) {
  let base = from;
  for (; ; ) {
    const found = byPath.get(`${base}/node_modules/${name}`);
    if (found) return found;
    const at = base.lastIndexOf("/node_modules/");
    if (at < 0) break;
    base = base.slice(0, at);
  }
  return byPath.get(`node_modules/${name}`);
}
function readTree(data, file) {
  const top = data["dependencies"];
  if (top === void 0) return { packages: [], declared: [] };
  if (!isRecord(top))
    throw lockfileError(file, "must be an object", {
      pointer: "/dependencies"
    });
  const rootNode = {
    locked: lockedOf("", "", {}, ""),
    requires: [],
    children: /* @__PURE__ */ new Map()
  };
  const all = [];
  buildTree(rootNode, top, "/dependencies", file, all);
  assertPackageCount(file, all.length);
  const set = new PackageSet();
  for (const node of all) {
    node.locked.dependsOn = node.requires.map((name) => resolveInTree(node, name)?.locked.purl).filter((purl) => purl !== void 0);
    set.add(node.locked);
  }
  return { packages: set.toList(), declared: [] };
}
function buildTree(parent, map, pointer, file, all) {
  for (const [name, value] of Object.entries(map)) {
    const at = `${pointer}/${escapePointerToken(name)}`;
    if (!isRecord(value))
      throw lockfileError(file, "must be an object", { pointer: at });
    const version = value["version"];
    if (typeof version !== "string" || version === "") {
      throw lockfileError(file, 'has no "version"', { pointer: at });
    }
    if (/^(file|link):/.test(version)) continue;
    const requires = isRecord(value["requires"]) ? Object.keys(value["requires"]) : [];
    const node = {
      locked: lockedOf(name, version.replace(/^npm:.*@/, ""), value, at),
      requires,
      children: /* @__PURE__ */ new Map(),
      parent
    };
    parent.children.set(name, node);
    all.push(node);
    if (isRecord(value["dependencies"])) {
      buildTree(node, value["dependencies"], `${at}/dependencies`, file, all);
    }
  }
}
function resolveInTree(node, name) {
  for (let at = node; at; at = at.parent) {
    const found = at.children.get(name);
    if (found) return found;
  }
  return void 0;
}

// packages/core/src/lockfiles/nuget-lockfile.ts
function readNuGetLockfile(data, file) {
  if (!isRecord(data)) throw lockfileError(file, "must be a JSON object");
  if (data["version"] !== 1 && data["version"] !== 2) {
    throw lockfileError(
      file,
      `has version ${JSON.stringify(data["version"])}; shipshape reads versions 1 and 2`,
      { pointer: "/version" },
      "LOCKFILE_UNSUPPORTED"
    );
  }
  const frameworks = data["dependencies"];
  if (!isRecord(frameworks))
    throw lockfileError(file, 'has no "dependencies" object', {
      pointer: "/dependencies"
    });
  const resolvedByName = /* @__PURE__ */ new Map();
  for (const packages of Object.values(frameworks)) {
    if (!isRecord(packages)) continue;
    for (const [name, entry] of Object.entries(packages)) {
      if (isRecord(entry) && typeof entry["resolved"] === "string")
        resolvedByName.set(name.toLowerCase(), [name, entry["resolved"]]);
    }
  }
  const set = new PackageSet();
  const declared = /* @__PURE__ */ new Map();
  for (const [framework, packages] of Object.entries(frameworks)) {
    const base = `/dependencies/${escapePointerToken(framework)}`;
    if (!isRecord(packages))
      throw lockfileError(file, "must be an object", { pointer: base });
    for (const [name, entry] of Object.entries(packages)) {
      const pointer = `${base}/${escapePointerToken(name)}`;
      if (!isRecord(entry))
        throw lockfileError(file, "must be an object", { pointer });
      if (entry["type"] === "Project") continue;
      const version = entry["resolved"];
      if (typeof version !== "string")
        throw lockfileError(file, 'has no "resolved" version', { pointer });
      const hash = typeof entry["contentHash"] === "string" ? fromBase64("sha512", entry["contentHash"]) : void 0;
      const dependencies = isRecord(entry["dependencies"]) ? Object.keys(entry["dependencies"]) : [];
      set.add({
        name,
        version,
        purl: toPurl("nuget", name, version),
        hashes: hash ? [hash] : [],
        dev: false,
        optional: false,
        dependsOn: dependencies.flatMap((dep) => {
          const found = resolvedByName.get(dep.toLowerCase());
          return found ? [toPurl("nuget", found[0], found[1])] : [];
        }),
        source: { pointer }
      });
      if (entry["type"] === "Direct" && typeof entry["requested"] === "string") {
        declared.set(name, {
          name,
          range: entry["requested"],
          dev: false,
          source: { pointer }
        });
      }
    }
  }
  assertPackageCount(file, set.size);
  return {
    file,
    ecosystem: "nuget",
    format: `packages.lock.json v${String(data["version"])}`,
    packages: set.toList(),
    declared: [...declared.values()]
  };
}

// packages/core/src/lockfiles/pnpm-lockfile.ts
var productionFields = ["dependencies", "optionalDependencies"];
function readPnpmLockfile(text, file) {
  const document = parseYAML(text, file, { maxAliasCount: 0 });
  const data = document.data;
  if (!isRecord(data)) throw lockfileError(file, "must be a YAML mapping");
  const version = Number.parseFloat(String(data["lockfileVersion"]));
  if (!(version >= 6 && version < 10)) {
    throw lockfileError(
      file,
      `has lockfileVersion ${JSON.stringify(data["lockfileVersion"])}; shipshape reads versions 6 to 9`,
      {
        pointer: "/lockfileVersion",
        line: document.locate("/lockfileVersion")?.line
      },
      "LOCKFILE_UNSUPPORTED"
    );
  }
  const packages = isRecord(data["packages"]) ? data["packages"] : {};
  const snapshots = isRecord(data["snapshots"]) ? data["snapshots"] : packages;
  assertPackageCount(file, Object.keys(snapshots).length);
  const locate = (pointer) => document.locate(pointer)?.line;
  const set = new PackageSet();
  for (const [key, snapshot] of Object.entries(snapshots)) {
    const pointer = `/${snapshots === packages ? "packages" : "snapshots"}/${escapePointerToken(key)}`;
    if (!isRecord(snapshot) && snapshot !== null)
      throw lockfileError(file, "must be a mapping", {
        pointer,
        line: locate(pointer)
      });
    const { name, version: version2 } = splitKey(key, file, pointer);
    const meta = packages[`${name}@${version2}`] ?? packages[key];
    set.add(
      lockedOf2(name, version2, isRecord(meta) ? meta : {}, snapshot ?? {}, {
        pointer,
        line: locate(pointer)
      })
    );
  }
  const list = set.toList();
  const { declared, roots } = importersOf(data, locate);
  if (version >= 9) markDevByReach(list, roots);
  return {
    file,
    ecosystem: "npm",
    format: `pnpm v${String(data["lockfileVersion"])}`,
    packages: list,
    declared
  };
}
function splitKey(key, file, pointer) {
  const bare = withoutPeers(key.replace(/^\//, ""));
  const at = bare.indexOf("@", 1);
  if (at < 0)
    throw lockfileError(
      file,
      `cannot read the package key "${key.slice(0, 80)}"`,
      { pointer }
    );
  return { name: bare.slice(0, at), version: bare.slice(at + 1) };
}
function lockedOf2(name, version, meta, snapshot, source) {
  const resolution = isRecord(meta["resolution"]) ? meta["resolution"] : {};
  const integrity = resolution["integrity"];
  const tarball = resolution["tarball"];
  const dependsOn = [];
  for (const field of ["dependencies", "optionalDependencies"]) {
    const map = snapshot[field] ?? meta[field];
    if (!isRecord(map)) continue;
    for (const [depName, ref] of Object.entries(map)) {
      const purl = purlOfReference(depName, String(ref));
      if (purl) dependsOn.push(purl);
    }
  }
  return {
    name,
    version,
    purl: toPurl("npm", name, version),
    hashes: typeof integrity === "string" ? hashesFromSRI(integrity) : [],
    resolved: typeof tarball === "string" ? tarball : void 0,
    dev: meta["dev"] === true || snapshot["dev"] === true,
    optional: meta["optional"] === true || snapshot["optional"] === true,
    dependsOn,
    source
  };
}
function purlOfReference(name, ref) {
  if (/^(link|file|workspace):/.test(ref)) return void 0;
  const bare = withoutPeers(ref.replace(/^\//, ""));
  const at = bare.indexOf("@", 1);
  if (at > 0 && !/^\d/.test(bare))
    return toPurl("npm", bare.slice(0, at), bare.slice(at + 1));
  return toPurl("npm", name, bare);
}
function importersOf(data, locate) {
  const importers = isRecord(data["importers"]) ? data["importers"] : { ".": data };
  const declared = [];
  const roots = [];
  for (const [path, importer] of Object.entries(importers)) {
    if (!isRecord(importer)) continue;
    for (const field of [
      "dependencies",
      "optionalDependencies",
      "devDependencies"
    ]) {
      const map = importer[field];
      if (!isRecord(map)) continue;
      for (const [name, spec] of Object.entries(map)) {
        const pointer = `/importers/${escapePointerToken(path)}/${field}/${escapePointerToken(name)}`;
        const specifier = scalarText(isRecord(spec) ? spec["specifier"] : spec);
        const version = scalarText(isRecord(spec) ? spec["version"] : spec);
        if (path === ".")
          declared.push({
            name,
            range: specifier,
            dev: field === "devDependencies",
            source: { pointer, line: locate(pointer) }
          });
        const purl = purlOfReference(name, version);
        if (purl && productionFields.includes(field))
          roots.push(purl);
      }
    }
  }
  return { declared, roots };
}
function scalarText(value) {
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
}
function withoutPeers(text) {
  const open = text.indexOf("(");
  return open < 0 ? text : text.slice(0, open);
}

// node_modules/smol-toml/dist/error.js
function getLineColFromPtr(string, ptr) {
  let lines = string.slice(0, ptr).split(/\r?\n/);
  return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
  let lines = string.split(/\r?\n/);
  let codeblock = "";
  let numberLen = (Math.log10(line + 1) | 0) + 1;
  for (let i = line - 1; i <= line + 1; i++) {
    let l = lines[i - 1];
    if (!l)
      continue;
    codeblock += i.toString().padEnd(numberLen, " ");
    codeblock += ":  ";
    codeblock += l;
    codeblock += "\n";
    if (i === line) {
      codeblock += " ".repeat(numberLen + column + 2);
      codeblock += "^\n";
    }
  }
  return codeblock;
}
var TomlError = class _TomlError extends Error {
  line;
  column;
  codeblock;
  constructor(message, options) {
    const [line, column] = getLineColFromPtr(options.toml, options.ptr);
    const codeblock = makeCodeBlock(options.toml, line, column);
    super(`Invalid TOML document: ${message}

${codeblock}`, options);
    this.line = line;
    this.column = column;
    this.codeblock = codeblock;
  }
  /** @internal */
  static x(message, ctx, ptr) {
    throw new _TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
  }
};

// node_modules/smol-toml/dist/primitive.js
function parseString(ctx) {
  let startPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p++);
  let first = c;
  let isLiteral = c === 39;
  let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
  if (isMultiline) {
    if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 10)
      ctx.p++;
    else if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)
      ctx.p += 2;
  }
  let parsed = "";
  let sliceStart = ctx.p;
  let state = 0;
  for (; ctx.p < ctx.s.length; ctx.p++) {
    c = ctx.s.charCodeAt(ctx.p);
    if (isMultiline && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)) {
      state = state && 3;
    } else if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in strings", ctx);
    } else if ((!state || state === 3) && c === first && (!isMultiline || ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first)) {
      if (isMultiline) {
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
        if (ctx.s.charCodeAt(ctx.p + 3) === first)
          ctx.p++;
      }
      if (!state) {
        let s = ctx.s.slice(sliceStart, ctx.p);
        parsed = parsed ? parsed + s : s;
      }
      ctx.p += isMultiline ? 3 : 1;
      return parsed;
    } else if (!state) {
      if (!isLiteral && c === 92) {
        parsed += ctx.s.slice(sliceStart, sliceStart = ctx.p);
        state = 1;
      }
    } else if (state === 1) {
      if (c === 120 || c === 117 || c === 85) {
        let errPtr = ctx.p++ - 1;
        let value = 0;
        let len = c === 120 ? 2 : c === 117 ? 4 : 8;
        for (let j = 0; j < len; j++, ctx.p++) {
          let hex = ctx.s.charCodeAt(ctx.p);
          let digit = (
            /* 0-9 */
            hex >= 48 && hex <= 57 ? hex - 48 : (
              /* A-F */
              hex >= 65 && hex <= 70 ? hex - 65 + 10 : (
                /* a-f */
                hex >= 97 && hex <= 102 ? hex - 97 + 10 : -1
              )
            )
          );
          if (digit < 0)
            TomlError.x("invalid non-hex character in unicode escape", ctx);
          value = value << 4 | digit;
        }
        if (value < 0 || value > 1114111 || value >= 55296 && value <= 57343) {
          TomlError.x("invalid unicode escape", ctx, errPtr);
        }
        parsed += String.fromCodePoint(value);
        sliceStart = ctx.p--;
        state = 0;
      } else if (isMultiline && (c === 32 || c === 9)) {
        state = 2;
      } else {
        if (c === 98)
          parsed += "\b";
        else if (c === 116)
          parsed += "	";
        else if (c === 110)
          parsed += "\n";
        else if (c === 102)
          parsed += "\f";
        else if (c === 114)
          parsed += "\r";
        else if (c === 101)
          parsed += "\x1B";
        else if (c === 34)
          parsed += '"';
        else if (c === 92)
          parsed += "\\";
        else
          TomlError.x("unrecognised escape sequence", ctx);
        sliceStart = ctx.p + 1;
        state = 0;
      }
    } else if (c !== 32 && c !== 9) {
      if (state === 2)
        TomlError.x("invalid escape: only line-ending whitespace may be escaped", ctx, sliceStart);
      state = !isLiteral && c === 92 ? 1 : 0;
      sliceStart = ctx.p;
    }
  }
  TomlError.x("unfinished string", ctx, startPtr);
}

// node_modules/smol-toml/dist/date.js
var DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
var TomlDate = class _TomlDate extends Date {
  #hasDate = false;
  #hasTime = false;
  #offset = null;
  constructor(date, fasttype, unsafeDelim) {
    let hasDate = true;
    let hasTime = true;
    let offset = "Z";
    let c;
    if (typeof date === "string") {
      if (fasttype)
        prep: {
          if (fasttype < 3) {
            if (+date.slice(11, 13) > 23) {
              date = "";
              break prep;
            }
            if (fasttype === 2) {
              offset = null;
              date += "Z";
            } else if ((c = date.charCodeAt(date.length - 1)) !== 90 && c !== 122) {
              offset = date.slice(date.length - 6);
            }
            if (unsafeDelim)
              date = date.slice(0, 10) + "T" + date.slice(11);
          } else if (fasttype === 4) {
            date = +date.slice(0, 2) > 23 ? "" : `0000-01-01T${date}Z`;
          }
          hasDate = fasttype !== 4;
          hasTime = fasttype !== 3;
        }
      else {
        let match = date.match(DATE_TIME_RE);
        if (match) {
          if (!match[1]) {
            hasDate = false;
            date = `0000-01-01T${date}`;
          }
          hasTime = !!match[2];
          hasTime && date[10] === " " && (date = date.replace(" ", "T"));
          if (match[2] && +match[2] > 23) {
            date = "";
          } else {
            offset = match[3] || null;
            if (!offset && hasTime)
              date += "Z";
          }
        } else {
          date = "";
        }
      }
    }
    super(date);
    if (!isNaN(this.getTime())) {
      this.#hasDate = hasDate;
      this.#hasTime = hasTime;
      this.#offset = offset;
    }
  }
  isDateTime() {
    return this.#hasDate && this.#hasTime;
  }
  isLocal() {
    return !this.#hasDate || !this.#hasTime || !this.#offset;
  }
  isDate() {
    return this.#hasDate && !this.#hasTime;
  }
  isTime() {
    return this.#hasTime && !this.#hasDate;
  }
  isValid() {
    return this.#hasDate || this.#hasTime;
  }
  toISOString() {
    let iso = super.toISOString();
    if (this.isDate())
      return iso.slice(0, 10);
    if (this.isTime())
      return iso.slice(11, 23);
    if (this.#offset === null)
      return iso.slice(0, -1);
    if (this.#offset === "Z" || this.#offset === "z")
      return iso;
    let offset = +this.#offset.slice(1, 3) * 60 + +this.#offset.slice(4, 6);
    offset = this.#offset[0] === "-" ? offset : -offset;
    let offsetDate = new Date(this.getTime() - offset * 6e4);
    return offsetDate.toISOString().slice(0, -1) + this.#offset;
  }
  static wrapAsOffsetDateTime(jsDate, offset = "Z") {
    let date = new _TomlDate(jsDate);
    date.#offset = offset;
    return date;
  }
  static wrapAsLocalDateTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#offset = null;
    return date;
  }
  static wrapAsLocalDate(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasTime = false;
    date.#offset = null;
    return date;
  }
  static wrapAsLocalTime(jsDate) {
    let date = new _TomlDate(jsDate);
    date.#hasDate = false;
    date.#offset = null;
    return date;
  }
};

// node_modules/smol-toml/dist/extract.js
function isDigit(char, base = 10) {
  return base === 16 ? char > 47 && char < 58 || char > 64 && char < 71 || char > 96 && char < 103 : char > 47 && char < 48 + base;
}
function isEndOfValue(char, delim) {
  return char === 32 || char === 9 || char === 10 || char === 13 || // Structure end or next value delimiter
  delim && (char === delim || char === 44) || // Comment
  char === 35;
}
function extractValue(ctx, end) {
  let errPtr = ctx.p;
  let c = ctx.s.charCodeAt(ctx.p);
  if (c === 91 || c === 123) {
    ctx.d-- || TomlError.x("document contains excessively nested structures. aborting.", ctx);
    let value = c === 91 ? parseArray(ctx) : parseInlineTable(ctx);
    ctx.d++;
    return value;
  }
  if (c === 34 || c === 39) {
    return parseString(ctx);
  }
  if (c === 116) {
    if (ctx.s.charCodeAt(++ctx.p) !== 114 || ctx.s.charCodeAt(++ctx.p) !== 117 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, true;
  }
  if (c === 102) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 108 || ctx.s.charCodeAt(++ctx.p) !== 115 || ctx.s.charCodeAt(++ctx.p) !== 101)
      TomlError.x("invalid value", ctx, errPtr);
    return ctx.p++, false;
  }
  if (c === 43 || c === 45) {
    return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 44 - c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 4) === 45 && ctx.s.charCodeAt(ctx.p + 7) === 45) {
    return parseDate(ctx, c, end);
  }
  if (ctx.s.charCodeAt(ctx.p + 2) === 58) {
    return parseTime(ctx, c, end);
  }
  return parseNumber(ctx, ctx.p, c, 0, end);
}
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
  let c = startChr;
  let state = 0;
  let hasUnderscores = false;
  if (c === 105) {
    if (ctx.s.charCodeAt(++ctx.p) !== 110 || ctx.s.charCodeAt(++ctx.p) !== 102)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, (sign || 1) / 0;
  }
  if (c === 110) {
    if (ctx.s.charCodeAt(++ctx.p) !== 97 || ctx.s.charCodeAt(++ctx.p) !== 110)
      TomlError.x("invalid value", ctx, startPtr);
    return ctx.p++, NaN;
  }
  if (c === 48) {
    if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
      return ctx.bi === true ? 0n : 0;
    if (!sign) {
      if (c === 120)
        return parseIntegerBaseN(ctx, startPtr, 16, endChr);
      else if (c === 98)
        return parseIntegerBaseN(ctx, startPtr, 2, endChr);
      else if (c === 111)
        return parseIntegerBaseN(ctx, startPtr, 8, endChr);
    }
    if (c === 46)
      state = 2;
    else if (c === 101 || c === 69)
      state = 4;
    else
      TomlError.x("illegal leading zero", ctx, startPtr);
  } else if (!isDigit(c))
    TomlError.x("invalid value", ctx, startPtr);
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (!state)
      state = 1;
    if (c === 95) {
      if (!(state & 1))
        TomlError.x("illegal underscore", ctx);
      state += 11;
      hasUnderscores = true;
    } else if (state === 1 && c === 46)
      state = 2;
    else if ((state === 1 || state === 3) && (c === 101 || c === 69))
      state = 4;
    else if (state === 4 && (c === 43 || c === 45)) {
      state = 6;
    } else if (!isDigit(c))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (state > 9)
      state -= 11;
    else if (!(state & 1))
      state++;
  }
  if (!state) {
    let val = (startChr - 48) * (sign || 1);
    return ctx.bi === true ? BigInt(val) : val;
  }
  if (!(state & 1))
    TomlError.x("unfinished numeric value", ctx, startPtr);
  let str = ctx.s.slice(startPtr, ctx.p);
  if (hasUnderscores)
    str = str.replaceAll("_", "");
  return state > 1 ? parseFloat(str) : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
  let c, underscore = 1;
  while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
    if (c === 95) {
      if (underscore & 1)
        TomlError.x("illegal underscore", ctx);
      underscore = 3;
    } else if (!isDigit(c, base))
      TomlError.x(`illegal character in numeric literal`, ctx);
    else if (underscore & 1)
      underscore--;
  }
  if (underscore & 1)
    TomlError.x("unfinished numeric value", ctx);
  let str = ctx.s.slice(startPtr + 2, ctx.p);
  if (underscore)
    str = str.replaceAll("_", "");
  return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
  if (ctx.bi !== true)
    int: {
      let val = parseInt(str, base);
      if (!Number.isSafeInteger(val)) {
        if (ctx.bi)
          break int;
        TomlError.x("integer value cannot be represented losslessly", ctx, startPtr);
      }
      return val;
    }
  return base === 10 ? BigInt(str) : BigInt((base === 2 ? "0b" : base === 8 ? "0o" : "0x") + str);
}
function parseDate(ctx, c, endChr) {
  let startPtr = ctx.p++, unsafeSeparator;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++)) || !isDigit(ctx.s.charCodeAt(ctx.p++))) {
    return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
  }
  ctx.p += 5;
  if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
    TomlError.x("invalid date-time: date part is malformed", ctx, startPtr);
  if (ctx.p >= ctx.s.length || ((c = ctx.s.charCodeAt(ctx.p)) !== 32 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 84 && c !== 116) {
    let t2 = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t2, 3, false, startPtr);
  }
  if (ctx.s.charCodeAt(ctx.p += 3) !== 58)
    TomlError.x("invalid date-time: time part is malformed", ctx, startPtr);
  if (ctx.s.charCodeAt(ctx.p += 3) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  if (c = ctx.s.charCodeAt(ctx.p)) {
    if (c === 90 || c === 122) {
      let t2 = ctx.s.slice(startPtr, ++ctx.p);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, "[+00:00]");
    }
    if (c === 43 || c === 45) {
      let t2 = ctx.s.slice(startPtr, ctx.p += 6);
      return readDate(ctx, t2, 1, unsafeSeparator, startPtr, !ctx.ld && "[" + ctx.s.slice(ctx.p - 6, ctx.p) + "]");
    }
  }
  let t = ctx.s.slice(startPtr, ctx.p);
  return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
  let start = ctx.p;
  if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
    return parseNumber(ctx, --ctx.p, c, 0, endChr);
  }
  if (ctx.s.charCodeAt(ctx.p += 4) === 58)
    ctx.p += 3;
  if (ctx.s.charCodeAt(ctx.p) === 46)
    while (isDigit(ctx.s.charCodeAt(++ctx.p)))
      ;
  let t = ctx.s.slice(start, ctx.p);
  return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
  if (ctx.ld) {
    let date = new TomlDate(str, type, unsafeDelim);
    if (!date.isValid())
      TomlError.x("invalid date", ctx, errPtr);
    return date;
  }
  try {
    if (temporalSuffix)
      str += temporalSuffix;
    switch (type) {
      case 1:
        return Temporal.ZonedDateTime.from(str);
      case 2:
        return Temporal.PlainDateTime.from(str);
      case 3:
        return Temporal.PlainDate.from(str);
      case 4:
        return Temporal.PlainTime.from(str);
    }
  } catch (e) {
    TomlError.x(e instanceof Error ? e.message : "" + e, ctx, errPtr);
  }
}

// node_modules/smol-toml/dist/util.js
function skipComment(ctx) {
  for (; ctx.p < ctx.s.length; ctx.p++) {
    let c = ctx.s.charCodeAt(ctx.p);
    if (c === 10)
      break;
    if (c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10) {
      ctx.p++;
      break;
    }
    if (c < 32 && c !== 9 || c === 127) {
      TomlError.x("control characters are not allowed in comments", ctx);
    }
  }
}
function skipVoid(ctx, banNewLines, banComments) {
  let c;
  while (ctx.p < ctx.s.length) {
    while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 32 || c === 9 || !banNewLines && (c === 10 || c === 13 && ctx.s.charCodeAt(ctx.p + 1) === 10)))
      ctx.p++;
    if (banComments || c !== 35)
      break;
    skipComment(ctx);
  }
}

// node_modules/smol-toml/dist/struct.js
function parseKey(ctx, end = 61) {
  let startPtr;
  let state = 0;
  let parsed = [];
  let sliceStart;
  let c = ctx.s.charCodeAt(startPtr = ctx.p);
  do {
    if (c === end) {
      if (!state)
        TomlError.x("unexpected end of key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      return ctx.p++, parsed;
    } else if (c === 46) {
      if (!state)
        TomlError.x("illegal empty bare key", ctx);
      if (state === 1)
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
      state = 0;
    } else if (!state && (c === 34 || c === 39)) {
      if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
        TomlError.x("illegal quoted key: multiline strings are not allowed", ctx);
      parsed.push(parseString(ctx));
      state = 2;
      ctx.p--;
    } else if (c === 32 || c === 9) {
      if (state === 1) {
        parsed.push(ctx.s.slice(sliceStart, ctx.p));
        state = 2;
      }
    } else if (state === 2 || c < 48 && c !== 45 || c > 57 && c < 65 || c > 90 && c < 97 && c !== 95 || c > 122) {
      TomlError.x("illegal character in key", ctx);
    } else if (!state) {
      state = 1;
      sliceStart = ctx.p;
    }
  } while (c = ctx.s.charCodeAt(++ctx.p));
  TomlError.x("incomplete key-value: cannot find end of key", ctx, startPtr);
}
function parseInlineTable(ctx) {
  let startPtr = ctx.p++;
  let res = /* @__PURE__ */ Object.create(null);
  let seen = /* @__PURE__ */ new Set();
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 125) {
      ctx.p++;
      return res;
    }
    let k;
    let t = res;
    let hasOwn = false;
    let errPtr = ctx.p;
    let key = parseKey(ctx);
    for (let i = 0; i < key.length; i++) {
      if (i)
        t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      k = key[i];
      if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== "object" || seen.has(t[k]))) {
        TomlError.x("trying to redefine an already defined value", ctx, errPtr);
      }
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor")) {
        t = ctx.uk !== 1 && TomlError.x("document contains an unsafe property", ctx, errPtr);
        break;
      }
      if (!hasOwn && unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
      }
    }
    if (hasOwn) {
      TomlError.x("trying to redefine an already defined value", ctx, errPtr);
    }
    skipVoid(ctx, true, true);
    let value = extractValue(
      ctx,
      125
      /* } */
    );
    if (t && typeof (t[k] = value) === "object")
      seen.add(value);
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 125) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished table", ctx, startPtr);
}
function parseArray(ctx) {
  let startPtr = ctx.p++;
  let res = [];
  let c;
  while (ctx.p < ctx.s.length) {
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p)) === 93) {
      ctx.p++;
      return res;
    }
    res.push(extractValue(
      ctx,
      93
      /* ] */
    ));
    skipVoid(ctx);
    if ((c = ctx.s.charCodeAt(ctx.p++)) === 93) {
      return res;
    }
    if (c !== 44)
      TomlError.x("expected comma or end of structure", ctx, ctx.p - 1);
  }
  TomlError.x("unfinished array", ctx, startPtr);
}

// node_modules/smol-toml/dist/parse.js
function peekTable(ctx, key, table, meta, type) {
  let t = table;
  let m = meta;
  let k;
  let hasOwn = false;
  let state;
  for (let i = 0; i < key.length; i++) {
    if (i) {
      t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
      m = (state = m[k]).c;
      if (type === 0 && (state.t === 1 || state.t === 2)) {
        return null;
      }
      if (state.t === 2) {
        let l = t.length - 1;
        t = t[l];
        m = m[l].c;
      }
    }
    k = key[i];
    if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 && m[k]?.d) {
      return null;
    }
    if (!hasOwn) {
      let unsafe = k === "__proto__";
      if (ctx.uk && (unsafe || k === "constructor"))
        return false;
      if (unsafe) {
        Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
        Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
      }
      m[k] = {
        t: i < key.length - 1 && type === 2 ? 3 : type,
        d: false,
        i: 0,
        c: /* @__PURE__ */ Object.create(null)
      };
    }
  }
  state = m[k];
  if (state.t !== type && !(type === 1 && state.t === 3)) {
    return null;
  }
  if (type === 2) {
    if (!state.d) {
      state.d = true;
      t[k] = [];
    }
    t[k].push(t = /* @__PURE__ */ Object.create(null));
    state.c[state.i++] = state = { t: 1, d: false, i: 0, c: /* @__PURE__ */ Object.create(null) };
  }
  if (state.d) {
    return null;
  }
  state.d = true;
  if (type === 1) {
    t = hasOwn ? t[k] : t[k] = /* @__PURE__ */ Object.create(null);
  } else if (type === 0 && hasOwn) {
    return null;
  }
  return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
  if (peek === null || ctx.uk === 2)
    TomlError.x(peek === null ? "trying to redefine an already defined table or value" : "document contains an unsafe property", ctx, ptr);
}
function parse(toml, options = {}) {
  let ctx = {
    s: toml,
    p: 0,
    d: options.maxDepth ?? 1e3,
    bi: options.integersAsBigInt ?? false,
    ld: options.useLegacyDate ?? true,
    uk: options.unsafeKeyBehaviour === "throw" ? 2 : options.unsafeKeyBehaviour === "drop" ? 1 : 0
  };
  let res = /* @__PURE__ */ Object.create(null);
  let meta = /* @__PURE__ */ Object.create(null);
  let tmp;
  let skipping = false;
  let tbl = res;
  let m = meta;
  if (toml.charCodeAt(0) === 65279)
    ctx.p++;
  skipVoid(ctx);
  while (ctx.p < toml.length) {
    if (toml.charCodeAt(ctx.p) === 91) {
      let isTableArray = toml.charCodeAt(++ctx.p) === 91;
      tmp = ctx.p += +isTableArray;
      skipping = false;
      let k = parseKey(
        ctx,
        93
        /* ] */
      );
      if (isTableArray) {
        if (toml.charCodeAt(ctx.p) !== 93) {
          TomlError.x("expected end of table array declaration", ctx);
        }
        ctx.p++;
      }
      let p = peekTable(
        ctx,
        k,
        res,
        meta,
        isTableArray ? 2 : 1
        /* Type.EXPLICIT */
      );
      if (!p) {
        validateTablePeek(ctx, p, tmp);
        skipping = true;
      } else {
        m = p[2];
        tbl = p[1];
      }
    } else {
      tmp = ctx.p;
      let k = parseKey(ctx);
      let p = peekTable(
        ctx,
        k,
        tbl,
        m,
        0
        /* Type.DOTTED */
      );
      if (!p && !skipping)
        validateTablePeek(ctx, p, tmp);
      skipVoid(ctx, true, true);
      let v = extractValue(ctx, void 0);
      if (p && !skipping)
        p[1][p[0]] = v;
    }
    skipVoid(ctx, true);
    if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 10 && (tmp !== 13 || toml.charCodeAt(ctx.p + 1) !== 10)) {
      TomlError.x("each key-value declaration must be followed by an end-of-line", ctx);
    }
    skipVoid(ctx);
  }
  return res;
}

// node_modules/smol-toml/dist/stringify.js
var HAS_WELLFORMED = !!"".isWellFormed;

// packages/core/src/lockfiles/poetry-lockfile.ts
function parseTOMLText(text, file) {
  try {
    return parse(text);
  } catch (error) {
    const line = error instanceof TomlError ? error.line : void 0;
    const reason = error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error);
    throw lockfileError(file, `is not valid TOML: ${reason}`, { line });
  }
}
function readPoetryLockfile(text, file) {
  const data = parseTOMLText(text, file);
  const entries = data["package"];
  if (!Array.isArray(entries))
    throw lockfileError(file, "has no [[package]] tables", {
      pointer: "/package"
    });
  assertPackageCount(file, entries.length);
  const headerLines = linesOf(text, /^\[\[package\]\]\s*$/);
  const versionsByName = /* @__PURE__ */ new Map();
  const parsed = entries.map((entry, index) => {
    const pointer = `/package/${index}`;
    if (!isRecord(entry))
      throw lockfileError(file, "must be a table", { pointer });
    const name = entry["name"];
    const version = entry["version"];
    if (typeof name !== "string" || typeof version !== "string") {
      throw lockfileError(file, 'needs a string "name" and "version"', {
        pointer,
        line: headerLines[index]
      });
    }
    const key = normalizePyPIName(name);
    versionsByName.set(key, [...versionsByName.get(key) ?? [], version]);
    return { entry, name, version, pointer, line: headerLines[index] };
  });
  const set = new PackageSet();
  let groupsRecorded = false;
  for (const { entry, name, version, pointer, line } of parsed) {
    const groups = Array.isArray(entry["groups"]) ? entry["groups"] : void 0;
    if (groups) groupsRecorded = true;
    const category = entry["category"];
    const dependencies = isRecord(entry["dependencies"]) ? Object.keys(entry["dependencies"]) : [];
    set.add({
      name,
      version,
      purl: toPurl("pypi", name, version),
      hashes: hashesOf(entry["files"]),
      dev: groups ? !groups.includes("main") : category === "dev",
      optional: entry["optional"] === true,
      dependsOn: dependencies.flatMap(
        (dep) => (versionsByName.get(normalizePyPIName(dep)) ?? []).map(
          (v) => toPurl("pypi", dep, v)
        )
      ),
      source: { pointer, line }
    });
  }
  return {
    file,
    ecosystem: "pypi",
    format: groupsRecorded ? "poetry 2" : "poetry",
    packages: set.toList(),
    declared: []
  };
}
function hashesOf(files) {
  if (!Array.isArray(files)) return [];
  const records = files.filter(isRecord);
  const sdist = records.find(
    (f) => typeof f["file"] === "string" && /\.(tar\.gz|zip)$/.test(f["file"])
  );
  const chosen = sdist ?? records[0];
  const text = chosen?.["hash"];
  if (typeof text !== "string") return [];
  const [algorithm = "", hex = ""] = text.split(":");
  const hash = fromHex(algorithm, hex);
  return hash ? [hash] : [];
}
function linesOf(text, pattern) {
  const found = [];
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index += 1) {
    if (pattern.test((lines[index] ?? "").replace(/\r$/, "")))
      found.push(index + 1);
  }
  return found;
}

// packages/core/src/lockfiles/requirements-lockfile.ts
var namePattern2 = /^[A-Za-z0-9][A-Za-z0-9._-]*/;
var maxLineLength = 64 * 1024;
function readRequirementsFile(text, file) {
  const requirements = parseRequirements(text, file);
  assertPackageCount(file, requirements.length);
  const pinned = /* @__PURE__ */ new Map();
  for (const requirement of requirements) {
    const pin = /^===?\s*([^\s,]+)$/.exec(requirement.range)?.[1];
    if (pin)
      pinned.set(normalizePyPIName(requirement.name), {
        ...requirement,
        range: pin
      });
  }
  const set = new PackageSet();
  const edges = /* @__PURE__ */ new Map();
  for (const requirement of pinned.values()) {
    const purl = toPurl("pypi", requirement.name, requirement.range);
    for (const parent of requirement.via) {
      const key = normalizePyPIName(parent);
      edges.set(key, [...edges.get(key) ?? [], purl]);
    }
  }
  for (const [key, requirement] of pinned)
    set.add(lockedOf3(requirement, edges.get(key) ?? []));
  const declared = requirements.map((r) => ({
    name: r.name,
    range: r.range,
    dev: false,
    source: { line: r.line }
  }));
  return {
    file,
    ecosystem: "pypi",
    format: "requirements",
    packages: set.toList(),
    declared
  };
}
function lockedOf3(requirement, dependsOn) {
  return {
    name: requirement.name,
    version: requirement.range,
    purl: toPurl("pypi", requirement.name, requirement.range),
    hashes: requirement.hashes.flatMap((text) => {
      const [algorithm = "", hex = ""] = text.split(":");
      const hash = fromHex(algorithm, hex);
      return hash ? [hash] : [];
    }),
    dev: false,
    optional: false,
    dependsOn,
    source: { line: requirement.line }
  };
}
function parseRequirements(text, file) {
  const lines = text.split(/\r?\n/);
  const requirements = [];
  let inVia = false;
  for (let index = 0; index < lines.length; index += 1) {
    const start = index;
    let logical = lines[index] ?? "";
    while (logical.endsWith("\\") && index + 1 < lines.length) {
      index += 1;
      logical = `${logical.slice(0, -1)} ${lines[index] ?? ""}`;
    }
    const trimmed = logical.trim();
    const last = requirements.at(-1);
    if (trimmed.startsWith("#")) {
      inVia = viaComment(trimmed, inVia, last);
      continue;
    }
    inVia = false;
    if (trimmed === "" || trimmed.startsWith("-")) continue;
    requirements.push(parseLine(trimmed, file, start + 1));
  }
  return requirements;
}
function viaComment(comment, inVia, last) {
  const body = comment.replace(/^#\s*/, "");
  const inline = /^via\s+(.+)$/.exec(body);
  if (inline && last) {
    last.via.push(
      ...(inline[1] ?? "").split(/,\s*/).filter((name) => !name.startsWith("-"))
    );
    return false;
  }
  if (body === "via") return true;
  if (inVia && last && /^\s{2,}/.test(comment.slice(1))) {
    const name = body.trim();
    if (!name.startsWith("-")) last.via.push(name);
    return true;
  }
  return false;
}
function parseLine(line, file, lineNumber) {
  if (line.length > maxLineLength) {
    throw lockfileError(
      file,
      `has a requirement longer than ${maxLineLength} characters`,
      { line: lineNumber }
    );
  }
  const hashes = [];
  let text = line.replace(/\s--hash[=\s]+(\S+)/g, (_, hash) => {
    hashes.push(hash);
    return "";
  });
  const comment = text.search(/\s#/);
  if (comment >= 0) text = text.slice(0, comment);
  const marker = text.indexOf(";");
  if (marker >= 0) text = text.slice(0, marker);
  text = text.trim();
  const name = namePattern2.exec(text)?.[0];
  if (!name) {
    throw lockfileError(
      file,
      `cannot read the requirement "${text.slice(0, 80)}"`,
      { line: lineNumber }
    );
  }
  let rest = text.slice(name.length).trimStart();
  if (rest.startsWith("[")) {
    const close = rest.indexOf("]");
    if (close < 0)
      throw lockfileError(file, `unclosed extras in "${text.slice(0, 80)}"`, {
        line: lineNumber
      });
    rest = rest.slice(close + 1);
  }
  return {
    name,
    range: rest.replace(/\s+/g, ""),
    line: lineNumber,
    hashes,
    via: []
  };
}

// packages/core/src/lockfiles/yarn-lockfile.ts
function isBerryLockfile(text) {
  return /^__metadata:/m.test(text);
}
function readYarnLockfile(text, file) {
  const berry = isBerryLockfile(text);
  const entries = berry ? berryEntries(text, file) : classicEntries(text, file);
  assertPackageCount(file, entries.length);
  return {
    file,
    ecosystem: "npm",
    format: berry ? "yarn berry" : "yarn classic",
    packages: lockedPackages(entries, berry, file),
    declared: []
  };
}
function splitSpecifier(specifier) {
  const at = specifier.indexOf("@", 1);
  if (at < 0) return [specifier, ""];
  return [specifier.slice(0, at), specifier.slice(at + 1)];
}
function lockedPackages(entries, berry, file) {
  const bySpecifier = /* @__PURE__ */ new Map();
  const pending = [];
  for (const entry of entries) {
    const locked = lockedOf4(entry, berry, file);
    if (!locked) continue;
    for (const specifier of entry.specifiers)
      bySpecifier.set(specifier, locked);
    pending.push([locked, entry]);
  }
  const set = new PackageSet();
  for (const [locked, entry] of pending) {
    for (const [name, range] of entry.dependencies) {
      const key = berry && !/^[a-z]+:/.test(range) ? `${name}@npm:${range}` : `${name}@${range}`;
      const target = bySpecifier.get(key);
      if (target) locked.dependsOn.push(target.purl);
    }
    set.add(locked);
  }
  return set.toList();
}
function lockedOf4(entry, berry, file) {
  const version = entry.fields.get("version");
  const first = entry.specifiers[0] ?? "";
  if (!version) {
    throw lockfileError(file, `entry "${first}" has no version`, {
      line: entry.line,
      pointer: entry.pointer
    });
  }
  if (berry && (entry.fields.get("linkType") === "soft" || /@(workspace|link|portal):/.test(first))) {
    return void 0;
  }
  const resolution = entry.fields.get("resolution");
  const name = splitSpecifier(resolution ?? first)[0];
  const integrity = entry.fields.get("integrity");
  return {
    name,
    version,
    purl: toPurl("npm", name, version),
    // Berry's `checksum` hashes yarn's own cache zip, not the package
    // tarball, so it is not reported as the package's hash.
    hashes: integrity ? hashesFromSRI(integrity) : [],
    resolved: entry.fields.get("resolved") ?? resolution,
    dev: false,
    optional: false,
    dependsOn: [],
    source: { line: entry.line, pointer: entry.pointer }
  };
}
function classicEntries(text, file) {
  const entries = [];
  let current;
  let section;
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? "";
    if (line.trim() === "" || line.trimStart().startsWith("#")) continue;
    const indent = line.length - line.trimStart().length;
    const place = { line: index + 1 };
    if (indent === 0) {
      if (!line.endsWith(":"))
        throw lockfileError(file, 'expected an entry key ending in ":"', place);
      current = {
        specifiers: classicKeys(line.slice(0, -1), file, index + 1),
        fields: /* @__PURE__ */ new Map(),
        dependencies: /* @__PURE__ */ new Map(),
        line: index + 1
      };
      entries.push(current);
      section = void 0;
      continue;
    }
    if (!current)
      throw lockfileError(file, "indented line outside an entry", place);
    const body = line.trim();
    if (indent === 2 && body.endsWith(":")) {
      section = unquote2(body.slice(0, -1)) === "dependencies" || unquote2(body.slice(0, -1)) === "optionalDependencies" ? current.dependencies : /* @__PURE__ */ new Map();
      continue;
    }
    const [key, value] = classicPair(body, file, index + 1);
    if (indent === 2) {
      section = void 0;
      current.fields.set(key, value);
    } else if (section) {
      section.set(key, value);
    } else {
      throw lockfileError(file, "unexpected indentation", place);
    }
  }
  return entries;
}
function classicKeys(text, file, line) {
  const keys = text.split(/,\s*/).map((key) => unquote2(key.trim()));
  if (keys.some((key) => key === ""))
    throw lockfileError(file, "has an empty entry key", { line });
  return keys;
}
function classicPair(body, file, line) {
  const match = /^("(?:[^"\\]|\\.)*"|[^\s"]+)\s+(.*)$/.exec(body);
  if (!match)
    throw lockfileError(file, `cannot read "${body.slice(0, 60)}"`, { line });
  return [unquote2(match[1] ?? ""), unquote2(match[2] ?? "")];
}
function unquote2(text) {
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    return text.slice(1, -1).replace(/\\(.)/g, "$1");
  }
  return text;
}
function berryEntries(text, file) {
  const document = parseYAML(text, file, { maxAliasCount: 0 });
  const data = document.data;
  if (!isRecord(data)) throw lockfileError(file, "must be a YAML mapping");
  const entries = [];
  for (const [key, value] of Object.entries(data)) {
    if (key === "__metadata") continue;
    const pointer = `/${escapePointerToken(key)}`;
    if (!isRecord(value))
      throw lockfileError(file, "must be a mapping", {
        pointer,
        line: document.locate(pointer)?.line
      });
    entries.push({
      specifiers: key.split(/,\s*/).map((part) => part.trim()),
      fields: stringMap(value),
      dependencies: isRecord(value["dependencies"]) ? stringMap(value["dependencies"]) : /* @__PURE__ */ new Map(),
      pointer,
      line: document.locate(pointer)?.line
    });
  }
  return entries;
}
function stringMap(record) {
  const map = /* @__PURE__ */ new Map();
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === "string" || typeof value === "number")
      map.set(key, String(value));
  }
  return map;
}

// packages/core/src/lockfiles/read-lockfile.ts
var maxLockfileBytes = limits.dataBytes;
var readers = {
  npm: (text, file) => readNpmLockfile(parseLockfileJSON(text, file), file),
  yarn: readYarnLockfile,
  pnpm: readPnpmLockfile,
  poetry: readPoetryLockfile,
  requirements: readRequirementsFile,
  maven: readMavenPom,
  "go.mod": readGoMod,
  "go.sum": readGoSum,
  nuget: (text, file) => readNuGetLockfile(parseLockfileJSON(text, file), file)
};
async function readLockfile(path, displayName) {
  const text = await readTextFile(path, {
    maxBytes: maxLockfileBytes,
    displayName
  });
  return parseLockfile(text, displayName, basename(path));
}
function parseLockfile(text, displayName, fileName = basename(displayName)) {
  const format = detectLockfileFormat(fileName, text);
  if (!format) {
    throw lockfileError(
      displayName,
      "is not a lockfile shipshape recognises (package-lock.json, npm-shrinkwrap.json, yarn.lock, pnpm-lock.yaml, poetry.lock, requirements*.txt, pom.xml, go.mod, go.sum, packages.lock.json)",
      {},
      "LOCKFILE_UNKNOWN_FORMAT"
    );
  }
  return readers[format](text.replace(/^\uFEFF/, ""), displayName);
}
function detectLockfileFormat(fileName, text) {
  const name = fileName.toLowerCase();
  const byName = {
    "package-lock.json": "npm",
    "npm-shrinkwrap.json": "npm",
    "yarn.lock": "yarn",
    "pnpm-lock.yaml": "pnpm",
    "poetry.lock": "poetry",
    "pom.xml": "maven",
    "go.mod": "go.mod",
    "go.sum": "go.sum",
    "packages.lock.json": "nuget"
  };
  const known = byName[name];
  if (known) return known;
  if (/^requirements.*\.txt$|\.requirements\.txt$/.test(name))
    return "requirements";
  return detectByContent(name, text);
}
function detectByContent(name, text) {
  const head = text.slice(0, 4096);
  if (name.endsWith(".json")) {
    if (/"lockfileVersion"\s*:/.test(head)) return "npm";
    if (/^\s*\{\s*"version"\s*:\s*[12]\s*,\s*"dependencies"/.test(head))
      return "nuget";
    return void 0;
  }
  if (/^# yarn lockfile v1/m.test(head) || /^__metadata:/m.test(head))
    return "yarn";
  if (/^lockfileVersion:/m.test(head)) return "pnpm";
  if (/^\[\[package\]\]/m.test(head) && name.endsWith(".lock")) return "poetry";
  if (/^\s*(<\?xml[^>]*>\s*)?<project[\s>]/.test(head)) return "maven";
  return void 0;
}

export {
  toPurl,
  parse,
  readLockfile
};
