import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  runValidateManifestStage
} from "../chunks/chunk-ME7V6BPM.js";
import "../chunks/chunk-JOHAZWZO.js";
import "../chunks/chunk-UVAQLNFS.js";
import {
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
import "../chunks/chunk-TSZFAG6J.js";
import "../chunks/chunk-GUYOKWKK.js";

// packages/action/src/entries/validate-manifest.ts
var inputs = readCommonInputs();
await runAction({
  title: "validate-manifest",
  inputs,
  run: (context) => runValidateManifestStage(context),
  outputs: (report) => ({
    artifacts: JSON.stringify(artifactNames(report["artifacts"]))
  })
});
function artifactNames(value) {
  if (!Array.isArray(value)) return [];
  return value.flatMap(
    (item) => typeof item === "object" && item !== null && "name" in item && typeof item.name === "string" ? [item.name] : []
  );
}
