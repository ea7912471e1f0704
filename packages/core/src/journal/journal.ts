/**
 * The release journal: an append-only JSON Lines file in which every
 * record carries its sequence number and the hash of the record before it.
 * Editing, removing or reordering a record breaks the chain at that record;
 * a torn last line (a crash mid-append) is detected, moved aside and
 * recorded, never silently accepted.
 */
import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import {
  appendFile,
  lstat,
  open,
  readFile,
  rm,
  stat,
  truncate,
  type FileHandle,
} from 'node:fs/promises';
import { canonicalLine } from '../input/canonical-json.ts';
import { sha256Hex } from '../hashing/file-digest.ts';
import { UserError } from '../errors.ts';
import { systemReason } from '../input/text-file.ts';
import type { Clock } from '../clock.ts';

/** What a journal record is about. */
export type JournalKind =
  | 'decision'
  | 'exception'
  | 'override'
  | 'manual'
  | 'escalation'
  | 'failure'
  | 'quarantine';

/** What a caller appends. */
export interface JournalEntry {
  kind: JournalKind;
  stage: string;
  actor: string;
  summary: string;
  /** Re-appending an entry with the same id returns the first record. */
  operationId?: string;
  data?: Record<string, unknown>;
}

/** A record as stored. */
export interface JournalRecord extends JournalEntry {
  seq: number;
  time: string;
  operationId: string;
  prevHash: string;
  hash: string;
}

/** The hash that stands before the first record. */
export const genesisHash = '0'.repeat(64);

/** A problem found while verifying a journal. */
export interface JournalProblem {
  /** 1-based line of the first record that does not hold. */
  line: number;
  reason: string;
}

/** The outcome of verifying a journal. */
export interface JournalVerification {
  ok: boolean;
  records: JournalRecord[];
  problem?: JournalProblem;
  tornTail: boolean;
}

/** Hash of a record: SHA-256 of its canonical form without `hash`. */
export function hashRecord(record: Omit<JournalRecord, 'hash'>): string {
  return sha256Hex(canonicalLine(record));
}

/** Verifies a journal's text and finds the first record that is wrong. */
export function verifyJournalText(text: string): JournalVerification {
  const records: JournalRecord[] = [];
  if (text === '') return { ok: true, records, tornTail: false };
  const tornTail = !text.endsWith('\n');
  const lines = text.split('\n');
  if (!tornTail) lines.pop();
  let prevHash = genesisHash;
  for (const [index, line] of lines.entries()) {
    const lineNumber = index + 1;
    const fail = (reason: string): JournalVerification => ({
      ok: false,
      records,
      problem: { line: lineNumber, reason },
      tornTail,
    });
    if (tornTail && index === lines.length - 1) {
      return fail('the last record is torn (no final newline)');
    }
    const record = parseRecord(line);
    if (!record) return fail('the record is not a journal record');
    if (record.seq > index + 1) {
      // The missing record further down means a reorder, not a removal.
      const later = lines
        .slice(index + 1)
        .some((other) => parseRecord(other)?.seq === index + 1);
      return fail(
        later
          ? `the records were reordered (expected sequence ${index + 1}, found ${record.seq})`
          : `a record was removed before this one (expected sequence ${index + 1}, found ${record.seq})`,
      );
    }
    if (record.seq < index + 1) {
      return fail(
        `the records were reordered or duplicated (expected sequence ${index + 1}, found ${record.seq})`,
      );
    }
    if (record.prevHash !== prevHash) {
      return fail('the record does not follow the one before it');
    }
    const { hash, ...rest } = record;
    if (hashRecord(rest) !== hash) return fail('the record was edited');
    records.push(record);
    prevHash = hash;
  }
  return { ok: true, records, tornTail };
}

function parseRecord(line: string): JournalRecord | undefined {
  try {
    const value = JSON.parse(line) as Partial<JournalRecord> | null;
    if (
      value === null ||
      typeof value !== 'object' ||
      typeof value.seq !== 'number' ||
      typeof value.hash !== 'string' ||
      typeof value.prevHash !== 'string'
    ) {
      return undefined;
    }
    return value as JournalRecord;
  } catch {
    return undefined;
  }
}

/** Appends to one journal file; safe against parallel writers. */
export class Journal {
  readonly path: string;
  readonly #clock: Clock;

  constructor(path: string, clock: Clock) {
    this.path = path;
    this.#clock = clock;
  }

