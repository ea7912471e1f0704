import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  runPolicyScanStage
} from "./chunk-4BPZFB7U.js";
import "./chunk-HJEZKQSO.js";
import "./chunk-3E22Y2DZ.js";
import "./chunk-KHKFDRRL.js";
import "./chunk-IKBALTOS.js";
import "./chunk-XPEMJPSB.js";
import "./chunk-CO55ZLQX.js";
import "./chunk-3STO6GSY.js";
import "./chunk-N67TL7SK.js";
import "./chunk-MUGHQZOG.js";
import "./chunk-NSYWVXGE.js";
import "./chunk-62XS2I6U.js";
import "./chunk-VIMV3XDQ.js";
import "./chunk-E73ZUZ5O.js";
import "./chunk-YP2N6HGM.js";
import "./chunk-RLB5E7YF.js";
import "./chunk-GUYOKWKK.js";
export {
  runPolicyScanStage
};
