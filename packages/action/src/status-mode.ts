/**
 * The `mode: status` of the root action: builds the release status from
 * the workspace, writes the Markdown to the job summary, sets the outputs
 * `status` (path of the JSON status) and `markdown`, and, when the input
 * `tracking-issue` names an issue, posts the day's status there as one
 * comment per UTC day, edited in place when run again that day.
 *
 * GitHub is reached through core's fetch client (`github-client.ts`),
 * which honours GITHUB_API_URL and GITHUB_REPOSITORY, not through
 * `@actions/github`'s Octokit: one client for the CLI and the action.
 * The token is the `github-token` input (default: the job's token) and
 * needs `issues: write` only when `tracking-issue` is set.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import * as core from '@actions/core';
import {
  createStageContext,
  describeError,
  exitCodeForError,
  ExitCode,
  UserError,
  writeFileAtomic,
  type StageContext,
} from '@shipshape/core';
import { collectStatus } from '@shipshape/core/status/collect-status';
import { postDailyStatus } from '@shipshape/core/status/daily-status';
import { gitHubClientFromEnv } from '@shipshape/core/status/github-client';
import { renderStatusMarkdown } from '@shipshape/core/status/status-markdown';
import type { StatusReport } from '@shipshape/core/status/status-report';
import { readCommonInputs, type CommonInputs } from './action-runner.ts';

/** The inputs of the status mode. */
export interface StatusInputs extends CommonInputs {
  trackingIssue?: number;
  githubToken: string;
}

/** Reads the status mode's inputs (declared in the root action.yml). */
export function readStatusInputs(): StatusInputs {
  const issue = core.getInput('tracking-issue');
  if (issue !== '' && !/^[1-9][0-9]{0,9}$/.test(issue)) {
    throw new UserError(
      'TRACKING_ISSUE_INVALID',
      `input tracking-issue must be an issue number, got "${issue.slice(0, 40)}"`,
      { field: 'tracking-issue' },
    );
  }
  return {
    ...readCommonInputs(),
    trackingIssue: issue === '' ? undefined : Number(issue),
    githubToken: core.getInput('github-token'),
  };
}

/** Runs the status mode and sets the process exit code (0, 2 or 3). */
export async function runStatusAction(): Promise<void> {
  const stop = randomUUID();
  try {
    const inputs = readStatusInputs();
    const context = statusContext(inputs);
    process.stdout.write(`::stop-commands::${stop}\n`);
    let status: StatusReport;
    try {
      status = await collectStatus(context);
    } finally {
      process.stdout.write(`::${stop}::\n`);
    }
    const markdown = context.secrets.redact(renderStatusMarkdown(status));
    const path = join(
      process.env['RUNNER_TEMP'] ?? context.workspaceDir,
      'shipshape-status.json',
    );
    await writeFileAtomic(
      path,
      context.secrets.redact(`${JSON.stringify(status, null, 2)}\n`),
    );
    core.setOutput('status', path);
    core.setOutput('markdown', markdown);
    if (process.env['GITHUB_STEP_SUMMARY']) {
      await core.summary.addRaw(markdown).write();
    }
    if (inputs.trackingIssue !== undefined) {
      await postToTrackingIssue(context, inputs.trackingIssue, markdown);
    }
    core.info(
      `release status: ${status.verdict}, ${String(status.blockers.length)} blocker(s)`,
    );
    process.exitCode = ExitCode.pass;
  } catch (error: unknown) {
    core.error(describeError(error), {
      title: 'shipshape status could not run',
    });
    process.exitCode = exitCodeForError(error);
  }
}

function statusContext(inputs: StatusInputs): StageContext {
  const env = { ...process.env };
  if (inputs.githubToken !== '') env['GITHUB_TOKEN'] = inputs.githubToken;
  const context = createStageContext({
    cwd: inputs.workingDirectory,
    manifestFile: inputs.manifest,
    policyFile: inputs.policy,
    workspaceDir: inputs.workspace,
    env,
  });
  context.secrets.onAdd((form) => {
    core.setSecret(form);
  });
  context.secrets.add(env['GITHUB_TOKEN']);
  return context;
}

/** A failed post is a warning: the status itself was produced. */
async function postToTrackingIssue(
  context: StageContext,
  issue: number,
  markdown: string,
): Promise<void> {
  try {
    const outcome = await postDailyStatus({
      client: gitHubClientFromEnv(context),
      issue,
      markdown,
      now: context.now(),
    });
    core.info(
      `status comment ${outcome.action} on issue #${String(issue)} for ${outcome.date}`,
    );
  } catch (error: unknown) {
    const reason = context.secrets.redact(
      error instanceof Error ? error.message : String(error),
    );
    core.warning(
      `could not post the status to issue #${String(issue)}: ${reason}`,
    );
  }
}
