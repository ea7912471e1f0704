import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  indexName
} from "./chunk-JJX7CQUL.js";
import {
  dossierVerifierDefaults
} from "./chunk-E2JOR7O2.js";
import {
  flagOption,
  stringOption
} from "./chunk-C2Z53RSS.js";
import "./chunk-3E22Y2DZ.js";
import "./chunk-XPEMJPSB.js";
import "./chunk-7SC2FPB4.js";
import "./chunk-F3XKGT7Q.js";
import "./chunk-R7TBQJ4V.js";
import "./chunk-5AO5CBAB.js";
import "./chunk-QJQJR76F.js";
import "./chunk-GB7SY7OV.js";
import "./chunk-C6KR7WE7.js";
import "./chunk-E4JN5UOR.js";
import "./chunk-3STO6GSY.js";
import {
  verifyJournalText
} from "./chunk-N67TL7SK.js";
import "./chunk-MUGHQZOG.js";
import "./chunk-NSYWVXGE.js";
import "./chunk-62XS2I6U.js";
import "./chunk-VIMV3XDQ.js";
import {
  visibleText
} from "./chunk-BKLFK6S4.js";
import {
  checkPathSyntax
} from "./chunk-BE3HX54U.js";
import {
  decodeUTF8,
  isRecord,
  parseJSON
} from "./chunk-E73ZUZ5O.js";
import {
  digestFile,
  sha256Hex
} from "./chunk-YP2N6HGM.js";
import {
  ExitCode,
  UserError,
  describeError
} from "./chunk-RLB5E7YF.js";
import "./chunk-GUYOKWKK.js";

// packages/core/src/dossier/verify-dossier.ts
import { rm as rm2 } from "node:fs/promises";
import { join as join2 } from "node:path";

