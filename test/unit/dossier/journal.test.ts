import { spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  Journal,
  verifyJournalText,
  type JournalRecord,
} from '@shipshape/core';
import { verifyWorkspaceJournal } from '@shipshape/core/dossier/journal-commands';
import { tempDir } from '../../helpers/temp-project.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const clock = () => new Date('2026-12-03T12:00:00Z');

async function journalWith(
  count: number,
): Promise<{ dir: string; journal: Journal }> {
  const temp = await tempDir('shipshape-journal-');
  cleanups.push(temp.cleanup);
  const journal = new Journal(join(temp.dir, 'journal.jsonl'), clock);
  for (let index = 0; index < count; index += 1) {
    await journal.append({
      kind: 'decision',
      stage: 'sign',
      actor: 'ci',
      summary: `step ${index + 1}`,
    });
  }
  return { dir: temp.dir, journal };
}

async function lines(journal: Journal): Promise<string[]> {
  return (await readFile(journal.path, 'utf8')).split('\n').slice(0, -1);
}

describe('the journal', () => {
  it('verifies an untouched chain', async () => {
    const { journal } = await journalWith(4);
    const result = await journal.verify();
    expect(result.ok).toBe(true);
    expect(result.records.map((r) => r.seq)).toEqual([1, 2, 3, 4]);
  });

  it('names the first edited record', async () => {
    const { journal } = await journalWith(4);
    const all = await lines(journal);
    all[1] = all[1]!.replace('step 2', 'step 9');
    const result = verifyJournalText(`${all.join('\n')}\n`);
    expect(result.problem).toEqual({
      line: 2,
      reason: 'the record was edited',
    });
  });

  it('names a record edited with its own hash recomputed, by the next link', async () => {
    const { journal } = await journalWith(3);
    const all = await lines(journal);
    const record = JSON.parse(all[0]!) as JournalRecord;
    const { hashRecord } = await import('@shipshape/core');
    const { hash: _drop, ...body } = { ...record, summary: 'forged' };
    all[0] = JSON.stringify({ ...body, hash: hashRecord(body) });
    const result = verifyJournalText(`${all.join('\n')}\n`);
    expect(result.problem?.line).toBe(2);
    expect(result.problem?.reason).toMatch(/does not follow/);
  });

  it('names a removed record', async () => {
    const { journal } = await journalWith(4);
    const all = await lines(journal);
    all.splice(1, 1);
    const result = verifyJournalText(`${all.join('\n')}\n`);
    expect(result.problem?.line).toBe(2);
    expect(result.problem?.reason).toMatch(/removed/);
  });

  it('names reordered records', async () => {
    const { journal } = await journalWith(4);
    const all = await lines(journal);
    [all[1], all[2]] = [all[2]!, all[1]!];
    const result = verifyJournalText(`${all.join('\n')}\n`);
    expect(result.problem?.line).toBe(2);
    expect(result.problem?.reason).toMatch(/reordered/);
  });

  it('names a line that is not a record', async () => {
    const { journal } = await journalWith(2);
    const text = await readFile(journal.path, 'utf8');
    expect(verifyJournalText(`${text}{"seq":3}\n`).problem).toEqual({
      line: 3,
      reason: 'the record is not a journal record',
    });
  });

  it('detects a torn tail, and quarantines it on the next append', async () => {
    const { journal } = await journalWith(2);
    const text = await readFile(journal.path, 'utf8');
    await writeFile(journal.path, `${text}{"seq":3,"kind":"dec`);
    const torn = await journal.verify();
    expect(torn.ok).toBe(false);
    expect(torn.tornTail).toBe(true);
    expect(torn.problem?.line).toBe(3);

    await journal.append({
      kind: 'decision',
      stage: 'sign',
      actor: 'ci',
      summary: 'after the crash',
    });
    const repaired = await journal.verify();
    expect(repaired.ok).toBe(true);
    expect(repaired.records.map((r) => r.kind)).toEqual([
      'decision',
      'decision',
      'quarantine',
      'decision',
    ]);
    expect(await readFile(`${journal.path}.torn`, 'utf8')).toBe(
      '{"seq":3,"kind":"dec\n',
    );
  });

  it('refuses to append to a tampered journal', async () => {
    const { journal } = await journalWith(2);
    const all = await lines(journal);
    all[0] = all[0]!.replace('step 1', 'step 7');
    await writeFile(journal.path, `${all.join('\n')}\n`);
    await expect(
      journal.append({ kind: 'manual', stage: 'x', actor: 'y', summary: 'z' }),
    ).rejects.toThrow(/line 1: the record was edited/);
  });

  it('appends an operation id once, however often it is retried', async () => {
    const { journal } = await journalWith(1);
    const entry = {
      kind: 'decision' as const,
      stage: 'publish',
      actor: 'ci',
      summary: 'published',
      operationId: 'op-42',
    };
    const first = await journal.append(entry);
    const again = await journal.append(entry);
    expect(again).toEqual(first);
    expect((await journal.verify()).records).toHaveLength(2);
  });

  it('takes over a lock left by a process that died', async () => {
    const { journal } = await journalWith(1);
    await writeFile(`${journal.path}.lock`, '999999999\n');
    const { utimes } = await import('node:fs/promises');
    await utimes(`${journal.path}.lock`, new Date(0), new Date(0));
    await journal.append({
      kind: 'manual',
      stage: 'x',
      actor: 'y',
      summary: 'z',
    });
    expect((await journal.verify()).records).toHaveLength(2);
  });

  it('keeps every record of parallel writer processes, none interleaved', async () => {
    const { journal } = await journalWith(0);
    const writers = 4;
    const each = 15;
    const child = join(import.meta.dirname, 'journal-append-child.ts');
    await Promise.all(
      Array.from(
        { length: writers },
        (_, writer) =>
          new Promise<void>((done, fail) => {
            const proc = spawn(
              process.execPath,
              [child, journal.path, String(writer), String(each)],
              { stdio: 'inherit' },
            );
            proc.on('error', fail);
            proc.on('close', (code) => {
              if (code === 0) done();
              else fail(new Error(`writer ${writer} exited ${String(code)}`));
            });
          }),
      ),
    );
    const result = await journal.verify();
    expect(result.ok).toBe(true);
    expect(result.records).toHaveLength(writers * each);
    expect(new Set(result.records.map((r) => r.operationId)).size).toBe(
      writers * each,
    );
  });

  it('journal verify reports a workspace journal and its first bad line', async () => {
    const { dir, journal } = await journalWith(3);
    expect((await verifyWorkspaceJournal(dir)).ok).toBe(true);
    const all = await lines(journal);
    all.splice(2, 1);
    all.push(all[0]!);
    await writeFile(journal.path, `${all.join('\n')}\n`);
    const check = await verifyWorkspaceJournal(dir);
    expect(check.ok).toBe(false);
    expect(check.problem?.line).toBe(3);
    expect(check.records).toBe(2);
  });
});
