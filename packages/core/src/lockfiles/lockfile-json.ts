/**
 * JSON parsing for lockfiles. `parseJSON` from core refuses `__proto__`
 * through a reviver, which costs more than the parse itself on a 2 MB
 * lockfile; here a plain parse is followed by one walk that enforces the
 * same rules (no `__proto__` key, bounded depth).
 */
import { limits } from '../limits.ts';
import { lockfileError } from './lockfile-error.ts';

/** Parses lockfile JSON; exit 2 naming the file on any problem. */
export function parseLockfileJSON(text: string, file: string): unknown {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    throw lockfileError(
      file,
      `is not valid JSON: ${reason}`,
      {},
      'JSON_INVALID',
    );
  }
  const stack: [unknown, number][] = [[data, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() ?? [undefined, 0];
    if (value === null || typeof value !== 'object') continue;
    if (depth > limits.depth) {
      throw lockfileError(
        file,
        `nests deeper than ${limits.depth} levels`,
        {},
        'JSON_TOO_DEEP',
      );
    }
    if (Object.hasOwn(value, '__proto__')) {
      throw lockfileError(
        file,
        'uses the forbidden key "__proto__"',
        {},
        'JSON_FORBIDDEN_KEY',
      );
    }
    for (const child of Object.values(value)) {
      if (child !== null && typeof child === 'object')
        stack.push([child, depth + 1]);
    }
  }
  return data;
}
