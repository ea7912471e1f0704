/**
 * Parses untrusted JSON (lockfiles, SBOMs, advisories, bundles): bounded in
 * size and depth, strictly UTF-8, and never able to touch Object.prototype.
 */
import { UserError } from '../errors.ts';
import { limits } from '../limits.ts';
import { readTextFile } from './text-file.ts';

/** Reads and parses a JSON file; exit 2 naming the file on any problem. */
export async function readJSONFile(
  path: string,
  displayName: string,
  maxBytes: number = limits.dataBytes,
): Promise<unknown> {
  const text = await readTextFile(path, { maxBytes, displayName });
  return parseJSON(text, displayName);
}

/**
 * Parses JSON text. `__proto__` keys are refused, since a later merge of
 * such an object could pollute every object's prototype.
 */
export function parseJSON(text: string, file: string): unknown {
  let data: unknown;
  try {
    data = JSON.parse(text, refuseProtoKey);
  } catch (error: unknown) {
    if (error instanceof UserError) {
      throw new UserError(error.code, `${file}: ${error.message}`, { file });
    }
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(
      'JSON_INVALID',
      `${file} is not valid JSON: ${reason}`,
      {
        file,
      },
    );
  }
  assertDepth(data, file);
  return data;
}

function refuseProtoKey(this: unknown, key: string, value: unknown): unknown {
  if (key === '__proto__') {
    throw new UserError(
      'JSON_FORBIDDEN_KEY',
      'uses the forbidden key "__proto__"',
    );
  }
  return value;
}

function assertDepth(data: unknown, file: string): void {
  const stack: [unknown, number][] = [[data, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop() ?? [undefined, 0];
    if (value === null || typeof value !== 'object') continue;
    if (depth > limits.depth) {
      throw new UserError(
        'JSON_TOO_DEEP',
        `${file} nests deeper than ${limits.depth} levels`,
        { file },
      );
    }
    for (const child of Object.values(value)) stack.push([child, depth + 1]);
  }
}

/** True for a plain JSON object (not an array, not null). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
