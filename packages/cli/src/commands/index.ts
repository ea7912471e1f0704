/**
 * Every subcommand, loaded on demand so that one command's dependencies do
 * not slow the start of another. Add a command with one entry here.
 */
import type { CommandSpec } from '../command.ts';

type Loader = () => Promise<CommandSpec>;

export const commands: Record<string, { summary: string; load: Loader }> = {
  version: {
    summary: 'check release.version against commits, calendar and tickets',
    load: async () => (await import('./version.ts')).versionCommand,
  },
};
