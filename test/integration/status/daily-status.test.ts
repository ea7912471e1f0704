import { afterEach, describe, expect, it } from 'vitest';
import { createStageContext } from '@shipshape/core';
import { postDailyStatus } from '@shipshape/core/status/daily-status';
import {
  GitHubClient,
  gitHubClientFromEnv,
} from '@shipshape/core/status/github-client';
import { startGitHubStandIn, type GitHubStandIn } from './github-stand-in.ts';

let github: GitHubStandIn | undefined;
afterEach(async () => {
  await github?.close();
  github = undefined;
});

async function trackingIssue(): Promise<{
  client: GitHubClient;
  stand: GitHubStandIn;
}> {
  const stand = await startGitHubStandIn(
    'acme/widgets',
    'ghs_tracking0123456789',
  );
  github = stand;
  stand.issues.push({
    number: 7,
    title: 'Release tracking',
    body: '',
    state: 'open',
    labels: [],
    comments: [{ id: 1, body: 'a person wrote this' }],
  });
  const client = new GitHubClient({
    apiURL: stand.url,
    repository: 'acme/widgets',
    token: stand.token,
    retry: { maxDelayMs: 5 },
  });
  return { client, stand };
}

describe('postDailyStatus', () => {
  it('posts one comment per UTC day and edits it in place when run again that day', async () => {
    const { client, stand } = await trackingIssue();
    const morning = new Date('2026-12-03T06:00:00Z');
    const first = await postDailyStatus({
      client,
      issue: 7,
      markdown: 'status A',
      now: morning,
    });
    expect(first).toMatchObject({ action: 'created', date: '2026-12-03' });
    const again = await postDailyStatus({
      client,
      issue: 7,
      markdown: 'status B',
      now: new Date('2026-12-03T23:59:00Z'),
    });
    expect(again).toEqual({
      action: 'updated',
      commentId: first.commentId,
      date: '2026-12-03',
    });
    const same = await postDailyStatus({
      client,
      issue: 7,
      markdown: 'status B',
      now: morning,
    });
    expect(same.action).toBe('unchanged');
    const next = await postDailyStatus({
      client,
      issue: 7,
      markdown: 'status C',
      now: new Date('2026-12-04T00:00:01Z'),
    });
    expect(next.action).toBe('created');
    const comments = stand.issues[0]?.comments.map((c) => c.body);
    expect(comments).toEqual([
      'a person wrote this',
      '<!-- shipshape-daily-status: 2026-12-03 -->\nstatus B',
      '<!-- shipshape-daily-status: 2026-12-04 -->\nstatus C',
    ]);
  });

  it('builds its client from GITHUB_API_URL, GITHUB_REPOSITORY and GITHUB_TOKEN and registers the token', async () => {
    const { stand } = await trackingIssue();
    const context = createStageContext({
      env: {
        GITHUB_API_URL: `${stand.url}/`,
        GITHUB_REPOSITORY: 'acme/widgets',
        GITHUB_TOKEN: stand.token,
      },
    });
    const client = gitHubClientFromEnv(context);
    expect(context.secrets.leaks(`token ${stand.token}`)).toBe(true);
    await postDailyStatus({
      client,
      issue: 7,
      markdown: 'hello',
      now: new Date(),
    });
    expect(
      stand.requests.every((r) => r.authorization === `Bearer ${stand.token}`),
    ).toBe(true);
    expect(stand.requests[0]?.path).toBe(
      '/repos/acme/widgets/issues/7/comments?per_page=100',
    );
  });

  it('refuses to run without GITHUB_REPOSITORY or GITHUB_TOKEN, naming the variable', () => {
    expect(() =>
      gitHubClientFromEnv(
        createStageContext({ env: { GITHUB_TOKEN: 'x'.repeat(10) } }),
      ),
    ).toThrow(/GITHUB_REPOSITORY/);
    expect(() =>
      gitHubClientFromEnv(
        createStageContext({ env: { GITHUB_REPOSITORY: 'a/b' } }),
      ),
    ).toThrow(/GITHUB_TOKEN/);
    expect(() =>
      gitHubClientFromEnv(
        createStageContext({
          env: {
            GITHUB_REPOSITORY: 'a/b',
            GITHUB_TOKEN: 'x'.repeat(10),
            GITHUB_API_URL: 'file:///etc',
          },
        }),
      ),
    ).toThrow(/GITHUB_API_URL/);
  });

  it('never follows a pagination link to another host', async () => {
    const { stand } = await trackingIssue();
    stand.pageSize = 1;
    for (const number of [8, 9]) {
      stand.issues.push({
        number,
        title: 't',
        body: 'b',
        state: 'open',
        labels: ['shipshape'],
        comments: [],
      });
    }
    const same = new GitHubClient({
      apiURL: stand.url,
      repository: 'acme/widgets',
      token: stand.token,
    });
    expect(
      (await same.listOpenIssues('shipshape')).map((i) => i.number),
    ).toEqual([8, 9]);
    // The stand-in's Link header names 127.0.0.1, another origin than localhost.
    const other = new GitHubClient({
      apiURL: stand.url.replace('127.0.0.1', 'localhost'),
      repository: 'acme/widgets',
      token: stand.token,
    });
    const before = stand.requests.length;
    expect(
      (await other.listOpenIssues('shipshape')).map((i) => i.number),
    ).toEqual([8]);
    expect(stand.requests.length - before).toBe(1);
  });
});
