/**
 * Reads one small file out of a package archive without extracting
 * anything to disk: a tar (optionally gzip-compressed) or a zip. Entries
 * over a size cap, encrypted or oddly compressed zip entries, and archives
 * that are not what they claim are refused with a `UserError`-free
 * `ArchiveProblem`, which probes turn into `PUBLISH_PACKAGE_INVALID`.
 */
import { open, stat } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import { list } from 'tar';

/** An archive that could not be read; the message is safe to show. */
export class ArchiveProblem extends Error {
  override readonly name = 'ArchiveProblem';
}

/** Largest metadata file read from an archive. */
export const maxMetadataBytes = 1024 * 1024;

/** Largest zip central directory read. */
const maxCentralDirectoryBytes = 16 * 1024 * 1024;

/** Text of the first tar entry whose path matches, or undefined. */
export async function readTarEntry(
  file: string,
  matches: (path: string) => boolean,
  maxBytes = maxMetadataBytes,
): Promise<{ path: string; text: string } | undefined> {
  let found: { path: string; text: string } | undefined;
  let problem: ArchiveProblem | undefined;
  try {
    await list({
      file,
      strict: true,
      onReadEntry: (entry) => {
        if (found || problem || entry.type !== 'File' || !matches(entry.path)) {
          entry.resume();
          return;
        }
        if (entry.size > maxBytes) {
          problem = new ArchiveProblem(
            `${entry.path} in the archive is over the ${maxBytes} byte cap`,
          );
          entry.resume();
          return;
        }
        const chunks: Buffer[] = [];
        entry.on('data', (chunk: Buffer) => chunks.push(chunk));
        entry.on('end', () => {
          found = {
            path: entry.path,
            text: Buffer.concat(chunks).toString('utf8'),
          };
        });
      },
    });
  } catch (error: unknown) {
    const message = error instanceof Error ? error.message : String(error);
    throw new ArchiveProblem(`not a readable tar archive: ${message}`);
  }
  if (problem) throw problem;
  return found;
}

interface ZipEntry {
  path: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

/** Names of every entry in a zip archive (from its central directory). */
export async function listZipEntries(file: string): Promise<string[]> {
  return (await readCentralDirectory(file)).map((entry) => entry.path);
}

/** Text of the first zip entry whose path matches, or undefined. */
export async function readZipEntry(
  file: string,
  matches: (path: string) => boolean,
  maxBytes = maxMetadataBytes,
): Promise<{ path: string; text: string } | undefined> {
  const entry = (await readCentralDirectory(file)).find((item) =>
    matches(item.path),
  );
  if (!entry) return undefined;
  if (entry.size > maxBytes || entry.compressedSize > maxBytes)
    throw new ArchiveProblem(
      `${entry.path} in the archive is over the ${maxBytes} byte cap`,
    );
  if (entry.flags & 1)
    throw new ArchiveProblem(`${entry.path} in the archive is encrypted`);
  const handle = await open(file, 'r');
  try {
    const header = Buffer.alloc(30);
    await handle.read(header, 0, 30, entry.localOffset);
    if (header.readUInt32LE(0) !== 0x04034b50)
      throw new ArchiveProblem(`${entry.path}: broken local header`);
    const start =
      entry.localOffset +
      30 +
      header.readUInt16LE(26) +
      header.readUInt16LE(28);
    const data = Buffer.alloc(entry.compressedSize);
    await handle.read(data, 0, entry.compressedSize, start);
    return { path: entry.path, text: inflate(entry, data, maxBytes) };
  } finally {
    await handle.close();
  }
}

function inflate(entry: ZipEntry, data: Buffer, maxBytes: number): string {
  if (entry.method === 0) return data.toString('utf8');
  if (entry.method !== 8)
    throw new ArchiveProblem(
      `${entry.path} uses zip compression method ${entry.method}; only stored and deflate are read`,
    );
  try {
    return inflateRawSync(data, { maxOutputLength: maxBytes }).toString('utf8');
  } catch {
    throw new ArchiveProblem(
      `${entry.path} does not inflate within ${maxBytes} bytes`,
    );
  }
}

async function readCentralDirectory(file: string): Promise<ZipEntry[]> {
  const size = (await stat(file)).size;
  const handle = await open(file, 'r');
  try {
    // The end record sits in the last 22 bytes plus up to 64 KiB of comment.
    const tailSize = Math.min(size, 22 + 0xffff);
    const tail = Buffer.alloc(tailSize);
    await handle.read(tail, 0, tailSize, size - tailSize);
    const end = tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (end < 0 || end + 22 > tail.length)
      throw new ArchiveProblem(
        'not a zip archive (no end of central directory)',
      );
    const count = tail.readUInt16LE(end + 10);
    const dirSize = tail.readUInt32LE(end + 12);
    const dirOffset = tail.readUInt32LE(end + 16);
    if (dirSize > maxCentralDirectoryBytes || dirOffset + dirSize > size)
      throw new ArchiveProblem('zip central directory is out of bounds');
    const dir = Buffer.alloc(dirSize);
    await handle.read(dir, 0, dirSize, dirOffset);
    return parseCentralDirectory(dir, count, size);
  } finally {
    await handle.close();
  }
}

function parseCentralDirectory(
  dir: Buffer,
  count: number,
  archiveSize: number,
): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let index = 0; index < count; index += 1) {
    if (at + 46 > dir.length || dir.readUInt32LE(at) !== 0x02014b50)
      throw new ArchiveProblem('zip central directory is malformed');
    const nameLength = dir.readUInt16LE(at + 28);
    const extra = dir.readUInt16LE(at + 30) + dir.readUInt16LE(at + 32);
    const entry: ZipEntry = {
      flags: dir.readUInt16LE(at + 8),
      method: dir.readUInt16LE(at + 10),
      compressedSize: dir.readUInt32LE(at + 20),
      size: dir.readUInt32LE(at + 24),
      localOffset: dir.readUInt32LE(at + 42),
      path: dir.toString('utf8', at + 46, at + 46 + nameLength),
    };
    if (entry.localOffset + entry.compressedSize > archiveSize)
      throw new ArchiveProblem(`${entry.path}: entry is out of bounds`);
    entries.push(entry);
    at += 46 + nameLength + extra;
  }
  return entries;
}
