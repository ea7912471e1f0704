import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));

// packages/core/src/paths/project-path.ts
import { lstat, realpath, stat } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
var maxPathLength = 1024;
function checkPathSyntax(path) {
  if (path.length === 0)
    return { problem: "empty", detail: "the path is empty" };
  if (path.length > maxPathLength) {
    return {
      problem: "too-long",
      detail: `the path is longer than ${maxPathLength} characters`
    };
  }
  if (path.includes("\0")) {
    return { problem: "nul-byte", detail: "the path contains a NUL byte" };
  }
  if (isAbsolute(path) || /^[A-Za-z]:/.test(path)) {
    return { problem: "absolute", detail: "the path must be relative" };
  }
  if (path.includes("\\")) {
    return { problem: "backslash", detail: "use / to separate folders" };
  }
  if (/%2e|%2f|%5c|%00/i.test(path)) {
    return {
      problem: "encoded",
      detail: "the path contains URL-encoded characters"
    };
  }
  if (path.split("/").includes("..")) {
    return { problem: "traversal", detail: 'the path must not contain ".."' };
  }
  return void 0;
}
async function resolveProjectPath(projectRoot, baseDir, path, allowDirectory = true) {
  const syntax = checkPathSyntax(path);
  if (syntax) return { ok: false, ...syntax };
  const absolute = resolve(baseDir, path);
  let real;
  try {
    await lstat(absolute);
    real = await realpath(absolute);
  } catch {
    return { ok: false, problem: "missing", detail: "no such file or folder" };
  }
  const realRoot = await realpath(projectRoot);
  if (!isInside(realRoot, real)) {
    return {
      ok: false,
      problem: "outside-project",
      detail: "it resolves to a location outside the project"
    };
  }
  const info = await stat(real);
  if (info.isFile()) return { ok: true, absolute, real, kind: "file" };
  if (info.isDirectory() && allowDirectory) {
    return { ok: true, absolute, real, kind: "directory" };
  }
  return {
    ok: false,
    problem: "not-regular",
    detail: allowDirectory ? "it is neither a regular file nor a folder" : "it is not a regular file"
  };
}
function isInside(parent, child) {
  const rel = relative(parent, child);
  return rel === "" || !rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel);
}

export {
  checkPathSyntax,
  resolveProjectPath,
  isInside
};
