/**
 * The release workspace (`.shipshape/` by default): where stages leave
 * their reports and evidence for the next stage and for the dossier.
 *
 *   reports/<stage>.json   the stage report (canonical JSON)
 *   evidence/<stage>/      files a stage produced (SBOMs, logs, …)
 *   journal.jsonl          the hash-chained journal
 */
import { lstat, mkdir, readdir, rm } from 'node:fs/promises';
import { isAbsolute, join, relative } from 'node:path';
import { canonicalJSON } from '../input/canonical-json.ts';
import { readJSONFile } from '../input/json-document.ts';
import { sha256Hex } from '../hashing/file-digest.ts';
import { InternalError, UserError } from '../errors.ts';
import { Journal } from '../journal/journal.ts';
import {
  stageNames,
  type Evidence,
  type StageName,
  type StageReport,
} from '../report.ts';
import { tempSuffix, writeFileAtomic } from './atomic-write.ts';
import type { Clock } from '../clock.ts';

/** A release workspace folder. */
export class ReleaseWorkspace {
  readonly root: string;
  readonly journal: Journal;

  private constructor(root: string, clock: Clock) {
    this.root = root;
    this.journal = new Journal(join(root, 'journal.jsonl'), clock);
  }

  /**
   * Opens (and creates) a workspace. Refuses a workspace path that is a
   * symbolic link, and removes temporary files a crash left behind.
   */
  static async open(root: string, clock: Clock): Promise<ReleaseWorkspace> {
    await refuseSymlink(root);
    // A link planted inside a reused workspace (a CI cache, a shared
    // /tmp) would send reports, evidence or journal records elsewhere.
    for (const name of linkFreeEntries) await refuseSymlink(join(root, name));
    await mkdir(join(root, 'reports'), { recursive: true });
    await mkdir(join(root, 'evidence'), { recursive: true });
    const workspace = new ReleaseWorkspace(root, clock);
    await workspace.removeStaleTemps();
    return workspace;
  }

  /** Folder for a stage's evidence files, created on demand. */
  async evidenceDir(stage: StageName): Promise<string> {
    const dir = join(this.root, 'evidence', stage);
    await refuseSymlink(dir);
    await mkdir(dir, { recursive: true });
    return dir;
  }

  /** Writes a file of evidence atomically and returns its Evidence entry. */
  async writeEvidence(
    stage: StageName,
    name: string,
    data: string | Uint8Array,
  ): Promise<Evidence> {
    const dir = await this.evidenceDir(stage);
    const parts = name.split('/');
    if (
      isAbsolute(name) ||
      parts.some((part) => part === '' || part === '.' || part === '..')
    )
      throw new InternalError(
        'EVIDENCE_NAME_INVALID',
        `evidence name ${name} leaves its folder`,
      );
    const path = join(dir, ...parts);
    if (parts.length > 1) {
      // Nested evidence (a tree of signatures): each folder on the way is
      // created here and must not be a link.
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
  relativePath(path: string): string {
    return relative(process.cwd(), path).split('\\').join('/');
  }

  /** Writes a stage report atomically as canonical JSON. */
  async writeReport(report: StageReport): Promise<string> {
    const path = join(this.root, 'reports', `${report.stage}.json`);
    await writeFileAtomic(path, canonicalJSON(report));
    return path;
  }

  /** Reads a stage report, or undefined when the stage has not run. */
  async readReport(stage: StageName): Promise<StageReport | undefined> {
    const path = join(this.root, 'reports', `${stage}.json`);
    try {
      await lstat(path);
    } catch {
      return undefined;
    }
    await refuseSymlink(path);
    return (await readJSONFile(path, path)) as StageReport;
  }

  /** Every stage report present, in pipeline order. */
  async readReports(): Promise<StageReport[]> {
    const reports: StageReport[] = [];
    for (const stage of stageNames) {
      const report = await this.readReport(stage);
      if (report) reports.push(report);
    }
    return reports;
  }

  /** Removes `*.shipshape-tmp` files left by an interrupted write. */
  async removeStaleTemps(): Promise<void> {
    const entries = await readdir(this.root, {
      recursive: true,
      withFileTypes: true,
    });
    for (const entry of entries) {
      if (entry.isFile() && entry.name.endsWith(tempSuffix)) {
        await rm(join(entry.parentPath, entry.name), { force: true });
      }
    }
  }
}

/** Entries of the workspace that must never be symbolic links. */
const linkFreeEntries = [
  'reports',
  'evidence',
  'journal.jsonl',
  'journal.jsonl.torn',
  'journal.jsonl.lock',
] as const;

async function refuseSymlink(path: string): Promise<void> {
  try {
    const info = await lstat(path);
    if (info.isSymbolicLink()) {
      throw new UserError(
        'WORKSPACE_SYMLINK',
        `${path} is a symbolic link; the release workspace and what it holds must be real files and folders`,
        { file: path },
      );
    }
  } catch (error: unknown) {
    if (error instanceof UserError) throw error;
  }
}
