import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  isRecord,
  readBoundedFile
} from "./chunk-E73ZUZ5O.js";
import {
  UserError
} from "./chunk-RLB5E7YF.js";

// packages/core/src/policy-scan/osv-advisories.ts
import {
  closeSync,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync
} from "node:fs";
import { join } from "node:path";

// packages/core/src/policy-scan/archive-entries.ts
import { gunzipSync } from "node:zlib";

// packages/core/src/policy-scan/zip-entries.ts
import { crc32, inflateRawSync } from "node:zlib";
var endSignature = 101010256;
var centralSignature = 33639248;
var localSignature = 67324752;
function readZipEntries(zip, file) {
  const central = readCentralDirectory(zip, file);
  const entries = [];
  let total = 0;
  central.forEach((entry, index) => {
    assertSafeEntryName(entry.name, file);
    total += entry.size;
    assertWithinLimits(index + 1, entry.size, total, file);
    assertRegular(entry, file);
    if (entry.name.endsWith("/")) return;
    entries.push({ name: entry.name, data: readData(zip, entry, file) });
  });
  return entries;
}
function readCentralDirectory(zip, file) {
  const end = findEnd(zip, file);
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  if (count === 65535 || offset === 4294967295) {
    throw archiveError(file, "is a zip64 archive, which is not supported");
  }
  const entries = [];
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > zip.length || zip.readUInt32LE(offset) !== centralSignature) {
      throw archiveError(file, "has a corrupt zip central directory");
    }
    const nameLength = zip.readUInt16LE(offset + 28);
    const skip = nameLength + zip.readUInt16LE(offset + 30) + zip.readUInt16LE(offset + 32);
    entries.push({
      flags: zip.readUInt16LE(offset + 8),
      method: zip.readUInt16LE(offset + 10),
      crc: zip.readUInt32LE(offset + 16),
      compressedSize: zip.readUInt32LE(offset + 20),
      size: zip.readUInt32LE(offset + 24),
      mode: zip.readUInt32LE(offset + 38) >>> 16,
      localOffset: zip.readUInt32LE(offset + 42),
      name: zip.toString("utf8", offset + 46, offset + 46 + nameLength)
    });
    offset += 46 + skip;
    if (entries.length > archiveLimits.entries) {
      throw archiveError(
        file,
        `has more than ${archiveLimits.entries} entries`
      );
    }
  }
  return entries;
}
function findEnd(zip, file) {
  const stop = Math.max(0, zip.length - 22 - 65535);
  for (let offset = zip.length - 22; offset >= stop; offset -= 1) {
    if (zip.readUInt32LE(offset) === endSignature) return offset;
  }
  throw archiveError(file, "is not a zip archive");
}
function assertRegular(entry, file) {
  const type = entry.mode & 61440;
  if (type !== 0 && type !== 32768 && type !== 16384) {
    throw archiveError(
      file,
      `has a ${type === 40960 ? "link" : "special"} entry "${entry.name.slice(0, 200)}"; only regular files are accepted`
    );
  }
  if ((entry.flags & 1) !== 0) {
    throw archiveError(
      file,
      `has an encrypted entry "${entry.name.slice(0, 200)}"`
    );
  }
  if (entry.method !== 0 && entry.method !== 8) {
    throw archiveError(
      file,
      `uses compression method ${entry.method}; only stored and deflate are supported`
    );
  }
  if (entry.size > Math.max(entry.compressedSize, 1) * archiveLimits.ratio) {
    throw archiveError(
      file,
      `has an entry "${entry.name.slice(0, 200)}" that expands beyond ${archiveLimits.ratio} times its size (a decompression bomb?)`
    );
  }
}
function readData(zip, entry, file) {
  const at = entry.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== localSignature) {
    throw archiveError(
      file,
      `has a corrupt local header for "${entry.name.slice(0, 200)}"`
    );
  }
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > zip.length) throw archiveError(file, "is truncated");
  const raw = zip.subarray(start, end);
  let data;
  try {
    data = entry.method === 0 ? Buffer.from(raw) : inflateRawSync(raw, { maxOutputLength: Math.max(entry.size, 1) });
  } catch {
    throw archiveError(
      file,
      `has an entry "${entry.name.slice(0, 200)}" that does not inflate to its declared size`
    );
  }
  if (data.length !== entry.size || crc32(data) !== entry.crc) {
    throw archiveError(
      file,
      `has an entry "${entry.name.slice(0, 200)}" whose size or CRC-32 does not match`
    );
  }
  return data;
}

