import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  require_spdx_expression_parse
} from "./chunk-CO55ZLQX.js";
import {
  __toESM
} from "./chunk-GUYOKWKK.js";

// packages/core/src/sbom/sbom-document.ts
var import_spdx_expression_parse = __toESM(require_spdx_expression_parse(), 1);
var shipshapeVersion = "0.1.0";
function classifyLicense(text) {
  try {
    const parsed = (0, import_spdx_expression_parse.default)(text);
    if ("license" in parsed && !parsed.plus && !parsed.exception) {
      return parsed.license.startsWith("LicenseRef-") ? { kind: "expression", expression: text } : { kind: "id", id: parsed.license };
    }
    return { kind: "expression", expression: text };
  } catch {
    return { kind: "name", name: text };
  }
}
function spdxDate(date) {
  return `${date.toISOString().slice(0, 19)}Z`;
}
function uuidFromHex(hex) {
  const h = hex.slice(0, 32).padEnd(32, "0");
  const variant = (Number.parseInt(h[16] ?? "0", 16) & 3 | 8).toString(
    16
  );
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
function subjectProperties(subject) {
  const properties = [
    ["shipshape:release:id", subject.releaseId],
    ["shipshape:release:version", subject.releaseVersion],
    ["shipshape:artifact:name", subject.artifactName],
    ["shipshape:artifact:kind", subject.kind]
  ];
  if (subject.digest)
    properties.push([
      "shipshape:artifact:digest",
      `${subject.digest.algorithm}:${subject.digest.hex}`
    ]);
  for (const target of subject.targets)
    properties.push(["shipshape:target", target]);
  for (const signature of subject.signatures) {
    properties.push([
      "shipshape:signature",
      `${signature.name} sha256:${signature.sha256}`
    ]);
  }
  return properties;
}

export {
  shipshapeVersion,
  classifyLicense,
  spdxDate,
  uuidFromHex,
  subjectProperties
};
