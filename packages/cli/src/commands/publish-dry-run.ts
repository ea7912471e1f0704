/**
 * `shipshape publish-dry-run`: probes every target registry of every
 * artifact for one environment and prints the table of what a publish
 * would meet. Nothing is published, tagged or uploaded.
 */
import {
  renderProbeTable,
  type ProbeRow,
} from '@shipshape/core/publish-dry-run/probe-table';
import { runPublishDryRunStage } from '@shipshape/core/publish-dry-run/publish-dry-run-stage';
import type { CommandSpec } from '../command.ts';
import {
  artifactOption,
  artifactUsage,
  commonOptions,
  contextFromArgs,
  listOption,
  printReport,
  stringOption,
} from '../stage-command.ts';

export const publishDryRunCommand: CommandSpec = {
  name: 'publish-dry-run',
  summary:
    'probe each target registry: reachable, authenticated, allowed, version free, valid',
  usage:
    'shipshape publish-dry-run [--manifest F] [--policy F] [--environment NAME]\n' +
    '                          [--artifact NAME]... [--json]\n\n' +
    '  --environment NAME  probe the registries of this environment (default staging);\n' +
    '                      only their credential variables are read\n' +
    artifactUsage,
  options: {
    ...commonOptions,
    ...artifactOption,
    environment: { type: 'string' },
  },
  async run(args, io) {
    const context = contextFromArgs(args, io);
    const report = await runPublishDryRunStage(context, {
      environment: stringOption(args, 'environment'),
      artifacts: listOption(args, 'artifact'),
    });
    const rows = Array.isArray(report['table'])
      ? (report['table'] as ProbeRow[])
      : [];
    return printReport(report, args, io, context, renderProbeTable(rows));
  },
};
