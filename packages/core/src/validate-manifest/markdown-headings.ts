/**
 * Headings of a Markdown changelog with the anchors GitHub gives them, so
 * that `CHANGELOG.md#140` can be resolved the way a reader's click would.
 */

/** One heading. */
export interface MarkdownHeading {
  level: number;
  /** Heading text as written, without the # marks. */
  text: string;
  /** GitHub's anchor for it (without #), made unique like GitHub does. */
  anchor: string;
  /** 1-based line of the heading. */
  line: number;
  /** True when non-blank lines follow before the next heading of its level or above. */
  hasContent: boolean;
}

/** Lists the ATX (`## x`) and setext (`x` over `===`) headings of a document. */
export function markdownHeadings(text: string): MarkdownHeading[] {
  const lines = text.split(/\r?\n/);
  const found: { level: number; text: string; line: number }[] = [];
  let fence: string | undefined;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const marker = fenceMarker(line);
    if (marker && (!fence || marker.startsWith(fence))) {
      fence = fence ? undefined : marker;
      continue;
    }
    if (fence) continue;
    const atx = atxHeading(line);
    if (atx) {
      found.push({ ...atx, line: index + 1 });
      continue;
    }
    const level = setextLevel(lines[index + 1]);
    if (level && line.trim() !== '' && !/^ {0,3}[-*+>]/.test(line)) {
      found.push({ level, text: line.trim(), line: index + 1 });
      index += 1;
    }
  }
  return withAnchors(found, lines);
}

function fenceMarker(line: string): string | undefined {
  const match = /^ {0,3}(`{3,}|~{3,})/.exec(line);
  return match?.[1];
}

function atxHeading(line: string): { level: number; text: string } | undefined {
  const match = /^ {0,3}(#{1,6})(?:[ \t]|$)/.exec(line);
  if (!match) return undefined;
  let text = line.slice(match[0].length).trim();
  // A closing run of # is not part of the text.
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end -= 1;
  if (end === 0 || text[end - 1] === ' ' || text[end - 1] === '\t') {
    text = text.slice(0, end).trim();
  }
  return { level: match[1]?.length ?? 1, text };
}

function setextLevel(next: string | undefined): number | undefined {
  if (next === undefined) return undefined;
  if (/^ {0,3}=+[ \t]*$/.test(next)) return 1;
  if (/^ {0,3}-+[ \t]*$/.test(next)) return 2;
  return undefined;
}

function withAnchors(
  found: { level: number; text: string; line: number }[],
  lines: readonly string[],
): MarkdownHeading[] {
  const sectionEnds = nextSectionLines(found, lines.length);
  const seen = new Map<string, number>();
  return found.map((heading, index) => {
    const base = githubSlug(heading.text);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    const body = lines.slice(heading.line, sectionEnds[index]);
    return {
      ...heading,
      anchor: count === 0 ? base : `${base}-${count}`,
      hasContent: body.some(
        (line) => line.trim() !== '' && !/^ {0,3}(=+|-+)[ \t]*$/.test(line),
      ),
    };
  });
}

// For each heading, the line before the next heading of its level or
// above (a stack walk from the end, linear in the number of headings).
function nextSectionLines(
  found: readonly { level: number; line: number }[],
  lineCount: number,
): number[] {
  const ends: number[] = [];
  const stack: { level: number; line: number }[] = [];
  for (let index = found.length - 1; index >= 0; index -= 1) {
    const heading = found[index] ?? { level: 1, line: lineCount };
    while ((stack.at(-1)?.level ?? 0) > heading.level) stack.pop();
    ends[index] = (stack.at(-1)?.line ?? lineCount + 1) - 1;
    stack.push(heading);
  }
  return ends;
}

/**
 * The anchor GitHub derives from heading text: inline link targets and
 * formatting dropped, lower case, punctuation other than - and _ removed,
 * spaces turned into hyphens. `[1.4.0] - 2026-01-02` gives `140---2026-01-02`.
 */
export function githubSlug(text: string): string {
  return text
    .slice(0, 1024)
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]*>/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}
