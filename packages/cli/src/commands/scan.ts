/**
 * `shipshape scan`: the policy gate over the release's SBOMs — licences,
 * vulnerabilities (OSV advisories), export control and exceptions — with
 * an optional SARIF 2.1.0 log for code scanning.
 */
import { visibleText, type StageReport } from '@shipshape/core';
import { runPolicyScanStage } from '@shipshape/core/policy-scan/policy-scan-stage';
import type { CommandSpec } from '../command.ts';
import {
  commonOptions,
  contextFromArgs,
  printReport,
  stringOption,
} from '../stage-command.ts';

export const scanCommand: CommandSpec = {
  name: 'scan',
  summary: 'check licences, vulnerabilities, export control and exceptions',
  usage:
    'shipshape scan [--manifest F] [--policy F] [--sbom F]... [--advisories DIR]\n' +
    '               [--sarif F] [--json]\n\n' +
    '  --sbom F          scan this CycloneDX or SPDX JSON SBOM (repeatable);\n' +
    '                    default: the SBOMs `shipshape sbom` wrote\n' +
    '  --advisories DIR  OSV advisories: a folder of .json files or a .zip/.tar.gz\n' +
    '                    export; default: vulnerabilities.advisories in the policy\n' +
    '  --sarif F         also write the findings as SARIF 2.1.0 to F',
  options: {
    ...commonOptions,
    sbom: { type: 'string', multiple: true },
    advisories: { type: 'string' },
    sarif: { type: 'string' },
  },
  async run(args, io) {
    const context = contextFromArgs(args, io);
    const sbom = args.values['sbom'];
    const report = await runPolicyScanStage(context, {
      sbom: Array.isArray(sbom) ? sbom.map(String) : undefined,
      advisories: stringOption(args, 'advisories'),
      sarif: stringOption(args, 'sarif'),
    });
    return printReport(report, args, io, context, scanLines(report));
  },
};

function scanLines(report: StageReport): string[] {
  const lines: string[] = [];
  const sboms = Array.isArray(report['sboms']) ? report['sboms'] : [];
  for (const entry of sboms as Record<string, unknown>[]) {
    lines.push(
      `  scanned ${visibleText(String(entry['file']))}: ${String(entry['components'])} components${typeof entry['artifact'] === 'string' ? ` (${visibleText(entry['artifact'])})` : ''}`,
    );
  }
  const summary = report['vulnerabilities'] as
    { bySeverity: Record<string, number>; blocking: number } | undefined;
  if (summary) {
    const counts = Object.entries(summary.bySeverity)
      .map(([level, count]) => `${level} ${count}`)
      .join(', ');
    lines.push(
      `  vulnerabilities: ${counts}; ${summary.blocking} finding(s) block the release`,
    );
  }
  const exceptions = Array.isArray(report['exceptions'])
    ? report['exceptions']
    : [];
  if (exceptions.length > 0)
    lines.push(`  exceptions applied: ${exceptions.length}`);
  return lines;
}
