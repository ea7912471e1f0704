import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  ecosystemOfPurl,
  osvPackageName,
  parsePackageURL
} from "./chunk-XPEMJPSB.js";
import {
  isRecord,
  readJSONFile
} from "./chunk-E73ZUZ5O.js";
import {
  UserError
} from "./chunk-RLB5E7YF.js";

// packages/core/src/sbom-reader/component-fields.ts
var exportMarkers = {
  eccn: "shipshape:export:eccn",
  usesEncryption: "shipshape:export:uses-encryption"
};
function hashKey(algorithm) {
  return algorithm.toLowerCase().replace(/[^a-z0-9]/g, "");
}
function purlFields(purl) {
  if (purl === void 0) return {};
  const parsed = parsePackageURL(purl);
  if (!parsed) return {};
  return {
    purl,
    ecosystem: ecosystemOfPurl(parsed),
    packageName: osvPackageName(parsed)
  };
}
function markerBoolean(value) {
  const text = value.trim().toLowerCase();
  if (text === "true" || text === "yes") return true;
  if (text === "false" || text === "no") return false;
  return void 0;
}

// packages/core/src/sbom-reader/cyclonedx-components.ts
function componentsFromCycloneDX(bom, file) {
  const components = [];
  const metadata = bom["metadata"];
  const subject = isRecord(metadata) ? metadata["component"] : void 0;
  const stack = [];
  pushAll(stack, bom["components"], false);
  if (isRecord(subject)) stack.push([subject, true]);
  while (stack.length > 0) {
    const [entry, isSubject] = stack.pop() ?? [void 0, false];
    if (!isRecord(entry)) continue;
    const component = toComponent(entry, isSubject);
    if (component) components.push(component);
    assertComponentCount(components.length, file);
    pushAll(stack, entry["components"], false);
  }
  return components;
}
function pushAll(stack, list, subject) {
  if (!Array.isArray(list)) return;
  for (let index = list.length - 1; index >= 0; index -= 1) {
    stack.push([list[index], subject]);
  }
}
function toComponent(entry, subject) {
  const name = boundedString(entry["name"]);
  if (name === void 0) return void 0;
  const group = boundedString(entry["group"]);
  return {
    name: group ? `${group}/${name}` : name,
    version: boundedString(entry["version"]),
    ...purlFields(boundedString(entry["purl"])),
    licenses: licenseExpression(entry["licenses"]),
    hashes: hashes(entry["hashes"]),
    classification: classification(entry),
    bomRef: boundedString(entry["bom-ref"]),
    subject
  };
}
function licenseExpression(list) {
  if (!Array.isArray(list) || list.length === 0) return void 0;
  const parts = [];
  for (const choice of list) {
    if (!isRecord(choice)) return void 0;
    const expression = boundedString(
      choice["expression"],
      sbomLimits.licenseLength
    );
    const license = choice["license"];
    const id = isRecord(license) ? boundedString(license["id"]) ?? boundedString(license["name"]) : void 0;
    const part = expression ?? id;
    if (part === void 0) return void 0;
    parts.push(parts.length === 0 && list.length === 1 ? part : `(${part})`);
  }
  const joined = parts.join(" AND ");
  return joined.length <= sbomLimits.licenseLength ? joined : void 0;
}
function hashes(list) {
  const result = {};
  if (!Array.isArray(list)) return result;
  for (const hash of list) {
    if (!isRecord(hash)) continue;
    const alg = boundedString(hash["alg"]);
    const content = boundedString(hash["content"]);
    if (alg && content) result[hashKey(alg)] = content.toLowerCase();
  }
  return result;
}
function classification(entry) {
  const result = {
    cryptoProperties: isRecord(entry["cryptoProperties"])
  };
  const properties = entry["properties"];
  if (!Array.isArray(properties)) return result;
  for (const property of properties) {
    if (!isRecord(property)) continue;
    const value = boundedString(property["value"]);
    if (value === void 0) continue;
    if (property["name"] === exportMarkers.eccn) result.eccn = value.trim();
    if (property["name"] === exportMarkers.usesEncryption) {
      result.usesEncryption = markerBoolean(value);
    }
  }
  return result;
}

