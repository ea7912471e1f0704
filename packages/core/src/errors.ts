/**
 * Errors: the tool could not do its job. A `UserError` is the user's to fix
 * (bad input or configuration, exit code 2); an `InternalError` is a bug in
 * shipshape (exit code 3). A rule the release breaks is a Finding instead.
 */

/** Exit codes shared by the CLI and every action. */
export const ExitCode = {
  pass: 0,
  ruleBroken: 1,
  badInput: 2,
  internal: 3,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** Where in the user's input an error was found. */
export interface ErrorSource {
  file?: string;
  field?: string;
  line?: number;
  column?: number;
}

/**
 * The input or configuration is wrong. The message says what is wrong,
 * what was expected and what to do; `source` names the file and field.
 */
export class UserError extends Error {
  override readonly name = 'UserError';
  readonly code: string;
  readonly source: ErrorSource;

  constructor(
    code: string,
    message: string,
    source: ErrorSource = {},
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.code = code;
    this.source = source;
  }
}

/** A bug in shipshape: something that should never happen did. */
export class InternalError extends Error {
  override readonly name = 'InternalError';
  readonly code: string;

  constructor(code: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
  }
}

/** True for errors that are the user's to fix. */
export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** Maps any thrown value to the exit code it stands for. */
export function exitCodeForError(error: unknown): ExitCodeValue {
  return isUserError(error) ? ExitCode.badInput : ExitCode.internal;
}

/**
 * Renders an error as the single line a user sees: the file and position
 * first, then the message. Never includes a stack trace.
 */
export function describeError(error: unknown): string {
  if (error instanceof UserError) {
    const { file, field, line, column } = error.source;
    const where = [
      file,
      line === undefined ? undefined : `${line}:${column ?? 1}`,
    ]
      .filter(Boolean)
      .join(':');
    const prefix = where ? `${where}: ` : '';
    const fieldNote =
      field && !error.message.includes(field) ? ` (${field})` : '';
    return `${prefix}${error.message}${fieldNote} [${error.code}]`;
  }
  if (error instanceof InternalError) {
    return `internal error [${error.code}]: ${error.message}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `internal error: ${message}`;
}

/** Asserts at compile time that every case of a union was handled. */
export function assertNever(value: never, what = 'value'): never {
  throw new InternalError(
    'UNREACHABLE',
    `unexpected ${what}: ${JSON.stringify(value)}`,
  );
}
