/**
 * The logger core talks to. Core never prints: the CLI and the actions pass
 * an implementation that writes to the terminal or the runner's log.
 */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** One line a RecordingLogger kept. */
export interface LogRecord {
  level: keyof Logger;
  message: string;
}

/** Keeps every line in memory; tests read `records` back. */
export class RecordingLogger implements Logger {
  readonly records: LogRecord[] = [];

  debug(message: string): void {
    this.records.push({ level: 'debug', message });
  }
  info(message: string): void {
    this.records.push({ level: 'info', message });
  }
  warn(message: string): void {
    this.records.push({ level: 'warn', message });
  }
  error(message: string): void {
    this.records.push({ level: 'error', message });
  }

  /** All messages joined by newlines, for assertions. */
  text(): string {
    return this.records.map((record) => record.message).join('\n');
  }
}

/** Drops everything. */
export const silentLogger: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