// packages/core/src/policy-scan/tar-entries.ts
var block = 512;
function readTarEntries(tar, file) {
  const entries = [];
  let offset = 0;
  let longName;
  let total = 0;
  let count = 0;
  while (offset + block <= tar.length) {
    const header = tar.subarray(offset, offset + block);
    if (header.every((byte) => byte === 0)) break;
    assertChecksum(header, file);
    const type = String.fromCharCode(header[156] ?? 0);
    const size = readSize(header.subarray(124, 136), file);
    const start = offset + block;
    const end = start + size;
    if (end > tar.length) throw archiveError(file, "is truncated");
    offset = start + Math.ceil(size / block) * block;
    const data = tar.subarray(start, end);
    count += 1;
    total += size;
    assertWithinLimits(count, size, total, file);
    if (type === "x") {
      longName = paxPath(data) ?? longName;
      continue;
    }
    if (type === "L") {
      longName = data.toString("utf8").replace(/\0.*$/s, "");
      continue;
    }
    if (type === "g") continue;
    const name = longName ?? headerName(header);
    longName = void 0;
    assertSafeEntryName(name, file);
    if (type === "5") continue;
    if (type !== "0" && type !== "\0" && type !== "7") {
      throw archiveError(
        file,
        `has a ${type === "1" || type === "2" ? "link" : "special"} entry "${name.slice(0, 200)}"; only regular files are accepted`
      );
    }
    entries.push({ name, data: Buffer.from(data) });
  }
  return entries;
}
function headerName(header) {
  const name = cString(header.subarray(0, 100));
  const magic = header.subarray(257, 262).toString("latin1");
  const prefix = magic === "ustar" ? cString(header.subarray(345, 500)) : "";
  return prefix ? `${prefix}/${name}` : name;
}
function cString(bytes) {
  const end = bytes.indexOf(0);
  return bytes.subarray(0, end < 0 ? bytes.length : end).toString("utf8");
}
function readSize(field, file) {
  if (((field[0] ?? 0) & 128) !== 0) {
    throw archiveError(
      file,
      "uses base-256 sizes, which are over the entry limit"
    );
  }
  const text = cString(field).trim();
  if (!/^[0-7]*$/.test(text))
    throw archiveError(file, "has a corrupt tar header");
  return text === "" ? 0 : parseInt(text, 8);
}
function assertChecksum(header, file) {
  const stored = parseInt(cString(header.subarray(148, 156)).trim(), 8);
  let sum = 0;
  for (let index = 0; index < block; index += 1) {
    sum += index >= 148 && index < 156 ? 32 : header[index] ?? 0;
  }
  if (stored !== sum) throw archiveError(file, "has a corrupt tar header");
}
function paxPath(data) {
  for (const record of data.toString("utf8").split("\n")) {
    const match = /^\d+ path=(.*)$/s.exec(record);
    if (match) return match[1];
  }
  return void 0;
}

