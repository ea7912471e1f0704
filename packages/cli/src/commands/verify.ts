/**
 * `shipshape verify`: checks one signature offline. Exit 0 when it holds,
 * 1 when it does not, 2 for bad input (a missing file, a malformed bundle,
 * no key or identity given). Keyless bundles are checked against the
 * trusted root in $SHIPSHAPE_TRUSTED_ROOT, or else the one fetched through
 * TUF (see tuf-trusted-root.ts in core).
 */
import { ExitCode, visibleText } from '@shipshape/core';
import {
  verifySignature,
  type VerifyResult,
} from '@shipshape/core/sign/verify-signature';
import type { CommandSpec } from '../command.ts';
import { flagOption, stringOption } from '../stage-command.ts';

function render(file: string, result: VerifyResult): string {
  const lines = [
    `verify: ${result.ok ? 'OK' : 'FAILED'} ${visibleText(file)} (${result.method})`,
  ];
  if (result.identity) lines.push(`  signer: ${visibleText(result.identity)}`);
  for (const problem of result.problems)
    lines.push(`  problem: ${visibleText(problem, 400)}`);
  for (const line of result.log) lines.push(`  ${visibleText(line, 400)}`);
  return `${lines.join('\n')}\n`;
}

export const verifyCommand: CommandSpec = {
  name: 'verify',
  summary: 'check a signature of a file offline (bundle or OpenPGP)',
  usage:
    'shipshape verify FILE (--bundle F | --signature F) [--key F] [--certificate-identity I --certificate-oidc-issuer U] [--json]',
  options: {
    bundle: { type: 'string' },
    signature: { type: 'string' },
    key: { type: 'string' },
    'certificate-identity': { type: 'string' },
    'certificate-oidc-issuer': { type: 'string' },
    json: { type: 'boolean' },
  },
  allowPositionals: true,
  async run(args, io) {
    const [file, ...extra] = args.positionals;
    if (file === undefined || extra.length > 0) {
      io.stderr(
        `shipshape verify: give exactly one FILE\nusage: ${verifyCommand.usage}\n`,
      );
      return ExitCode.badInput;
    }
    const result = await verifySignature({
      file,
      bundle: stringOption(args, 'bundle'),
      signature: stringOption(args, 'signature'),
      key: stringOption(args, 'key'),
      certificateIdentity: stringOption(args, 'certificate-identity'),
      certificateOIDCIssuer: stringOption(args, 'certificate-oidc-issuer'),
      cwd: io.cwd,
      env: io.env,
    });
    const text = flagOption(args, 'json')
      ? `${JSON.stringify({ file, ...result }, null, 2)}\n`
      : render(file, result);
    io.stdout(text);
    return result.ok ? ExitCode.pass : ExitCode.ruleBroken;
  },
};

export default verifyCommand;
