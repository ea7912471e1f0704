/**
 * Shared plumbing of the stage commands: the common options, the context
 * built from them, the terminal logger, and printing a stage report either
 * as a readable listing or as JSON (`--json`). Every line printed passes
 * through the secret registry first.
 */
import {
  createStageContext,
  exitCodeForReport,
  type Logger,
  type StageContext,
  type StageReport,
} from '@shipshape/core';
import type { ParseArgsOptionsConfig } from 'node:util';
import type { CommandArgs, CommandIO } from './command.ts';
import { renderReport } from './render-report.ts';

/** Options every stage command accepts. */
export const commonOptions = {
  manifest: { type: 'string' },
  policy: { type: 'string' },
  workspace: { type: 'string' },
  json: { type: 'boolean' },
  verbose: { type: 'boolean' },
} as const satisfies ParseArgsOptionsConfig;

/** Reads a string option, or undefined. */
export function stringOption(
  args: CommandArgs,
  name: string,
): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

/** Reads a repeatable string option; undefined when not given. */
export function listOption(
  args: CommandArgs,
  name: string,
): string[] | undefined {
  const value = args.values[name];
  return Array.isArray(value) ? value.map(String) : undefined;
}

/** `--artifact NAME`, repeatable: the stages that can run per artifact. */
export const artifactOption = {
  artifact: { type: 'string', multiple: true },
} as const;

export const artifactUsage =
  '  --artifact NAME   only this artifact of the manifest (repeatable)';

/** Reads a boolean option. */
export function flagOption(args: CommandArgs, name: string): boolean {
  return args.values[name] === true;
}

/** Builds the stage context from the common options. */
export function contextFromArgs(
  args: CommandArgs,
  io: CommandIO,
): StageContext {
  const context = createStageContext({
    cwd: io.cwd,
    env: io.env,
    manifestFile: stringOption(args, 'manifest') ?? 'release.yaml',
    policyFile: stringOption(args, 'policy'),
    workspaceDir: stringOption(args, 'workspace'),
  });
  context.logger = terminalLogger(io, context, flagOption(args, 'verbose'));
  return context;
}

/** A logger that writes redacted lines to stderr. */
export function terminalLogger(
  io: CommandIO,
  context: StageContext,
  verbose: boolean,
): Logger {
  const write = (prefix: string) => (message: string) => {
    io.stderr(`${prefix}${context.secrets.redact(message)}\n`);
  };
  return {
    debug: verbose ? write('debug: ') : () => undefined,
    info: write(''),
    warn: write('warning: '),
    error: write('error: '),
  };
}

/** Prints a report as JSON or as a listing and returns its exit code. */
export function printReport(
  report: StageReport,
  args: CommandArgs,
  io: CommandIO,
  context: StageContext,
  extraLines: readonly string[] = [],
): number {
  const text = flagOption(args, 'json')
    ? `${JSON.stringify(report, null, 2)}\n`
    : renderReport(report, extraLines);
  io.stdout(context.secrets.redact(text));
  return exitCodeForReport(report);
}
