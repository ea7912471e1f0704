/**
 * Hand-built tar archives for the hostile-archive tests: each header is
 * written byte by byte, so any type flag, name or size can be planted.
 */
import { gzipSync } from 'node:zlib';

export interface RawEntry {
  name: string;
  /** Tar type flag: '0' file, '1' hard link, '2' symlink, '3'/'4' devices, '5' folder, '6' FIFO. */
  type?: string;
  data?: Buffer;
  linkname?: string;
  prefix?: string;
}

/** Builds an uncompressed tar archive from raw entries. */
export function rawTar(entries: readonly RawEntry[]): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    const data = entry.data ?? Buffer.alloc(0);
    const head = Buffer.alloc(512);
    head.write(entry.name, 0, 100, 'utf8');
    head.write('0000644\0', 100, 8, 'ascii');
    head.write('0000000\0', 108, 8, 'ascii');
    head.write('0000000\0', 116, 8, 'ascii');
    head.write(
      `${data.length.toString(8).padStart(11, '0')}\0`,
      124,
      12,
      'ascii',
    );
    head.write('00000000000\0', 136, 12, 'ascii');
    head.write('        ', 148, 8, 'ascii');
    head.write(entry.type ?? '0', 156, 1, 'ascii');
    head.write(entry.linkname ?? '', 157, 100, 'utf8');
    head.write('ustar\u000000', 257, 8, 'binary');
    head.write(entry.prefix ?? '', 345, 155, 'utf8');
    let sum = 0;
    for (const byte of head) sum += byte;
    head.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'binary');
    parts.push(head, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024));
  return Buffer.concat(parts);
}

/** Gzips a raw tar. */
export function rawTarGz(entries: readonly RawEntry[]): Buffer {
  return gzipSync(rawTar(entries));
}
