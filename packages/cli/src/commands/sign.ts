/**
 * `shipshape sign`: signs the manifest's artifacts (or the files given),
 * verifies every signature at once, and writes SHA256SUMS. The passphrase
 * of a key, when it has one, comes from $SHIPSHAPE_KEY_PASSPHRASE.
 */
import { runSignStage } from '@shipshape/core/sign/sign-stage';
import type { SignMethod } from '@shipshape/core/sign/signing-policy';
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

export const signCommand: CommandSpec = {
  name: 'sign',
  summary: 'sign every artifact, verify each signature, write SHA256SUMS',
  usage:
    'shipshape sign [--manifest F] [--policy F] [--method keyless|key|gpg|pkcs11] [--key REF] [--artifact NAME]... [--json] [FILE...]\n  REF: key: a PEM file, env:NAME or ephemeral; gpg: a key id; pkcs11: a key label.\n  The key passphrase is read from $SHIPSHAPE_KEY_PASSPHRASE.\n' +
    artifactUsage,
  options: {
    ...commonOptions,
    ...artifactOption,
    method: { type: 'string' },
    key: { type: 'string' },
  },
  allowPositionals: true,
  async run(args, io) {
    const context = contextFromArgs(args, io);
    const passphrase = io.env['SHIPSHAPE_KEY_PASSPHRASE'];
    context.secrets.add(passphrase);
    const report = await runSignStage(context, {
      method: stringOption(args, 'method') as SignMethod | undefined,
      key: stringOption(args, 'key'),
      passphrase: passphrase === '' ? undefined : passphrase,
      files: args.positionals,
      artifacts: listOption(args, 'artifact'),
    });
    // The integrity-only notice is a finding, so the listing shows it.
    return printReport(report, args, io, context);
  },
};

export default signCommand;
