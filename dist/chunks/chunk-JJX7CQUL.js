import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  readSBOM
} from "./chunk-3E22Y2DZ.js";
import {
  ReleaseWorkspace,
  countBySeverity
} from "./chunk-N67TL7SK.js";
import {
  syncDirectory,
  tempSuffix
} from "./chunk-MUGHQZOG.js";
import {
  canonicalJSON
} from "./chunk-NSYWVXGE.js";
import {
  loadPolicy,
  parseManifestFile
} from "./chunk-62XS2I6U.js";
import {
  visibleText
} from "./chunk-BKLFK6S4.js";
import {
  resolveProjectPath
} from "./chunk-BE3HX54U.js";
import {
  systemReason
} from "./chunk-E73ZUZ5O.js";
import {
  digestFile,
  sha256Hex
} from "./chunk-YP2N6HGM.js";
import {
  UserError
} from "./chunk-RLB5E7YF.js";

// packages/core/src/dossier/dossier-assembly.ts
import { randomBytes as randomBytes2 } from "node:crypto";
import { mkdir as mkdir2, readdir as readdir3, rename as rename2, rm as rm2 } from "node:fs/promises";
import { basename as basename2, join as join3 } from "node:path";

// packages/core/src/dossier/build-inputs.ts
import { execFile } from "node:child_process";
import { arch, platform, release } from "node:os";
import { relative } from "node:path";
var shipshapeVersion = "0.1.0";
async function findCommit(cwd, env) {
  const fromEnv = env["GITHUB_SHA"];
  if (fromEnv && /^[0-9a-f]{40,64}$/.test(fromEnv)) return fromEnv;
  return new Promise((done) => {
    execFile(
      "git",
      ["rev-parse", "HEAD"],
      { cwd, timeout: 5e3, env: { PATH: env["PATH"] ?? "" } },
      (error, stdout) => {
        const text = stdout.trim();
        done(!error && /^[0-9a-f]{40,64}$/.test(text) ? text : "unknown");
      }
    );
  });
}
async function gatherBuildInputs(manifest, manifestDir, env) {
  const lockfiles = [];
  const seen = /* @__PURE__ */ new Set();
  for (const artifact of manifest?.artifacts ?? []) {
    const lockfile = artifact.dependencies?.lockfile;
    if (!lockfile || seen.has(lockfile)) continue;
    seen.add(lockfile);
    const resolved = await resolveProjectPath(
      manifestDir,
      manifestDir,
      lockfile,
      false
    );
    if (!resolved.ok) continue;
    lockfiles.push({
      path: relative(manifestDir, resolved.absolute).split("\\").join("/"),
      sha256: await digestFile(resolved.real)
    });
  }
  const runner = {
    os: platform(),
    arch: arch(),
    "os-release": release()
  };
  for (const name of [
    "RUNNER_OS",
    "RUNNER_ARCH",
    "RUNNER_ENVIRONMENT",
    "ImageOS",
    "ImageVersion"
  ]) {
    const value = env[name];
    if (value) runner[name] = value.slice(0, 100);
  }
  return {
    lockfiles: lockfiles.sort((a, b) => a.path < b.path ? -1 : 1),
    tools: { shipshape: shipshapeVersion, node: process.version },
    runner
  };
}

