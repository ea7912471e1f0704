/**
 * SHA256SUMS in the format `sha256sum -c` reads: one line per file, the
 * hex digest, two spaces, the path relative to the project folder. Paths
 * with a backslash or a newline use the escaped form GNU coreutils reads.
 */

/** One line of SHA256SUMS. */
export interface ChecksumEntry {
  sha256: string;
  /** Path relative to the folder `sha256sum -c` runs in, with `/`. */
  path: string;
}

/** Renders SHA256SUMS, sorted by path, so the same files give the same bytes. */
export function renderSHA256SUMS(entries: readonly ChecksumEntry[]): string {
  const sorted = [...entries].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
  return sorted.map(renderLine).join('');
}

function renderLine(entry: ChecksumEntry): string {
  if (!/[\\\n\r]/.test(entry.path)) return `${entry.sha256}  ${entry.path}\n`;
  // coreutils: a leading backslash marks a line whose name is escaped.
  const escaped = entry.path
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
  return `\\${entry.sha256}  ${escaped}\n`;
}
