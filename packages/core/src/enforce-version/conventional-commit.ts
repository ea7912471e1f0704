/**
 * Conventional Commits: the type, the `!` marker and the breaking-change
 * footers of a commit message, and the bump each asks for. Messages are
 * untrusted, so they are cut to a bounded length before any matching, and
 * every pattern here runs in linear time.
 */
import type { CommitBump } from './version-bump.ts';

/** What a commit message says about its change. */
export interface ConventionalCommit {
  /** Lower-case type (`feat`, `fix`, …), or undefined when not conventional. */
  type?: string;
  scope?: string;
  breaking: boolean;
  subject: string;
  bump: CommitBump;
}

/** Longest message looked at; the rest is ignored. */
export const maxMessageLength = 64 * 1024;

const header =
  /^([A-Za-z][A-Za-z0-9-]{0,31})(?:\(([^()\r\n]{0,128})\))?(!)?: \S/;
const breakingFooter = /^BREAKING[ -]CHANGE(?::| #)/m;

const bumpByType: Record<string, CommitBump> = {
  feat: 'minor',
  fix: 'patch',
  perf: 'patch',
};

/** Parses a whole commit message. */
export function parseConventionalCommit(message: string): ConventionalCommit {
  const text = message.slice(0, maxMessageLength);
  const newline = text.indexOf('\n');
  const subject = (newline === -1 ? text : text.slice(0, newline)).trimEnd();
  const match = header.exec(subject);
  const body = newline === -1 ? '' : text.slice(newline + 1);
  const footerBreaking = breakingFooter.test(body);
  if (!match) {
    return {
      subject,
      breaking: footerBreaking,
      bump: footerBreaking ? 'major' : 'none',
    };
  }
  const type = (match[1] ?? '').toLowerCase();
  const breaking = match[3] === '!' || footerBreaking;
  return {
    type,
    scope: match[2],
    breaking,
    subject,
    bump: breaking ? 'major' : (bumpByType[type] ?? 'none'),
  };
}
