/**
 * A test hook for crash safety. When SHIPSHAPE_FAULT_AT=N is set, the
 * dossier writer kills its own process with SIGKILL right after its N-th
 * write, so a test can prove that a crash at any write point leaves either
 * no dossier or a complete one. It is inert when the variable is unset;
 * never set it outside tests.
 */
import { UserError } from '../errors.ts';

/** Counts writes and kills the process at the configured one. */
export class WriteFaults {
  readonly #killAt: number | undefined;
  #count = 0;

  constructor(killAt?: number) {
    this.#killAt = killAt;
  }

  /** Reads SHIPSHAPE_FAULT_AT from `env`; malformed values exit 2. */
  static fromEnv(env: NodeJS.ProcessEnv): WriteFaults {
    const raw = env['SHIPSHAPE_FAULT_AT'];
    if (raw === undefined || raw === '') return new WriteFaults();
    if (!/^[1-9]\d{0,6}$/.test(raw)) {
      throw new UserError(
        'FAULT_AT_INVALID',
        `SHIPSHAPE_FAULT_AT must be a positive whole number, got "${raw.slice(0, 20)}"`,
        { field: 'SHIPSHAPE_FAULT_AT' },
      );
    }
    return new WriteFaults(Number(raw));
  }

  /** Call after every write; kills the process at the N-th. */
  wrote(): void {
    this.#count += 1;
    if (this.#killAt !== undefined && this.#count >= this.#killAt) {
      process.kill(process.pid, 'SIGKILL');
    }
  }

  /** Writes counted so far. */
  get count(): number {
    return this.#count;
  }
}
