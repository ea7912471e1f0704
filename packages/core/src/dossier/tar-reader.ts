/**
 * Reads a dossier archive without trusting it. The whole archive is
 * checked before a single byte is written: only regular files and folders,
 * relative names without `..`, no duplicate names after Unicode
 * normalisation and case folding, and caps on compressed size,
 * uncompressed size, compression ratio, entry count and depth. Only then
 * is it extracted, into a fresh private folder made by `mkdtemp`.
 */
import { mkdir, mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { UserError } from '../errors.ts';

/** Caps on an archive; past any of them it is refused. */
export interface ArchiveLimits {
  compressedBytes: number;
  uncompressedBytes: number;
  /** Uncompressed over compressed size, checked past `ratioFloorBytes`. */
  ratio: number;
  ratioFloorBytes: number;
  entries: number;
  depth: number;
  pathLength: number;
}

/** Defaults generous for a real dossier and tight for a bomb. */
export const defaultArchiveLimits: ArchiveLimits = {
  compressedBytes: 128 * 1024 * 1024,
  uncompressedBytes: 512 * 1024 * 1024,
  ratio: 100,
  ratioFloorBytes: 4 * 1024 * 1024,
  entries: 10_000,
  depth: 16,
  pathLength: 512,
};

/** One checked entry; `data` is a view into the archive. */
export interface ArchiveEntry {
  path: string;
  type: 'file' | 'directory';
  data: Buffer;
}

const block = 512;

/** Reads, decompresses and checks an archive; throws `ARCHIVE_REJECTED`. */
export async function readArchive(
  file: string,
  limits: ArchiveLimits = defaultArchiveLimits,
): Promise<ArchiveEntry[]> {
  const compressed = await readCapped(file, limits.compressedBytes);
  const tar = gunzipCapped(compressed, file, limits);
  return parseTar(tar, file, limits);
}

/** Extracts checked entries into a new private temporary folder. */
export async function extractEntries(
  entries: readonly ArchiveEntry[],
): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'shipshape-dossier-'));
  try {
    for (const entry of entries) {
      const target = join(root, ...entry.path.split('/'));
      if (entry.type === 'directory') {
        await mkdir(target, { recursive: true, mode: 0o755 });
      } else {
        await mkdir(join(target, '..'), { recursive: true, mode: 0o755 });
        await writeFile(target, entry.data, { flag: 'wx', mode: 0o644 });
      }
    }
  } catch (error: unknown) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
  return root;
}

function reject(file: string, reason: string): UserError {
  return new UserError('ARCHIVE_REJECTED', `${file}: ${reason}`, { file });
}

async function readCapped(file: string, cap: number): Promise<Buffer> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UserError('ARCHIVE_UNREADABLE', `cannot read ${file} (${code})`, {
      file,
    });
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw reject(file, 'is not a regular file');
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

function gunzipCapped(
  compressed: Buffer,
  file: string,
  limits: ArchiveLimits,
): Buffer {
  const byRatio = Math.max(
    limits.ratioFloorBytes,
    compressed.length * limits.ratio,
  );
  const cap = Math.min(limits.uncompressedBytes, byRatio);
  try {
    return gunzipSync(compressed, { maxOutputLength: cap });
  } catch (error: unknown) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') {
      throw reject(
        file,
        cap === limits.uncompressedBytes
          ? `expands past the ${limits.uncompressedBytes}-byte limit`
          : `expands more than ${limits.ratio} times its compressed size (a decompression bomb?)`,
      );
    }
    throw reject(file, 'is not a valid gzip file');
  }
}

/** Parses ustar bytes, checking every header before returning any entry. */
export function parseTar(
  tar: Buffer,
  file: string,
  limits: ArchiveLimits = defaultArchiveLimits,
): ArchiveEntry[] {
  const entries: ArchiveEntry[] = [];
  const seen = new Map<string, ArchiveEntry['type']>();
  let at = 0;
  for (;;) {
    if (at + block > tar.length) throw reject(file, 'ends inside a header');
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
        `${quote(entry.path)} runs past the end of the archive`,
      );
    }
    const path = checkName(entry.path, entry.type, file, limits);
    checkUnique(path, entry.type, seen, file);
    entries.push({
      path,
      type: entry.type,
      data: tar.subarray(start, start + size),
    });
    at = start + Math.ceil(size / block) * block;
  }
  return entries;
}

