import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  tempSuffix,
  writeFileAtomic
} from "./chunk-MUGHQZOG.js";
import {
  canonicalJSON,
  canonicalLine
} from "./chunk-NSYWVXGE.js";
import {
  readJSONFile,
  systemReason
} from "./chunk-E73ZUZ5O.js";
import {
  sha256Hex
} from "./chunk-YP2N6HGM.js";
import {
  ExitCode,
  InternalError,
  UserError
} from "./chunk-RLB5E7YF.js";

// packages/core/src/findings.ts
var severityRank = {
  error: 0,
  warning: 1,
  note: 2
};
function sortFindings(findings) {
  return [...findings].sort(compareFindings);
}
function compareFindings(a, b) {
  return severityRank[a.severity] - severityRank[b.severity] || compareText(a.location?.file, b.location?.file) || (a.location?.line ?? 0) - (b.location?.line ?? 0) || (a.location?.column ?? 0) - (b.location?.column ?? 0) || compareText(a.code, b.code) || compareText(a.component, b.component) || compareText(a.message, b.message);
}
function compareText(a = "", b = "") {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
function countBySeverity(findings) {
  const counts = { error: 0, warning: 0, note: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}
function hasErrors(findings) {
  return findings.some((finding) => finding.severity === "error");
}

// packages/core/src/report.ts
var stageNames = [
  "validate-manifest",
  "enforce-version",
  "sbom",
  "sign",
  "policy-scan",
  "publish-dry-run",
  "dossier"
];
function createStageReport(options) {
  const findings = sortFindings(options.findings);
  const evidence = [...options.evidence ?? []].sort(
    (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0
  );
  return {
    stage: options.stage,
    ok: !hasErrors(findings),
    startedAt: options.startedAt.toISOString(),
    finishedAt: options.clock().toISOString(),
    findings,
    evidence,
    counts: countBySeverity(findings),
    ...options.extra
  };
}
function exitCodeForReport(report) {
  return report.ok ? ExitCode.pass : ExitCode.ruleBroken;
}

// packages/core/src/journal/journal.ts
import { randomUUID } from "node:crypto";
import { constants } from "node:fs";
import {
  appendFile,
  lstat,
  open,
  readFile,
  rm,
  stat,
  truncate
} from "node:fs/promises";
var genesisHash = "0".repeat(64);
function hashRecord(record) {
  return sha256Hex(canonicalLine(record));
}
function verifyJournalText(text) {
  const records = [];
  if (text === "") return { ok: true, records, tornTail: false };
  const tornTail = !text.endsWith("\n");
  const lines = text.split("\n");
  if (!tornTail) lines.pop();
  let prevHash = genesisHash;
  for (const [index, line] of lines.entries()) {
    const lineNumber = index + 1;
    const fail = (reason) => ({
      ok: false,
      records,
      problem: { line: lineNumber, reason },
      tornTail
    });
    if (tornTail && index === lines.length - 1) {
      return fail("the last record is torn (no final newline)");
    }
    const record = parseRecord(line);
    if (!record) return fail("the record is not a journal record");
    if (record.seq > index + 1) {
      const later = lines.slice(index + 1).some((other) => parseRecord(other)?.seq === index + 1);
      return fail(
        later ? `the records were reordered (expected sequence ${index + 1}, found ${record.seq})` : `a record was removed before this one (expected sequence ${index + 1}, found ${record.seq})`
      );
    }
    if (record.seq < index + 1) {
      return fail(
        `the records were reordered or duplicated (expected sequence ${index + 1}, found ${record.seq})`
      );
    }
    if (record.prevHash !== prevHash) {
      return fail("the record does not follow the one before it");
    }
    const { hash, ...rest } = record;
    if (hashRecord(rest) !== hash) return fail("the record was edited");
    records.push(record);
    prevHash = hash;
  }
  return { ok: true, records, tornTail };
}
function parseRecord(line) {
  try {
    const value = JSON.parse(line);
    if (value === null || typeof value !== "object" || typeof value.seq !== "number" || typeof value.hash !== "string" || typeof value.prevHash !== "string") {
      return void 0;
    }
    return value;
  } catch {
    return void 0;
  }
}
var Journal = class {
  path;
  #clock;
  constructor(path, clock) {
    this.path = path;
    this.#clock = clock;
  }
  /** Reads and verifies the journal; an absent file is an empty journal. */
  async verify() {
    return verifyJournalText(await this.#readText());
  }
  /**
   * Appends a record and returns it. With an `operationId` already in the
   * journal, returns that record instead of appending a duplicate.
   */
  async append(entry) {
    return this.#withLock(async () => {
      await refuseLink(this.path);
      let state = await this.verify();
      if (state.tornTail) state = await this.#quarantineTail();
      if (!state.ok) {
        throw new UserError(
          "JOURNAL_BROKEN",
          `${this.path} line ${state.problem?.line ?? 0}: ${state.problem?.reason ?? "invalid"}; refusing to append to a broken journal`,
          { file: this.path, line: state.problem?.line }
        );
      }
      const existing = entry.operationId ? state.records.find((r) => r.operationId === entry.operationId) : void 0;
      if (existing) return existing;
      return this.#write(entry, state.records.at(-1));
    });
  }
  async #write(entry, last) {
    const body = {
      ...entry,
      operationId: entry.operationId ?? randomUUID(),
      seq: (last?.seq ?? 0) + 1,
      time: this.#clock().toISOString(),
      prevHash: last?.hash ?? genesisHash
    };
    const record = { ...body, hash: hashRecord(body) };
    const handle = await openForAppend(this.path);
    try {
      await handle.appendFile(`${canonicalLine(record)}
`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return record;
  }
  async #quarantineTail() {
    const text = await this.#readText();
    const cut = text.lastIndexOf("\n") + 1;
    const torn = text.slice(cut);
    await appendFile(`${this.path}.torn`, `${torn}
`, {
      flag: appendFlags
    });
    await truncate(this.path, Buffer.byteLength(text.slice(0, cut)));
    const repaired = await this.verify();
    if (!repaired.ok) return repaired;
    await this.#write(
      {
        kind: "quarantine",
        stage: "journal",
        actor: "shipshape",
        summary: `moved a torn last record (${Buffer.byteLength(torn)} bytes) to ${this.path}.torn`,
        data: { sha256: sha256Hex(torn) }
      },
      repaired.records.at(-1)
    );
    return this.verify().then((next) => ({ ...next, tornTail: false }));
  }
  async #readText() {
    try {
      return await readFile(this.path, "utf8");
    } catch (error) {
      if (error.code === "ENOENT") return "";
      throw new UserError(
        "JOURNAL_UNREADABLE",
        `cannot read ${this.path}: ${systemReason(error)}`,
        { file: this.path }
      );
    }
  }
  async #withLock(work) {
    const lock = `${this.path}.lock`;
    const deadline = Date.now() + 3e4;
    for (; ; ) {
      try {
        const handle = await open(lock, "wx", 384);
        try {
          await handle.writeFile(`${process.pid}
`);
        } finally {
          await handle.close();
        }
        break;
      } catch (error) {
        if (error.code === "EEXIST") {
          if (await removeDeadLock(lock)) continue;
        } else {
          throw new UserError(
            "JOURNAL_LOCK_FAILED",
            `cannot lock ${this.path}: ${systemReason(error)}`,
            { file: this.path }
          );
        }
        if (Date.now() > deadline) {
          throw new UserError(
            "JOURNAL_LOCKED",
            `${lock} has been held for 30 s; if no shipshape process is running, remove it`,
            { file: lock }
          );
        }
        await new Promise((done) => setTimeout(done, 5 + Math.random() * 20));
      }
    }
    try {
      return await work();
    } finally {
      await rm(lock, { force: true });
    }
  }
};
async function removeDeadLock(lock) {
  try {
    const [text, info] = await Promise.all([
      readFile(lock, "utf8"),
      stat(lock)
    ]);
    const pid = Number(text.trim());
    if (!Number.isInteger(pid) || pid <= 0) return false;
    if (Date.now() - info.mtimeMs < 1e3 || isAlive(pid)) return false;
    await rm(lock, { force: true });
    return true;
  } catch {
    return false;
  }
}
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}
var appendFlags = constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_NOFOLLOW;
async function refuseLink(path) {
  const info = await lstat(path).catch(() => void 0);
  if (info?.isSymbolicLink()) throw journalIsLink(path);
}
function journalIsLink(path) {
  return new UserError(
    "JOURNAL_SYMLINK",
    `${path} is a symbolic link; the journal must be a real file`,
    { file: path }
  );
}
async function openForAppend(path) {
  try {
    return await open(path, appendFlags, 420);
  } catch (error) {
    if (error.code === "ELOOP")
      throw journalIsLink(path);
    throw error;
  }
}

