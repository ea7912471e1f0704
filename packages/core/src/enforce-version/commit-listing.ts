/**
 * Short, escaped listings of commits for finding messages. Commit
 * subjects are untrusted text.
 */
import { visibleText } from '../text/visible-text.ts';

/** Most commits named in one finding message. */
const maxNamed = 10;

/** `abc1234 "feat: x", …` for at most ten commits, plus a count. */
export function describeCommits(
  commits: readonly { sha: string; parsed: { subject: string } }[],
): string {
  const named = commits
    .slice(0, maxNamed)
    .map(
      (commit) =>
        `${commit.sha.slice(0, 12)} "${visibleText(commit.parsed.subject, 120)}"`,
    );
  const more = commits.length - named.length;
  return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
}
