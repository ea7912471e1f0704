import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  commonOptions,
  contextFromArgs,
  flagOption,
  printReport
} from "./chunk-C2Z53RSS.js";
import {
  runEnforceVersionStage
} from "./chunk-QGGGCTJC.js";
import "./chunk-UVAQLNFS.js";
import "./chunk-JAHB6ZUD.js";
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
  ExitCode
} from "./chunk-RLB5E7YF.js";
import "./chunk-GUYOKWKK.js";

// packages/cli/src/commands/version.ts
var versionCommand = {
  name: "version",
  summary: "check release.version against the commits, the calendar and the tickets",
  usage: "shipshape version [--manifest F] [--policy F] [--next] [--json]\n\n  --next   print the version the rules would choose and exit 0\nA GITHUB_TOKEN (with GITHUB_REPOSITORY) in the environment turns on\nchecking #123 tickets against the repository issues.",
  options: { ...commonOptions, next: { type: "boolean" } },
  async run(args, io) {
    const context = contextFromArgs(args, io);
    const next = flagOption(args, "next");
    const report = await runEnforceVersionStage(context, {
      next,
      githubToken: io.env["GITHUB_TOKEN"] || void 0
    });
    if (next && !flagOption(args, "json")) {
      io.stdout(`${context.secrets.redact(String(report["next"]))}
`);
      return ExitCode.pass;
    }
    const code = printReport(report, args, io, context, decisionLines(report));
    return next ? ExitCode.pass : code;
  }
};
function decisionLines(report) {
  const decision = report["decision"];
  if (!decision) return [];
  const previous = decision.previousTag ? `${visibleText(decision.previousVersion ?? "")} (tag ${visibleText(decision.previousTag)})` : "none (first release)";
  return [
    `  version ${visibleText(decision.declaredVersion)}: previous ${previous}; declared bump ${decision.declaredBump}, required ${decision.requiredBump}; ${decision.commitCount} commit${decision.commitCount === 1 ? "" : "s"} in range; next would be ${visibleText(decision.nextVersion)}`,
    `  ${visibleText(decision.rationale, 600)}`
  ];
}
export {
  versionCommand
};
