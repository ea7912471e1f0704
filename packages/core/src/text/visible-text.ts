/**
 * Untrusted text (package names, commit messages, titles) shown to people:
 * control, bidirectional and zero-width characters become visible escapes,
 * and overlong text is cut, so nothing can forge lines or hide content.
 */

const invisible =
  // eslint-disable-next-line no-control-regex -- control characters are the point
  /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

/** Makes untrusted text safe to print on one line. */
export function visibleText(text: string, maxLength = 200): string {
  const escaped = text.replace(
    invisible,
    (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`,
  );
  return escaped.length > maxLength
    ? `${escaped.slice(0, maxLength)}…`
    : escaped;
}
