import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  runPolicyScanStage,
  scanSummaryMarkdown
} from "../chunks/chunk-4BPZFB7U.js";
import "../chunks/chunk-HJEZKQSO.js";
import "../chunks/chunk-3E22Y2DZ.js";
import "../chunks/chunk-KHKFDRRL.js";
import "../chunks/chunk-IKBALTOS.js";
import "../chunks/chunk-XPEMJPSB.js";
import "../chunks/chunk-CO55ZLQX.js";
import {
  readCommonInputs,
  runAction
} from "../chunks/chunk-EWMDCL5X.js";
import {
  markdownCell
} from "../chunks/chunk-PFSSL7OT.js";
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
  getInput,
  summary
} from "../chunks/chunk-TSZFAG6J.js";
import "../chunks/chunk-GUYOKWKK.js";

// packages/action/src/entries/policy-scan.ts
import { resolve } from "node:path";
function readInputs() {
  const sbom = getInput("sbom").split("\n").map((line) => line.trim()).filter((line) => line !== "");
  return {
    ...readCommonInputs(),
    scan: {
      sbom: sbom.length > 0 ? sbom : void 0,
      advisories: getInput("advisories") || void 0,
      sarif: getInput("sarif") || void 0
    }
  };
}
var inputs = readInputs();
var finished;
await runAction({
  title: "policy-scan",
  inputs,
  run: async (context) => {
    finished = await runPolicyScanStage(context, inputs.scan);
    return finished;
  },
  outputs: (report, context) => {
    const sarif = report["sarif"];
    const vex = typeof report["vex"] === "string" ? report["vex"] : void 0;
    return {
      sarif: sarif?.path ? resolve(context.cwd, sarif.path) : "",
      vex: vex ? resolve(process.cwd(), vex) : ""
    };
  }
});
if (finished && process.env["GITHUB_STEP_SUMMARY"]) {
  await summary.addRaw(scanSummaryMarkdown(finished.findings, markdownCell)).write();
}
