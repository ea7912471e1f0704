/**
 * `shipshape sbom`: an SBOM per artifact (CycloneDX 1.5/1.6 or SPDX 2.3
 * JSON), or one for a lockfile alone, validated against the official
 * schema and cross-checked against the manifest.
 */
import { UserError, visibleText, type StageReport } from '@shipshape/core';
import { runSBOMStage } from '@shipshape/core/sbom/sbom-stage';
import type { CommandSpec } from '../command.ts';
import {
  artifactOption,
  artifactUsage,
  commonOptions,
  contextFromArgs,
  flagOption,
  listOption,
  printReport,
  stringOption,
} from '../stage-command.ts';

export const sbomCommand: CommandSpec = {
  name: 'sbom',
  summary: 'write a schema-valid SBOM per artifact, cross-checked',
  usage:
    'shipshape sbom [--manifest F] [--lockfile F] [--format cyclonedx|spdx]\n' +
    '               [--spec-version V] [--input F] [--out F] [--include-dev]\n' +
    '               [--artifact NAME]... [--json]\n\n' +
    '  --lockfile F      read this lockfile (works without a manifest)\n' +
    '  --format          cyclonedx (default) or spdx\n' +
    '  --spec-version V  1.5 (default) or 1.6 for CycloneDX, 2.3 for SPDX\n' +
    '  --input F         validate and annotate this SBOM instead of generating one\n' +
    '  --out F           write to this file (one SBOM) or folder (ending in /)\n' +
    '  --include-dev     list development-only packages too\n' +
    artifactUsage,
  options: {
    ...commonOptions,
    ...artifactOption,
    lockfile: { type: 'string' },
    format: { type: 'string' },
    'spec-version': { type: 'string' },
    input: { type: 'string' },
    out: { type: 'string' },
    'include-dev': { type: 'boolean' },
  },
  async run(args, io) {
    const context = contextFromArgs(args, io);
    const format = stringOption(args, 'format');
    if (format !== undefined && format !== 'cyclonedx' && format !== 'spdx') {
      throw new UserError(
        'CLI_OPTION_INVALID',
        `--format must be cyclonedx or spdx, got "${visibleText(format, 40)}"`,
        { field: 'format' },
      );
    }
    const report = await runSBOMStage(context, {
      lockfile: stringOption(args, 'lockfile'),
      format,
      specVersion: stringOption(args, 'spec-version'),
      input: stringOption(args, 'input'),
      out: stringOption(args, 'out'),
      includeDev: flagOption(args, 'include-dev') || undefined,
      artifacts: listOption(args, 'artifact'),
    });
    return printReport(report, args, io, context, sbomLines(report));
  },
};

function sbomLines(report: StageReport): string[] {
  const sboms = Array.isArray(report['sboms']) ? report['sboms'] : [];
  return sboms.map((entry: Record<string, unknown>) => {
    const name = visibleText(String(entry['artifact']));
    const path = visibleText(String(entry['path']));
    return `  ${name}: ${String(entry['format'])} ${String(entry['specVersion'])}, ${String(entry['components'])} components → ${path}`;
  });
}
