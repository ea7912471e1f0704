/**
 * Recognises placeholder text that someone meant to replace before the
 * release: TBD, TODO, FIXME, XXX, `???`, `<owner>`, "to be determined",
 * "fill in". Words that merely contain these letters (`TODOS`, `Xxxl`,
 * `fixmeup`) are not placeholders; neither are e-mail addresses or URLs in
 * angle brackets, nor version ranges such as `>=18 <20 || >22`.
 */

/** A placeholder found in a string. */
export interface Placeholder {
  /** Index of the placeholder's first character in the string. */
  index: number;
  /** The placeholder as written. */
  text: string;
}

// Each pattern is linear: no nested quantifiers, bounded repetition.
const patterns: readonly RegExp[] = [
  // Markers in capitals, standing alone as a word.
  /(?<![A-Za-z0-9])(?:TBD|TBA|TBC|TODO|FIXME)(?![A-Za-z0-9])/g,
  // Runs of X, either case: XXX, xxxx, REL-XXXX.
  /(?<![A-Za-z0-9])[Xx]{3,}(?![A-Za-z0-9])/g,
  /\?{3,}/g,
  /<[^<>\n]{1,160}>/g,
  // Phrases, any case, as whole words.
  /(?<![A-Za-z])(?:to be (?:determined|decided|confirmed|announced)|fill (?:me |this |it )?in|change ?me|replace ?me)(?![A-Za-z])/gi,
];

// Markers that count in any case when they are the whole value.
const wholeValueMarkers = new Set(['tbd', 'tba', 'tbc', 'todo', 'fixme']);

/** The first placeholder in `text`, or undefined. */
export function findPlaceholder(text: string): Placeholder | undefined {
  const trimmed = text.trim();
  if (wholeValueMarkers.has(trimmed.toLowerCase())) {
    return { index: text.indexOf(trimmed), text: trimmed };
  }
  let first: Placeholder | undefined;
  for (const pattern of patterns) {
    for (const match of text.matchAll(pattern)) {
      if (first && match.index >= first.index) break;
      if (isAngleValue(match[0])) continue;
      first = { index: match.index, text: match[0] };
      break;
    }
  }
  return first;
}

// In angle brackets, only text with a letter and without the operators of
// version ranges is a placeholder; e-mail addresses and URLs are values.
function isAngleValue(text: string): boolean {
  if (!text.startsWith('<')) return false;
  const inner = text.slice(1, -1).trim();
  return (
    !/[A-Za-z]/.test(inner) ||
    /[|=,]/.test(inner) ||
    /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(inner) ||
    /^(?:https?|mailto):\S+$/i.test(inner)
  );
}

/** True for empty or whitespace-only text. */
export function isBlank(text: string): boolean {
  return text.trim() === '';
}
