import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  flagOption,
  stringOption
} from "./chunk-C2Z53RSS.js";
import {
  verifySignature
} from "./chunk-R7TBQJ4V.js";
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
import {
  ExitCode
} from "./chunk-RLB5E7YF.js";
import "./chunk-GUYOKWKK.js";

// packages/cli/src/commands/verify.ts
function render(file, result) {
  const lines = [
    `verify: ${result.ok ? "OK" : "FAILED"} ${visibleText(file)} (${result.method})`
  ];
  if (result.identity) lines.push(`  signer: ${visibleText(result.identity)}`);
  for (const problem of result.problems)
    lines.push(`  problem: ${visibleText(problem, 400)}`);
  for (const line of result.log) lines.push(`  ${visibleText(line, 400)}`);
  return `${lines.join("\n")}
`;
}
var verifyCommand = {
  name: "verify",
  summary: "check a signature of a file offline (bundle or OpenPGP)",
  usage: "shipshape verify FILE (--bundle F | --signature F) [--key F] [--certificate-identity I --certificate-oidc-issuer U] [--json]",
  options: {
    bundle: { type: "string" },
    signature: { type: "string" },
    key: { type: "string" },
    "certificate-identity": { type: "string" },
    "certificate-oidc-issuer": { type: "string" },
    json: { type: "boolean" }
  },
  allowPositionals: true,
  async run(args, io) {
    const [file, ...extra] = args.positionals;
    if (file === void 0 || extra.length > 0) {
      io.stderr(
        `shipshape verify: give exactly one FILE
usage: ${verifyCommand.usage}
`
      );
      return ExitCode.badInput;
    }
    const result = await verifySignature({
      file,
      bundle: stringOption(args, "bundle"),
      signature: stringOption(args, "signature"),
      key: stringOption(args, "key"),
      certificateIdentity: stringOption(args, "certificate-identity"),
      certificateOIDCIssuer: stringOption(args, "certificate-oidc-issuer"),
      cwd: io.cwd,
      env: io.env
    });
    const text = flagOption(args, "json") ? `${JSON.stringify({ file, ...result }, null, 2)}
` : render(file, result);
    io.stdout(text);
    return result.ok ? ExitCode.pass : ExitCode.ruleBroken;
  }
};
var verify_default = verifyCommand;
export {
  verify_default as default,
  verifyCommand
};
