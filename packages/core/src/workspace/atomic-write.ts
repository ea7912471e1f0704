/**
 * Crash-safe file writes: a private temporary file in the same folder,
 * written, flushed and renamed into place, then the folder flushed. After a
 * crash the final path holds either the old content or the whole new one.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.ts';
import { systemReason } from '../input/text-file.ts';

/** Suffix of temporary files; leftovers are removed by `removeStaleTemps`. */
export const tempSuffix = '.shipshape-tmp';

/** Writes `data` to `path` atomically with mode 0644 (or the given mode). */
export async function writeFileAtomic(
  path: string,
  data: string | Uint8Array,
  mode = 0o644,
): Promise<void> {
  const temp = join(
    dirname(path),
    `.${basename(path)}.${randomBytes(6).toString('hex')}${tempSuffix}`,
  );
  try {
    const handle = await open(temp, 'wx', 0o600);
    try {
      await handle.writeFile(data);
      await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
    await syncDirectory(dirname(path));
  } catch (error: unknown) {
    await rm(temp, { force: true });
    throw new UserError(
      'WRITE_FAILED',
      `cannot write ${path}: ${systemReason(error)}`,
      { file: path },
      { cause: error },
    );
  }
}

/** Flushes a folder's entries to disk (best effort where unsupported). */
export async function syncDirectory(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } catch {
    // Some file systems refuse fsync on folders; the rename still happened.
  } finally {
    await handle.close();
  }
}
