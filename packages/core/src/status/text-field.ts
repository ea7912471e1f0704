/**
 * Reading text fields out of JSON that may hold anything.
 */

/** The value when it is a string, a number written out, else ''. */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') {
    return String(value);
  }
  return '';
}