// packages/core/src/sbom-reader/spdx-components.ts
function componentsFromSPDX(document, file) {
  const packages = document["packages"];
  if (!Array.isArray(packages)) return [];
  assertComponentCount(packages.length, file);
  const described = describedIds(document);
  const components = [];
  for (const entry of packages) {
    if (!isRecord(entry)) continue;
    const name = boundedString(entry["name"]);
    if (name === void 0) continue;
    const bomRef = boundedString(entry["SPDXID"]);
    components.push({
      name,
      version: boundedString(entry["versionInfo"]),
      ...purlFields(purlOf(entry["externalRefs"])),
      licenses: licenseField(entry["licenseConcluded"]) ?? licenseField(entry["licenseDeclared"]),
      hashes: checksums(entry["checksums"]),
      classification: classification2(entry["annotations"]),
      bomRef,
      subject: bomRef !== void 0 && described.has(bomRef)
    });
  }
  return components;
}
function describedIds(document) {
  const ids = /* @__PURE__ */ new Set();
  const describes = document["documentDescribes"];
  if (Array.isArray(describes)) {
    for (const id of describes) if (typeof id === "string") ids.add(id);
  }
  const relationships = document["relationships"];
  if (!Array.isArray(relationships)) return ids;
  for (const relation of relationships) {
    if (isRecord(relation) && relation["relationshipType"] === "DESCRIBES" && relation["spdxElementId"] === document["SPDXID"] && typeof relation["relatedSpdxElement"] === "string") {
      ids.add(relation["relatedSpdxElement"]);
    }
  }
  return ids;
}
function licenseField(value) {
  const text = boundedString(value, sbomLimits.licenseLength);
  if (text === void 0 || text === "NOASSERTION" || text === "NONE") {
    return void 0;
  }
  return text;
}
function purlOf(refs) {
  if (!Array.isArray(refs)) return void 0;
  for (const ref of refs) {
    if (isRecord(ref) && ref["referenceType"] === "purl") {
      return boundedString(ref["referenceLocator"]);
    }
  }
  return void 0;
}
function checksums(list) {
  const result = {};
  if (!Array.isArray(list)) return result;
  for (const entry of list) {
    if (!isRecord(entry)) continue;
    const alg = boundedString(entry["algorithm"]);
    const value = boundedString(entry["checksumValue"]);
    if (alg && value) result[hashKey(alg)] = value.toLowerCase();
  }
  return result;
}
function classification2(annotations) {
  const result = { cryptoProperties: false };
  if (!Array.isArray(annotations)) return result;
  for (const annotation of annotations) {
    if (!isRecord(annotation)) continue;
    const comment = boundedString(annotation["comment"]) ?? "";
    const [key = "", value = ""] = comment.split("=", 2);
    if (key.trim() === exportMarkers.eccn) result.eccn = value.trim();
    if (key.trim() === exportMarkers.usesEncryption) {
      result.usesEncryption = markerBoolean(value);
    }
  }
  return result;
}

// packages/core/src/sbom-reader/sbom-components.ts
var sbomLimits = {
  bytes: 128 * 1024 * 1024,
  components: 2e5,
  /** Longer licence strings are treated as unparseable. */
  licenseLength: 4096,
  nameLength: 1024
};
async function readSBOM(path, displayName) {
  const data = await readJSONFile(path, displayName, sbomLimits.bytes);
  return sbomComponentsFromJSON(data, displayName);
}
function sbomComponentsFromJSON(data, file) {
  if (!isRecord(data)) throw notSBOM(file);
  if (data["bomFormat"] === "CycloneDX") {
    const specVersion = String(data["specVersion"]);
    if (!["1.4", "1.5", "1.6"].includes(specVersion)) {
      throw unsupported(file, "specVersion", `CycloneDX ${specVersion}`);
    }
    return {
      file,
      format: "cyclonedx",
      specVersion,
      components: componentsFromCycloneDX(data, file)
    };
  }
  if (typeof data["spdxVersion"] === "string") {
    const specVersion = data["spdxVersion"].replace(/^SPDX-/, "");
    if (!["2.2", "2.3"].includes(specVersion)) {
      throw unsupported(file, "spdxVersion", data["spdxVersion"]);
    }
    return {
      file,
      format: "spdx",
      specVersion,
      components: componentsFromSPDX(data, file)
    };
  }
  throw notSBOM(file);
}
function assertComponentCount(count, file) {
  if (count > sbomLimits.components) {
    throw new UserError(
      "SBOM_TOO_MANY_COMPONENTS",
      `${file} lists more than ${sbomLimits.components} components; split the SBOM`,
      { file }
    );
  }
}
function boundedString(value, max = sbomLimits.nameLength) {
  return typeof value === "string" && value.length > 0 && value.length <= max ? value : void 0;
}
function notSBOM(file) {
  return new UserError(
    "SBOM_FORMAT_UNKNOWN",
    `${file} is neither a CycloneDX JSON SBOM (bomFormat "CycloneDX") nor an SPDX JSON document (spdxVersion)`,
    { file }
  );
}
function unsupported(file, field, what) {
  return new UserError(
    "SBOM_VERSION_UNSUPPORTED",
    `${file}: ${what} is not supported; expected CycloneDX 1.4\u20131.6 or SPDX 2.2/2.3`,
    { file, field }
  );
}

export {
  readSBOM
};
