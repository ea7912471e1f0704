import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  HttpClient,
  HttpFault,
  describeTarget,
  retryAfterSeconds,
  safeURL
} from "./chunk-DIPXMY6K.js";
import "./chunk-GUYOKWKK.js";
export {
  HttpClient,
  HttpFault,
  describeTarget,
  retryAfterSeconds,
  safeURL
};
