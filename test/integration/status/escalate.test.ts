import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStageContext } from '@shipshape/core';
import { escalate } from '@shipshape/core/status/escalate';
import { canaries, expectNoLeak } from '../../helpers/canaries.ts';
import {
  fixedNow,
  hostile,
  projectWithWorkspace,
  type WorkspaceState,
} from '../../unit/status/status-fixtures.ts';
import {
  startGitHubStandIn,
  startWebhookReceiver,
  type GitHubStandIn,
  type WebhookReceiver,
} from './github-stand-in.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const fastRetry = { maxDelayMs: 20, baseDelayMs: 1 };
const token = canaries.npmToken.replace('npm_', 'ghs_');

interface Setup {
  dir: string;
  github: GitHubStandIn;
  hook: WebhookReceiver;
  run: (now?: Date) => ReturnType<typeof escalate>;
  journal: () => Promise<string>;
}

async function setup(
  state: WorkspaceState,
  escalation = `escalation:
  github-issues: {labels: [release-blocker], mention-owners: true}
  webhooks: [{url-env: SLACK_WEBHOOK_URL, format: slack}]
`,
): Promise<Setup> {
  const project = await projectWithWorkspace(state);
  const github = await startGitHubStandIn('acme/widgets', token);
  const hook = await startWebhookReceiver();
  cleanups.push(project.cleanup, github.close, hook.close);
  const policy = join(project.dir, 'policy.yaml');
  await writeFile(policy, `${await readFile(policy, 'utf8')}${escalation}`);
  const run = (now = fixedNow) =>
    escalate(
      createStageContext({
        cwd: project.dir,
        env: {
          GITHUB_TOKEN: token,
          GITHUB_REPOSITORY: 'acme/widgets',
          GITHUB_API_URL: github.url,
          SLACK_WEBHOOK_URL: hook.url,
        },
        clock: () => now,
        now: () => now,
        actor: 'scheduler',
      }),
      { retry: fastRetry },
    );
  return {
    dir: project.dir,
    github,
    hook,
    run,
    journal: () =>
      readFile(join(project.workspaceDir, 'journal.jsonl'), 'utf8'),
  };
}

async function editPolicyScan(
  dir: string,
  edit: (report: { findings: Record<string, unknown>[] }) => void,
) {
  const path = join(dir, '.shipshape', 'reports', 'policy-scan.json');
  const report = JSON.parse(await readFile(path, 'utf8')) as {
    findings: Record<string, unknown>[];
    ok: boolean;
  };
  edit(report);
  report.ok = !report.findings.some(
    (finding) => finding['severity'] === 'error',
  );
  await writeFile(path, JSON.stringify(report));
}

