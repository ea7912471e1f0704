import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  markdownCell,
  writeSummary
} from "./chunk-PFSSL7OT.js";
import "./chunk-TSZFAG6J.js";
import "./chunk-GUYOKWKK.js";
export {
  markdownCell,
  writeSummary
};
