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
  runSignStage
} from "./chunk-E5FKEDDW.js";
import "./chunk-7SC2FPB4.js";
import "./chunk-F3XKGT7Q.js";
import "./chunk-R7TBQJ4V.js";
import "./chunk-5AO5CBAB.js";
import "./chunk-QJQJR76F.js";
import "./chunk-GB7SY7OV.js";
import "./chunk-C6KR7WE7.js";
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

// packages/cli/src/commands/sign.ts
var signCommand = {
  name: "sign",
  summary: "sign every artifact, verify each signature, write SHA256SUMS",
  usage: "shipshape sign [--manifest F] [--policy F] [--method keyless|key|gpg|pkcs11] [--key REF] [--artifact NAME]... [--json] [FILE...]\n  REF: key: a PEM file, env:NAME or ephemeral; gpg: a key id; pkcs11: a key label.\n  The key passphrase is read from $SHIPSHAPE_KEY_PASSPHRASE.\n" + artifactUsage,
  options: {
    ...commonOptions,
    ...artifactOption,
    method: { type: "string" },
    key: { type: "string" }
  },
  allowPositionals: true,
  async run(args, io) {
    const context = contextFromArgs(args, io);
    const passphrase = io.env["SHIPSHAPE_KEY_PASSPHRASE"];
    context.secrets.add(passphrase);
    const report = await runSignStage(context, {
      method: stringOption(args, "method"),
      key: stringOption(args, "key"),
      passphrase: passphrase === "" ? void 0 : passphrase,
      files: args.positionals,
      artifacts: listOption(args, "artifact")
    });
    return printReport(report, args, io, context);
  }
};
var sign_default = signCommand;
export {
  sign_default as default,
  signCommand
};
