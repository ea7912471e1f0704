import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  assertOwnOutputValid,
  runSBOMStage
} from "./chunk-5FWK45UQ.js";
import "./chunk-WSUWK3MT.js";
import "./chunk-NN7OISNQ.js";
import "./chunk-CO55ZLQX.js";
import "./chunk-MHNJ5TUH.js";
import "./chunk-3STO6GSY.js";
import "./chunk-N67TL7SK.js";
import "./chunk-MUGHQZOG.js";
import "./chunk-NSYWVXGE.js";
import "./chunk-62XS2I6U.js";
import "./chunk-VIMV3XDQ.js";
import "./chunk-BE3HX54U.js";
import "./chunk-E73ZUZ5O.js";
import "./chunk-YP2N6HGM.js";
import "./chunk-RLB5E7YF.js";
import "./chunk-GUYOKWKK.js";
export {
  assertOwnOutputValid,
  runSBOMStage
};
