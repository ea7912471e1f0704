import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  artifactOption,
  artifactUsage,
  commonOptions,
  contextFromArgs,
  flagOption,
  listOption,
  printReport,
  stringOption
} from "./chunk-C2Z53RSS.js";
import {
  runSBOMStage
} from "./chunk-5FWK45UQ.js";
import "./chunk-WSUWK3MT.js";
import "./chunk-NN7OISNQ.js";
import "./chunk-CO55ZLQX.js";
import "./chunk-MHNJ5TUH.js";
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
import {
  UserError
} from "./chunk-RLB5E7YF.js";
import "./chunk-GUYOKWKK.js";

// packages/cli/src/commands/sbom.ts
var sbomCommand = {
  name: "sbom",
  summary: "write a schema-valid SBOM per artifact, cross-checked",
  usage: "shipshape sbom [--manifest F] [--lockfile F] [--format cyclonedx|spdx]\n               [--spec-version V] [--input F] [--out F] [--include-dev]\n               [--artifact NAME]... [--json]\n\n  --lockfile F      read this lockfile (works without a manifest)\n  --format          cyclonedx (default) or spdx\n  --spec-version V  1.5 (default) or 1.6 for CycloneDX, 2.3 for SPDX\n  --input F         validate and annotate this SBOM instead of generating one\n  --out F           write to this file (one SBOM) or folder (ending in /)\n  --include-dev     list development-only packages too\n" + artifactUsage,
  options: {
    ...commonOptions,
    ...artifactOption,
    lockfile: { type: "string" },
    format: { type: "string" },
    "spec-version": { type: "string" },
    input: { type: "string" },
    out: { type: "string" },
    "include-dev": { type: "boolean" }
  },
  async run(args, io) {
    const context = contextFromArgs(args, io);
    const format = stringOption(args, "format");
    if (format !== void 0 && format !== "cyclonedx" && format !== "spdx") {
      throw new UserError(
        "CLI_OPTION_INVALID",
        `--format must be cyclonedx or spdx, got "${visibleText(format, 40)}"`,
        { field: "format" }
      );
    }
    const report = await runSBOMStage(context, {
      lockfile: stringOption(args, "lockfile"),
      format,
      specVersion: stringOption(args, "spec-version"),
      input: stringOption(args, "input"),
      out: stringOption(args, "out"),
      includeDev: flagOption(args, "include-dev") || void 0,
      artifacts: listOption(args, "artifact")
    });
    return printReport(report, args, io, context, sbomLines(report));
  }
};
function sbomLines(report) {
  const sboms = Array.isArray(report["sboms"]) ? report["sboms"] : [];
  return sboms.map((entry) => {
    const name = visibleText(String(entry["artifact"]));
    const path = visibleText(String(entry["path"]));
    return `  ${name}: ${String(entry["format"])} ${String(entry["specVersion"])}, ${String(entry["components"])} components \u2192 ${path}`;
  });
}
export {
  sbomCommand
};
