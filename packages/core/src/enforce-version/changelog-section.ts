/**
 * The changelog section a release's notes point at (`CHANGELOG.md#140`):
 * finding the heading by its anchor and checking it names the version.
 */

/** A Markdown heading. */
export interface ChangelogHeading {
  text: string;
  anchor: string;
  line: number;
}

/** Every ATX heading (`## 1.4.0`) of a Markdown file, with its anchor. */
export function readHeadings(markdown: string): ChangelogHeading[] {
  const headings: ChangelogHeading[] = [];
  let fenced = false;
  markdown.split('\n').forEach((raw, index) => {
    const line = raw.trimEnd();
    if (/^\s{0,3}(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) return;
    const match = /^\s{0,3}#{1,6}\s+(.{1,500})$/.exec(line);
    if (!match) return;
    const text = (match[1] ?? '').replace(/\s+#+\s*$/, '').trim();
    headings.push({ text, anchor: anchorOf(text), line: index + 1 });
  });
  return headings;
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped. */
export function anchorOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/** True when the heading names the version as a word of its own. */
export function headingNamesVersion(heading: string, version: string): boolean {
  let at = heading.indexOf(version);
  while (at >= 0) {
    const start = /[vV]/.test(heading.charAt(at - 1)) ? at - 1 : at;
    const before = heading.charAt(start - 1);
    const rest = heading.slice(at + version.length);
    if (
      !/[0-9A-Za-z.+-]/.test(before) &&
      !/^([0-9A-Za-z+-]|\.[0-9A-Za-z])/.test(rest)
    ) {
      return true;
    }
    at = heading.indexOf(version, at + 1);
  }
  return false;
}
