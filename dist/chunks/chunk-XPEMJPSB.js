import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));

// packages/core/src/sbom-reader/package-url.ts
var maxPurlLength = 2048;
function parsePackageURL(text) {
  if (text.length > maxPurlLength || !text.startsWith("pkg:")) return void 0;
  let rest = text.slice(4).replace(/^\/+/, "");
  const hash = rest.indexOf("#");
  if (hash >= 0) rest = rest.slice(0, hash);
  const query = rest.indexOf("?");
  const qualifiers = query >= 0 ? parseQualifiers(rest.slice(query + 1)) : {};
  if (query >= 0) rest = rest.slice(0, query);
  const slash = rest.indexOf("/");
  if (slash <= 0) return void 0;
  const type = rest.slice(0, slash).toLowerCase();
  let path = rest.slice(slash + 1).replace(/\/+$/, "");
  let version;
  const at = path.lastIndexOf("@");
  if (at > path.lastIndexOf("/")) {
    version = decode(path.slice(at + 1));
    path = path.slice(0, at);
  }
  const segments = path.split("/").map(decode);
  if (segments.some((segment) => segment === void 0)) return void 0;
  const parts = segments;
  const name = parts.pop();
  if (!name) return void 0;
  const namespace = parts.length > 0 ? parts.join("/") : void 0;
  return { type, namespace, name, version, qualifiers };
}
function parseQualifiers(text) {
  const qualifiers = /* @__PURE__ */ Object.create(null);
  for (const pair of text.split("&")) {
    const equals = pair.indexOf("=");
    if (equals <= 0) continue;
    const value = decode(pair.slice(equals + 1));
    if (value !== void 0) {
      qualifiers[pair.slice(0, equals).toLowerCase()] = value;
    }
  }
  return qualifiers;
}
function decode(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return void 0;
  }
}
var ecosystemByType = {
  npm: "npm",
  pypi: "PyPI",
  maven: "Maven",
  golang: "Go",
  nuget: "NuGet",
  cargo: "crates.io",
  gem: "RubyGems",
  composer: "Packagist",
  hex: "Hex",
  pub: "Pub"
};
function ecosystemOfPurl(purl) {
  return Object.hasOwn(ecosystemByType, purl.type) ? ecosystemByType[purl.type] : void 0;
}
function osvPackageName(purl) {
  const { type, namespace, name } = purl;
  switch (type) {
    case "maven":
      return namespace ? `${namespace}:${name}` : name;
    case "pypi":
      return normalizePythonName(name);
    case "npm":
    case "golang":
    case "composer":
      return namespace ? `${namespace}/${name}` : name;
    default:
      return namespace ? `${namespace}/${name}` : name;
  }
}
function normalizePythonName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}

export {
  parsePackageURL,
  ecosystemOfPurl,
  osvPackageName,
  normalizePythonName
};
