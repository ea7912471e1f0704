import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  runPipeline
} from "./chunk-EK6LZVRJ.js";
import "./chunk-JJX7CQUL.js";
import {
  makeIndexSigner
} from "./chunk-E2JOR7O2.js";
import {
  commonOptions,
  contextFromArgs,
  flagOption,
  stringOption
} from "./chunk-C2Z53RSS.js";
import "./chunk-HJEZKQSO.js";
import "./chunk-3E22Y2DZ.js";
import "./chunk-XPEMJPSB.js";
import "./chunk-7SC2FPB4.js";
import "./chunk-F3XKGT7Q.js";
import "./chunk-R7TBQJ4V.js";
import "./chunk-5AO5CBAB.js";
import "./chunk-QJQJR76F.js";
import "./chunk-GB7SY7OV.js";
import "./chunk-C6KR7WE7.js";
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

// packages/cli/src/commands/run.ts
var runCommand = {
  name: "run",
  summary: "run every stage, assemble the dossier, and give a GO/NO-GO verdict",
  usage: "shipshape run [--manifest F] [--policy F] [--environment NAME]\n              [--signing-method keyless|key|gpg|pkcs11] [--key REF]\n              [--from-workspace] [--workspace D] [--json]\n\n  --environment     registry environment the publish dry run probes\n  --signing-method  how artifacts and the dossier index are signed\n  --key             the key for that method\n  --from-workspace  assemble the dossier from stage reports already in\n                    the workspace instead of running the stages\nExit codes: 0 GO, 1 NO-GO, 2 input or configuration error, 3 internal error.",
  options: {
    ...commonOptions,
    environment: { type: "string" },
    "signing-method": { type: "string" },
    key: { type: "string" },
    "from-workspace": { type: "boolean" }
  },
  async run(args, io) {
    const context = contextFromArgs(args, io);
    const signingMethod = stringOption(args, "signing-method");
    const key = stringOption(args, "key");
    const report = await runPipeline(context, {
      environment: stringOption(args, "environment"),
      signingMethod,
      key,
      fromWorkspace: flagOption(args, "from-workspace"),
      makeSigner: (ctx) => makeIndexSigner(ctx, { method: signingMethod, key })
    });
    const text = flagOption(args, "json") ? `${JSON.stringify(report, null, 2)}
` : renderRun(report);
    io.stdout(context.secrets.redact(text));
    return report.exitCode;
  }
};
function renderRun(report) {
  const width = Math.max(...report.steps.map((step) => step.name.length));
  const lines = [
    `${report.verdict}: ${visibleText(report.release.id)} ${visibleText(report.release.version)}`,
    "",
    `  ${"step".padEnd(width)}  ${"status".padEnd(13)}  errors  warnings  notes`
  ];
  for (const step of report.steps) {
    const { error, warning, note } = step.counts;
    lines.push(
      `  ${step.name.padEnd(width)}  ${step.status.padEnd(13)}  ${String(error).padStart(6)}  ${String(warning).padStart(8)}  ${String(note).padStart(5)}`
    );
    if (step.message)
      lines.push(`  ${" ".repeat(width)}  ${visibleText(step.message, 300)}`);
  }
  const blocking = report.findings.filter((f) => f.severity === "error");
  if (blocking.length > 0) {
    lines.push("", "blocking findings:");
    for (const finding of blocking.slice(0, 30)) {
      lines.push(`  ${finding.code}  ${visibleText(finding.message, 300)}`);
    }
    if (blocking.length > 30)
      lines.push(`  \u2026and ${blocking.length - 30} more (see SUMMARY.md)`);
  }
  if (report.dossier) {
    lines.push(
      "",
      `dossier: ${report.dossier.archive}`,
      `  sha256 ${report.dossier.sha256}`,
      `  folder ${report.dossier.folder}`
    );
  }
  return `${lines.join("\n")}
`;
}
export {
  renderRun,
  runCommand
};
