/**
 * A deterministic tar.gz writer for the dossier. Entries are sorted by
 * path, every entry has the same mtime, uid and gid 0, no user or group
 * names, mode 0755 for folders and 0644 for files; only regular files and
 * folders are written (ustar format, no extended headers). The gzip header
 * carries no name and no time, so the same folder always gives the same
 * bytes. The archive is written to a temporary name beside its final path,
 * flushed and renamed, so a crash leaves no partial archive under the
 * final name.
 */
import { randomBytes } from 'node:crypto';
import { lstat, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { UserError } from '../errors.ts';
import { sha256Hex } from '../hashing/file-digest.ts';
import { syncDirectory, tempSuffix } from '../workspace/atomic-write.ts';
import { WriteFaults } from './fault-hook.ts';

/** One entry of an archive. */
export interface TarEntry {
  /** Relative path with `/` separators; folders end without a slash. */
  path: string;
  type: 'file' | 'directory';
  data?: Uint8Array;
}

/** Options for packing. */
export interface PackOptions {
  /** Seconds since 1970 written as every entry's mtime. */
  mtime: number;
  /** Folder name every entry is placed under inside the archive. */
  prefix: string;
  faults?: WriteFaults;
}

const block = 512;

/** Lists a folder as sorted tar entries; refuses anything but files and folders. */
export async function collectEntries(root: string): Promise<TarEntry[]> {
  const entries: TarEntry[] = [];
  const walk = async (dir: string, rel: string): Promise<void> => {
    const names = (await readdir(dir)).sort();
    for (const name of names) {
      const path = join(dir, name);
      const relPath = rel ? `${rel}/${name}` : name;
      const info = await lstat(path);
      if (info.isDirectory()) {
        entries.push({ path: relPath, type: 'directory' });
        await walk(path, relPath);
      } else if (info.isFile()) {
        entries.push({
          path: relPath,
          type: 'file',
          data: await readFile(path),
        });
      } else {
        throw new UserError(
          'DOSSIER_NOT_REGULAR',
          `${path} is neither a regular file nor a folder; the dossier holds only those`,
          { file: path },
        );
      }
    }
  };
  await walk(root, '');
  return sortEntries(entries);
}

/** Sorts entries by the bytes of their path. */
export function sortEntries(entries: readonly TarEntry[]): TarEntry[] {
  return [...entries].sort((a, b) =>
    Buffer.compare(Buffer.from(a.path), Buffer.from(b.path)),
  );
}

/** Serialises entries as an uncompressed ustar archive. */
export function tarBytes(
  entries: readonly TarEntry[],
  options: Omit<PackOptions, 'faults'>,
): Buffer {
  const parts: Buffer[] = [];
  if (options.prefix) {
    parts.push(header(`${options.prefix}/`, 'directory', 0, options.mtime));
  }
  for (const entry of sortEntries(entries)) {
    const name = options.prefix
      ? `${options.prefix}/${entry.path}`
      : entry.path;
    if (entry.type === 'directory') {
      parts.push(header(`${name}/`, 'directory', 0, options.mtime));
      continue;
    }
    const data = Buffer.from(entry.data ?? new Uint8Array());
    parts.push(header(name, 'file', data.length, options.mtime), data);
    const pad = (block - (data.length % block)) % block;
    if (pad > 0) parts.push(Buffer.alloc(pad));
  }
  parts.push(Buffer.alloc(block * 2));
  return Buffer.concat(parts);
}

/** Gzips with a fixed header (no name, mtime 0) at a fixed level. */
export function gzipFixed(data: Uint8Array): Buffer {
  return gzipSync(data, { level: 6, memLevel: 8, windowBits: 15 });
}

/**
 * Packs `root` into `outFile` atomically and returns its SHA-256. The
 * archive's bytes depend only on the folder's content, `mtime` and `prefix`.
 */
export async function packDirectory(
  root: string,
  outFile: string,
  options: PackOptions,
): Promise<{ sha256: string; bytes: number }> {
  const entries = await collectEntries(root);
  const archive = gzipFixed(tarBytes(entries, options));
  await writeAtomicCounted(outFile, archive, options.faults);
  return { sha256: sha256Hex(archive), bytes: archive.length };
}

/**
 * Writes a file through a temporary name in 64 KiB writes, each one
 * counted by the fault hook, then flushes and renames it into place.
 */
export async function writeAtomicCounted(
  path: string,
  data: Uint8Array,
  faults: WriteFaults = new WriteFaults(),
): Promise<void> {
  const temp = join(
    dirname(path),
    `.${basename(path)}.${randomBytes(6).toString('hex')}${tempSuffix}`,
  );
  const chunk = 64 * 1024;
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      let at = 0;
      do {
        const length = Math.min(chunk, data.length - at);
        if (length > 0) await handle.write(data, at, length);
        faults.wrote();
        at += chunk;
      } while (at < data.length);
      await handle.chmod(0o644);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
    faults.wrote();
    await syncDirectory(dirname(path));
  } catch (error: unknown) {
    await rm(temp, { force: true });
    throw error;
  }
}

function header(
  name: string,
  type: TarEntry['type'],
  size: number,
  mtime: number,
): Buffer {
  const buffer = Buffer.alloc(block);
  const [prefix, rest] = splitName(name);
  buffer.write(rest, 0, 100, 'utf8');
  writeOctal(buffer, 100, 8, type === 'directory' ? 0o755 : 0o644);
  writeOctal(buffer, 108, 8, 0);
  writeOctal(buffer, 116, 8, 0);
  writeOctal(buffer, 124, 12, size);
  writeOctal(buffer, 136, 12, mtime);
  buffer.write('        ', 148, 8, 'ascii');
  buffer.write(type === 'directory' ? '5' : '0', 156, 1, 'ascii');
  buffer.write('ustar\u000000', 257, 8, 'binary');
  writeOctal(buffer, 329, 8, 0);
  writeOctal(buffer, 337, 8, 0);
  buffer.write(prefix, 345, 155, 'utf8');
  let sum = 0;
  for (const byte of buffer) sum += byte;
  buffer.write(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148, 8, 'binary');
  return buffer;
}

function writeOctal(buffer: Buffer, at: number, width: number, value: number) {
  buffer.write(
    `${value.toString(8).padStart(width - 1, '0')}\u0000`,
    at,
    width,
    'ascii',
  );
}

/** Splits a long path into ustar's prefix (155 bytes) and name (100 bytes). */
function splitName(name: string): [string, string] {
  if (Buffer.byteLength(name) <= 100) return ['', name];
  const trimmed = name.endsWith('/') ? name.slice(0, -1) : name;
  for (
    let at = trimmed.indexOf('/');
    at > 0;
    at = trimmed.indexOf('/', at + 1)
  ) {
    const prefix = trimmed.slice(0, at);
    const rest = name.slice(at + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(rest) <= 100) {
      return [prefix, rest];
    }
  }
  throw new UserError(
    'DOSSIER_PATH_TOO_LONG',
    `${name} is too long for a portable tar entry (name 100 bytes, prefix 155 bytes)`,
    { file: name },
  );
}
