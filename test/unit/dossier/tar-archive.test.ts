import { randomBytes } from 'node:crypto';
import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import {
  defaultArchiveLimits,
  extractEntries,
  foldName,
  parseTar,
  readArchive,
} from '@shipshape/core/dossier/tar-reader';
import { packDirectory, tarBytes } from '@shipshape/core/dossier/tar-writer';
import { tempDir } from '../../helpers/temp-project.ts';
import { rawTarGz, type RawEntry } from './tar-fixtures.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function scratch(): Promise<string> {
  const temp = await tempDir('shipshape-tar-');
  cleanups.push(temp.cleanup);
  return temp.dir;
}

async function extractionDirs(): Promise<string[]> {
  return (await readdir(tmpdir())).filter((n) =>
    n.startsWith('shipshape-dossier-'),
  );
}

async function expectRejected(
  entries: RawEntry[],
  reason: RegExp,
): Promise<void> {
  const dir = await scratch();
  const file = join(dir, 'hostile.tar.gz');
  await writeFile(file, rawTarGz(entries));
  const before = await extractionDirs();
  await expect(readArchive(file)).rejects.toThrow(reason);
  expect(await extractionDirs()).toEqual(before);
  expect(await readdir(dir)).toEqual(['hostile.tar.gz']);
}

describe('the dossier tar writer', () => {
  it('gives byte-identical archives for the same folder, whatever the file times', async () => {
    const dir = await scratch();
    const source = join(dir, 'src');
    await mkdir(join(source, 'b'), { recursive: true });
    await writeFile(join(source, 'b', 'z.txt'), 'zed');
    await writeFile(join(source, 'a.txt'), 'alpha');
    const first = await packDirectory(source, join(dir, 'one.tar.gz'), {
      mtime: 1_700_000_000,
      prefix: 'rel-dossier',
    });
    await writeFile(join(source, 'a.txt'), 'alpha'); // new mtime, same bytes
    const second = await packDirectory(source, join(dir, 'two.tar.gz'), {
      mtime: 1_700_000_000,
      prefix: 'rel-dossier',
    });
    expect(second.sha256).toBe(first.sha256);
  });

  it('writes sorted entries with fixed owners, modes and time', async () => {
    const dir = await scratch();
    const source = join(dir, 'src');
    await mkdir(join(source, 'sub'), { recursive: true });
    await writeFile(join(source, 'sub', 'x.json'), '{}');
    await writeFile(join(source, 'B.md'), 'b');
    await writeFile(join(source, 'a.md'), 'a');
    const out = join(dir, 'd.tar.gz');
    await packDirectory(source, out, { mtime: 1234567890, prefix: 'p' });
    const entries = await readArchive(out);
    expect(entries.map((e) => e.path)).toEqual([
      'p',
      'p/B.md',
      'p/a.md',
      'p/sub',
      'p/sub/x.json',
    ]);
    const tar = gunzipSync(
      await import('node:fs/promises').then((fs) => fs.readFile(out)),
    );
    const head = tar.subarray(512, 1024);
    expect(head.subarray(100, 107).toString()).toBe('0000644');
    expect(head.subarray(108, 115).toString()).toBe('0000000');
    expect(head.subarray(116, 123).toString()).toBe('0000000');
    expect(parseInt(head.subarray(136, 147).toString(), 8)).toBe(1234567890);
    expect(tar.subarray(100, 107).toString()).toBe('0000755');
  });

  it('refuses to pack a symbolic link', async () => {
    const dir = await scratch();
    const source = join(dir, 'src');
    await mkdir(source);
    await symlink('/etc/passwd', join(source, 'link'));
    await expect(
      packDirectory(source, join(dir, 'x.tar.gz'), { mtime: 0, prefix: 'p' }),
    ).rejects.toThrow(/neither a regular file nor a folder/);
    expect(await readdir(dir)).toEqual(['src']);
  });

  it('round-trips through the reader and extracts into a fresh private folder', async () => {
    const tar = tarBytes(
      [{ path: 'a/b.txt', type: 'file', data: Buffer.from('hi') }],
      { mtime: 0, prefix: 'x' },
    );
    const entries = parseTar(tar, 'mem');
    const root = await extractEntries(entries);
    cleanups.push(() =>
      import('node:fs/promises').then((fs) =>
        fs.rm(root, { recursive: true, force: true }),
      ),
    );
    expect(root.startsWith(join(tmpdir(), 'shipshape-dossier-'))).toBe(true);
    const fs = await import('node:fs/promises');
    expect(await fs.readFile(join(root, 'x', 'a', 'b.txt'), 'utf8')).toBe('hi');
    expect((await fs.stat(root)).mode & 0o777).toBe(0o700);
  });
});

