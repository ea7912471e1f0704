/**
 * The `escalation` section of policy.yaml with its defaults applied: how
 * soon a blocker is escalated, through which channels, and how far ahead
 * expiring exceptions are announced.
 */
import { isRecord } from '../input/json-document.ts';
import { policySection, type ReleasePolicy } from '../policy/release-policy.ts';

/** A chat or JSON webhook named by the environment variable of its URL. */
export interface WebhookChannel {
  urlEnv: string;
  format: 'slack' | 'teams' | 'json';
}

/** GitHub issues as an escalation channel. */
export interface IssueChannel {
  labels: string[];
  mentionOwners: boolean;
  maxPerRun: number;
}

/** The escalation section after defaults. */
export interface EscalationPolicy {
  afterHours: number;
  expiryWarningDays: number;
  defaultOwner?: string;
  githubIssues?: IssueChannel;
  webhooks: WebhookChannel[];
}

/** The label every shipshape issue carries; issues are found again by it. */
export const shipshapeLabel = 'shipshape';

/**
 * Reads `escalation` from a (schema-checked) policy. Defaults: escalate at
 * once (`after-hours: 0`), warn 14 days before an exception expires, no
 * channels.
 */
export function escalationPolicy(policy: ReleasePolicy): EscalationPolicy {
  const section = policySection(policy, 'escalation');
  const issues = section['github-issues'];
  const hooks = Array.isArray(section['webhooks']) ? section['webhooks'] : [];
  return {
    afterHours: numberOr(section['after-hours'], 0),
    expiryWarningDays: numberOr(section['expiry-warning-days'], 14),
    defaultOwner: stringOr(section['default-owner']),
    githubIssues: isRecord(issues) ? issueChannel(issues) : undefined,
    webhooks: hooks.filter(isRecord).map((hook) => ({
      urlEnv: String(hook['url-env']),
      format: webhookFormat(hook['format']),
    })),
  };
}

function issueChannel(section: Record<string, unknown>): IssueChannel {
  const labels = Array.isArray(section['labels'])
    ? section['labels'].filter((label) => typeof label === 'string')
    : [];
  return {
    labels: [...new Set([shipshapeLabel, ...labels])],
    mentionOwners: section['mention-owners'] === true,
    maxPerRun: numberOr(section['max-per-run'], 30),
  };
}

function webhookFormat(value: unknown): WebhookChannel['format'] {
  return value === 'slack' || value === 'teams' ? value : 'json';
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

function stringOr(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
