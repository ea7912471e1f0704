import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from '@shipshape/core';
import { renderSHA256SUMS } from '@shipshape/core/sign/checksums';
import { tempDir } from '../../helpers/temp-project.ts';

let temp: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  temp = await tempDir('shipshape-sums-');
});
afterEach(async () => {
  await temp.cleanup();
});

describe('SHA256SUMS', () => {
  it('sorts by path and renders the same bytes for the same files', () => {
    const entries = [
      { sha256: 'b'.repeat(64), path: 'z.txt' },
      { sha256: 'a'.repeat(64), path: 'a b.txt' },
    ];
    const text = renderSHA256SUMS(entries);
    expect(text).toBe(`${'a'.repeat(64)}  a b.txt\n${'b'.repeat(64)}  z.txt\n`);
    expect(renderSHA256SUMS([...entries].reverse())).toBe(text);
  });

  it('escapes a newline in a file name the way sha256sum -c reads it', async () => {
    const names = ['plain.txt', 'with space.txt', 'line\nbreak.txt'];
    for (const name of names) await writeFile(join(temp.dir, name), name);
    const sums = renderSHA256SUMS(
      names.map((name) => ({ path: name, sha256: sha256Hex(name) })),
    );
    await writeFile(join(temp.dir, 'SHA256SUMS'), sums);
    const out = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], {
      cwd: temp.dir,
      encoding: 'utf8',
    });
    expect(out.match(/: OK/g)).toHaveLength(3);
  });

  it('is refused by sha256sum -c when a file changes', async () => {
    await writeFile(join(temp.dir, 'a.txt'), 'a');
    await writeFile(
      join(temp.dir, 'SHA256SUMS'),
      renderSHA256SUMS([{ path: 'a.txt', sha256: sha256Hex('b') }]),
    );
    expect(() =>
      execFileSync('sha256sum', ['-c', 'SHA256SUMS'], {
        cwd: temp.dir,
        stdio: 'pipe',
      }),
    ).toThrow();
  });
});
