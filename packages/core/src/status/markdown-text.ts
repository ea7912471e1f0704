/**
 * Escaping of untrusted text (package names, finding messages, owners) for
 * Markdown that GitHub renders in issues, comments and job summaries, and
 * for chat messages. Escaped text stays on one line, forms no HTML, link,
 * image or table cell, mentions nobody and never starts a workflow command.
 */
import { visibleText } from '../text/visible-text.ts';

const zeroWidthJoiner = '\u200d';

/** Escapes text for a Markdown paragraph, list item or table cell. */
export function markdownText(text: string, maxLength = 300): string {
  return visibleText(text, maxLength)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+!|~:]/g, (char) => `\\${char}`)
    .replace(/@/g, `@${zeroWidthJoiner}`);
}

/**
 * Escapes text for Slack and Teams messages: `&`, `<` and `>` as entities
 * (so `<!channel>` and `<url|text>` lose their meaning), and `@` joined to
 * an invisible character so no name becomes a mention.
 */
export function chatText(text: string, maxLength = 300): string {
  return visibleText(text, maxLength)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/@/g, `@${zeroWidthJoiner}`);
}

const ownerPattern =
  /^@[A-Za-z0-9][A-Za-z0-9-]{0,38}(\/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$/;

/** True for a GitHub user or team handle such as `@acme/widgets`. */
export function isOwnerHandle(text: string): boolean {
  return ownerPattern.test(text);
}