  /** Reads and verifies the journal; an absent file is an empty journal. */
  async verify(): Promise<JournalVerification> {
    return verifyJournalText(await this.#readText());
  }

  /**
   * Appends a record and returns it. With an `operationId` already in the
   * journal, returns that record instead of appending a duplicate.
   */
  async append(entry: JournalEntry): Promise<JournalRecord> {
    return this.#withLock(async () => {
      await refuseLink(this.path);
      let state = await this.verify();
      if (state.tornTail) state = await this.#quarantineTail();
      if (!state.ok) {
        throw new UserError(
          'JOURNAL_BROKEN',
          `${this.path} line ${state.problem?.line ?? 0}: ${state.problem?.reason ?? 'invalid'}; refusing to append to a broken journal`,
          { file: this.path, line: state.problem?.line },
        );
      }
      const existing = entry.operationId
        ? state.records.find((r) => r.operationId === entry.operationId)
        : undefined;
      if (existing) return existing;
      return this.#write(entry, state.records.at(-1));
    });
  }

  async #write(
    entry: JournalEntry,
    last: JournalRecord | undefined,
  ): Promise<JournalRecord> {
    const body: Omit<JournalRecord, 'hash'> = {
      ...entry,
      operationId: entry.operationId ?? randomUUID(),
      seq: (last?.seq ?? 0) + 1,
      time: this.#clock().toISOString(),
      prevHash: last?.hash ?? genesisHash,
    };
    const record: JournalRecord = { ...body, hash: hashRecord(body) };
    const handle = await openForAppend(this.path);
    try {
      await handle.appendFile(`${canonicalLine(record)}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    return record;
  }

  async #quarantineTail(): Promise<JournalVerification> {
    const text = await this.#readText();
    const cut = text.lastIndexOf('\n') + 1;
    const torn = text.slice(cut);
    await appendFile(`${this.path}.torn`, `${torn}\n`, {
      flag: appendFlags,
    });
    await truncate(this.path, Buffer.byteLength(text.slice(0, cut)));
    const repaired = await this.verify();
    if (!repaired.ok) return repaired;
    await this.#write(
      {
        kind: 'quarantine',
        stage: 'journal',
        actor: 'shipshape',
        summary: `moved a torn last record (${Buffer.byteLength(torn)} bytes) to ${this.path}.torn`,
        data: { sha256: sha256Hex(torn) },
      },
      repaired.records.at(-1),
    );
    return this.verify().then((next) => ({ ...next, tornTail: false }));
  }

  async #readText(): Promise<string> {
    try {
      return await readFile(this.path, 'utf8');
    } catch (error: unknown) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
      throw new UserError(
        'JOURNAL_UNREADABLE',
        `cannot read ${this.path}: ${systemReason(error)}`,
        { file: this.path },
      );
    }
  }

  async #withLock<T>(work: () => Promise<T>): Promise<T> {
    const lock = `${this.path}.lock`;
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        const handle = await open(lock, 'wx', 0o600);
        try {
          await handle.writeFile(`${process.pid}\n`);
        } finally {
          await handle.close();
        }
        break;
      } catch (error: unknown) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
          if (await removeDeadLock(lock)) continue;
        } else {
          throw new UserError(
            'JOURNAL_LOCK_FAILED',
            `cannot lock ${this.path}: ${systemReason(error)}`,
            { file: this.path },
          );
        }
        if (Date.now() > deadline) {
          throw new UserError(
            'JOURNAL_LOCKED',
            `${lock} has been held for 30 s; if no shipshape process is running, remove it`,
            { file: lock },
          );
        }
        await new Promise((done) => setTimeout(done, 5 + Math.random() * 20));
      }
    }
    try {
      return await work();
    } finally {
      await rm(lock, { force: true });
    }
  }
}

/**
 * Removes a lock whose writer died (its pid is gone) and is older than a
 * second; true when it did. Two processes may both find the same dead
 * lock; the second removal then fails harmlessly or removes a lock taken
 * within that second, which is why only old locks are considered.
 */
async function removeDeadLock(lock: string): Promise<boolean> {
  try {
    const [text, info] = await Promise.all([
      readFile(lock, 'utf8'),
      stat(lock),
    ]);
    const pid = Number(text.trim());
    if (!Number.isInteger(pid) || pid <= 0) return false;
    if (Date.now() - info.mtimeMs < 1000 || isAlive(pid)) return false;
    await rm(lock, { force: true });
    return true;
  } catch {
    return false;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error: unknown) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

// Appends never follow a symbolic link: a link planted where the journal
// should be would otherwise receive the records (and grow a file
// elsewhere).
const appendFlags =
  constants.O_WRONLY |
  constants.O_APPEND |
  constants.O_CREAT |
  constants.O_NOFOLLOW;

async function refuseLink(path: string): Promise<void> {
  const info = await lstat(path).catch(() => undefined);
  if (info?.isSymbolicLink()) throw journalIsLink(path);
}

function journalIsLink(path: string): UserError {
  return new UserError(
    'JOURNAL_SYMLINK',
    `${path} is a symbolic link; the journal must be a real file`,
    { file: path },
  );
}

async function openForAppend(path: string): Promise<FileHandle> {
  try {
    return await open(path, appendFlags, 0o644);
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code === 'ELOOP')
      throw journalIsLink(path);
    throw error;
  }
}
