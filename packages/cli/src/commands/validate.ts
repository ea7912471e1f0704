/**
 * `shipshape validate`: checks release.yaml against its schema and the
 * release rules, and lists every problem grouped by file.
 */
import { visibleText, type StageReport } from '@shipshape/core';
import { runValidateManifestStage } from '@shipshape/core/validate-manifest/validate-manifest-stage';
import type { CommandSpec } from '../command.ts';
import {
  commonOptions,
  contextFromArgs,
  printReport,
} from '../stage-command.ts';

export const validateCommand: CommandSpec = {
  name: 'validate',
  summary: 'check release.yaml: schema, placeholders, files, digests, rules',
  usage:
    'shipshape validate [--manifest F] [--policy F] [--json] [--workspace DIR] [--verbose]\n\n' +
    '  --manifest F    the release manifest (default release.yaml)\n' +
    '  --policy F      the release policy (default policy.yaml when present)\n' +
    '  --json          print the stage report as JSON\n' +
    '  --workspace DIR the release workspace (default .shipshape)\n' +
    'Exit codes: 0 valid, 1 a rule is broken, 2 the manifest or policy cannot be read.',
  options: commonOptions,
  async run(args, io) {
    const context = contextFromArgs(args, io);
    const report = await runValidateManifestStage(context);
    return printReport(report, args, io, context, artifactLines(report));
  },
};

// One line per artifact file: whether its digest was verified.
function artifactLines(report: StageReport): string[] {
  const artifacts = report['artifacts'];
  if (!Array.isArray(artifacts)) return [];
  return artifacts.map((item: unknown) => {
    const { name, path, verified } = item as {
      name: string;
      path: string;
      verified: boolean;
    };
    const mark = verified ? 'digest verified' : 'not verified';
    return `  ${visibleText(name, 80)}: ${visibleText(path, 120)} (${mark})`;
  });
}
