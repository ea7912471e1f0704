/**
 * Reads the files of an OSV export archive (`.zip`, `.tar.gz`, `.tgz`)
 * into memory without writing anything to disk. The whole archive is
 * refused when any entry is a link, has an absolute or `..` path, or when
 * the entry count, sizes or compression ratio pass the limits: a hostile
 * archive never yields a partial set of advisories.
 */
import { gunzipSync } from 'node:zlib';
import { UserError } from '../errors.ts';
import { readZipEntries } from './zip-entries.ts';
import { readTarEntries } from './tar-entries.ts';

/** One regular file from an archive. */
export interface ArchiveEntry {
  name: string;
  data: Buffer;
}

/** Limits on archives of advisories. */
export const archiveLimits = {
  archiveBytes: 512 * 1024 * 1024,
  entries: 500_000,
  entryBytes: 16 * 1024 * 1024,
  totalBytes: 2 * 1024 * 1024 * 1024 - 1,
  /** Largest allowed uncompressed : compressed ratio. */
  ratio: 200,
} as const;

/** True for file names this module can read. */
export function isArchiveName(name: string): boolean {
  return /\.(zip|tar\.gz|tgz)$/i.test(name);
}

/** Reads the regular files of an archive; exit 2 naming it on any problem. */
export function readArchiveEntries(
  bytes: Buffer,
  file: string,
): ArchiveEntry[] {
  if (/\.zip$/i.test(file)) return readZipEntries(bytes, file);
  const tar = gunzipBounded(bytes, file);
  return readTarEntries(tar, file);
}

function gunzipBounded(bytes: Buffer, file: string): Buffer {
  const cap = Math.min(
    archiveLimits.totalBytes,
    Math.max(bytes.length, 1) * archiveLimits.ratio,
  );
  try {
    return gunzipSync(bytes, { maxOutputLength: cap });
  } catch (error: unknown) {
    const code = error instanceof Error && 'code' in error ? error.code : '';
    if (code === 'ERR_BUFFER_TOO_LARGE') {
      throw archiveError(
        file,
        `expands beyond ${archiveLimits.ratio} times its size or the total limit (a decompression bomb?)`,
      );
    }
    throw archiveError(file, 'is not a valid gzip file');
  }
}

/** A user error about an archive, naming it. */
export function archiveError(file: string, reason: string): UserError {
  return new UserError(
    'ADVISORY_ARCHIVE_REFUSED',
    `${file} ${reason}; nothing was read from it`,
    {
      file,
    },
  );
}

/** Refuses entry names that could escape a folder if ever extracted. */
export function assertSafeEntryName(name: string, file: string): void {
  const bad =
    name.length === 0 ||
    name.length > 4096 ||
    name.includes('\0') ||
    name.includes('\\') ||
    name.startsWith('/') ||
    /^[a-zA-Z]:/.test(name) ||
    name.split('/').includes('..');
  if (bad) {
    throw archiveError(
      file,
      `has an unsafe entry path "${name.slice(0, 200)}"`,
    );
  }
}

/** Checks the running entry count and byte total against the limits. */
export function assertWithinLimits(
  entries: number,
  entryBytes: number,
  totalBytes: number,
  file: string,
): void {
  if (entries > archiveLimits.entries) {
    throw archiveError(file, `has more than ${archiveLimits.entries} entries`);
  }
  if (entryBytes > archiveLimits.entryBytes) {
    throw archiveError(
      file,
      `has an entry larger than ${archiveLimits.entryBytes} bytes`,
    );
  }
  if (totalBytes > archiveLimits.totalBytes) {
    throw archiveError(
      file,
      `expands to more than ${archiveLimits.totalBytes} bytes`,
    );
  }
}
