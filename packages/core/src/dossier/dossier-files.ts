/**
 * Writing the files of a dossier folder: every write is flushed and
 * counted by the fault hook, and nothing but regular files and folders is
 * ever copied in.
 */
import { lstat, mkdir, open, readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.ts';
import { sha256Hex } from '../hashing/file-digest.ts';
import type { WriteFaults } from './fault-hook.ts';

/** A file of the dossier, relative to the dossier folder. */
export interface IndexedFile {
  path: string;
  sha256: string;
}

/** Writes files into a dossier folder that is being built. */
export class DossierFolder {
  readonly root: string;
  readonly files: IndexedFile[] = [];
  readonly #faults: WriteFaults;

  constructor(root: string, faults: WriteFaults) {
    this.root = root;
    this.#faults = faults;
  }

  /** Writes a new file (never overwriting) and indexes it. */
  async write(path: string, data: string | Uint8Array): Promise<void> {
    const target = join(this.root, ...path.split('/'));
    await mkdir(dirname(target), { recursive: true, mode: 0o755 });
    const handle = await open(target, 'wx', 0o644);
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
  async syncAll(): Promise<void> {
    const paths = this.files.map((file) =>
      join(this.root, ...file.path.split('/')),
    );
    for (let at = 0; at < paths.length; at += 64) {
      await Promise.all(paths.slice(at, at + 64).map(syncFile));
    }
  }

  /** Copies a regular file in; refuses links and special files. */
  async copy(source: string, path: string): Promise<void> {
    const info = await lstat(source);
    if (!info.isFile()) {
      throw new UserError(
        'DOSSIER_NOT_REGULAR',
        `${source} is not a regular file; the dossier copies only regular files`,
        { file: source },
      );
    }
    await this.write(path, await readFile(source));
  }

  /**
   * Copies a folder tree in, skipping dot files (temporary and hidden
   * files never belong in a dossier).
   */
  async copyTree(source: string, path: string): Promise<void> {
    let names: string[];
    try {
      names = (await readdir(source)).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const from = join(source, name);
      const info = await lstat(from);
      if (info.isDirectory()) await this.copyTree(from, `${path}/${name}`);
      else await this.copy(from, `${path}/${name}`);
    }
  }

  /** Counts a write made by someone else (the signer) for the fault hook. */
  countWrite(): void {
    this.#faults.wrote();
  }

  /** The indexed files sorted by path. */
  sorted(): IndexedFile[] {
    return [...this.files].sort((a, b) =>
      Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)),
    );
  }
}

/** SHA256SUMS in the format `sha256sum -c` reads. */
export function sha256Sums(files: readonly IndexedFile[]): string {
  return files.map((file) => `${file.sha256}  ${file.path}\n`).join('');
}

async function syncFile(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
