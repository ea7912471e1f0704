import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import "./chunks/chunk-GUYOKWKK.js";

// packages/core/src/runtime/compile-cache.ts
import { lstatSync, mkdirSync } from "node:fs";
import * as nodeModule from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
function enableCompileCacheSafely(env = process.env) {
  if (env["SHIPSHAPE_COMPILE_CACHE"] === "0")
    return { enabled: false, reason: "SHIPSHAPE_COMPILE_CACHE=0" };
  if (env["NODE_DISABLE_COMPILE_CACHE"])
    return { enabled: false, reason: "NODE_DISABLE_COMPILE_CACHE is set" };
  const enable = nodeModule.enableCompileCache;
  if (typeof enable !== "function")
    return { enabled: false, reason: "this Node has no compile cache" };
  const uid = process.getuid?.();
  const base = env["RUNNER_TEMP"] || tmpdir();
  const directory = join(
    base,
    `shipshape-compile-cache-${uid === void 0 ? "user" : String(uid)}`
  );
  try {
    mkdirSync(directory, { mode: 448 });
  } catch (error) {
    if (error.code !== "EEXIST")
      return { enabled: false, reason: `cannot create ${directory}` };
  }
  try {
    const stat = lstatSync(directory);
    if (!stat.isDirectory())
      return { enabled: false, reason: `${directory} is not a folder` };
    if (uid !== void 0 && stat.uid !== uid)
      return { enabled: false, reason: `${directory} belongs to another user` };
    if ((stat.mode & 18) !== 0)
      return { enabled: false, reason: `others can write to ${directory}` };
    const result = enable(directory);
    return result.directory === void 0 ? { enabled: false, reason: result.message ?? "Node refused the cache" } : { enabled: true, directory: result.directory };
  } catch {
    return { enabled: false, reason: `cannot use ${directory}` };
  }
}

// packages/core/src/runtime/enable-compile-cache.ts
enableCompileCacheSafely();
