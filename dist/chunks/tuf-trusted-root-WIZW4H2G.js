import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  require_dist
} from "./chunk-GB7SY7OV.js";
import {
  UserError
} from "./chunk-RLB5E7YF.js";
import {
  __toESM
} from "./chunk-GUYOKWKK.js";

// packages/core/src/sign/tuf-trusted-root.ts
var import_protobuf_specs = __toESM(require_dist(), 1);
import { stat, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
var publicGoodMirror = "https://tuf-repo-cdn.sigstore.dev";
var targetName = "trusted_root.json";
var defaultDeadline = 3e4;
var defaultRequestTimeout = 5e3;
var retry = { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 1e3 };
var metadataFailure = "the TUF metadata could not be fetched or did not verify";
var tufStepFailures = {
  TUF_REFRESH_METADATA_ERROR: metadataFailure,
  TUF_FIND_TARGET_ERROR: `the repository has no ${targetName} target`,
  TUF_DOWNLOAD_TARGET_ERROR: `${targetName} could not be downloaded or does not match its TUF metadata`,
  TUF_READ_TARGET_ERROR: `${targetName} could not be read from the TUF cache`
};
function configuredTrustedRoot(path) {
  return { path, origin: path, remove: () => Promise.resolve() };
}
async function fetchTrustedRoot(env, cwd, options = {}) {
  const repository = tufRepository(env, cwd);
  if (repository.rootPath) await requireRootFile(repository.rootPath);
  const dir = await privateFolder(env["RUNNER_TEMP"] || tmpdir());
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    const work = readTarget(repository, dir, options);
    const text = await withDeadline(work, options.deadline ?? defaultDeadline);
    parseTrustedRoot(text);
    const path = join(dir, targetName);
    await writeFile(path, text, { mode: 384 });
    return { path, origin: `TUF from ${repository.shown}`, remove };
  } catch (error) {
    await remove();
    throw fetchFailed(repository, error);
  }
}
function tufRepository(env, cwd) {
  const mirror = env["SHIPSHAPE_TUF_MIRROR"];
  const root = env["SHIPSHAPE_TUF_ROOT"];
  if (!mirror) {
    if (root) {
      throw new UserError(
        "TUF_MIRROR_REQUIRED",
        "SHIPSHAPE_TUF_ROOT is set without SHIPSHAPE_TUF_MIRROR: set both to use another TUF repository, or neither for the public-good one",
        { field: "SHIPSHAPE_TUF_MIRROR" }
      );
    }
    return { mirrorURL: publicGoodMirror, shown: publicGoodMirror };
  }
  const url = parseMirror(mirror);
  const shown = `${url.origin}${url.pathname}`.replace(/\/$/, "");
  if (!root) {
    throw new UserError(
      "TUF_ROOT_REQUIRED",
      `SHIPSHAPE_TUF_MIRROR is set to ${shown}, but SHIPSHAPE_TUF_ROOT is not: give the path of that TUF repository's initial root.json in SHIPSHAPE_TUF_ROOT, or unset SHIPSHAPE_TUF_MIRROR for the public-good repository`,
      { field: "SHIPSHAPE_TUF_ROOT" }
    );
  }
  return {
    mirrorURL: url.href.replace(/\/$/, ""),
    rootPath: resolve(cwd, root),
    shown
  };
}
function parseMirror(mirror) {
  let url;
  try {
    url = new URL(mirror);
  } catch {
    url = void 0;
  }
  if (url && (url.protocol === "https:" || url.protocol === "http:"))
    return url;
  throw new UserError(
    "TUF_MIRROR_INVALID",
    `SHIPSHAPE_TUF_MIRROR is not an http or https URL: "${mirror.slice(0, 80)}"`,
    { field: "SHIPSHAPE_TUF_MIRROR" }
  );
}
async function requireRootFile(path) {
  const info = await stat(path).catch(() => void 0);
  if (info?.isFile()) return;
  throw new UserError(
    "TUF_ROOT_MISSING",
    `SHIPSHAPE_TUF_ROOT names ${path}, which is not a readable file: give the TUF repository's initial root.json`,
    { file: path, field: "SHIPSHAPE_TUF_ROOT" }
  );
}
async function privateFolder(parent) {
  try {
    return await mkdtemp(join(parent, "shipshape-tuf-"));
  } catch (error) {
    throw new UserError(
      "TUF_CACHE_UNWRITABLE",
      `cannot make a folder for the TUF metadata in ${parent}: ${errorText(error)}`,
      { file: parent }
    );
  }
}
async function readTarget(repository, cachePath, options) {
  const { initTUF } = (await import("./dist-TWAAMWDJ.js")).default;
  const client = await initTUF({
    cachePath,
    mirrorURL: repository.mirrorURL,
    rootPath: repository.rootPath,
    timeout: options.requestTimeout ?? defaultRequestTimeout,
    retry
  }).catch((error) => {
    throw new Error(metadataFailure, { cause: error });
  });
  return client.getTarget(targetName);
}
async function withDeadline(work, ms) {
  let timer;
  const expired = new Promise((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`no answer within ${ms / 1e3} s`));
    }, ms);
  });
  work.catch(() => void 0);
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}
function parseTrustedRoot(text) {
  try {
    import_protobuf_specs.TrustedRoot.fromJSON(JSON.parse(text));
  } catch (error) {
    throw new Error(
      `${targetName} is not a Sigstore trusted root (${errorText(error)})`,
      { cause: error }
    );
  }
}
function fetchFailed(repository, error) {
  if (error instanceof UserError) return error;
  const mirrorHint = repository.rootPath ? ", or check SHIPSHAPE_TUF_MIRROR and SHIPSHAPE_TUF_ROOT" : "";
  return new UserError(
    "TUF_FETCH_FAILED",
    `cannot get the Sigstore trusted root through TUF from ${repository.shown}: ${failureReason(error)}; set signing.keyless.trusted-root or SHIPSHAPE_TRUSTED_ROOT to the instance's trusted_root.json to do without TUF${mirrorHint}`,
    { field: "signing.keyless.trusted-root" },
    { cause: error }
  );
}
function failureReason(error) {
  const parts = [];
  let current = error;
  for (let depth = 0; current !== void 0 && depth < 6; depth += 1) {
    const code = errorCode(current);
    const step = code === void 0 ? void 0 : tufStepFailures[code];
    const text = step ?? errorText(current);
    if (text !== "" && !parts.includes(text)) parts.push(text);
    current = current instanceof Error ? current.cause : void 0;
  }
  return parts.join(": ").slice(0, 400);
}
function errorCode(error) {
  if (typeof error !== "object" || error === null || !("code" in error))
    return void 0;
  return typeof error.code === "string" ? error.code : void 0;
}
function errorText(error) {
  if (!(error instanceof Error)) return String(error);
  const status = "statusCode" in error && typeof error.statusCode === "number" ? ` (HTTP ${error.statusCode})` : "";
  return `${error.message}${status}`;
}
export {
  configuredTrustedRoot,
  fetchTrustedRoot,
  publicGoodMirror
};
