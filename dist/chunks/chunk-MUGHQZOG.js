import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  systemReason
} from "./chunk-E73ZUZ5O.js";
import {
  UserError
} from "./chunk-RLB5E7YF.js";

// packages/core/src/workspace/atomic-write.ts
import { randomBytes } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
var tempSuffix = ".shipshape-tmp";
async function writeFileAtomic(path, data, mode = 420) {
  const temp = join(
    dirname(path),
    `.${basename(path)}.${randomBytes(6).toString("hex")}${tempSuffix}`
  );
  try {
    const handle = await open(temp, "wx", 384);
    try {
      await handle.writeFile(data);
      await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
    await syncDirectory(dirname(path));
  } catch (error) {
    await rm(temp, { force: true });
    throw new UserError(
      "WRITE_FAILED",
      `cannot write ${path}: ${systemReason(error)}`,
      { file: path },
      { cause: error }
    );
  }
}
async function syncDirectory(path) {
  const handle = await open(path, "r");
  try {
    await handle.sync();
  } catch {
  } finally {
    await handle.close();
  }
}

export {
  tempSuffix,
  writeFileAtomic,
  syncDirectory
};
