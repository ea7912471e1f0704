/**
 * The one error every lockfile reader throws for malformed input, naming
 * the file and the pointer or line of the problem.
 */
import { UserError } from '../errors.ts';

/** Where in a lockfile a problem is. */
export interface LockfilePlace {
  pointer?: string;
  line?: number;
  column?: number;
}

/** A `LOCKFILE_INVALID` user error (exit 2) at a place in a lockfile. */
export function lockfileError(
  file: string,
  message: string,
  place: LockfilePlace = {},
  code = 'LOCKFILE_INVALID',
): UserError {
  const where = place.pointer ? ` at ${place.pointer}` : '';
  return new UserError(code, `${file}${where}: ${message}`, {
    file,
    field: place.pointer,
    line: place.line,
    column: place.column,
  });
}

/** Most packages one lockfile may list; past it the file is refused. */
export const maxLockedPackages = 200_000;

/** Refuses a lockfile with more packages than `maxLockedPackages`. */
export function assertPackageCount(file: string, count: number): void {
  if (count > maxLockedPackages) {
    throw lockfileError(
      file,
      `lists ${count} packages, more than the limit of ${maxLockedPackages}`,
      {},
      'LOCKFILE_TOO_LARGE',
    );
  }
}
