/**
 * Canonical JSON: object keys sorted at every level, two-space indentation
 * and a final newline, so the same data always gives the same bytes.
 */

/** Serialises `value` with sorted keys. */
export function canonicalJSON(value: unknown, indent = 2): string {
  return `${JSON.stringify(sortKeys(value), null, indent)}\n`;
}

/** Serialises `value` with sorted keys on one line (for hashing, JSONL). */
export function canonicalLine(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const child = (value as Record<string, unknown>)[key];
    if (child !== undefined) sorted[key] = sortKeys(child);
  }
  return sorted;
}
