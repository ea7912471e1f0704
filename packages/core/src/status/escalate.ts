/**
 * Escalation: each blocking finding goes to its owner through the channels
 * the policy's `escalation` section names. A GitHub issue per finding
 * fingerprint (found again by its marker, updated in place, closed when the
 * finding is gone) and a webhook message per owner. Every escalation is a
 * journal record; a failed one is a warning finding and a journal record,
 * never a reason to fail a GO release.
 */
import { join } from 'node:path';
import { isUserError } from '../errors.ts';
import { describeError } from '../errors.ts';
import { Journal, type JournalRecord } from '../journal/journal.ts';
import { loadPolicy } from '../policy/release-policy.ts';
import { ReleaseWorkspace } from '../workspace/release-workspace.ts';
import type { Finding } from '../findings.ts';
import type { StageContext } from '../stage.ts';
import {
  escalationPolicy,
  shipshapeLabel,
  type EscalationPolicy,
  type IssueChannel,
  type WebhookChannel,
} from './escalation-policy.ts';
import {
  issueBody,
  issueTitle,
  stageFromBody,
  webhookPayload,
  type ReleaseLabel,
} from './escalation-messages.ts';
import { fingerprintFromBody } from './finding-fingerprint.ts';
import {
  GitHubRequestError,
  gitHubClientFromEnv,
  type GitHubClient,
  type GitHubIssue,
} from './github-client.ts';
import { fetchWithRetry, type RetryOptions } from './http-retry.ts';
import {
  buildStatus,
  type Blocker,
  type StatusReport,
} from './status-report.ts';

/** What happened to one finding on one channel. */
export interface EscalationAction {
  channel: 'github-issue' | 'webhook';
  action:
    | 'created'
    | 'updated'
    | 'unchanged'
    | 'closed'
    | 'sent'
    | 'deferred'
    | 'failed'
    | 'planned';
  fingerprint?: string;
  code?: string;
  owner?: string;
  issue?: number;
  /** The webhook's `url-env`, never its URL. */
  target?: string;
  reason?: string;
}

/** The outcome of one escalation run. */
export interface EscalationResult {
  /** False only when an escalation failed while blockers hold up a release that is not GO. */
  ok: boolean;
  verdict: StatusReport['verdict'];
  dryRun: boolean;
  blockers: number;
  actions: EscalationAction[];
  /** ESCALATION_* warnings: failed or impossible escalations. */
  findings: Finding[];
}

/** Options for `escalate`; all optional. */
export interface EscalateOptions {
  /** Plan only: no request is sent and nothing is journaled. */
  dryRun?: boolean;
  /** A GitHub client to use instead of one built from the environment. */
  client?: GitHubClient;
  /** Retry limits for GitHub and webhook calls. */
  retry?: RetryOptions;
}

interface Run {
  context: StageContext;
  policy: EscalationPolicy;
  status: StatusReport;
  journal: Journal;
  history: JournalRecord[];
  result: EscalationResult;
  due: Blocker[];
  firstSeen: Map<string, string>;
  retry?: RetryOptions;
}

const escalateStage = 'escalate';

/** Escalates the blockers of the release in `context.workspaceDir`. */
export async function escalate(
  context: StageContext,
  options: EscalateOptions = {},
): Promise<EscalationResult> {
  const loaded = await loadPolicy({
    file: context.policyFile,
    cwd: context.cwd,
  });
  const policy = escalationPolicy(loaded.policy);
  const status = await buildStatus(context);
  // A dry run leaves the disk alone; a real run journals, so it opens
  // (and if need be creates) the workspace.
  const journal =
    options.dryRun === true
      ? new Journal(join(context.workspaceDir, 'journal.jsonl'), context.clock)
      : (await ReleaseWorkspace.open(context.workspaceDir, context.clock))
          .journal;
  const history = (await journal.verify()).records;
  const run: Run = {
    context,
    policy,
    status,
    journal,
    history,
    due: [],
    firstSeen: new Map(),
    retry: options.retry,
    result: {
      ok: true,
      verdict: status.verdict,
      dryRun: options.dryRun === true,
      blockers: status.blockers.length,
      actions: [],
      findings: [],
    },
  };
  if (!policy.githubIssues && policy.webhooks.length === 0) {
    run.result.findings.push({
      code: 'ESCALATION_NO_CHANNEL',
      severity: 'note',
      message:
        'policy.yaml names no escalation channel (escalation.github-issues or escalation.webhooks); nothing was escalated',
    });
    return run.result;
  }
  await selectDue(run);
  if (run.result.dryRun) return plan(run);
  if (policy.githubIssues) {
    await escalateToIssues(run, policy.githubIssues, options.client);
  }
  for (const hook of policy.webhooks) await escalateToWebhook(run, hook);
  // Only a blocker that did not reach its owner makes the run fail.
  run.result.ok =
    status.verdict === 'GO' ||
    status.blockers.length === 0 ||
    !run.result.findings.some((f) => f.code === 'ESCALATION_FAILED');
  return run.result;
}

