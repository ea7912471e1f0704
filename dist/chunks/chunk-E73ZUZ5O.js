import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  UserError
} from "./chunk-RLB5E7YF.js";

// packages/core/src/limits.ts
var limits = {
  /** release.yaml and policy.yaml. */
  configBytes: 1024 * 1024,
  /** Lockfiles, SBOMs and other JSON or YAML data files. */
  dataBytes: 256 * 1024 * 1024,
  /** Nesting depth of any parsed YAML or JSON document. */
  depth: 64,
  /** Length of a user-supplied regular expression. */
  patternLength: 512
};

// packages/core/src/input/text-file.ts
import { open } from "node:fs/promises";
var decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
async function readTextFile(path, options) {
  const name = options.displayName ?? path;
  const bytes = await readBoundedFile(path, options.maxBytes, name);
  return decodeUTF8(bytes, name);
}
function decodeUTF8(bytes, name) {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new UserError("INPUT_NOT_UTF8", `${name} is not valid UTF-8 text`, {
      file: name
    });
  }
}
async function readBoundedFile(path, maxBytes, name = path) {
  let handle;
  try {
    handle = await open(path, "r");
  } catch (error) {
    throw new UserError(
      "INPUT_UNREADABLE",
      `cannot read ${name}: ${systemReason(error)}`,
      { file: name }
    );
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) {
      throw new UserError("INPUT_NOT_FILE", `${name} is not a regular file`, {
        file: name
      });
    }
    if (stat.size > maxBytes) {
      throw tooLarge(name, maxBytes);
    }
    const buffer = Buffer.alloc(stat.size + 1);
    let length = 0;
    for (; ; ) {
      const { bytesRead } = await handle.read(
        buffer,
        length,
        buffer.length - length,
        null
      );
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > stat.size) throw tooLarge(name, maxBytes);
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}
function tooLarge(name, maxBytes) {
  return new UserError(
    "INPUT_TOO_LARGE",
    `${name} is larger than the limit of ${formatBytes(maxBytes)}`,
    { file: name }
  );
}
function formatBytes(bytes) {
  const units = ["bytes", "KiB", "MiB", "GiB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit] ?? "bytes"}`;
}
function systemReason(error) {
  if (error instanceof Error && "code" in error) {
    const code = String(error.code);
    const reasons = {
      ENOENT: "no such file",
      EACCES: "permission denied",
      EISDIR: "it is a folder",
      ENOTDIR: "a parent is not a folder",
      ELOOP: "too many symbolic links"
    };
    return reasons[code] ?? code;
  }
  return error instanceof Error ? error.message : String(error);
}

// packages/core/src/input/json-document.ts
async function readJSONFile(path, displayName, maxBytes = limits.dataBytes) {
  const text = await readTextFile(path, { maxBytes, displayName });
  return parseJSON(text, displayName);
}
function parseJSON(text, file) {
  let data;
  try {
    data = JSON.parse(text, refuseProtoKey);
  } catch (error) {
    if (error instanceof UserError) {
      throw new UserError(error.code, `${file}: ${error.message}`, { file });
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(
      "JSON_INVALID",
      `${file} is not valid JSON: ${reason}`,
      {
        file
      }
    );
  }
  assertDepth(data, file);
  return data;
}
function refuseProtoKey(key, value) {
  if (key === "__proto__") {
    throw new UserError(
      "JSON_FORBIDDEN_KEY",
      'uses the forbidden key "__proto__"'
    );
  }
  return value;
}
function assertDepth(data, file) {
  const stack = [[data, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() ?? [void 0, 0];
    if (value === null || typeof value !== "object") continue;
    if (depth > limits.depth) {
      throw new UserError(
        "JSON_TOO_DEEP",
        `${file} nests deeper than ${limits.depth} levels`,
        { file }
      );
    }
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export {
  limits,
  readTextFile,
  decodeUTF8,
  readBoundedFile,
  formatBytes,
  systemReason,
  readJSONFile,
  parseJSON,
  isRecord
};
