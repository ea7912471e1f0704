/**
 * `shipshape verify-dossier FILE`: checks a dossier archive offline and
 * lists every check. Exit 0 when all hold, 1 when any fails.
 */
import { ExitCode, UserError, visibleText } from '@shipshape/core';
import { verifyDossier } from '@shipshape/core/dossier/verify-dossier';
import { dossierVerifierDefaults } from '@shipshape/core/dossier/index-signer';
import { resolve } from 'node:path';
import type { CommandSpec } from '../command.ts';
import { flagOption, stringOption } from '../stage-command.ts';

export const verifyDossierCommand: CommandSpec = {
  name: 'verify-dossier',
  summary:
    'check a release dossier offline: digests, signatures, SBOMs, journal',
  usage:
    'shipshape verify-dossier FILE [--key F] [--artifacts DIR] [--json]\n\n' +
    '  --key        PEM public key the dossier must be signed with (pins the\n' +
    '               signer; without it the key recorded in the dossier is used,\n' +
    '               which proves integrity, not identity)\n' +
    '  --artifacts  folder with the released files, to check their signatures',
  options: {
    json: { type: 'boolean' },
    key: { type: 'string' },
    artifacts: { type: 'string' },
  },
  allowPositionals: true,
  async run(args, io) {
    const [file, ...extra] = args.positionals;
    if (!file || extra.length > 0) {
      throw new UserError('USAGE', 'verify-dossier takes exactly one FILE', {
        field: 'FILE',
      });
    }
    const key = stringOption(args, 'key');
    const artifacts = stringOption(args, 'artifacts');
    const result = await verifyDossier(resolve(io.cwd, file), {
      ...dossierVerifierDefaults(io.cwd, io.env),
      key: key ? resolve(io.cwd, key) : undefined,
      artifactsDir: artifacts ? resolve(io.cwd, artifacts) : undefined,
    });
    if (flagOption(args, 'json')) {
      io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    } else {
      const lines = [
        `${result.ok ? 'VERIFIED' : 'FAILED'}: ${visibleText(file)}${result.verdict ? ` (verdict ${visibleText(result.verdict)})` : ''}`,
      ];
      for (const check of result.checks) {
        if (check.status === 'ok' && check.check === 'digest') continue;
        lines.push(
          `  ${check.status.padEnd(7)} ${check.check}${check.path ? ` ${visibleText(check.path)}` : ''}${check.detail ? `: ${visibleText(check.detail, 400)}` : ''}`,
        );
      }
      const digests = result.checks.filter(
        (c) => c.check === 'digest' && c.status === 'ok',
      ).length;
      lines.push(`  ${digests} file digests match the index`);
      io.stdout(`${lines.join('\n')}\n`);
    }
    return result.ok ? ExitCode.pass : ExitCode.ruleBroken;
  },
};
