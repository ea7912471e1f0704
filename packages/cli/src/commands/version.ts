/**
 * `shipshape version`: is release.version the version the policy demands?
 * With --next, prints the version the rules would choose instead.
 */
import { visibleText, ExitCode, type StageReport } from '@shipshape/core';
import { runEnforceVersionStage } from '@shipshape/core/enforce-version/enforce-version-stage';
import type { DecisionRecord } from '@shipshape/core/enforce-version/version-decision';
import type { CommandSpec } from '../command.ts';
import {
  commonOptions,
  contextFromArgs,
  flagOption,
  printReport,
} from '../stage-command.ts';

export const versionCommand: CommandSpec = {
  name: 'version',
  summary:
    'check release.version against the commits, the calendar and the tickets',
  usage:
    'shipshape version [--manifest F] [--policy F] [--next] [--json]\n\n' +
    '  --next   print the version the rules would choose and exit 0\n' +
    'A GITHUB_TOKEN (with GITHUB_REPOSITORY) in the environment turns on\n' +
    'checking #123 tickets against the repository issues.',
  options: { ...commonOptions, next: { type: 'boolean' } },
  async run(args, io) {
    const context = contextFromArgs(args, io);
    const next = flagOption(args, 'next');
    const report = await runEnforceVersionStage(context, {
      next,
      githubToken: io.env['GITHUB_TOKEN'] || undefined,
    });
    if (next && !flagOption(args, 'json')) {
      io.stdout(`${context.secrets.redact(String(report['next']))}\n`);
      return ExitCode.pass;
    }
    const code = printReport(report, args, io, context, decisionLines(report));
    return next ? ExitCode.pass : code;
  },
};

function decisionLines(report: StageReport): string[] {
  const decision = report['decision'] as DecisionRecord | undefined;
  if (!decision) return [];
  const previous = decision.previousTag
    ? `${visibleText(decision.previousVersion ?? '')} (tag ${visibleText(decision.previousTag)})`
    : 'none (first release)';
  return [
    `  version ${visibleText(decision.declaredVersion)}: previous ${previous}; declared bump ${decision.declaredBump}, required ${decision.requiredBump}; ${decision.commitCount} commit${decision.commitCount === 1 ? '' : 's'} in range; next would be ${visibleText(decision.nextVersion)}`,
    `  ${visibleText(decision.rationale, 600)}`,
  ];
}
