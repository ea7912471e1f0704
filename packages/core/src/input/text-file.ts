/**
 * Reads untrusted text files: bounded in size, strictly UTF-8, one BOM
 * allowed and removed. Every failure names the file.
 */
import { open } from 'node:fs/promises';
import { UserError } from '../errors.ts';

/** Options for reading a text file. */
export interface ReadTextOptions {
  /** Refuse files larger than this many bytes. */
  maxBytes: number;
  /** Name shown in messages; defaults to the path. */
  displayName?: string;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Reads a whole file as UTF-8 text, refusing oversize and invalid input. */
export async function readTextFile(
  path: string,
  options: ReadTextOptions,
): Promise<string> {
  const name = options.displayName ?? path;
  const bytes = await readBoundedFile(path, options.maxBytes, name);
  return decodeUTF8(bytes, name);
}

/** Decodes bytes as strict UTF-8; exit 2 naming the file when invalid. */
export function decodeUTF8(bytes: Uint8Array, name: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new UserError('INPUT_NOT_UTF8', `${name} is not valid UTF-8 text`, {
      file: name,
    });
  }
}

/** Reads at most `maxBytes` bytes of a file; refuses larger files. */
export async function readBoundedFile(
  path: string,
  maxBytes: number,
  name = path,
): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error: unknown) {
    throw new UserError(
      'INPUT_UNREADABLE',
      `cannot read ${name}: ${systemReason(error)}`,
      { file: name },
    );
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) {
      throw new UserError('INPUT_NOT_FILE', `${name} is not a regular file`, {
        file: name,
      });
    }
    if (stat.size > maxBytes) {
      throw tooLarge(name, maxBytes);
    }
    const buffer = Buffer.alloc(stat.size + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(
        buffer,
        length,
        buffer.length - length,
        null,
      );
      if (bytesRead === 0) break;
      length += bytesRead;
      // The file grew while we read it: refuse rather than guess.
      if (length > stat.size) throw tooLarge(name, maxBytes);
    }
    return buffer.subarray(0, length);
  } finally {
    await handle.close();
  }
}

function tooLarge(name: string, maxBytes: number): UserError {
  return new UserError(
    'INPUT_TOO_LARGE',
    `${name} is larger than the limit of ${formatBytes(maxBytes)}`,
    { file: name },
  );
}

/** Formats a byte count for messages (KiB, MiB, GiB). */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KiB', 'MiB', 'GiB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit] ?? 'bytes'}`;
}

/** The short reason of a Node system error (ENOENT and friends). */
export function systemReason(error: unknown): string {
  if (error instanceof Error && 'code' in error) {
    const code = String(error.code);
    const reasons: Record<string, string> = {
      ENOENT: 'no such file',
      EACCES: 'permission denied',
      EISDIR: 'it is a folder',
      ENOTDIR: 'a parent is not a folder',
      ELOOP: 'too many symbolic links',
    };
    return reasons[code] ?? code;
  }
  return error instanceof Error ? error.message : String(error);
}
