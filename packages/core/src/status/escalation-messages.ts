/**
 * What an escalation says: the body and title of a GitHub issue, and the
 * payload of a webhook message. All untrusted text is escaped here; only
 * an owner handle that is a well-formed GitHub user or team is mentioned,
 * and only when the policy asks for mentions.
 */
import { visibleText } from '../text/visible-text.ts';
import { fingerprintMarker } from './finding-fingerprint.ts';
import {
  chatText,
  isOwnerHandle,
  markdownText as md,
} from './markdown-text.ts';
import type { WebhookChannel } from './escalation-policy.ts';
import type { Blocker } from './status-report.ts';

/** The release an escalation is about. */
export interface ReleaseLabel {
  id: string;
  version: string;
}

const stageMarkerPattern = /<!-- shipshape-stage: ([a-z-]{1,40}) -->/;

/** Reads the stage marker back from an issue body. */
export function stageFromBody(body: string | null): string | undefined {
  return body ? stageMarkerPattern.exec(body)?.[1] : undefined;
}

/** The issue title: plain text, one line, no mention. */
export function issueTitle(blocker: Blocker): string {
  const { finding } = blocker;
  const subject =
    finding.component ?? finding.location?.file ?? finding.message;
  return visibleText(`[shipshape] ${finding.code}: ${subject}`, 180).replace(
    /@/g,
    '@\u200d',
  );
}

/**
 * The issue body; stable while the finding is unchanged. `mentionable`
 * holds the owners that may be mentioned: those release.yaml and
 * policy.yaml declare, never a name that only a report carries.
 */
export function issueBody(
  blocker: Blocker,
  release: ReleaseLabel | undefined,
  mentionable: ReadonlySet<string>,
  firstSeen: string,
): string {
  const { finding } = blocker;
  const owner = blocker.owner;
  const ownerText =
    owner === undefined
      ? 'unowned (set `escalation.default-owner` in policy.yaml)'
      : mentionable.has(owner) && isOwnerHandle(owner)
        ? owner
        : md(owner);
  const where = finding.location
    ? `${finding.location.file}${finding.location.line ? `:${String(finding.location.line)}` : ''}${finding.location.pointer ? ` (${finding.location.pointer})` : ''}`
    : undefined;
  const lines = [
    fingerprintMarker(blocker.fingerprint),
    `<!-- shipshape-stage: ${blocker.stage} -->`,
    `### ${md(finding.code)}`,
    '',
    `**Release:** ${release ? `${md(release.id)} ${md(release.version)}` : 'unknown'}`,
    `**Stage:** ${md(blocker.stage)}`,
    `**Owner:** ${ownerText}`,
  ];
  if (where) lines.push(`**Where:** ${md(where)}`);
  if (finding.component) lines.push(`**Component:** ${md(finding.component)}`);
  if (finding.advisory) lines.push(`**Advisory:** ${md(finding.advisory)}`);
  lines.push('', `> ${md(finding.message, 2000)}`);
  if (finding.remediation) {
    lines.push('', `**Remediation:** ${md(finding.remediation, 2000)}`);
  }
  lines.push(
    '',
    `_First seen ${firstSeen}. shipshape updates this issue on every escalation run and closes it when the finding is gone._`,
  );
  return `${lines.join('\n')}\n`;
}

/** The body of a webhook message about one owner's blockers. */
export function webhookPayload(
  format: WebhookChannel['format'],
  owner: string | undefined,
  blockers: readonly Blocker[],
  release: ReleaseLabel | undefined,
): Record<string, unknown> {
  const lineBreak = format === 'teams' ? '\n\n' : '\n';
  const heading = `shipshape: ${String(blockers.length)} blocker(s) for ${chatText(owner ?? 'unowned')} in release ${release ? chatText(`${release.id} ${release.version}`) : 'unknown'}`;
  const shown = blockers.slice(0, 50).map((blocker) => {
    const { finding } = blocker;
    const where = finding.location?.file ?? finding.component;
    return `• ${chatText(finding.code)}: ${chatText(finding.message)}${where ? ` (${chatText(where)})` : ''}`;
  });
  if (blockers.length > shown.length) {
    shown.push(`…and ${String(blockers.length - shown.length)} more`);
  }
  const text = [heading, ...shown].join(lineBreak);
  switch (format) {
    case 'slack':
      return { text };
    case 'teams':
      // The classic incoming-webhook MessageCard; Teams' newer Workflows
      // webhooks want an Adaptive Card and show this text only in part.
      return {
        '@type': 'MessageCard',
        '@context': 'https://schema.org/extensions',
        summary: heading,
        text,
      };
    case 'json':
      return {
        schema: 'shipshape-escalation/1',
        release,
        owner: owner ?? null,
        text,
        findings: blockers.map((blocker) => ({
          fingerprint: blocker.fingerprint,
          stage: blocker.stage,
          code: blocker.finding.code,
          message: blocker.finding.message,
          component: blocker.finding.component ?? null,
          location: blocker.finding.location ?? null,
        })),
      };
  }
}