/**
 * Splits blockers into those due now and those still within the policy's
 * `after-hours` grace period, measured from the first journal record of
 * the fingerprint. A blocker seen for the first time gets that record.
 */
async function selectDue(run: Run): Promise<void> {
  const earliest = firstSeenTimes(run.history);
  const unseen = run.status.blockers
    .map((blocker) => blocker.fingerprint)
    .filter((fingerprint) => !earliest.has(fingerprint));
  let time = run.context.clock().toISOString();
  if (unseen.length > 0 && !run.result.dryRun) {
    // One record for every blocker seen for the first time: its time is
    // the start of the after-hours grace period, and stays in issue bodies.
    const first = await run.journal.append({
      kind: 'escalation',
      stage: escalateStage,
      actor: run.context.actor,
      summary: `${String(unseen.length)} blocker(s) seen for the first time`,
      data: { action: 'first-seen', fingerprints: unseen },
    });
    time = first.time;
  }
  // Journal times come from the recording clock: with SOURCE_DATE_EPOCH
  // set they never advance, and a blocker then stays deferred for ever.
  const now = run.context.now().getTime();
  const graceMs = run.policy.afterHours * 3_600_000;
  for (const blocker of run.status.blockers) {
    const seen = earliest.get(blocker.fingerprint) ?? time;
    run.firstSeen.set(blocker.fingerprint, seen);
    if (now - Date.parse(seen) >= graceMs) {
      run.due.push(blocker);
      continue;
    }
    run.result.actions.push({
      channel: 'github-issue',
      action: 'deferred',
      fingerprint: blocker.fingerprint,
      code: blocker.finding.code,
      owner: blocker.owner,
      reason: `within escalation.after-hours (${String(run.policy.afterHours)} h)`,
    });
  }
}

/** The earliest escalation record of each fingerprint in the journal. */
function firstSeenTimes(
  history: readonly JournalRecord[],
): Map<string, string> {
  const earliest = new Map<string, string>();
  for (const record of history) {
    if (record.kind !== 'escalation') continue;
    const single = record.data?.['fingerprint'];
    const list = record.data?.['fingerprints'];
    const fingerprints = [
      ...(typeof single === 'string' ? [single] : []),
      ...(Array.isArray(list) ? list.map(String) : []),
    ];
    for (const fingerprint of fingerprints) {
      if (!earliest.has(fingerprint)) earliest.set(fingerprint, record.time);
    }
  }
  return earliest;
}

function plan(run: Run): EscalationResult {
  for (const blocker of run.due) {
    const base = {
      action: 'planned' as const,
      fingerprint: blocker.fingerprint,
      code: blocker.finding.code,
      owner: blocker.owner,
    };
    if (run.policy.githubIssues) {
      run.result.actions.push({ ...base, channel: 'github-issue' });
    }
    for (const hook of run.policy.webhooks) {
      run.result.actions.push({
        ...base,
        channel: 'webhook',
        target: hook.urlEnv,
      });
    }
  }
  return run.result;
}

async function escalateToIssues(
  run: Run,
  channel: IssueChannel,
  given: GitHubClient | undefined,
): Promise<void> {
  let client: GitHubClient;
  let open: GitHubIssue[];
  try {
    client = given ?? gitHubClientFromEnv(run.context, run.retry);
    open = await client.listOpenIssues(shipshapeLabel);
  } catch (error: unknown) {
    await fail(run, { channel: 'github-issue', action: 'failed' }, error);
    return;
  }
  const byFingerprint = new Map<string, GitHubIssue>();
  for (const issue of [...open].sort((a, b) => a.number - b.number)) {
    const fingerprint = fingerprintFromBody(issue.body);
    if (fingerprint && !byFingerprint.has(fingerprint)) {
      byFingerprint.set(fingerprint, issue);
    }
  }
  let budget = channel.maxPerRun;
  for (const blocker of run.due) {
    const existing = byFingerprint.get(blocker.fingerprint);
    if (budget <= 0) {
      run.result.actions.push({
        ...describe(blocker),
        action: 'deferred',
        reason: 'escalation.github-issues.max-per-run reached',
      });
      continue;
    }
    const changed = await syncIssue(run, client, channel, blocker, existing);
    if (changed) budget -= 1;
  }
  await closeResolved(run, client, byFingerprint);
}

