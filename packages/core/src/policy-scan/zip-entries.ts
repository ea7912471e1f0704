/**
 * A small zip reader over `node:zlib`: walks the central directory, checks
 * each local header, inflates with a hard output cap and verifies CRC-32.
 * Stored and deflated entries only; encrypted, zip64 and link entries
 * refuse the whole archive.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import {
  archiveError,
  archiveLimits,
  assertSafeEntryName,
  assertWithinLimits,
  type ArchiveEntry,
} from './archive-entries.ts';

const endSignature = 0x06054b50;
const centralSignature = 0x02014b50;
const localSignature = 0x04034b50;

interface CentralEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  mode: number;
  localOffset: number;
}

/** The regular files of a zip archive (see the module comment). */
export function readZipEntries(zip: Buffer, file: string): ArchiveEntry[] {
  const central = readCentralDirectory(zip, file);
  const entries: ArchiveEntry[] = [];
  let total = 0;
  central.forEach((entry, index) => {
    assertSafeEntryName(entry.name, file);
    total += entry.size;
    assertWithinLimits(index + 1, entry.size, total, file);
    assertRegular(entry, file);
    if (entry.name.endsWith('/')) return;
    entries.push({ name: entry.name, data: readData(zip, entry, file) });
  });
  return entries;
}

function readCentralDirectory(zip: Buffer, file: string): CentralEntry[] {
  const end = findEnd(zip, file);
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) {
    throw archiveError(file, 'is a zip64 archive, which is not supported');
  }
  const entries: CentralEntry[] = [];
  for (let index = 0; index < count; index += 1) {
    if (
      offset + 46 > zip.length ||
      zip.readUInt32LE(offset) !== centralSignature
    ) {
      throw archiveError(file, 'has a corrupt zip central directory');
    }
    const nameLength = zip.readUInt16LE(offset + 28);
    const skip =
      nameLength +
      zip.readUInt16LE(offset + 30) +
      zip.readUInt16LE(offset + 32);
    entries.push({
      flags: zip.readUInt16LE(offset + 8),
      method: zip.readUInt16LE(offset + 10),
      crc: zip.readUInt32LE(offset + 16),
      compressedSize: zip.readUInt32LE(offset + 20),
      size: zip.readUInt32LE(offset + 24),
      mode: zip.readUInt32LE(offset + 38) >>> 16,
      localOffset: zip.readUInt32LE(offset + 42),
      name: zip.toString('utf8', offset + 46, offset + 46 + nameLength),
    });
    offset += 46 + skip;
    if (entries.length > archiveLimits.entries) {
      throw archiveError(
        file,
        `has more than ${archiveLimits.entries} entries`,
      );
    }
  }
  return entries;
}

function findEnd(zip: Buffer, file: string): number {
  const stop = Math.max(0, zip.length - 22 - 0xffff);
  for (let offset = zip.length - 22; offset >= stop; offset -= 1) {
    if (zip.readUInt32LE(offset) === endSignature) return offset;
  }
  throw archiveError(file, 'is not a zip archive');
}

function assertRegular(entry: CentralEntry, file: string): void {
  const type = entry.mode & 0o170000;
  if (type !== 0 && type !== 0o100000 && type !== 0o040000) {
    throw archiveError(
      file,
      `has a ${type === 0o120000 ? 'link' : 'special'} entry "${entry.name.slice(0, 200)}"; only regular files are accepted`,
    );
  }
  if ((entry.flags & 1) !== 0) {
    throw archiveError(
      file,
      `has an encrypted entry "${entry.name.slice(0, 200)}"`,
    );
  }
  if (entry.method !== 0 && entry.method !== 8) {
    throw archiveError(
      file,
      `uses compression method ${entry.method}; only stored and deflate are supported`,
    );
  }
  if (entry.size > Math.max(entry.compressedSize, 1) * archiveLimits.ratio) {
    throw archiveError(
      file,
      `has an entry "${entry.name.slice(0, 200)}" that expands beyond ${archiveLimits.ratio} times its size (a decompression bomb?)`,
    );
  }
}

function readData(zip: Buffer, entry: CentralEntry, file: string): Buffer {
  const at = entry.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== localSignature) {
    throw archiveError(
      file,
      `has a corrupt local header for "${entry.name.slice(0, 200)}"`,
    );
  }
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const end = start + entry.compressedSize;
  if (end > zip.length) throw archiveError(file, 'is truncated');
  const raw = zip.subarray(start, end);
  let data: Buffer;
  try {
    data =
      entry.method === 0
        ? Buffer.from(raw)
        : inflateRawSync(raw, { maxOutputLength: Math.max(entry.size, 1) });
  } catch {
    throw archiveError(
      file,
      `has an entry "${entry.name.slice(0, 200)}" that does not inflate to its declared size`,
    );
  }
  if (data.length !== entry.size || crc32(data) !== entry.crc) {
    throw archiveError(
      file,
      `has an entry "${entry.name.slice(0, 200)}" whose size or CRC-32 does not match`,
    );
  }
  return data;
}
