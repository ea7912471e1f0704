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
  listOption,
  printReport,
  stringOption
} from "./chunk-C2Z53RSS.js";
import {
  renderProbeTable
} from "./chunk-XNPZVBYH.js";
import {
  runPublishDryRunStage
} from "./chunk-IXH743GB.js";
import "./chunk-4BOIBMMC.js";
import "./chunk-DIPXMY6K.js";
import "./chunk-MHNJ5TUH.js";
import "./chunk-E4JN5UOR.js";
import "./chunk-3STO6GSY.js";
import "./chunk-N67TL7SK.js";
import "./chunk-MUGHQZOG.js";
import "./chunk-NSYWVXGE.js";
import "./chunk-62XS2I6U.js";
import "./chunk-VIMV3XDQ.js";
import "./chunk-BKLFK6S4.js";
import "./chunk-BE3HX54U.js";
import "./chunk-E73ZUZ5O.js";
import "./chunk-YP2N6HGM.js";
import "./chunk-RLB5E7YF.js";
import "./chunk-GUYOKWKK.js";

// packages/cli/src/commands/publish-dry-run.ts
var publishDryRunCommand = {
  name: "publish-dry-run",
  summary: "probe each target registry: reachable, authenticated, allowed, version free, valid",
  usage: "shipshape publish-dry-run [--manifest F] [--policy F] [--environment NAME]\n                          [--artifact NAME]... [--json]\n\n  --environment NAME  probe the registries of this environment (default staging);\n                      only their credential variables are read\n" + artifactUsage,
  options: {
    ...commonOptions,
    ...artifactOption,
    environment: { type: "string" }
  },
  async run(args, io) {
    const context = contextFromArgs(args, io);
    const report = await runPublishDryRunStage(context, {
      environment: stringOption(args, "environment"),
      artifacts: listOption(args, "artifact")
    });
    const rows = Array.isArray(report["table"]) ? report["table"] : [];
    return printReport(report, args, io, context, renderProbeTable(rows));
  }
};
export {
  publishDryRunCommand
};