// packages/core/src/dossier/dossier-files.ts
import { lstat, mkdir, open, readdir, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
var DossierFolder = class {
  root;
  files = [];
  #faults;
  constructor(root, faults) {
    this.root = root;
    this.#faults = faults;
  }
  /** Writes a new file (never overwriting) and indexes it. */
  async write(path, data) {
    const target = join(this.root, ...path.split("/"));
    await mkdir(dirname(target), { recursive: true, mode: 493 });
    const handle = await open(target, "wx", 420);
    try {
      await handle.writeFile(data);
    } finally {
      await handle.close();
    }
    this.#faults.wrote();
    this.files.push({ path, sha256: sha256Hex(data) });
  }
  /**
   * Flushes every file written to disk before the folder is renamed into
   * place. Many flushes in flight at once let the file system commit them
   * together, which is far faster than one at a time.
   */
  async syncAll() {
    const paths = this.files.map(
      (file) => join(this.root, ...file.path.split("/"))
    );
    for (let at = 0; at < paths.length; at += 64) {
      await Promise.all(paths.slice(at, at + 64).map(syncFile));
    }
  }
  /** Copies a regular file in; refuses links and special files. */
  async copy(source, path) {
    const info = await lstat(source);
    if (!info.isFile()) {
      throw new UserError(
        "DOSSIER_NOT_REGULAR",
        `${source} is not a regular file; the dossier copies only regular files`,
        { file: source }
      );
    }
    await this.write(path, await readFile(source));
  }
  /**
   * Copies a folder tree in, skipping dot files (temporary and hidden
   * files never belong in a dossier).
   */
  async copyTree(source, path) {
    let names;
    try {
      names = (await readdir(source)).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith(".")) continue;
      const from = join(source, name);
      const info = await lstat(from);
      if (info.isDirectory()) await this.copyTree(from, `${path}/${name}`);
      else await this.copy(from, `${path}/${name}`);
    }
  }
  /** Counts a write made by someone else (the signer) for the fault hook. */
  countWrite() {
    this.#faults.wrote();
  }
  /** The indexed files sorted by path. */
  sorted() {
    return [...this.files].sort(
      (a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path))
    );
  }
};
function sha256Sums(files) {
  return files.map((file) => `${file.sha256}  ${file.path}
`).join("");
}
async function syncFile(path) {
  const handle = await open(path, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

// packages/core/src/dossier/dossier-facts.ts
function exceptionFacts(list) {
  if (!Array.isArray(list)) return [];
  return list.map((item) => {
    const record = item ?? {};
    const text = (key) => {
      const value = record[key];
      if (Array.isArray(value)) return value.map(String).join(", ");
      if (value !== null && typeof value === "object")
        return JSON.stringify(value);
      if (value === void 0 || value === null) return "-";
      return typeof value === "string" ? value : JSON.stringify(value);
    };
    return {
      id: text("id"),
      scope: text("scope"),
      reason: text("reason"),
      owner: text("owner"),
      approvers: text("approvers"),
      expires: text("expires")
    };
  });
}

// packages/core/src/dossier/dossier-summary.ts
function renderSummary(facts) {
  const lines = [
    `${facts.verdict}: release ${md(facts.release.id)}, version ${md(facts.release.version)}`,
    "",
    `Commit ${md(facts.commit)}; dossier created ${facts.createdAt}.`,
    "",
    "## Stages",
    "",
    "| step | status | errors | warnings | notes |",
    "|---|---|---|---|---|",
    ...facts.steps.map(
      (step) => `| ${step.name} | ${step.status}${step.message ? `: ${md(step.message)}` : ""} | ${step.counts.error} | ${step.counts.warning} | ${step.counts.note} |`
    ),
    "",
    ...risks(facts.findings),
    ...exceptions(facts),
    ...pendingActions(facts)
  ];
  return `${lines.join("\n")}
`;
}
function risks(findings) {
  const serious = findings.filter((f) => f.severity !== "note");
  if (serious.length === 0) return ["## Risks", "", "None found.", ""];
  const shown = serious.slice(0, 100);
  const lines = ["## Risks and mitigations", ""];
  for (const finding of shown) {
    lines.push(
      `- **${finding.severity}** ${md(finding.code)} (${finding.step}): ${md(finding.message)}`,
      `  - mitigation: ${md(finding.remediation ?? "none given")}`
    );
  }
  if (serious.length > shown.length) {
    lines.push(`- \u2026and ${serious.length - shown.length} more in report.html.`);
  }
  return [...lines, ""];
}
function exceptions(facts) {
  const lines = ["## Exceptions in force", ""];
  if (facts.exceptions.length === 0 && facts.overrides.length === 0) {
    return [...lines, "None.", ""];
  }
  for (const item of facts.exceptions) {
    lines.push(
      `- ${md(item.id)}: ${md(item.scope)}; ${md(item.reason)}; owner ${md(item.owner)}; approved by ${md(item.approvers)}; expires ${md(item.expires)}`
    );
  }
  for (const record of facts.overrides) {
    lines.push(
      `- journal #${record.seq} ${record.kind} by ${md(record.actor)}: ${md(record.summary)}`
    );
  }
  return [...lines, ""];
}
function pendingActions(facts) {
  const actions = [];
  for (const step of facts.steps) {
    if (step.status === "not-evaluated" || step.status === "error") {
      actions.push(
        `- [ ] make the ${step.name} step run (${md(step.message ?? step.status)}); owner: ${md(facts.releaseOwner)}`
      );
    }
  }
  for (const finding of facts.findings) {
    if (finding.severity !== "error") continue;
    actions.push(
      `- [ ] ${md(finding.remediation ?? `resolve ${finding.code}`)} (${md(finding.code)}); owner: ${md(finding.owner ?? facts.releaseOwner)}`
    );
    if (actions.length >= 100) break;
  }
  const lines = ["## Pending actions", ""];
  return [...lines, ...actions.length > 0 ? actions : ["None."], ""];
}
function md(text) {
  return visibleText(text, 300).replace(/[\\`*_{}[\]()#+!|<>~]/g, (char) => `\\${char}`).replace(/@/g, "@\u200B");
}

// packages/core/src/dossier/dossier-html.ts
var statusColour = {
  passed: "#1a7f37",
  failed: "#cf222e",
  error: "#9a6700",
  "not-evaluated": "#6e7781"
};
function renderHTML(facts) {
  const severity = countBySeverity(facts.findings);
  const verdictColour = facts.verdict === "GO" ? "#1a7f37" : "#cf222e";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${html(facts.verdict)}: ${html(facts.release.id)}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1f2328}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
.verdict{font-size:2rem;font-weight:700;color:${verdictColour}}
.charts{display:flex;gap:2rem;flex-wrap:wrap}
</style>
</head>
<body>
<p class="verdict">${html(facts.verdict)}</p>
<p>Release <b>${html(facts.release.id)}</b>, version ${html(facts.release.version)}, commit <code>${html(facts.commit)}</code>; created ${html(facts.createdAt)}.</p>
<h2>Steps</h2>
<table><tr><th>step</th><th>status</th><th>errors</th><th>warnings</th><th>notes</th></tr>
${facts.steps.map(
    (step) => `<tr><td>${html(step.name)}</td><td style="color:${statusColour[step.status]}">${html(step.status)}${step.message ? `: ${html(step.message)}` : ""}</td><td>${step.counts.error}</td><td>${step.counts.warning}</td><td>${step.counts.note}</td></tr>`
  ).join("\n")}
</table>
<div class="charts">
${barChart("Findings by severity", [
    ["error", severity.error],
    ["warning", severity.warning],
    ["note", severity.note]
  ])}
${barChart("Components by licence", facts.licences.slice(0, 20))}
</div>
<h2>Findings</h2>
${findingsTable(facts)}
<h2>Exceptions in force</h2>
${facts.exceptions.length === 0 ? "<p>None.</p>" : `<ul>${facts.exceptions.map((e) => `<li>${html(e.id)}: ${html(e.scope)}; ${html(e.reason)}; owner ${html(e.owner)}; expires ${html(e.expires)}</li>`).join("")}</ul>`}
</body>
</html>
`;
}
function findingsTable(facts) {
  if (facts.findings.length === 0) return "<p>None.</p>";
  const rows = facts.findings.slice(0, 500).map(
    (f) => `<tr><td>${html(f.severity)}</td><td>${html(f.step)}</td><td>${html(f.code)}</td><td>${html(f.message)}</td><td>${html(f.owner ?? "")}</td><td>${html(f.remediation ?? "")}</td></tr>`
  );
  const more = facts.findings.length > rows.length ? `<p>\u2026and ${facts.findings.length - rows.length} more in the stage reports.</p>` : "";
  return `<table><tr><th>severity</th><th>step</th><th>code</th><th>message</th><th>owner</th><th>fix</th></tr>
${rows.join("\n")}</table>${more}`;
}
function barChart(title, bars) {
  const rowHeight = 22;
  const labelWidth = 160;
  const barWidth = 220;
  const max = Math.max(1, ...bars.map(([, value]) => value));
  const height = 30 + Math.max(1, bars.length) * rowHeight;
  const rows = bars.map(([label, value], index) => {
    const y = 26 + index * rowHeight;
    const width = Math.round(value / max * barWidth);
    return `<text x="0" y="${y + 14}" font-size="12">${html(label.slice(0, 28))}</text><rect x="${labelWidth}" y="${y}" width="${width}" height="16" fill="#0969da"/><text x="${labelWidth + width + 4}" y="${y + 13}" font-size="12">${value}</text>`;
  });
  const empty = bars.length === 0 ? '<text x="0" y="40" font-size="12">no data</text>' : "";
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${html(title)}" width="${labelWidth + barWidth + 60}" height="${height}"><text x="0" y="16" font-size="14" font-weight="bold">${html(title)}</text>${rows.join("")}${empty}</svg>`;
}
function html(text) {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

// packages/core/src/dossier/fault-hook.ts
var WriteFaults = class _WriteFaults {
  #killAt;
  #count = 0;
  constructor(killAt) {
    this.#killAt = killAt;
  }
  /** Reads SHIPSHAPE_FAULT_AT from `env`; malformed values exit 2. */
  static fromEnv(env) {
    const raw = env["SHIPSHAPE_FAULT_AT"];
    if (raw === void 0 || raw === "") return new _WriteFaults();
    if (!/^[1-9]\d{0,6}$/.test(raw)) {
      throw new UserError(
        "FAULT_AT_INVALID",
        `SHIPSHAPE_FAULT_AT must be a positive whole number, got "${raw.slice(0, 20)}"`,
        { field: "SHIPSHAPE_FAULT_AT" }
      );
    }
    return new _WriteFaults(Number(raw));
  }
  /** Call after every write; kills the process at the N-th. */
  wrote() {
    this.#count += 1;
    if (this.#killAt !== void 0 && this.#count >= this.#killAt) {
      process.kill(process.pid, "SIGKILL");
    }
  }
  /** Writes counted so far. */
  get count() {
    return this.#count;
  }
};

// packages/core/src/dossier/tar-writer.ts
import { randomBytes } from "node:crypto";
import { lstat as lstat2, open as open2, readdir as readdir2, readFile as readFile2, rename, rm } from "node:fs/promises";
import { basename, dirname as dirname2, join as join2 } from "node:path";
import { gzipSync } from "node:zlib";
var block = 512;
async function collectEntries(root) {
  const entries = [];
  const walk = async (dir, rel) => {
    const names = (await readdir2(dir)).sort();
    for (const name of names) {
      const path = join2(dir, name);
      const relPath = rel ? `${rel}/${name}` : name;
      const info = await lstat2(path);
      if (info.isDirectory()) {
        entries.push({ path: relPath, type: "directory" });
        await walk(path, relPath);
      } else if (info.isFile()) {
        entries.push({
          path: relPath,
          type: "file",
          data: await readFile2(path)
        });
      } else {
        throw new UserError(
          "DOSSIER_NOT_REGULAR",
          `${path} is neither a regular file nor a folder; the dossier holds only those`,
          { file: path }
        );
      }
    }
  };
  await walk(root, "");
  return sortEntries(entries);
}
function sortEntries(entries) {
  return [...entries].sort(
    (a, b) => Buffer.compare(Buffer.from(a.path), Buffer.from(b.path))
  );
}
function tarBytes(entries, options) {
  const parts = [];
  if (options.prefix) {
    parts.push(header(`${options.prefix}/`, "directory", 0, options.mtime));
  }
  for (const entry of sortEntries(entries)) {
    const name = options.prefix ? `${options.prefix}/${entry.path}` : entry.path;
    if (entry.type === "directory") {
      parts.push(header(`${name}/`, "directory", 0, options.mtime));
      continue;
    }
    const data = Buffer.from(entry.data ?? new Uint8Array());
    parts.push(header(name, "file", data.length, options.mtime), data);
    const pad = (block - data.length % block) % block;
    if (pad > 0) parts.push(Buffer.alloc(pad));
  }
  parts.push(Buffer.alloc(block * 2));
  return Buffer.concat(parts);
}
function gzipFixed(data) {
  return gzipSync(data, { level: 6, memLevel: 8, windowBits: 15 });
}
async function packDirectory(root, outFile, options) {
  const entries = await collectEntries(root);
  const archive = gzipFixed(tarBytes(entries, options));
  await writeAtomicCounted(outFile, archive, options.faults);
  return { sha256: sha256Hex(archive), bytes: archive.length };
}
async function writeAtomicCounted(path, data, faults = new WriteFaults()) {
  const temp = join2(
    dirname2(path),
    `.${basename(path)}.${randomBytes(6).toString("hex")}${tempSuffix}`
  );
  const chunk = 64 * 1024;
  try {
    const handle = await open2(temp, "wx", 384);
    try {
      let at = 0;
      do {
        const length = Math.min(chunk, data.length - at);
        if (length > 0) await handle.write(data, at, length);
        faults.wrote();
        at += chunk;
      } while (at < data.length);
      await handle.chmod(420);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
    faults.wrote();
    await syncDirectory(dirname2(path));
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
function header(name, type, size, mtime) {
  const buffer = Buffer.alloc(block);
  const [prefix, rest] = splitName(name);
  buffer.write(rest, 0, 100, "utf8");
  writeOctal(buffer, 100, 8, type === "directory" ? 493 : 420);
  writeOctal(buffer, 108, 8, 0);
  writeOctal(buffer, 116, 8, 0);
  writeOctal(buffer, 124, 12, size);
  writeOctal(buffer, 136, 12, mtime);
  buffer.write("        ", 148, 8, "ascii");
  buffer.write(type === "directory" ? "5" : "0", 156, 1, "ascii");
  buffer.write("ustar\x0000", 257, 8, "binary");
  writeOctal(buffer, 329, 8, 0);
  writeOctal(buffer, 337, 8, 0);
  buffer.write(prefix, 345, 155, "utf8");
  let sum = 0;
  for (const byte of buffer) sum += byte;
  buffer.write(`${sum.toString(8).padStart(6, "0")}\0 `, 148, 8, "binary");
  return buffer;
}
function writeOctal(buffer, at, width, value) {
  buffer.write(
    `${value.toString(8).padStart(width - 1, "0")}\0`,
    at,
    width,
    "ascii"
  );
}
function splitName(name) {
  if (Buffer.byteLength(name) <= 100) return ["", name];
  const trimmed = name.endsWith("/") ? name.slice(0, -1) : name;
  for (let at = trimmed.indexOf("/"); at > 0; at = trimmed.indexOf("/", at + 1)) {
    const prefix = trimmed.slice(0, at);
    const rest = name.slice(at + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(rest) <= 100) {
      return [prefix, rest];
    }
  }
  throw new UserError(
    "DOSSIER_PATH_TOO_LONG",
    `${name} is too long for a portable tar entry (name 100 bytes, prefix 155 bytes)`,
    { file: name }
  );
}

// packages/core/src/dossier/dossier-assembly.ts
var indexName = "dossier.json";
async function assembleDossier(context, input) {
  const faults = WriteFaults.fromEnv(context.env);
  const workspace = await ReleaseWorkspace.open(
    context.workspaceDir,
    context.clock
  );
  await removeStaleDossiers(workspace.root);
  const release2 = await readRelease(context);
  const archive = join3(
    workspace.root,
    `${safeName(release2.id)}-dossier.tar.gz`
  );
  await workspace.journal.append({
    kind: "decision",
    stage: "dossier",
    actor: context.actor,
    summary: `verdict ${input.verdict} for ${release2.id}`,
    data: {
      verdict: input.verdict,
      steps: input.steps.map((step) => `${step.name}: ${step.status}`)
    }
  });
  const staging = join3(
    workspace.root,
    `.dossier-${randomBytes2(6).toString("hex")}${tempSuffix}`
  );
  await mkdir2(staging, { mode: 493 });
  try {
    const folder = new DossierFolder(staging, faults);
    const facts = await gatherFacts(context, release2, input, workspace);
    await copyInputs(context, folder, release2.manifestFile);
    await copyReports(workspace.root, folder);
    await folder.copyTree(join3(workspace.root, "evidence"), "evidence");
    await folder.copy(workspace.journal.path, "journal.jsonl");
    await folder.write("SUMMARY.md", renderSummary(facts));
    await folder.write("report.html", renderHTML(facts));
    await folder.write("SHA256SUMS", sha256Sums(folder.sorted()));
    const indexSigned = await writeSignedIndex(
      context,
      folder,
      input,
      facts,
      release2
    );
    await folder.syncAll();
    const final = join3(workspace.root, "dossier");
    await rename2(staging, final);
    faults.wrote();
    const packed = await packDirectory(final, archive, {
      mtime: Math.floor(context.clock().getTime() / 1e3),
      prefix: `${safeName(release2.id)}-dossier`,
      faults
    });
    return {
      folder: final,
      archive,
      sha256: packed.sha256,
      release: { id: release2.id, version: release2.version },
      indexSigned,
      evidence: [
        { path: workspace.relativePath(archive), sha256: packed.sha256 }
      ]
    };
  } catch (error) {
    throw asWriteError(error, workspace.root);
  } finally {
    await rm2(staging, { recursive: true, force: true });
  }
}
function asWriteError(error, root) {
  if (error instanceof Error && "code" in error && "syscall" in error) {
    return new UserError(
      "DOSSIER_WRITE_FAILED",
      `cannot write the dossier in ${root}: ${systemReason(error)}`,
      { file: root },
      { cause: error }
    );
  }
  return error;
}
async function writeSignedIndex(context, folder, input, facts, release2) {
  const index = {
    format: "shipshape-dossier/1",
    release: { id: release2.id, version: release2.version },
    commit: facts.commit,
    createdAt: facts.createdAt,
    verdict: input.verdict,
    buildInputs: await gatherBuildInputs(
      release2.manifest,
      release2.dir,
      context.env
    ),
    stages: input.steps,
    signing: input.signer ? { method: input.signer.method, identity: input.signer.identity } : { method: "none" },
    files: folder.sorted()
  };
  const path = join3(folder.root, indexName);
  if (!input.signer) {
    index.signing.unsigned = input.unsignedReason ?? "no signing method was available";
    await folder.write(indexName, canonicalJSON(index));
    return false;
  }
  await folder.write(indexName, canonicalJSON(index));
  await input.signer.sign(path);
  folder.countWrite();
  return true;
}
async function gatherFacts(context, release2, input, workspace) {
  const root = workspace.root;
  const records = (await workspace.journal.verify()).records;
  return {
    verdict: input.verdict,
    release: { id: release2.id, version: release2.version },
    commit: await findCommit(context.cwd, context.env),
    createdAt: context.clock().toISOString(),
    releaseOwner: release2.owner,
    steps: input.steps,
    findings: input.findings,
    exceptions: exceptionFacts(release2.exceptions),
    overrides: records.filter(
      (r) => r.kind === "exception" || r.kind === "override"
    ),
    licences: await licenceCounts(join3(root, "evidence", "sbom"))
  };
}
async function readRelease(context) {
  const fallback = {
    id: "release",
    version: "unknown",
    owner: "the release owner",
    dir: context.cwd,
    exceptions: []
  };
  let facts = fallback;
  try {
    const parsed = await parseManifestFile(context.manifestFile, context.cwd);
    const data = parsed.document.data;
    const id = data?.release?.id;
    const version = data?.release?.version;
    facts = {
      ...fallback,
      id: typeof id === "string" && id ? id : fallback.id,
      version: typeof version === "string" ? version : fallback.version,
      owner: typeof data?.artifacts?.[0]?.owner === "string" ? data.artifacts[0].owner : fallback.owner,
      dir: parsed.dir,
      manifestFile: parsed.path,
      manifest: parsed.problems.length === 0 ? data : void 0
    };
  } catch {
  }
  try {
    const policy = await loadPolicy({
      file: context.policyFile,
      cwd: context.cwd
    });
    return { ...facts, exceptions: policy.policy["exceptions"] ?? [] };
  } catch {
    return facts;
  }
}
async function copyInputs(context, folder, manifestFile) {
  if (manifestFile) {
    await folder.copy(manifestFile, `inputs/${basename2(manifestFile)}`).catch(() => void 0);
  }
  try {
    const policy = await loadPolicy({
      file: context.policyFile,
      cwd: context.cwd
    });
    if (policy.path)
      await folder.copy(policy.path, `inputs/${basename2(policy.path)}`);
  } catch {
  }
}
async function copyReports(root, folder) {
  const dir = join3(root, "reports");
  const names = (await readdir3(dir)).filter(
    (name) => name.endsWith(".json") && !["run.json", "dossier.json"].includes(name)
  );
  for (const name of names.sort()) {
    await folder.copy(join3(dir, name), `reports/${name}`);
  }
}
async function licenceCounts(dir) {
  let names;
  try {
    names = (await readdir3(dir)).filter((n) => n.endsWith(".json")).sort();
  } catch {
    return [];
  }
  const counts = /* @__PURE__ */ new Map();
  for (const name of names) {
    try {
      const sbom = await readSBOM(join3(dir, name), name);
      if (sbom.format !== "cyclonedx" && counts.size > 0) continue;
      for (const component of sbom.components) {
        if (component.subject) continue;
        const key = component.licenses ?? "unknown";
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      if (sbom.format === "cyclonedx") break;
    } catch {
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
async function removeStaleDossiers(root) {
  const old = join3(
    root,
    `.dossier-old-${randomBytes2(6).toString("hex")}${tempSuffix}`
  );
  await rename2(join3(root, "dossier"), old).catch(() => void 0);
  for (const name of await readdir3(root)) {
    if (name.endsWith(tempSuffix) || name.endsWith("-dossier.tar.gz")) {
      await rm2(join3(root, name), { recursive: true, force: true });
    }
  }
}
function safeName(id) {
  const cleaned = id.replace(/[^A-Za-z0-9._-]/g, "-").replace(/^[.-]+/, "");
  return cleaned.slice(0, 80) || "release";
}

export {
  indexName,
  assembleDossier
};
