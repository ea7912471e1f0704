/**
 * A small reader of (already decompressed) tar archives: ustar, pax `path`
 * records and GNU long names. Only regular files and folders are accepted;
 * any link or device entry refuses the whole archive.
 */
import {
  archiveError,
  assertSafeEntryName,
  assertWithinLimits,
  type ArchiveEntry,
} from './archive-entries.ts';

const block = 512;

/** The regular files of a tar archive (see the module comment). */
export function readTarEntries(tar: Buffer, file: string): ArchiveEntry[] {
  const entries: ArchiveEntry[] = [];
  let offset = 0;
  let longName: string | undefined;
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
    if (end > tar.length) throw archiveError(file, 'is truncated');
    offset = start + Math.ceil(size / block) * block;
    const data = tar.subarray(start, end);
    count += 1;
    total += size;
    assertWithinLimits(count, size, total, file);
    if (type === 'x') {
      longName = paxPath(data) ?? longName;
      continue;
    }
    if (type === 'L') {
      longName = data.toString('utf8').replace(/\0.*$/s, '');
      continue;
    }
    if (type === 'g') continue;
    const name = longName ?? headerName(header);
    longName = undefined;
    assertSafeEntryName(name, file);
    if (type === '5') continue;
    if (type !== '0' && type !== '\0' && type !== '7') {
      throw archiveError(
        file,
        `has a ${type === '1' || type === '2' ? 'link' : 'special'} entry "${name.slice(0, 200)}"; only regular files are accepted`,
      );
    }
    entries.push({ name, data: Buffer.from(data) });
  }
  return entries;
}

function headerName(header: Buffer): string {
  const name = cString(header.subarray(0, 100));
  const magic = header.subarray(257, 262).toString('latin1');
  const prefix = magic === 'ustar' ? cString(header.subarray(345, 500)) : '';
  return prefix ? `${prefix}/${name}` : name;
}

function cString(bytes: Buffer): string {
  const end = bytes.indexOf(0);
  return bytes.subarray(0, end < 0 ? bytes.length : end).toString('utf8');
}

function readSize(field: Buffer, file: string): number {
  if (((field[0] ?? 0) & 0x80) !== 0) {
    throw archiveError(
      file,
      'uses base-256 sizes, which are over the entry limit',
    );
  }
  const text = cString(field).trim();
  if (!/^[0-7]*$/.test(text))
    throw archiveError(file, 'has a corrupt tar header');
  return text === '' ? 0 : parseInt(text, 8);
}

function assertChecksum(header: Buffer, file: string): void {
  const stored = parseInt(cString(header.subarray(148, 156)).trim(), 8);
  let sum = 0;
  for (let index = 0; index < block; index += 1) {
    sum += index >= 148 && index < 156 ? 32 : (header[index] ?? 0);
  }
  if (stored !== sum) throw archiveError(file, 'has a corrupt tar header');
}

function paxPath(data: Buffer): string | undefined {
  // Records are "<length> <key>=<value>\n".
  for (const record of data.toString('utf8').split('\n')) {
    const match = /^\d+ path=(.*)$/s.exec(record);
    if (match) return match[1];
  }
  return undefined;
}
