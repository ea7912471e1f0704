/**
 * The line of a JSON pointer in JSON text, found without a second parse:
 * each key of the pointer is searched for after the previous one. Exact
 * for the shapes lockfiles have (a key is unique among the keys that follow
 * its parent); used only to place the few entries a finding is about.
 */

/** 1-based line of the value at `pointer`, or undefined when not found. */
export function jsonPointerLine(
  text: string,
  pointer: string,
): number | undefined {
  if (pointer === '') return undefined;
  let offset = 0;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (/^\d+$/.test(token)) continue;
    const at = findKey(text, JSON.stringify(token), offset);
    if (at < 0) return undefined;
    offset = at + 1;
  }
  let line = 1;
  for (let index = 0; index < offset - 1; index += 1) {
    if (text.charCodeAt(index) === 10) line += 1;
  }
  return line;
}

// The next `"key"` followed by a colon, from `from` on.
function findKey(text: string, quoted: string, from: number): number {
  let at = text.indexOf(quoted, from);
  while (at >= 0) {
    let next = at + quoted.length;
    while (
      text[next] === ' ' ||
      text[next] === '\t' ||
      text[next] === '\n' ||
      text[next] === '\r'
    ) {
      next += 1;
    }
    if (text[next] === ':') return at;
    at = text.indexOf(quoted, at + 1);
  }
  return -1;
}
