/**
 * `shipshape journal verify`: checks the workspace journal's hash chain.
 */
import { ExitCode, UserError, createStageContext } from '@shipshape/core';
import {
  describeJournalCheck,
  verifyWorkspaceJournal,
} from '@shipshape/core/dossier/journal-commands';
import type { CommandSpec } from '../command.ts';
import { flagOption, stringOption } from '../stage-command.ts';

export const journalCommand: CommandSpec = {
  name: 'journal',
  summary:
    'verify the release journal: find the first edited, removed, reordered or torn record',
  usage: 'shipshape journal verify [--workspace D] [--json]',
  options: { workspace: { type: 'string' }, json: { type: 'boolean' } },
  allowPositionals: true,
  async run(args, io) {
    if (args.positionals.length !== 1 || args.positionals[0] !== 'verify') {
      throw new UserError(
        'USAGE',
        'usage: shipshape journal verify [--workspace D] [--json]',
        { field: 'subcommand' },
      );
    }
    const context = createStageContext({
      cwd: io.cwd,
      env: io.env,
      workspaceDir: stringOption(args, 'workspace'),
    });
    const check = await verifyWorkspaceJournal(context.workspaceDir);
    io.stdout(
      flagOption(args, 'json')
        ? `${JSON.stringify(check, null, 2)}\n`
        : `${check.ok ? 'OK' : 'BROKEN'}: ${describeJournalCheck(check)}\n`,
    );
    return check.ok ? ExitCode.pass : ExitCode.ruleBroken;
  },
};