describe('the dossier archive reader', () => {
  const file = (name: string, text = 'x'): RawEntry => ({
    name,
    data: Buffer.from(text),
  });

  it('rejects a symbolic link entry', async () => {
    await expectRejected(
      [{ name: 'd/link', type: '2', linkname: '/etc' }, file('d/link/pwn')],
      /symbolic link/,
    );
  });
  it('rejects a hard link entry', async () => {
    await expectRejected(
      [{ name: 'd/hard', type: '1', linkname: '/etc/passwd' }],
      /hard link/,
    );
  });
  it('rejects a path with ..', async () => {
    await expectRejected(
      [file('d/ok'), file('d/../../escape')],
      /contains "\.\."/,
    );
  });
  it('rejects an absolute path', async () => {
    await expectRejected([file('/etc/evil')], /absolute path/);
  });
  it('rejects a Windows drive path', async () => {
    await expectRejected([file('C:../evil')], /absolute path/);
  });
  it('rejects device and FIFO entries', async () => {
    await expectRejected([{ name: 'dev', type: '3' }], /character device/);
    await expectRejected([{ name: 'dev', type: '4' }], /block device/);
    await expectRejected([{ name: 'fifo', type: '6' }], /FIFO/);
  });
  it('rejects pax and GNU long-name headers', async () => {
    await expectRejected(
      [{ name: 'pax', type: 'x', data: Buffer.from('20 path=/etc/x\n') }],
      /pax extended header/,
    );
    await expectRejected(
      [{ name: '././@LongLink', type: 'L', data: Buffer.from('x') }],
      /GNU long name/,
    );
  });
  it('rejects duplicate names, after case folding and Unicode normalisation', async () => {
    await expectRejected([file('d/a'), file('d/a')], /appears twice/);
    await expectRejected([file('d/Readme'), file('d/README')], /appears twice/);
    await expectRejected(
      [file('d/stra\u00dfe'), file('d/STRASSE')],
      /appears twice/,
    );
    await expectRejected(
      [file('d/caf\u00e9'), file('d/cafe\u0301')],
      /appears twice/,
    );
    expect(foldName('A\u00df')).toBe(foldName('ass'));
  });
  it('rejects a file that another entry lies below', async () => {
    await expectRejected([file('d/x'), file('d/x/y')], /below a file entry/);
    await expectRejected([file('d/x/y'), file('d/x')], /entries below it/);
  });
  it('rejects a header with a bad checksum', async () => {
    const dir = await scratch();
    const tar = gunzipSync(rawTarGz([file('d/a')]));
    tar[0] = 'e'.charCodeAt(0);
    await writeFile(join(dir, 'bad.tar.gz'), gzipSync(tar));
    await expect(readArchive(join(dir, 'bad.tar.gz'))).rejects.toThrow(
      /bad checksum/,
    );
  });
  it('rejects a decompression bomb by its compression ratio', async () => {
    const dir = await scratch();
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    await writeFile(join(dir, 'bomb.tar.gz'), bomb);
    const started = Date.now();
    await expect(readArchive(join(dir, 'bomb.tar.gz'))).rejects.toThrow(
      /decompression bomb/,
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });
  it('rejects an archive that expands past the size cap', async () => {
    const dir = await scratch();
    await writeFile(
      join(dir, 'big.tar.gz'),
      rawTarGz([{ name: 'd/a', data: randomBytes(100_000) }]),
    );
    await expect(
      readArchive(join(dir, 'big.tar.gz'), {
        ...defaultArchiveLimits,
        uncompressedBytes: 50_000,
        ratioFloorBytes: 1,
      }),
    ).rejects.toThrow(/50000-byte limit/);
  });
  it('rejects an archive with 100,000 entries', async () => {
    const entries = Array.from({ length: 100_000 }, (_, index) => ({
      name: `d/${index}`,
    }));
    await expectRejected(entries, /more than 10000 entries|decompression bomb/);
  });
  it('names the entry-count cap when the count is what breaks it', () => {
    const tar = gunzipSync(
      rawTarGz(
        Array.from({ length: 11 }, (_, index) => ({ name: `d/${index}` })),
      ),
    );
    expect(() =>
      parseTar(tar, 'mem', { ...defaultArchiveLimits, entries: 10 }),
    ).toThrow(/more than 10 entries/);
  });
  it('rejects a path nested deeper than the cap', async () => {
    await expectRejected([file(`${'d/'.repeat(20)}x`)], /nested deeper/);
  });
  it('rejects a file that is not gzip at all', async () => {
    const dir = await scratch();
    await writeFile(join(dir, 'x.tar.gz'), 'plain text');
    await expect(readArchive(join(dir, 'x.tar.gz'))).rejects.toThrow(
      /not a valid gzip/,
    );
  });
  it('rejects an entry whose size runs past the end', () => {
    const tar = gunzipSync(rawTarGz([file('d/a', 'abc')]));
    tar.write('00000077777\0', 124, 12, 'ascii');
    let sum = 0;
    tar.write('        ', 148, 8, 'ascii');
    for (const byte of tar.subarray(0, 512)) sum += byte;
    tar.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8, 'binary');
    expect(() => parseTar(tar, 'mem')).toThrow(/runs past the end/);
  });
});
