import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  runSBOMStage
} from "../chunks/chunk-5FWK45UQ.js";
import "../chunks/chunk-WSUWK3MT.js";
import "../chunks/chunk-NN7OISNQ.js";
import "../chunks/chunk-CO55ZLQX.js";
import "../chunks/chunk-MHNJ5TUH.js";
import {
  readArtifactInput,
  readCommonInputs,
  runAction
} from "../chunks/chunk-EWMDCL5X.js";
import "../chunks/chunk-PFSSL7OT.js";
import "../chunks/chunk-E4JN5UOR.js";
import "../chunks/chunk-3STO6GSY.js";
import "../chunks/chunk-N67TL7SK.js";
import "../chunks/chunk-MUGHQZOG.js";
import "../chunks/chunk-NSYWVXGE.js";
import "../chunks/chunk-62XS2I6U.js";
import "../chunks/chunk-VIMV3XDQ.js";
import "../chunks/chunk-BKLFK6S4.js";
import "../chunks/chunk-BE3HX54U.js";
import "../chunks/chunk-E73ZUZ5O.js";
import "../chunks/chunk-YP2N6HGM.js";
import "../chunks/chunk-RLB5E7YF.js";
import {
  getInput
} from "../chunks/chunk-TSZFAG6J.js";
import "../chunks/chunk-GUYOKWKK.js";

// packages/action/src/entries/sbom.ts
function readInputs() {
  const format = getInput("format");
  return {
    ...readCommonInputs(),
    sbom: {
      lockfile: getInput("lockfile") || void 0,
      format: format === "spdx" || format === "cyclonedx" ? format : void 0,
      specVersion: getInput("spec-version") || void 0,
      input: getInput("input") || void 0,
      out: getInput("out") || void 0,
      includeDev: getInput("include-dev") === "true" || void 0,
      artifacts: readArtifactInput()
    }
  };
}
var inputs = readInputs();
var badFormat = getInput("format");
await runAction({
  title: "sbom",
  inputs,
  run: (context) => {
    if (badFormat !== "" && inputs.sbom.format === void 0) {
      throw new Error(`format must be cyclonedx or spdx, got "${badFormat}"`);
    }
    return runSBOMStage(context, inputs.sbom);
  },
  outputs: (report) => ({
    sboms: (Array.isArray(report["sboms"]) ? report["sboms"] : []).map((entry) => String(entry["path"])).join("\n")
  })
});
