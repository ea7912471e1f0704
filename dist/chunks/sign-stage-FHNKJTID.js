import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  integrityOnlyNotice,
  runSignStage
} from "./chunk-J6V25K6I.js";
import "./chunk-FAMZU27G.js";
import "./chunk-F3XKGT7Q.js";
import "./chunk-PBGFE5U2.js";
import "./chunk-F2FX4S7B.js";
import "./chunk-OW5NE3AK.js";
import "./chunk-QJQJR76F.js";
import "./chunk-GB7SY7OV.js";
import "./chunk-E7AGDJPE.js";
import "./chunk-OUIXNFFK.js";
import "./chunk-RJJVKTZQ.js";
import "./chunk-MUGHQZOG.js";
import "./chunk-NSYWVXGE.js";
import "./chunk-QY7IBTCD.js";
import "./chunk-VIMV3XDQ.js";
import "./chunk-BE3HX54U.js";
import "./chunk-E73ZUZ5O.js";
import "./chunk-YP2N6HGM.js";
import "./chunk-RLB5E7YF.js";
import "./chunk-GUYOKWKK.js";
export {
  integrityOnlyNotice,
  runSignStage
};
