import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  commonOptions,
  contextFromArgs,
  printReport,
  stringOption
} from "./chunk-C2Z53RSS.js";
import {
  runPolicyScanStage
} from "./chunk-4BPZFB7U.js";
import "./chunk-HJEZKQSO.js";
import "./chunk-3E22Y2DZ.js";
import "./chunk-KHKFDRRL.js";
import "./chunk-IKBALTOS.js";
import "./chunk-XPEMJPSB.js";
import "./chunk-CO55ZLQX.js";
import "./chunk-E4JN5UOR.js";
import "./chunk-3STO6GSY.js";
import "./chunk-N67TL7SK.js";
import "./chunk-MUGHQZOG.js";
import "./chunk-NSYWVXGE.js";
import "./chunk-62XS2I6U.js";
import "./chunk-VIMV3XDQ.js";
import {
  visibleText
} from "./chunk-BKLFK6S4.js";
import "./chunk-BE3HX54U.js";
import "./chunk-E73ZUZ5O.js";
import "./chunk-YP2N6HGM.js";
import "./chunk-RLB5E7YF.js";
import "./chunk-GUYOKWKK.js";

// packages/cli/src/commands/scan.ts
var scanCommand = {
  name: "scan",
  summary: "check licences, vulnerabilities, export control and exceptions",
  usage: "shipshape scan [--manifest F] [--policy F] [--sbom F]... [--advisories DIR]\n               [--sarif F] [--json]\n\n  --sbom F          scan this CycloneDX or SPDX JSON SBOM (repeatable);\n                    default: the SBOMs `shipshape sbom` wrote\n  --advisories DIR  OSV advisories: a folder of .json files or a .zip/.tar.gz\n                    export; default: vulnerabilities.advisories in the policy\n  --sarif F         also write the findings as SARIF 2.1.0 to F",
  options: {
    ...commonOptions,
    sbom: { type: "string", multiple: true },
    advisories: { type: "string" },
    sarif: { type: "string" }
  },
  async run(args, io) {
    const context = contextFromArgs(args, io);
    const sbom = args.values["sbom"];
    const report = await runPolicyScanStage(context, {
      sbom: Array.isArray(sbom) ? sbom.map(String) : void 0,
      advisories: stringOption(args, "advisories"),
      sarif: stringOption(args, "sarif")
    });
    return printReport(report, args, io, context, scanLines(report));
  }
};
function scanLines(report) {
  const lines = [];
  const sboms = Array.isArray(report["sboms"]) ? report["sboms"] : [];
  for (const entry of sboms) {
    lines.push(
      `  scanned ${visibleText(String(entry["file"]))}: ${String(entry["components"])} components${typeof entry["artifact"] === "string" ? ` (${visibleText(entry["artifact"])})` : ""}`
    );
  }
  const summary = report["vulnerabilities"];
  if (summary) {
    const counts = Object.entries(summary.bySeverity).map(([level, count]) => `${level} ${count}`).join(", ");
    lines.push(
      `  vulnerabilities: ${counts}; ${summary.blocking} finding(s) block the release`
    );
  }
  const exceptions = Array.isArray(report["exceptions"]) ? report["exceptions"] : [];
  if (exceptions.length > 0)
    lines.push(`  exceptions applied: ${exceptions.length}`);
  return lines;
}
export {
  scanCommand
};