describe('escalate to GitHub issues and webhooks', () => {
  it('opens one labelled issue per blocker, mentioning the owner and escaping hostile names', async () => {
    const { github, hook, run, journal } = await setup('no-go');
    const result = await run();
    expect(result.ok).toBe(true);
    expect(result.findings).toEqual([]);
    expect(github.issues).toHaveLength(2);
    const [denied, vulnerable] = github.issues;
    expect(denied?.labels).toEqual(['shipshape', 'release-blocker']);
    expect(denied?.body).toMatch(
      /^<!-- shipshape-fingerprint: [0-9a-f]{64} -->\n<!-- shipshape-stage: policy-scan -->/,
    );
    expect(denied?.body).toContain('**Owner:** @acme/widgets');
    expect(vulnerable?.body).toContain('**Owner:** @acme/docs');
    for (const issue of github.issues) {
      expect(issue.body).not.toContain(hostile.mention);
      expect(issue.body).not.toContain('<img');
      expect(issue.body).not.toContain('](javascript');
      expect(issue.body).not.toMatch(/^::/m);
      expect(issue.title).not.toContain(hostile.mention);
    }
    expect(denied?.body).toContain('@\u200deveryone');
    expect(hook.messages).toHaveLength(2);
    const texts = hook.messages.map(
      (message) => (message as { text: string }).text,
    );
    expect(texts[0]).toContain('1 blocker(s) for @\u200dacme/widgets');
    expect(texts[0]).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(texts.join('\n')).not.toContain(hostile.mention);
    const records = (await journal())
      .trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as { kind: string; data: Record<string, unknown> },
      );
    const escalations = records.filter(
      (record) => record.kind === 'escalation',
    );
    expect(
      escalations.map((record) => [
        record.data['channel'],
        record.data['action'],
      ]),
    ).toEqual([
      [undefined, 'first-seen'],
      ['github-issue', 'created'],
      ['github-issue', 'created'],
      ['webhook', 'sent'],
      ['webhook', 'sent'],
    ]);
    const everything = [
      JSON.stringify(result),
      await journal(),
      ...github.issues.map((i) => i.body),
      ...hook.requests.map((r) => r.body),
    ].join('\n');
    expectNoLeak(everything, [token, hook.url]);
  });

  it('mentions only owners that release.yaml or policy.yaml declare', async () => {
    const { dir, github, run } = await setup('no-go');
    await editPolicyScan(dir, (report) => {
      const finding = report.findings.find(
        (item) => item['code'] === 'VULNERABILITY_HIGH',
      );
      if (finding) finding['owner'] = '@victim';
    });
    await run();
    const bodies = github.issues.map((issue) => issue.body);
    expect(bodies[0]).toContain('**Owner:** @acme/widgets');
    expect(bodies[1]).toContain('**Owner:** @\u200dvictim');
    expect(bodies[1]).not.toContain('@victim');
  });

  it('warns when GitHub drops the shipshape label of a new issue', async () => {
    const { github, run } = await setup('no-go');
    github.dropLabels = true;
    const result = await run();
    expect(result.findings.map((f) => f.code)).toEqual([
      'ESCALATION_LABEL_DROPPED',
    ]);
    expect(result.findings[0]?.message).toContain('would open a duplicate');
  });

  it('creates no duplicates across runs and sends each blocker to a webhook once', async () => {
    const { github, hook, run } = await setup('no-go');
    await run();
    const again = await run();
    expect(github.issues).toHaveLength(2);
    expect(
      again.actions
        .filter((a) => a.channel === 'github-issue')
        .map((a) => a.action),
    ).toEqual(['unchanged', 'unchanged']);
    expect(hook.messages).toHaveLength(2);
    expect(github.requests.filter((r) => r.method !== 'GET')).toHaveLength(2);
  });

  it('updates an issue in place when its finding changes', async () => {
    const { dir, github, run } = await setup('no-go');
    await run();
    await editPolicyScan(dir, (report) => {
      const finding = report.findings.find(
        (item) => item['code'] === 'VULNERABILITY_HIGH',
      );
      if (finding)
        finding['message'] =
          'lodash 4.17.20 has GHSA-35jh-r3h4-6jhm (critical now)';
    });
    const result = await run();
    expect(github.issues).toHaveLength(2);
    expect(github.issues[1]?.body).toContain('critical now');
    expect(
      result.actions.filter((a) => a.action === 'updated').map((a) => a.issue),
    ).toEqual([2]);
  });

  it('closes the issue of a finding that is gone, and only once its stage has run again', async () => {
    const { dir, github, run } = await setup('no-go');
    await run();
    const report = join(dir, '.shipshape', 'reports', 'policy-scan.json');
    const saved = await readFile(report, 'utf8');
    await rm(report);
    await run();
    expect(github.issues.map((issue) => issue.state)).toEqual(['open', 'open']);
    await writeFile(report, saved);
    await editPolicyScan(dir, (scan) => {
      scan.findings = scan.findings.filter(
        (item) => item['code'] !== 'LICENSE_DENIED',
      );
    });
    const result = await run();
    expect(github.issues.map((issue) => issue.state)).toEqual([
      'closed',
      'open',
    ]);
    expect(github.issues[0]?.state_reason).toBe('completed');
    expect(github.issues[0]?.comments[0]?.body).toContain(
      'no longer reports this finding',
    );
    expect(result.actions.filter((a) => a.action === 'closed')).toHaveLength(1);
  });

  it('finds its issues again across pages of the issue list', async () => {
    const { github, run } = await setup('no-go');
    github.pageSize = 1;
    for (let index = 0; index < 3; index += 1) {
      github.issues.push({
        number: index + 1,
        title: 'other',
        body: 'unrelated',
        state: 'open',
        labels: ['shipshape'],
        comments: [],
      });
    }
    await run();
    await run();
    expect(github.issues).toHaveLength(5);
    expect(github.requests.some((r) => r.path.includes('page=4'))).toBe(true);
  });

  it('retries rate limits and server errors from GitHub and the webhook', async () => {
    const { github, hook, run } = await setup('no-go');
    github.faults.push(
      { status: 429, headers: { 'retry-after': '1' } },
      { status: 502 },
      { status: 403, headers: { 'x-ratelimit-remaining': '0' } },
    );
    hook.faults.push(
      { status: 503 },
      { status: 429, headers: { 'retry-after': '120' } },
    );
    const started = Date.now();
    const result = await run();
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result.findings).toEqual([]);
    expect(github.issues).toHaveLength(2);
    expect(hook.messages).toHaveLength(2);
    expect(hook.requests).toHaveLength(4);
  });

  it('reports a failed escalation as a warning and a journal record, and fails only a NO-GO release', async () => {
    const { github, hook, run, journal } = await setup('no-go');
    for (let index = 0; index < 40; index += 1)
      github.faults.push({ status: 500 });
    hook.faults.push(
      { status: 500 },
      { status: 500 },
      { status: 500 },
      { status: 500 },
    );
    const result = await run();
    expect(result.ok).toBe(false);
    const failed = result.findings.filter(
      (f) => f.code === 'ESCALATION_FAILED',
    );
    expect(failed.length).toBeGreaterThanOrEqual(2);
    expect(failed.every((f) => f.severity === 'warning')).toBe(true);
    expect(failed[0]?.message).toContain('answered 500 after 4 attempt(s)');
    expect(await journal()).toContain('"action":"failed"');
    expectNoLeak(JSON.stringify(result) + (await journal()), [token, hook.url]);
  });

  it('never fails a GO release when escalation fails', async () => {
    const { github, run } = await setup('go');
    for (let index = 0; index < 8; index += 1)
      github.faults.push({ status: 503 });
    const result = await run();
    expect(result.verdict).toBe('GO');
    expect(result.findings.map((f) => f.code)).toEqual(['ESCALATION_FAILED']);
    expect(result.ok).toBe(true);
  });

  it('journals a failed escalation even when the workspace did not exist yet', async () => {
    const { github, run, journal } = await setup('empty');
    for (let index = 0; index < 4; index += 1)
      github.faults.push({ status: 502 });
    const result = await run();
    expect(result.verdict).toBe('PENDING');
    expect(result.ok).toBe(true);
    expect(result.findings.map((f) => f.code)).toEqual(['ESCALATION_FAILED']);
    expect(await journal()).toContain('"action":"failed"');
  });

  it('reports a missing webhook URL variable and a rejected token without failing a GO release', async () => {
    const { github, run } = await setup(
      'go',
      'escalation:\n  github-issues: {}\n  webhooks: [{url-env: TEAMS_URL, format: teams}]\n',
    );
    github.token = 'another-token-entirely';
    const result = await run();
    expect(result.ok).toBe(true);
    expect(result.findings.map((f) => f.message).join('\n')).toMatch(
      /answered 401[\s\S]*TEAMS_URL is not set/,
    );
  });

  it('waits escalation.after-hours from the first journal record before escalating', async () => {
    const { github, run, journal } = await setup(
      'no-go',
      'escalation:\n  after-hours: 24\n  github-issues: {}\n',
    );
    const first = await run();
    expect(first.actions.map((a) => a.action)).toEqual([
      'deferred',
      'deferred',
    ]);
    expect(github.issues).toHaveLength(0);
    expect(await journal()).toContain('2 blocker(s) seen for the first time');
    await run(new Date(fixedNow.getTime() + 23 * 3_600_000));
    expect(github.issues).toHaveLength(0);
    await run(new Date(fixedNow.getTime() + 25 * 3_600_000));
    expect(github.issues).toHaveLength(2);
    expect(github.issues[0]?.body).toContain(
      `First seen ${fixedNow.toISOString()}`,
    );
  });

  it('sends Teams and JSON payloads with text fields', async () => {
    const { hook, run } = await setup(
      'no-go',
      'escalation:\n  webhooks: [{url-env: SLACK_WEBHOOK_URL, format: teams}]\n',
    );
    await run();
    expect(hook.messages[0]).toMatchObject({
      '@type': 'MessageCard',
      summary: expect.stringContaining('blocker(s)') as string,
    });
    const json = await setup(
      'no-go',
      'escalation:\n  webhooks: [{url-env: SLACK_WEBHOOK_URL, format: json}]\n',
    );
    await json.run();
    expect(json.hook.messages[0]).toMatchObject({
      schema: 'shipshape-escalation/1',
      owner: '@acme/widgets',
      text: expect.any(String) as string,
    });
  });

  it('plans without sending anything or writing the journal in a dry run', async () => {
    const { dir, github, hook } = await setup('no-go');
    const result = await escalate(
      createStageContext({
        cwd: dir,
        env: {},
        clock: () => fixedNow,
        now: () => fixedNow,
      }),
      { dryRun: true },
    );
    expect(result.actions.map((a) => `${a.channel}:${a.action}`)).toEqual([
      'github-issue:planned',
      'webhook:planned',
      'github-issue:planned',
      'webhook:planned',
    ]);
    expect(github.requests).toEqual([]);
    expect(hook.requests).toEqual([]);
    const journal = await readFile(
      join(dir, '.shipshape', 'journal.jsonl'),
      'utf8',
    );
    expect(journal).not.toContain('escalation');
  });
});