// packages/core/src/policy-scan/archive-entries.ts
var archiveLimits = {
  archiveBytes: 512 * 1024 * 1024,
  entries: 5e5,
  entryBytes: 16 * 1024 * 1024,
  totalBytes: 2 * 1024 * 1024 * 1024 - 1,
  /** Largest allowed uncompressed : compressed ratio. */
  ratio: 200
};
function isArchiveName(name) {
  return /\.(zip|tar\.gz|tgz)$/i.test(name);
}
function readArchiveEntries(bytes, file) {
  if (/\.zip$/i.test(file)) return readZipEntries(bytes, file);
  const tar = gunzipBounded(bytes, file);
  return readTarEntries(tar, file);
}
function gunzipBounded(bytes, file) {
  const cap = Math.min(
    archiveLimits.totalBytes,
    Math.max(bytes.length, 1) * archiveLimits.ratio
  );
  try {
    return gunzipSync(bytes, { maxOutputLength: cap });
  } catch (error) {
    const code = error instanceof Error && "code" in error ? error.code : "";
    if (code === "ERR_BUFFER_TOO_LARGE") {
      throw archiveError(
        file,
        `expands beyond ${archiveLimits.ratio} times its size or the total limit (a decompression bomb?)`
      );
    }
    throw archiveError(file, "is not a valid gzip file");
  }
}
function archiveError(file, reason) {
  return new UserError(
    "ADVISORY_ARCHIVE_REFUSED",
    `${file} ${reason}; nothing was read from it`,
    {
      file
    }
  );
}
function assertSafeEntryName(name, file) {
  const bad = name.length === 0 || name.length > 4096 || name.includes("\0") || name.includes("\\") || name.startsWith("/") || /^[a-zA-Z]:/.test(name) || name.split("/").includes("..");
  if (bad) {
    throw archiveError(
      file,
      `has an unsafe entry path "${name.slice(0, 200)}"`
    );
  }
}
function assertWithinLimits(entries, entryBytes, totalBytes, file) {
  if (entries > archiveLimits.entries) {
    throw archiveError(file, `has more than ${archiveLimits.entries} entries`);
  }
  if (entryBytes > archiveLimits.entryBytes) {
    throw archiveError(
      file,
      `has an entry larger than ${archiveLimits.entryBytes} bytes`
    );
  }
  if (totalBytes > archiveLimits.totalBytes) {
    throw archiveError(
      file,
      `expands to more than ${archiveLimits.totalBytes} bytes`
    );
  }
}