// packages/core/src/workspace/release-workspace.ts
import { lstat as lstat2, mkdir, readdir, rm as rm2 } from "node:fs/promises";
import { isAbsolute, join, relative } from "node:path";
var ReleaseWorkspace = class _ReleaseWorkspace {
  root;
  journal;
  constructor(root, clock) {
    this.root = root;
    this.journal = new Journal(join(root, "journal.jsonl"), clock);
  }
  /**
   * Opens (and creates) a workspace. Refuses a workspace path that is a
   * symbolic link, and removes temporary files a crash left behind.
   */
  static async open(root, clock) {
    await refuseSymlink(root);
    for (const name of linkFreeEntries) await refuseSymlink(join(root, name));
    await mkdir(join(root, "reports"), { recursive: true });
    await mkdir(join(root, "evidence"), { recursive: true });
    const workspace = new _ReleaseWorkspace(root, clock);
    await workspace.removeStaleTemps();
    return workspace;
  }
  /** Folder for a stage's evidence files, created on demand. */
  async evidenceDir(stage) {
    const dir = join(this.root, "evidence", stage);
    await refuseSymlink(dir);
    await mkdir(dir, { recursive: true });
    return dir;
  }
  /** Writes a file of evidence atomically and returns its Evidence entry. */
  async writeEvidence(stage, name, data) {
    const dir = await this.evidenceDir(stage);
    const parts = name.split("/");
    if (isAbsolute(name) || parts.some((part) => part === "" || part === "." || part === ".."))
      throw new InternalError(
        "EVIDENCE_NAME_INVALID",
        `evidence name ${name} leaves its folder`
      );
    const path = join(dir, ...parts);
    if (parts.length > 1) {
      let folder = dir;
      for (const part of parts.slice(0, -1)) {
        folder = join(folder, part);
        await refuseSymlink(folder);
        await mkdir(folder, { recursive: true });
      }
    }
    await writeFileAtomic(path, data);
    return { path: this.relativePath(path), sha256: sha256Hex(data) };
  }
  /** Path of a file relative to the workspace's parent (for reports). */
  relativePath(path) {
    return relative(process.cwd(), path).split("\\").join("/");
  }
  /** Writes a stage report atomically as canonical JSON. */
  async writeReport(report) {
    const path = join(this.root, "reports", `${report.stage}.json`);
    await writeFileAtomic(path, canonicalJSON(report));
    return path;
  }
  /** Reads a stage report, or undefined when the stage has not run. */
  async readReport(stage) {
    const path = join(this.root, "reports", `${stage}.json`);
    try {
      await lstat2(path);
    } catch {
      return void 0;
    }
    await refuseSymlink(path);
    return await readJSONFile(path, path);
  }
  /** Every stage report present, in pipeline order. */
  async readReports() {
    const reports = [];
    for (const stage of stageNames) {
      const report = await this.readReport(stage);
      if (report) reports.push(report);
    }
    return reports;
  }
  /** Removes `*.shipshape-tmp` files left by an interrupted write. */
  async removeStaleTemps() {
    const entries = await readdir(this.root, {
      recursive: true,
      withFileTypes: true
    });
    for (const entry of entries) {
      if (entry.isFile() && entry.name.endsWith(tempSuffix)) {
        await rm2(join(entry.parentPath, entry.name), { force: true });
      }
    }
  }
};
var linkFreeEntries = [
  "reports",
  "evidence",
  "journal.jsonl",
  "journal.jsonl.torn",
  "journal.jsonl.lock"
];
async function refuseSymlink(path) {
  try {
    const info = await lstat2(path);
    if (info.isSymbolicLink()) {
      throw new UserError(
        "WORKSPACE_SYMLINK",
        `${path} is a symbolic link; the release workspace and what it holds must be real files and folders`,
        { file: path }
      );
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
  }
}

export {
  sortFindings,
  countBySeverity,
  hasErrors,
  stageNames,
  createStageReport,
  exitCodeForReport,
  genesisHash,
  hashRecord,
  verifyJournalText,
  Journal,
  ReleaseWorkspace
};
