import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  dossierVerifierDefaults,
  makeIndexSigner
} from "./chunk-E2JOR7O2.js";
import "./chunk-7SC2FPB4.js";
import "./chunk-F3XKGT7Q.js";
import "./chunk-R7TBQJ4V.js";
import "./chunk-5AO5CBAB.js";
import "./chunk-QJQJR76F.js";
import "./chunk-GB7SY7OV.js";
import "./chunk-C6KR7WE7.js";
import "./chunk-MUGHQZOG.js";
import "./chunk-62XS2I6U.js";
import "./chunk-VIMV3XDQ.js";
import "./chunk-BE3HX54U.js";
import "./chunk-E73ZUZ5O.js";
import "./chunk-YP2N6HGM.js";
import "./chunk-RLB5E7YF.js";
import "./chunk-GUYOKWKK.js";
export {
  dossierVerifierDefaults,
  makeIndexSigner
};