// packages/core/src/policy-scan/osv-advisories.ts
var advisoryLimits = {
  fileBytes: 8 * 1024 * 1024,
  files: 5e5,
  idLength: 200,
  stringLength: 4096
};
async function loadAdvisories(path, display, filter) {
  const info = statOrFail(path, display);
  if (info.isDirectory()) return loadFolder(path, display, filter);
  if (isArchiveName(path)) {
    const bytes = await readBoundedFile(
      path,
      archiveLimits.archiveBytes,
      display
    );
    return readArchiveEntries(bytes, display).filter((entry) => entry.name.endsWith(".json")).flatMap(
      (entry) => parseIfRelevant(
        entry.data.toString("utf8"),
        `${display}!${entry.name}`,
        filter
      )
    );
  }
  throw new UserError(
    "ADVISORIES_NOT_FOLDER",
    `${display} is neither a folder of OSV .json files nor a .zip or .tar.gz OSV export`,
    { file: display }
  );
}
function statOrFail(path, display) {
  try {
    return lstatSync(path);
  } catch {
    throw new UserError(
      "ADVISORIES_MISSING",
      `advisories not found at ${display}`,
      {
        file: display
      }
    );
  }
}
function loadFolder(root, display, filter) {
  const files = readdirSync(root, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && entry.name.endsWith(".json")).map((entry) => join(entry.parentPath, entry.name)).sort();
  if (files.length > advisoryLimits.files) {
    throw new UserError(
      "ADVISORIES_TOO_MANY",
      `${display} holds more than ${advisoryLimits.files} advisory files`,
      { file: display }
    );
  }
  const prefix = display.replace(/\/$/, "");
  return files.flatMap((file) => {
    const name = `${prefix}/${file.slice(root.length).replace(/^\/+/, "")}`;
    return parseIfRelevant(readSmallFile(file, name), name, filter);
  });
}
var namePattern = /"name"\s*:\s*"([^"\\]*)(\\?)/g;
function parseIfRelevant(text, source, filter) {
  if (!filter) return [advisoryFromText(text, source)];
  for (const match of text.matchAll(namePattern)) {
    if (match[2] === "\\" || filter(match[1] ?? "")) {
      return [advisoryFromText(text, source)];
    }
  }
  return [];
}
var shared = Buffer.alloc(64 * 1024);
function readSmallFile(path, name) {
  let fd;
  try {
    fd = openSync(path, "r");
  } catch {
    throw new UserError("INPUT_UNREADABLE", `cannot read ${name}`, {
      file: name
    });
  }
  try {
    const size = fstatSync(fd).size;
    if (size > advisoryLimits.fileBytes) {
      throw new UserError(
        "ADVISORY_TOO_LARGE",
        `${name} is larger than ${advisoryLimits.fileBytes} bytes`,
        { file: name }
      );
    }
    if (size + 1 > shared.length) shared = Buffer.alloc(size + 1);
    let length = 0;
    for (; ; ) {
      const read = readSync(fd, shared, length, shared.length - length, null);
      if (read === 0) break;
      length += read;
      if (length === size) break;
      if (length > size) {
        throw new UserError(
          "ADVISORY_TOO_LARGE",
          `${name} grew while it was read`,
          { file: name }
        );
      }
    }
    return decodeUTF8(shared.subarray(0, length), name);
  } finally {
    closeSync(fd);
  }
}
var decoder = new TextDecoder("utf-8", { fatal: true });
function decodeUTF8(bytes, name) {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new UserError("INPUT_NOT_UTF8", `${name} is not valid UTF-8 text`, {
      file: name
    });
  }
}
function advisoryFromText(text, source) {
  if (text.includes('"__proto__"')) {
    throw new UserError(
      "JSON_FORBIDDEN_KEY",
      `${source} uses the forbidden key "__proto__"`,
      {
        file: source
      }
    );
  }
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(
      "JSON_INVALID",
      `${source} is not valid JSON: ${reason}`,
      {
        file: source
      }
    );
  }
  return advisoryFromJSON(data, source);
}
function advisoryFromJSON(data, source) {
  const id = isRecord(data) ? shortString(data["id"], advisoryLimits.idLength) : void 0;
  if (!isRecord(data) || id === void 0 || !Array.isArray(data["affected"] ?? [])) {
    throw new UserError(
      "ADVISORY_INVALID",
      `${source} is not an OSV record (it needs a string "id" and an "affected" list)`,
      { file: source, field: "id" }
    );
  }
  const database = data["database_specific"];
  const withdrawn = typeof data["withdrawn"] === "string";
  return {
    id,
    aliases: stringList(data["aliases"]),
    summary: shortString(data["summary"], advisoryLimits.stringLength),
    severity: severities(data["severity"]),
    databaseSeverity: isRecord(database) ? shortString(database["severity"], 40) : void 0,
    affected: withdrawn ? [] : affectedList(data["affected"]),
    source
  };
}
function affectedList(value) {
  if (!Array.isArray(value)) return [];
  const list = [];
  for (const entry of value) {
    if (!isRecord(entry) || !isRecord(entry["package"])) continue;
    const ecosystem = shortString(entry["package"]["ecosystem"], 100);
    const name = shortString(entry["package"]["name"], 1e3);
    if (ecosystem === void 0 || name === void 0) continue;
    list.push({
      ecosystem,
      name,
      ranges: ranges(entry["ranges"]),
      versions: stringList(entry["versions"]),
      severity: severities(entry["severity"])
    });
  }
  return list;
}
function ranges(value) {
  if (!Array.isArray(value)) return [];
  const list = [];
  for (const range of value) {
    if (!isRecord(range)) continue;
    const type = range["type"];
    if (type !== "SEMVER" && type !== "ECOSYSTEM" || !Array.isArray(range["events"])) {
      continue;
    }
    const events = [];
    for (const event of range["events"]) {
      if (!isRecord(event)) continue;
      const copy = {};
      for (const key of [
        "introduced",
        "fixed",
        "last_affected",
        "limit"
      ]) {
        const text = shortString(event[key], 256);
        if (text !== void 0) copy[key] = text;
      }
      events.push(copy);
    }
    list.push({ type, events });
  }
  return list;
}
function severities(value) {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    if (!isRecord(entry)) return [];
    const type = shortString(entry["type"], 40);
    const score = shortString(entry["score"], 400);
    return type && score ? [{ type, score }] : [];
  });
}
function stringList(value) {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item) => typeof item === "string" && item.length <= 256
  );
}
function shortString(value, max) {
  return typeof value === "string" && value.length > 0 && value.length <= max ? value : void 0;
}

export {
  loadAdvisories,
  advisoryFromJSON
};