function describe(blocker: Blocker): EscalationAction {
  return {
    channel: 'github-issue',
    action: 'unchanged',
    fingerprint: blocker.fingerprint,
    code: blocker.finding.code,
    owner: blocker.owner,
  };
}

/** Creates or updates the issue of one blocker; true when a request was made. */
async function syncIssue(
  run: Run,
  client: GitHubClient,
  channel: IssueChannel,
  blocker: Blocker,
  existing: GitHubIssue | undefined,
): Promise<boolean> {
  const title = issueTitle(blocker);
  const body = issueBody(
    blocker,
    releaseOf(run.status),
    channel.mentionOwners ? declaredOwners(run) : new Set<string>(),
    run.firstSeen.get(blocker.fingerprint) ?? '',
  );
  const base = describe(blocker);
  if (existing && existing.title === title && existing.body === body) {
    run.result.actions.push({ ...base, issue: existing.number });
    return false;
  }
  try {
    if (existing) {
      await client.updateIssue(existing.number, { title, body });
      await record(
        run,
        { ...base, action: 'updated', issue: existing.number },
        `updated issue #${String(existing.number)}`,
      );
    } else {
      const issue = await client.createIssue({
        title,
        body,
        labels: channel.labels,
      });
      await record(
        run,
        { ...base, action: 'created', issue: issue.number },
        `opened issue #${String(issue.number)}`,
      );
      if (!issue.labels.includes(shipshapeLabel)) labelDropped(run, issue);
    }
  } catch (error: unknown) {
    if (!(error instanceof GitHubRequestError)) throw error;
    await fail(
      run,
      { ...base, action: 'failed', issue: existing?.number },
      error,
    );
  }
  return true;
}

/**
 * GitHub drops the labels of a new issue silently when the token may not
 * set them; without the label the next run cannot find the issue again.
 */
function labelDropped(run: Run, issue: GitHubIssue): void {
  if (run.result.findings.some((f) => f.code === 'ESCALATION_LABEL_DROPPED')) {
    return;
  }
  run.result.findings.push({
    code: 'ESCALATION_LABEL_DROPPED',
    severity: 'warning',
    message: `GitHub created issue #${String(issue.number)} without the "${shipshapeLabel}" label, so the next run cannot find it again and would open a duplicate`,
    remediation: `create the "${shipshapeLabel}" label in the repository and give the token issues: write`,
  });
}

/**
 * Closes the issue of a finding that is gone. Only a stage that has run
 * can say a finding is gone: an issue whose stage has no report (a fresh
 * or partial workspace) stays open.
 */
async function closeResolved(
  run: Run,
  client: GitHubClient,
  byFingerprint: ReadonlyMap<string, GitHubIssue>,
): Promise<void> {
  // Fingerprints are repository-wide: two releases in one repository that
  // report the same finding share (and close) one issue.
  const current = new Set(run.status.blockers.map((b) => b.fingerprint));
  const evaluated = new Set(
    run.status.stages
      .filter((s) => s.state === 'passed' || s.state === 'failed')
      .map((s) => s.stage),
  );
  if (run.status.run.state === 'passed' || run.status.run.state === 'failed') {
    evaluated.add('run');
  }
  for (const [fingerprint, issue] of byFingerprint) {
    const stage = stageFromBody(issue.body);
    if (current.has(fingerprint) || !stage || !evaluated.has(stage)) continue;
    const base: EscalationAction = {
      channel: 'github-issue',
      action: 'closed',
      fingerprint,
      issue: issue.number,
    };
    try {
      await client.createComment(
        issue.number,
        `The ${stage} stage no longer reports this finding (${run.context.clock().toISOString()}); closing.`,
      );
      await client.updateIssue(issue.number, {
        state: 'closed',
        state_reason: 'completed',
      });
      await record(
        run,
        base,
        `closed issue #${String(issue.number)}: finding resolved`,
      );
    } catch (error: unknown) {
      if (!(error instanceof GitHubRequestError)) throw error;
      await fail(run, { ...base, action: 'failed' }, error);
    }
  }
}