function parseHeader(
  head: Buffer,
  file: string,
  offset: number,
): { path: string; type: ArchiveEntry['type']; size: number } {
  const stored = readOctal(head, 148, 8);
  let sum = 0;
  for (let index = 0; index < block; index += 1) {
    sum += index >= 148 && index < 156 ? 32 : (head[index] ?? 0);
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
  if (flag === '0' || flag === '\u0000') {
    if (path.endsWith('/'))
      throw reject(file, `${quote(path)} is a file named like a folder`);
    return { path, type: 'file', size };
  }
  if (flag === '5') {
    if (size !== 0)
      throw reject(file, `${quote(path)} is a folder with content`);
    return { path, type: 'directory', size };
  }
  throw reject(
    file,
    `${quote(path)} is a ${typeName(flag)}; a dossier holds only regular files and folders`,
  );
}

function typeName(flag: string): string {
  const names: Record<string, string> = {
    '1': 'hard link',
    '2': 'symbolic link',
    '3': 'character device',
    '4': 'block device',
    '6': 'FIFO',
    '7': 'contiguous file',
    x: 'pax extended header',
    g: 'pax global header',
    L: 'GNU long name',
    K: 'GNU long link',
  };
  return names[flag] ?? `entry of type ${JSON.stringify(flag)}`;
}

function checkName(
  raw: string,
  type: ArchiveEntry['type'],
  file: string,
  limits: ArchiveLimits,
): string {
  const path = type === 'directory' ? raw.replace(/\/$/, '') : raw;
  const bad = (why: string) => reject(file, `${quote(raw)} ${why}`);
  if (path === '') throw bad('has an empty name');
  if (raw.length > limits.pathLength)
    throw bad(`is longer than ${limits.pathLength} characters`);
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path))
    throw bad('is an absolute path');
  if (path.includes('\\')) throw bad('contains a backslash');
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  if (/[\u0000-\u001f\u007f]/.test(path))
    throw bad('contains a control character');
  const segments = path.split('/');
  if (segments.includes('..')) throw bad('contains ".."');
  if (segments.some((segment) => segment === '' || segment === '.')) {
    throw bad('has an empty or "." path segment');
  }
  if (segments.length > limits.depth)
    throw bad(`is nested deeper than ${limits.depth} folders`);
  return path;
}

/** NFC-normalised and case-folded, so `ß`/`SS` and `A`/`a` collide. */
export function foldName(path: string): string {
  return path.normalize('NFC').toUpperCase().toLowerCase().normalize('NFC');
}

function checkUnique(
  path: string,
  type: ArchiveEntry['type'],
  seen: Map<string, ArchiveEntry['type']>,
  file: string,
): void {
  const key = foldName(path);
  if (seen.has(key)) {
    throw reject(
      file,
      `${quote(path)} appears twice (names are compared after Unicode normalisation and case folding)`,
    );
  }
  if (type === 'file' && seen.has(`${key}/`)) {
    throw reject(file, `${quote(path)} is a file with entries below it`);
  }
  const segments = key.split('/');
  for (let depth = 1; depth < segments.length; depth += 1) {
    const parent = segments.slice(0, depth).join('/');
    if (seen.get(parent) === 'file') {
      throw reject(file, `${quote(path)} lies below a file entry`);
    }
    // A trailing slash marks "some entry lies below this name".
    seen.set(`${parent}/`, 'directory');
  }
  seen.set(key, type);
}

function readText(head: Buffer, at: number, length: number): string {
  const field = head.subarray(at, at + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? length : end).toString('utf8');
}

function readOctal(head: Buffer, at: number, length: number): number {
  const text = readText(head, at, length).trim();
  if (!/^[0-7]{1,12}$/.test(text)) return Number.NaN;
  return parseInt(text, 8);
}

function quote(path: string): string {
  return JSON.stringify(path.slice(0, 200));
}
