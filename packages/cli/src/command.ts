/**
 * The contract between the shipshape command and its subcommands.
 */
import type { ParseArgsOptionsConfig } from 'node:util';

/** Where a command reads and writes. Tests pass their own. */
export interface CommandIO {
  stdout(text: string): void;
  stderr(text: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
}

/** Parsed command-line values. */
export interface CommandArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

/** One subcommand. `run` resolves to the process exit code. */
export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  options: ParseArgsOptionsConfig;
  allowPositionals?: boolean;
  run(args: CommandArgs, io: CommandIO): Promise<number>;
}