/**
 * Sends one message per owner with that owner's blockers not yet sent to
 * this webhook (the journal remembers what was sent).
 */
async function escalateToWebhook(
  run: Run,
  hook: WebhookChannel,
): Promise<void> {
  const target = hook.urlEnv;
  const url = run.context.env[target] ?? '';
  run.context.secrets.add(url);
  if (!/^https?:\/\//.test(url)) {
    await fail(
      run,
      { channel: 'webhook', action: 'failed', target },
      new Error(`${target} is not set to an http(s) URL`),
    );
    return;
  }
  const sent = sentFingerprints(run.history, target);
  const byOwner = new Map<string, Blocker[]>();
  for (const blocker of run.due) {
    if (sent.has(blocker.fingerprint)) continue;
    const key = blocker.owner ?? '';
    byOwner.set(key, [...(byOwner.get(key) ?? []), blocker]);
  }
  for (const [owner, blockers] of byOwner) {
    const payload = webhookPayload(
      hook.format,
      owner || undefined,
      blockers,
      releaseOf(run.status),
    );
    const base: EscalationAction = {
      channel: 'webhook',
      action: 'sent',
      target,
      owner: owner || undefined,
    };
    const outcome = await fetchWithRetry(
      url,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': 'shipshape',
        },
        body: JSON.stringify(payload),
      },
      run.retry,
    );
    if ('response' in outcome && outcome.response.ok) {
      await outcome.response.body?.cancel();
      await record(
        run,
        base,
        `sent ${String(blockers.length)} blocker(s) to webhook ${target}`,
        blockers.map((b) => b.fingerprint),
      );
      continue;
    }
    const reason =
      'error' in outcome
        ? `${outcome.error} after ${String(outcome.attempts)} attempt(s)`
        : `answered ${String(outcome.response.status)} after ${String(outcome.attempts)} attempt(s)`;
    await fail(
      run,
      { ...base, action: 'failed' },
      new Error(`webhook ${target} ${reason}`),
    );
  }
}

function sentFingerprints(
  history: readonly JournalRecord[],
  target: string,
): Set<string> {
  const sent = new Set<string>();
  for (const entry of history) {
    const data = entry.data;
    if (
      entry.kind !== 'escalation' ||
      data?.['target'] !== target ||
      data['action'] !== 'sent'
    )
      continue;
    const list = data['fingerprints'];
    if (Array.isArray(list)) for (const item of list) sent.add(String(item));
  }
  return sent;
}

async function record(
  run: Run,
  action: EscalationAction,
  summary: string,
  fingerprints?: string[],
): Promise<void> {
  run.result.actions.push(action);
  await run.journal.append({
    kind: 'escalation',
    stage: escalateStage,
    actor: run.context.actor,
    summary: run.context.secrets.redact(summary),
    data: {
      ...stripUndefined(action),
      ...(fingerprints ? { fingerprints } : {}),
    },
  });
}

async function fail(
  run: Run,
  action: EscalationAction,
  error: unknown,
): Promise<void> {
  const reason = run.context.secrets.redact(
    isUserError(error) || error instanceof Error
      ? describeError(error).replace(/^internal error: /, '')
      : String(error),
  );
  const failed = { ...action, action: 'failed' as const, reason };
  run.result.findings.push({
    code: 'ESCALATION_FAILED',
    severity: 'warning',
    message: `escalation through ${action.channel}${action.target ? ` ${action.target}` : ''}${action.code ? ` of ${action.code}` : ''} failed: ${reason}`,
    owner: action.owner,
    remediation:
      'check the token, the webhook URL and the service status; the next escalation run tries again',
    details: { fingerprint: action.fingerprint ?? null },
  });
  run.context.logger.warn(`escalation failed: ${reason}`);
  await record(
    run,
    failed,
    `escalation through ${action.channel} failed: ${reason}`,
  );
}

function stripUndefined(action: EscalationAction): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(action).filter(([, value]) => value !== undefined),
  );
}

/** Owners named in release.yaml and policy.yaml, the only ones mentioned. */
function declaredOwners(run: Run): Set<string> {
  const owners = new Set(run.status.signing.map((item) => item.owner));
  if (run.policy.defaultOwner) owners.add(run.policy.defaultOwner);
  return owners;
}

function releaseOf(status: StatusReport): ReleaseLabel | undefined {
  return status.release?.id ? status.release : undefined;
}
