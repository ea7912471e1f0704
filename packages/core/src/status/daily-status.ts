/**
 * The daily status comment on a tracking issue: one comment per UTC day,
 * marked with the date, edited in place when the status runs again the
 * same day.
 */
import type { GitHubClient } from './github-client.ts';

/** What `postDailyStatus` did. */
export interface DailyStatusOutcome {
  action: 'created' | 'updated' | 'unchanged';
  commentId: number;
  date: string;
}

/** Options for `postDailyStatus`. */
export interface DailyStatusOptions {
  client: GitHubClient;
  /** The tracking issue's number. */
  issue: number;
  /** The status as Markdown (already escaped). */
  markdown: string;
  /** The moment of the run; its UTC date names the day. */
  now: Date;
}

/** The marker that identifies the comment of a UTC day. */
export function dailyMarker(date: string): string {
  return `<!-- shipshape-daily-status: ${date} -->`;
}

/** Creates today's status comment or edits the one already there. */
export async function postDailyStatus(
  options: DailyStatusOptions,
): Promise<DailyStatusOutcome> {
  const date = options.now.toISOString().slice(0, 10);
  const marker = dailyMarker(date);
  const body = `${marker}\n${options.markdown}`;
  const comments = await options.client.listComments(options.issue);
  const today = comments.find((comment) => comment.body?.startsWith(marker));
  if (!today) {
    const created = await options.client.createComment(options.issue, body);
    return { action: 'created', commentId: created.id, date };
  }
  if (today.body === body) {
    return { action: 'unchanged', commentId: today.id, date };
  }
  await options.client.updateComment(today.id, body);
  return { action: 'updated', commentId: today.id, date };
}
