/**
 * `shipshape run`: the whole pipeline, then the dossier and one verdict.
 * Exit 0 GO, 1 NO-GO, 2 a step could not run (input or configuration),
 * 3 internal error.
 */
import { visibleText } from '@shipshape/core';
import { runPipeline } from '@shipshape/core/dossier/pipeline';
import { makeIndexSigner } from '@shipshape/core/dossier/index-signer';
import type { RunReport } from '@shipshape/core/dossier/run-report';
import type { CommandSpec } from '../command.ts';
import {
  commonOptions,
  contextFromArgs,
  flagOption,
  stringOption,
} from '../stage-command.ts';

export const runCommand: CommandSpec = {
  name: 'run',
  summary: 'run every stage, assemble the dossier, and give a GO/NO-GO verdict',
  usage:
    'shipshape run [--manifest F] [--policy F] [--environment NAME]\n' +
    '              [--signing-method keyless|key|gpg|pkcs11] [--key REF]\n' +
    '              [--from-workspace] [--workspace D] [--json]\n\n' +
    '  --environment     registry environment the publish dry run probes\n' +
    '  --signing-method  how artifacts and the dossier index are signed\n' +
    '  --key             the key for that method\n' +
    '  --from-workspace  assemble the dossier from stage reports already in\n' +
    '                    the workspace instead of running the stages\n' +
    'Exit codes: 0 GO, 1 NO-GO, 2 input or configuration error, 3 internal error.',
  options: {
    ...commonOptions,
    environment: { type: 'string' },
    'signing-method': { type: 'string' },
    key: { type: 'string' },
    'from-workspace': { type: 'boolean' },
  },
  async run(args, io) {
    const context = contextFromArgs(args, io);
    const signingMethod = stringOption(args, 'signing-method');
    const key = stringOption(args, 'key');
    const report = await runPipeline(context, {
      environment: stringOption(args, 'environment'),
      signingMethod,
      key,
      fromWorkspace: flagOption(args, 'from-workspace'),
      makeSigner: (ctx) => makeIndexSigner(ctx, { method: signingMethod, key }),
    });
    const text = flagOption(args, 'json')
      ? `${JSON.stringify(report, null, 2)}\n`
      : renderRun(report);
    io.stdout(context.secrets.redact(text));
    return report.exitCode;
  },
};

/** The verdict, a table of steps, and where the dossier is. */
export function renderRun(report: RunReport): string {
  const width = Math.max(...report.steps.map((step) => step.name.length));
  const lines = [
    `${report.verdict}: ${visibleText(report.release.id)} ${visibleText(report.release.version)}`,
    '',
    `  ${'step'.padEnd(width)}  ${'status'.padEnd(13)}  errors  warnings  notes`,
  ];
  for (const step of report.steps) {
    const { error, warning, note } = step.counts;
    lines.push(
      `  ${step.name.padEnd(width)}  ${step.status.padEnd(13)}  ${String(error).padStart(6)}  ${String(warning).padStart(8)}  ${String(note).padStart(5)}`,
    );
    if (step.message)
      lines.push(`  ${' '.repeat(width)}  ${visibleText(step.message, 300)}`);
  }
  const blocking = report.findings.filter((f) => f.severity === 'error');
  if (blocking.length > 0) {
    lines.push('', 'blocking findings:');
    for (const finding of blocking.slice(0, 30)) {
      lines.push(`  ${finding.code}  ${visibleText(finding.message, 300)}`);
    }
    if (blocking.length > 30)
      lines.push(`  …and ${blocking.length - 30} more (see SUMMARY.md)`);
  }
  if (report.dossier) {
    lines.push(
      '',
      `dossier: ${report.dossier.archive}`,
      `  sha256 ${report.dossier.sha256}`,
      `  folder ${report.dossier.folder}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
