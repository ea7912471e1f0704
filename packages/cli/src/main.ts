/**
 * The shipshape command: parses the subcommand and its options, runs it,
 * and maps every outcome to the documented exit codes. Never prints a
 * stack trace unless SHIPSHAPE_DEBUG is set.
 */
import { parseArgs } from 'node:util';
import { describeError, exitCodeForError, ExitCode } from '@shipshape/core';
import { commands } from './commands/index.ts';
import type { CommandIO } from './command.ts';

const version = '0.1.0';

/** Runs the command line `argv` (without node and script) and returns the exit code. */
export async function main(
  argv: readonly string[],
  io: CommandIO,
): Promise<number> {
  const [name, ...rest] = argv;
  if (
    name === undefined ||
    name === 'help' ||
    name === '--help' ||
    name === '-h'
  ) {
    io.stdout(usage());
    return name === undefined ? ExitCode.badInput : ExitCode.pass;
  }
  if (name === '--version') {
    io.stdout(`${version}\n`);
    return ExitCode.pass;
  }
  const entry = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!entry) {
    io.stderr(`shipshape: unknown command "${name}"\n\n${usage()}`);
    return ExitCode.badInput;
  }
  try {
    const command = await entry.load();
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(`${command.usage}\n`);
      return ExitCode.pass;
    }
    let parsed;
    try {
      parsed = parseArgs({
        args: [...rest],
        options: command.options,
        allowPositionals: command.allowPositionals ?? false,
        strict: true,
      });
    } catch (error: unknown) {
      const reason = error instanceof Error ? error.message : String(error);
      io.stderr(`shipshape ${name}: ${reason}\nusage: ${command.usage}\n`);
      return ExitCode.badInput;
    }
    return await command.run(parsed, io);
  } catch (error: unknown) {
    io.stderr(`shipshape ${name}: ${describeError(error)}\n`);
    if (io.env['SHIPSHAPE_DEBUG'] && error instanceof Error && error.stack) {
      io.stderr(`${error.stack}\n`);
    }
    if (exitCodeForError(error) === ExitCode.internal) {
      io.stderr(
        'This is a bug in shipshape; please report it with the command you ran.\n',
      );
    }
    return exitCodeForError(error);
  }
}

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  const lines = Object.entries(commands).map(
    ([name, entry]) => `  ${name.padEnd(width)}  ${entry.summary}`,
  );
  return `shipshape ${version}: release gates before anything irreversible happens\n\nusage: shipshape <command> [options]\n\ncommands:\n${lines.join('\n')}\n\nRun "shipshape <command> --help" for a command's options.\nExit codes: 0 pass, 1 a rule is broken, 2 bad input or configuration, 3 internal error.\n`;
}
