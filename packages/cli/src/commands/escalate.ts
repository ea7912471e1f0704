/**
 * `shipshape escalate`: sends each blocking finding to its owner through
 * the channels of the policy's `escalation` section. Exit 0 when every
 * escalation went out (or the release is GO), 1 when an escalation failed
 * while blockers hold up the release, 2 for bad configuration.
 */
import { ExitCode, visibleText } from '@shipshape/core';
import {
  escalate,
  type EscalationResult,
} from '@shipshape/core/status/escalate';
import type { CommandSpec } from '../command.ts';
import { contextFromArgs, flagOption } from '../stage-command.ts';

function renderResult(result: EscalationResult): string {
  const lines = [
    `escalate: verdict ${result.verdict}, ${String(result.blockers)} blocker(s)${result.dryRun ? ' (dry run: nothing sent)' : ''}`,
  ];
  for (const action of result.actions) {
    const what = [
      action.channel,
      action.action,
      action.code,
      action.issue === undefined ? undefined : `#${String(action.issue)}`,
      action.target,
      action.owner,
    ].filter((part) => part !== undefined);
    lines.push(`  ${visibleText(what.join(' '))}`);
  }
  for (const finding of result.findings) {
    lines.push(
      `${finding.severity}: ${visibleText(finding.message, 400)} [${finding.code}]`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export const escalateCommand: CommandSpec = {
  name: 'escalate',
  summary: 'send each blocker to its owner (GitHub issues, webhooks)',
  usage: 'shipshape escalate [--workspace D] [--policy F] [--dry-run] [--json]',
  options: {
    workspace: { type: 'string' },
    policy: { type: 'string' },
    manifest: { type: 'string' },
    'dry-run': { type: 'boolean' },
    json: { type: 'boolean' },
    verbose: { type: 'boolean' },
  },
  async run(args, io) {
    const context = contextFromArgs(args, io);
    const result = await escalate(context, {
      dryRun: flagOption(args, 'dry-run'),
    });
    const text = flagOption(args, 'json')
      ? `${JSON.stringify(result, null, 2)}\n`
      : renderResult(result);
    io.stdout(context.secrets.redact(text));
    return result.ok ? ExitCode.pass : ExitCode.ruleBroken;
  },
};

export default escalateCommand;
