import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  dossierVerifierDefaults,
  makeIndexSigner
} from "./chunk-ON7CWKOM.js";
import "./chunk-WJE56BPT.js";
import "./chunk-F3XKGT7Q.js";
import "./chunk-IYH3X2BJ.js";
import "./chunk-E42TP6BQ.js";
import "./chunk-OW5NE3AK.js";
import "./chunk-VF22B4XF.js";
import "./chunk-E7AGDJPE.js";
import "./chunk-MUGHQZOG.js";
import "./chunk-QY7IBTCD.js";
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
