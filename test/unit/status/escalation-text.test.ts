import { describe, expect, it } from 'vitest';
import {
  chatText,
  isOwnerHandle,
  markdownText,
} from '@shipshape/core/status/markdown-text';
import {
  findingFingerprint,
  fingerprintFromBody,
  fingerprintMarker,
} from '@shipshape/core/status/finding-fingerprint';
import { retryDelay } from '@shipshape/core/status/http-retry';
import { escalationPolicy } from '@shipshape/core/status/escalation-policy';

describe('markdownText', () => {
  it.each([
    ['@everyone', '@\u200deveryone'],
    ['::error::x', '\\:\\:error\\:\\:x'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert\\(1\\)&gt;'],
    ['](javascript:alert(1))', '\\]\\(javascript\\:alert\\(1\\)\\)'],
    ['a|b', 'a\\|b'],
    [
      'line\n::set-output name=x::y',
      String.raw`line\\u\{a\}\:\:set-output name=x\:\:y`,
    ],
    ['&amp;', '&amp;amp;'],
  ])('escapes %j', (input, expected) => {
    expect(markdownText(input)).toBe(expected);
  });

  it('cuts overlong text', () => {
    expect(markdownText('x'.repeat(1000))).toHaveLength(301);
  });
});

describe('chatText', () => {
  it('neutralises Slack control sequences and mentions', () => {
    expect(chatText('<!channel> <https://x|click> @here')).toBe(
      '&lt;!channel&gt; &lt;https://x|click&gt; @\u200dhere',
    );
  });
});

describe('isOwnerHandle', () => {
  it('accepts users and teams and refuses anything else', () => {
    expect(isOwnerHandle('@acme/widgets')).toBe(true);
    expect(isOwnerHandle('@octocat')).toBe(true);
    expect(isOwnerHandle('@everyone <b>')).toBe(false);
    expect(isOwnerHandle('acme/widgets')).toBe(false);
  });
});

describe('findingFingerprint', () => {
  const finding = {
    code: 'LICENSE_DENIED',
    severity: 'error' as const,
    message: 'one wording',
    component: 'pkg:npm/x@1',
    location: { file: 'package-lock.json', pointer: '/packages/x', line: 3 },
  };

  it('stays the same when wording, line or severity change, and changes with the component', () => {
    const same = findingFingerprint({
      ...finding,
      message: 'other wording',
      severity: 'warning',
      location: { ...finding.location, line: 90 },
    });
    expect(same).toBe(findingFingerprint(finding));
    expect(
      findingFingerprint({ ...finding, component: 'pkg:npm/y@1' }),
    ).not.toBe(same);
    expect(findingFingerprint({ ...finding, code: 'OTHER' })).not.toBe(same);
  });

  it('round-trips through the issue body marker', () => {
    const fingerprint = findingFingerprint(finding);
    expect(fingerprintFromBody(`${fingerprintMarker(fingerprint)}\nbody`)).toBe(
      fingerprint,
    );
    expect(
      fingerprintFromBody('<!-- shipshape-fingerprint: nothex -->'),
    ).toBeUndefined();
    expect(fingerprintFromBody(null)).toBeUndefined();
  });
});

describe('retryDelay', () => {
  const response = (headers: Record<string, string>) =>
    new Response(null, { status: 429, headers });

  it('honours Retry-After in seconds and as a date, up to the cap', () => {
    expect(retryDelay(response({ 'retry-after': '2' }), 1)).toBe(2000);
    expect(
      retryDelay(response({ 'retry-after': '3600' }), 1, {
        maxDelayMs: 10_000,
      }),
    ).toBe(10_000);
    const inFiveSeconds = new Date(Date.now() + 5000).toUTCString();
    const delay = retryDelay(response({ 'retry-after': inFiveSeconds }), 1);
    expect(delay).toBeGreaterThan(3000);
    expect(delay).toBeLessThanOrEqual(5000);
  });

  it('uses x-ratelimit-reset, else an exponential back-off', () => {
    const reset = String(Math.floor(Date.now() / 1000) + 2);
    expect(
      retryDelay(response({ 'x-ratelimit-reset': reset }), 1),
    ).toBeLessThanOrEqual(2000);
    expect(retryDelay(response({}), 3, { baseDelayMs: 100 })).toBe(400);
  });
});

describe('escalationPolicy', () => {
  it('applies the defaults and always labels issues shipshape', () => {
    expect(escalationPolicy({})).toEqual({
      afterHours: 0,
      expiryWarningDays: 14,
      defaultOwner: undefined,
      githubIssues: undefined,
      webhooks: [],
    });
    const policy = escalationPolicy({
      escalation: {
        'github-issues': { labels: ['blocker', 'shipshape'] },
        webhooks: [{ 'url-env': 'HOOK' }],
      },
    });
    expect(policy.githubIssues).toEqual({
      labels: ['shipshape', 'blocker'],
      mentionOwners: false,
      maxPerRun: 30,
    });
    expect(policy.webhooks).toEqual([{ urlEnv: 'HOOK', format: 'json' }]);
  });
});
