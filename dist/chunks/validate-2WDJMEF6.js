import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  commonOptions,
  contextFromArgs,
  printReport
} from "./chunk-C2Z53RSS.js";
import {
  runValidateManifestStage
} from "./chunk-ME7V6BPM.js";
import "./chunk-JOHAZWZO.js";
import "./chunk-UVAQLNFS.js";
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

// packages/cli/src/commands/validate.ts
var validateCommand = {
  name: "validate",
  summary: "check release.yaml: schema, placeholders, files, digests, rules",
  usage: "shipshape validate [--manifest F] [--policy F] [--json] [--workspace DIR] [--verbose]\n\n  --manifest F    the release manifest (default release.yaml)\n  --policy F      the release policy (default policy.yaml when present)\n  --json          print the stage report as JSON\n  --workspace DIR the release workspace (default .shipshape)\nExit codes: 0 valid, 1 a rule is broken, 2 the manifest or policy cannot be read.",
  options: commonOptions,
  async run(args, io) {
    const context = contextFromArgs(args, io);
    const report = await runValidateManifestStage(context);
    return printReport(report, args, io, context, artifactLines(report));
  }
};
function artifactLines(report) {
  const artifacts = report["artifacts"];
  if (!Array.isArray(artifacts)) return [];
  return artifacts.map((item) => {
    const { name, path, verified } = item;
    const mark = verified ? "digest verified" : "not verified";
    return `  ${visibleText(name, 80)}: ${visibleText(path, 120)} (${mark})`;
  });
}
export {
  validateCommand
};
