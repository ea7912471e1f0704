import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  Matcher,
  MatcherInput,
  MatcherInputBase,
  RE2JS,
  RE2JSCompileException,
  RE2JSException,
  RE2JSFlagsException,
  RE2JSGroupException,
  RE2JSInternalException,
  RE2JSSyntaxException,
  RE2Set,
  re
} from "./chunk-JAHB6ZUD.js";
import "./chunk-GUYOKWKK.js";
export {
  Matcher,
  MatcherInput,
  MatcherInputBase,
  RE2JS,
  RE2JSCompileException,
  RE2JSException,
  RE2JSFlagsException,
  RE2JSGroupException,
  RE2JSInternalException,
  RE2JSSyntaxException,
  RE2Set,
  re
};
