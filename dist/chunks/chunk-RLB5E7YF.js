import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));

// packages/core/src/errors.ts
var ExitCode = {
  pass: 0,
  ruleBroken: 1,
  badInput: 2,
  internal: 3
};
var UserError = class extends Error {
  name = "UserError";
  code;
  source;
  constructor(code, message, source = {}, options) {
    super(message, options);
    this.code = code;
    this.source = source;
  }
};
var InternalError = class extends Error {
  name = "InternalError";
  code;
  constructor(code, message, options) {
    super(message, options);
    this.code = code;
  }
};
function isUserError(error) {
  return error instanceof UserError;
}
function exitCodeForError(error) {
  return isUserError(error) ? ExitCode.badInput : ExitCode.internal;
}
function describeError(error) {
  if (error instanceof UserError) {
    const { file, field, line, column } = error.source;
    const where = [
      file,
      line === void 0 ? void 0 : `${line}:${column ?? 1}`
    ].filter(Boolean).join(":");
    const prefix = where ? `${where}: ` : "";
    const fieldNote = field && !error.message.includes(field) ? ` (${field})` : "";
    return `${prefix}${error.message}${fieldNote} [${error.code}]`;
  }
  if (error instanceof InternalError) {
    return `internal error [${error.code}]: ${error.message}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `internal error: ${message}`;
}
function assertNever(value, what = "value") {
  throw new InternalError(
    "UNREACHABLE",
    `unexpected ${what}: ${JSON.stringify(value)}`
  );
}

export {
  ExitCode,
  UserError,
  InternalError,
  isUserError,
  exitCodeForError,
  describeError,
  assertNever
};