// packages/core/src/dossier/tar-reader.ts
import { mkdir, mkdtemp, open, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
var defaultArchiveLimits = {
  compressedBytes: 128 * 1024 * 1024,
  uncompressedBytes: 512 * 1024 * 1024,
  ratio: 100,
  ratioFloorBytes: 4 * 1024 * 1024,
  entries: 1e4,
  depth: 16,
  pathLength: 512
};
var block = 512;
async function readArchive(file, limits = defaultArchiveLimits) {
  const compressed = await readCapped(file, limits.compressedBytes);
  const tar = gunzipCapped(compressed, file, limits);
  return parseTar(tar, file, limits);
}
async function extractEntries(entries) {
  const root = await mkdtemp(join(tmpdir(), "shipshape-dossier-"));
  try {
    for (const entry of entries) {
      const target = join(root, ...entry.path.split("/"));
      if (entry.type === "directory") {
        await mkdir(target, { recursive: true, mode: 493 });
      } else {
        await mkdir(join(target, ".."), { recursive: true, mode: 493 });
        await writeFile(target, entry.data, { flag: "wx", mode: 420 });
      }
    }
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  return root;
}
function reject(file, reason) {
  return new UserError("ARCHIVE_REJECTED", `${file}: ${reason}`, { file });
}
async function readCapped(file, cap) {
  let handle;
  try {
    handle = await open(file, "r");
  } catch (error) {
    const code = error.code ?? "error";
    throw new UserError("ARCHIVE_UNREADABLE", `cannot read ${file} (${code})`, {
      file
    });
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw reject(file, "is not a regular file");
    if (info.size > cap) {
      throw reject(file, `is ${info.size} bytes, over the ${cap}-byte limit`);
    }
    const buffer = Buffer.alloc(info.size);
    await handle.read(buffer, 0, info.size, 0);
    return buffer;
  } finally {
    await handle.close();
  }
}
function gunzipCapped(compressed, file, limits) {
  const byRatio = Math.max(
    limits.ratioFloorBytes,
    compressed.length * limits.ratio
  );
  const cap = Math.min(limits.uncompressedBytes, byRatio);
  try {
    return gunzipSync(compressed, { maxOutputLength: cap });
  } catch (error) {
    const code = error.code;
    if (code === "ERR_BUFFER_TOO_LARGE") {
      throw reject(
        file,
        cap === limits.uncompressedBytes ? `expands past the ${limits.uncompressedBytes}-byte limit` : `expands more than ${limits.ratio} times its compressed size (a decompression bomb?)`
      );
    }
    throw reject(file, "is not a valid gzip file");
  }
}
function parseTar(tar, file, limits = defaultArchiveLimits) {
  const entries = [];
  const seen = /* @__PURE__ */ new Map();
  let at = 0;
  for (; ; ) {
    if (at + block > tar.length) throw reject(file, "ends inside a header");
    const head = tar.subarray(at, at + block);
    if (head.every((byte) => byte === 0)) break;
    if (entries.length >= limits.entries) {
      throw reject(file, `has more than ${limits.entries} entries`);
    }
    const entry = parseHeader(head, file, at);
    const size = entry.size;
    const start = at + block;
    if (start + size > tar.length) {
      throw reject(
        file,
        `${quote(entry.path)} runs past the end of the archive`
      );
    }
    const path = checkName(entry.path, entry.type, file, limits);
    checkUnique(path, entry.type, seen, file);
    entries.push({
      path,
      type: entry.type,
      data: tar.subarray(start, start + size)
    });
    at = start + Math.ceil(size / block) * block;
  }
  return entries;
}
function parseHeader(head, file, offset) {
  const stored = readOctal(head, 148, 8);
  let sum = 0;
  for (let index = 0; index < block; index += 1) {
    sum += index >= 148 && index < 156 ? 32 : head[index] ?? 0;
  }
  if (stored !== sum) {
    throw reject(file, `the header at byte ${offset} has a bad checksum`);
  }
  const name = readText(head, 0, 100);
  const prefix = readText(head, 345, 155);
  const path = prefix ? `${prefix}/${name}` : name;
  const flag = String.fromCharCode(head[156] ?? 0);
  const size = readOctal(head, 124, 12);
  if (Number.isNaN(size) || size < 0) {
    throw reject(file, `${quote(path)} has an invalid size`);
  }
  if (flag === "0" || flag === "\0") {
    if (path.endsWith("/"))
      throw reject(file, `${quote(path)} is a file named like a folder`);
    return { path, type: "file", size };
  }
  if (flag === "5") {
    if (size !== 0)
      throw reject(file, `${quote(path)} is a folder with content`);
    return { path, type: "directory", size };
  }
  throw reject(
    file,
    `${quote(path)} is a ${typeName(flag)}; a dossier holds only regular files and folders`
  );
}
function typeName(flag) {
  const names = {
    "1": "hard link",
    "2": "symbolic link",
    "3": "character device",
    "4": "block device",
    "6": "FIFO",
    "7": "contiguous file",
    x: "pax extended header",
    g: "pax global header",
    L: "GNU long name",
    K: "GNU long link"
  };
  return names[flag] ?? `entry of type ${JSON.stringify(flag)}`;
}
function checkName(raw, type, file, limits) {
  const path = type === "directory" ? raw.replace(/\/$/, "") : raw;
  const bad = (why) => reject(file, `${quote(raw)} ${why}`);
  if (path === "") throw bad("has an empty name");
  if (raw.length > limits.pathLength)
    throw bad(`is longer than ${limits.pathLength} characters`);
  if (path.startsWith("/") || /^[A-Za-z]:/.test(path))
    throw bad("is an absolute path");
  if (path.includes("\\")) throw bad("contains a backslash");
  if (/[\u0000-\u001f\u007f]/.test(path))
    throw bad("contains a control character");
  const segments = path.split("/");
  if (segments.includes("..")) throw bad('contains ".."');
  if (segments.some((segment) => segment === "" || segment === ".")) {
    throw bad('has an empty or "." path segment');
  }
  if (segments.length > limits.depth)
    throw bad(`is nested deeper than ${limits.depth} folders`);
  return path;
}
function foldName(path) {
  return path.normalize("NFC").toUpperCase().toLowerCase().normalize("NFC");
}
function checkUnique(path, type, seen, file) {
  const key = foldName(path);
  if (seen.has(key)) {
    throw reject(
      file,
      `${quote(path)} appears twice (names are compared after Unicode normalisation and case folding)`
    );
  }
  if (type === "file" && seen.has(`${key}/`)) {
    throw reject(file, `${quote(path)} is a file with entries below it`);
  }
  const segments = key.split("/");
  for (let depth = 1; depth < segments.length; depth += 1) {
    const parent = segments.slice(0, depth).join("/");
    if (seen.get(parent) === "file") {
      throw reject(file, `${quote(path)} lies below a file entry`);
    }
    seen.set(`${parent}/`, "directory");
  }
  seen.set(key, type);
}
function readText(head, at, length) {
  const field = head.subarray(at, at + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? length : end).toString("utf8");
}
function readOctal(head, at, length) {
  const text = readText(head, at, length).trim();
  if (!/^[0-7]{1,12}$/.test(text)) return Number.NaN;
  return parseInt(text, 8);
}
function quote(path) {
  return JSON.stringify(path.slice(0, 200));
}

// packages/core/src/dossier/dossier-signing.ts
var signatureSuffixes = [".sigstore.json", ".asc"];
function isSignatureFile(path) {
  return signatureSuffixes.some((suffix) => path.endsWith(suffix));
}

// packages/core/src/dossier/verify-dossier.ts
var recordedTrustedRoot = "evidence/sign/trusted_root.json";
async function verifyDossier(file, options = {}) {
  const checks = [];
  let entries;
  try {
    entries = await readArchive(file, options.limits ?? defaultArchiveLimits);
  } catch (error) {
    if (error instanceof UserError && error.code === "ARCHIVE_REJECTED") {
      checks.push({
        check: "archive",
        status: "failed",
        detail: error.message
      });
      return finish(file, checks);
    }
    throw error;
  }
  checks.push({
    check: "archive",
    status: "ok",
    detail: `${entries.length} entries`
  });
  const root = await extractEntries(entries);
  try {
    return await verifyExtracted(file, root, entries, checks, options);
  } finally {
    await rm2(root, { recursive: true, force: true });
  }
}
async function verifyExtracted(file, root, entries, checks, options) {
  const top = topFolder(entries);
  const base = top ? join2(root, top) : root;
  const files = new Map(
    entries.filter((entry) => entry.type === "file").map((entry) => [
      top ? entry.path.slice(top.length + 1) : entry.path,
      entry.data
    ])
  );
  const index = readIndex(files, checks);
  if (!index) return finish(file, checks);
  checkDigests(index, files, checks);
  const signing = {
    ...options,
    trustedRoot: files.has(recordedTrustedRoot) ? join2(base, recordedTrustedRoot) : void 0
  };
  await checkIndexSignature(base, index, files, checks, signing);
  await checkSignatures(base, index, files, checks, signing);
  await checkSBOMs(files, checks, options);
  checkJournal(files, checks);
  if (options.artifactsDir)
    await checkArtifacts(files, checks, options.artifactsDir);
  return {
    ...finish(file, checks),
    verdict: index.verdict,
    release: index.release
  };
}
function finish(file, checks) {
  const problems = checks.filter((c) => c.status === "failed").map(
    (c) => `${c.check}${c.path ? ` ${c.path}` : ""}: ${c.detail ?? "failed"}`
  );
  return { ok: problems.length === 0, file, checks, problems };
}
function topFolder(entries) {
  const first = entries[0]?.path.split("/")[0];
  if (!first) return void 0;
  const all = entries.every(
    (e) => e.path === first || e.path.startsWith(`${first}/`)
  );
  return all && entries.some((e) => e.path === `${first}/${indexName}`) ? first : void 0;
}
function readIndex(files, checks) {
  const data = files.get(indexName);
  const fail = (detail) => {
    checks.push({ check: "index", path: indexName, status: "failed", detail });
    return void 0;
  };
  if (!data) {
    fail("the archive has no dossier.json");
    return;
  }
  let index;
  try {
    index = parseJSON(decodeUTF8(data, indexName), indexName);
  } catch (error) {
    fail(describeError(error));
    return;
  }
  if (!isRecord(index) || !Array.isArray(index["files"])) {
    fail("dossier.json has no files list");
    return;
  }
  for (const item of index["files"]) {
    if (!isRecord(item) || typeof item["path"] !== "string" || typeof item["sha256"] !== "string" || !/^[0-9a-f]{64}$/.test(item["sha256"]) || checkPathSyntax(item["path"])) {
      fail(
        `dossier.json lists a malformed file entry: ${JSON.stringify(item).slice(0, 200)}`
      );
      return;
    }
  }
  checks.push({ check: "index", path: indexName, status: "ok" });
  return index;
}
function checkDigests(index, files, checks) {
  const listed = /* @__PURE__ */ new Set();
  for (const item of index.files) {
    listed.add(item.path);
    const data = files.get(item.path);
    if (!data) {
      checks.push({
        check: "digest",
        path: item.path,
        status: "failed",
        detail: "listed in the index but missing from the archive"
      });
    } else if (sha256Hex(data) !== item.sha256) {
      checks.push({
        check: "digest",
        path: item.path,
        status: "failed",
        detail: "its SHA-256 does not match the index (the file was changed)"
      });
    } else {
      checks.push({ check: "digest", path: item.path, status: "ok" });
    }
  }
  for (const path of files.keys()) {
    if (path === indexName || listed.has(path)) continue;
    if (isSignatureFile(path) && path.startsWith(`${indexName}.`)) continue;
    checks.push({
      check: "unlisted",
      path,
      status: "failed",
      detail: "in the archive but not in the index (a file was added)"
    });
  }
}
async function checkIndexSignature(base, index, files, checks, options) {
  const signatures = [...files.keys()].filter(
    (p) => p.startsWith(`${indexName}.`) && isSignatureFile(p)
  );
  if (signatures.length === 0) {
    const why = index.signing.unsigned ? ` (${index.signing.unsigned})` : "";
    checks.push({
      check: "index-signature",
      path: indexName,
      status: "failed",
      detail: `the index is not signed${why}`
    });
    return;
  }
  for (const signature of signatures) {
    checks.push(
      await verifyOne(
        base,
        indexName,
        signature,
        index,
        options,
        "index-signature"
      )
    );
  }
}
async function checkSignatures(base, index, files, checks, options) {
  for (const path of [...files.keys()].sort()) {
    if (!isSignatureFile(path) || path.startsWith(`${indexName}.`)) continue;
    const subject = path.replace(/\.(sigstore\.json|asc)$/, "");
    const name = subject.split("/").at(-1) ?? subject;
    if (files.has(subject)) {
      checks.push(
        await verifyOne(base, subject, path, index, options, "signature")
      );
    } else if (options.artifactsDir) {
      checks.push(
        await verifyOne(
          base,
          join2(options.artifactsDir, name),
          path,
          index,
          options,
          "signature",
          subject
        )
      );
    } else {
      checks.push({
        check: "signature",
        path,
        status: "skipped",
        detail: `${name} is not in the dossier; pass --artifacts DIR to check this signature against it`
      });
    }
  }
}
async function verifyOne(base, subject, signature, index, options, check, shownSubject = subject) {
  if (!options.verifier) {
    return {
      check,
      path: signature,
      status: "failed",
      detail: "no signature verifier is available in this build"
    };
  }
  try {
    const problem = await options.verifier.verify({
      file: subject.startsWith("/") ? subject : join2(base, subject),
      signature: join2(base, signature),
      identity: index.signing.identity ?? {},
      key: options.key,
      trustedRoot: options.trustedRoot
    });
    return problem ? {
      check,
      path: signature,
      status: "failed",
      detail: `does not verify ${shownSubject}: ${problem}`
    } : { check, path: signature, status: "ok" };
  } catch (error) {
    return {
      check,
      path: signature,
      status: "failed",
      detail: describeError(error)
    };
  }
}
async function checkSBOMs(files, checks, options) {
  for (const [path, data] of [...files].sort(([a], [b]) => a < b ? -1 : 1)) {
    if (!path.startsWith("evidence/sbom/") || !path.endsWith(".json") || isSignatureFile(path))
      continue;
    let document;
    try {
      document = parseJSON(decodeUTF8(data, path), path);
    } catch (error) {
      checks.push({
        check: "sbom-schema",
        path,
        status: "failed",
        detail: describeError(error)
      });
      continue;
    }
    const looksLikeSBOM = isRecord(document) && ("bomFormat" in document || "spdxVersion" in document);
    if (!looksLikeSBOM) continue;
    if (!options.validateSBOM) {
      checks.push({
        check: "sbom-schema",
        path,
        status: "failed",
        detail: "no SBOM schema validator is available in this build"
      });
      continue;
    }
    const problems = await options.validateSBOM(document, path);
    checks.push(
      problems.length === 0 ? { check: "sbom-schema", path, status: "ok" } : {
        check: "sbom-schema",
        path,
        status: "failed",
        detail: problems.slice(0, 5).join("; ")
      }
    );
  }
}
function checkJournal(files, checks) {
  const data = files.get("journal.jsonl");
  if (!data) {
    checks.push({
      check: "journal",
      path: "journal.jsonl",
      status: "failed",
      detail: "the dossier has no journal"
    });
    return;
  }
  let text;
  try {
    text = decodeUTF8(data, "journal.jsonl");
  } catch (error) {
    checks.push({
      check: "journal",
      path: "journal.jsonl",
      status: "failed",
      detail: describeError(error)
    });
    return;
  }
  const result = verifyJournalText(text);
  checks.push(
    result.ok ? {
      check: "journal",
      path: "journal.jsonl",
      status: "ok",
      detail: `${result.records.length} records`
    } : {
      check: "journal",
      path: "journal.jsonl",
      status: "failed",
      detail: `line ${result.problem?.line ?? 0}: ${result.problem?.reason ?? "invalid"}`
    }
  );
}
async function checkArtifacts(files, checks, dir) {
  const lists = [...files.keys()].filter((path) => checksumLists.test(path)).sort();
  for (const list of lists) {
    const sums = files.get(list);
    if (sums) await checkArtifactList(sums, checks, dir);
  }
}
var checksumLists = /^evidence\/sign\/(?:parts\/[^/]+\/)?SHA256SUMS$/;
async function checkArtifactList(sums, checks, dir) {
  for (const line of sums.toString("utf8").split("\n")) {
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!match) continue;
    const [, expected = "", listed = ""] = match;
    const name = listed.split("/").at(-1) ?? listed;
    if (checkPathSyntax(name)) continue;
    try {
      const actual = await digestFile(join2(dir, name));
      checks.push(
        actual === expected ? { check: "artifact", path: name, status: "ok" } : {
          check: "artifact",
          path: name,
          status: "failed",
          detail: "its SHA-256 does not match the signed SHA256SUMS"
        }
      );
    } catch {
      checks.push({
        check: "artifact",
        path: name,
        status: "skipped",
        detail: `not found in ${dir}`
      });
    }
  }
}

// packages/cli/src/commands/verify-dossier.ts
import { resolve } from "node:path";
var verifyDossierCommand = {
  name: "verify-dossier",
  summary: "check a release dossier offline: digests, signatures, SBOMs, journal",
  usage: "shipshape verify-dossier FILE [--key F] [--artifacts DIR] [--json]\n\n  --key        PEM public key the dossier must be signed with (pins the\n               signer; without it the key recorded in the dossier is used,\n               which proves integrity, not identity)\n  --artifacts  folder with the released files, to check their signatures",
  options: {
    json: { type: "boolean" },
    key: { type: "string" },
    artifacts: { type: "string" }
  },
  allowPositionals: true,
  async run(args, io) {
    const [file, ...extra] = args.positionals;
    if (!file || extra.length > 0) {
      throw new UserError("USAGE", "verify-dossier takes exactly one FILE", {
        field: "FILE"
      });
    }
    const key = stringOption(args, "key");
    const artifacts = stringOption(args, "artifacts");
    const result = await verifyDossier(resolve(io.cwd, file), {
      ...dossierVerifierDefaults(io.cwd, io.env),
      key: key ? resolve(io.cwd, key) : void 0,
      artifactsDir: artifacts ? resolve(io.cwd, artifacts) : void 0
    });
    if (flagOption(args, "json")) {
      io.stdout(`${JSON.stringify(result, null, 2)}
`);
    } else {
      const lines = [
        `${result.ok ? "VERIFIED" : "FAILED"}: ${visibleText(file)}${result.verdict ? ` (verdict ${visibleText(result.verdict)})` : ""}`
      ];
      for (const check of result.checks) {
        if (check.status === "ok" && check.check === "digest") continue;
        lines.push(
          `  ${check.status.padEnd(7)} ${check.check}${check.path ? ` ${visibleText(check.path)}` : ""}${check.detail ? `: ${visibleText(check.detail, 400)}` : ""}`
        );
      }
      const digests = result.checks.filter(
        (c) => c.check === "digest" && c.status === "ok"
      ).length;
      lines.push(`  ${digests} file digests match the index`);
      io.stdout(`${lines.join("\n")}
`);
    }
    return result.ok ? ExitCode.pass : ExitCode.ruleBroken;
  }
};
export {
  verifyDossierCommand
};
