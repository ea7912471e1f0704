/**
 * The manifest's own text, used to sharpen positions the YAML parser gives:
 * the column of a key rather than of its value, and the column of a word
 * inside a scalar rather than of the scalar's first character.
 */
import type { Position } from '../input/yaml-document.ts';

/** Converts between 1-based positions and offsets in one text. */
export class SourceText {
  readonly text: string;
  readonly #lineStarts: number[] = [0];

  constructor(text: string) {
    this.text = text;
    for (let index = 0; index < text.length; index += 1) {
      if (text.charCodeAt(index) === 10) this.#lineStarts.push(index + 1);
    }
  }

  /** Offset of a position, or undefined when it lies outside the text. */
  offsetOf(position: Position): number | undefined {
    const start = this.#lineStarts[position.line - 1];
    if (start === undefined) return undefined;
    const offset = start + position.column - 1;
    return offset <= this.text.length ? offset : undefined;
  }

  /** Position of an offset. */
  positionOf(offset: number): Position {
    let low = 0;
    let high = this.#lineStarts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((this.#lineStarts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (this.#lineStarts[low] ?? 0) + 1 };
  }

  /**
   * Position of the mapping key `key` whose value starts at `value`: the
   * last spelling of the key (plain or quoted) followed by a colon before
   * the value. Falls back to `value` when the key cannot be found.
   */
  keyPosition(key: string, value: Position): Position {
    const end = this.offsetOf(value);
    if (end === undefined) return value;
    const before = this.text.slice(Math.max(0, end - 4096), end);
    const base = end - before.length;
    let best = -1;
    for (const spelling of [key, `"${key}"`, `'${key}'`]) {
      let from = before.length;
      while (from > 0) {
        const at = before.lastIndexOf(spelling, from - 1);
        if (at < 0) break;
        const rest = before.slice(at + spelling.length);
        if (/^[ \t]*:/.test(rest) && isKeyStart(before, at)) {
          best = Math.max(best, at);
          break;
        }
        from = at;
      }
    }
    return best < 0 ? value : this.positionOf(base + best);
  }

  /**
   * Position of character `index` of the scalar `value` that starts at
   * `start`, when the scalar is written on one line without escapes before
   * that character; otherwise `start`.
   */
  positionInScalar(start: Position, value: string, index: number): Position {
    const offset = this.offsetOf(start);
    if (offset === undefined || index === 0) return start;
    const first = this.text[offset];
    const body = first === '"' || first === "'" ? offset + 1 : offset;
    const written = this.text.slice(body, body + index);
    if (written !== value.slice(0, index) || written.includes('\n')) {
      return start;
    }
    return this.positionOf(body + index);
  }
}

// A key starts a line (after indentation or a "- "), or follows "{" or ",".
function isKeyStart(text: string, at: number): boolean {
  let index = skipBlanksBack(text, at - 1);
  const last = text[index];
  if (last === undefined || last === '\n' || last === '{' || last === ',') {
    return true;
  }
  if (last !== '-') return false;
  index = skipBlanksBack(text, index - 1);
  return text[index] === undefined || text[index] === '\n';
}

function skipBlanksBack(text: string, from: number): number {
  let index = from;
  while (index >= 0 && (text[index] === ' ' || text[index] === '\t')) {
    index -= 1;
  }
  return index;
}
