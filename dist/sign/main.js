import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  runSignStage
} from "../chunks/chunk-E5FKEDDW.js";
import "../chunks/chunk-7SC2FPB4.js";
import "../chunks/chunk-F3XKGT7Q.js";
import "../chunks/chunk-R7TBQJ4V.js";
import "../chunks/chunk-5AO5CBAB.js";
import "../chunks/chunk-QJQJR76F.js";
import "../chunks/chunk-GB7SY7OV.js";
import "../chunks/chunk-C6KR7WE7.js";
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
  getInput,
  getMultilineInput,
  setSecret
} from "../chunks/chunk-TSZFAG6J.js";
import "../chunks/chunk-GUYOKWKK.js";

// packages/action/src/entries/sign.ts
function readInputs() {
  const passphrase = getInput("key-passphrase");
  if (passphrase) setSecret(passphrase);
  return {
    ...readCommonInputs(),
    method: getInput("method") || void 0,
    key: getInput("key") || void 0,
    keyPassphrase: passphrase || void 0,
    files: getMultilineInput("files").filter((line) => line !== ""),
    artifacts: readArtifactInput(),
    trustedRoot: getInput("trusted-root") || void 0,
    fulcioURL: getInput("fulcio-url") || void 0,
    rekorURL: getInput("rekor-url") || void 0,
    tsaURL: getInput("tsa-url") || void 0
  };
}
var inputs = readInputs();
await runAction({
  title: "sign",
  inputs,
  run: (context) => runSignStage(context, {
    method: inputs.method,
    key: inputs.key,
    passphrase: inputs.keyPassphrase,
    files: inputs.files,
    artifacts: inputs.artifacts,
    trustedRoot: inputs.trustedRoot,
    fulcioURL: inputs.fulcioURL,
    rekorURL: inputs.rekorURL,
    tsaURL: inputs.tsaURL
  }),
  outputs: (report) => ({
    bundles: JSON.stringify(signaturePaths(report["signatures"])),
    checksums: typeof report["checksums"] === "string" ? report["checksums"] : ""
  })
});
function signaturePaths(value) {
  if (!Array.isArray(value)) return [];
  return value.map(
    (item) => typeof item === "object" && item !== null && "signature" in item ? String(item.signature) : ""
  ).filter((path) => path !== "");
}
