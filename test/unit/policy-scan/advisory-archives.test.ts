import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32, deflateRawSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { loadAdvisories } from '@shipshape/core/policy-scan/osv-advisories';
import { readArchiveEntries } from '@shipshape/core/policy-scan/archive-entries';
import { tempDir } from '../../helpers/temp-project.ts';

// Archives are built here byte by byte, so each hostile case is exact.
interface ZipInput {
  name: string;
  data: Buffer;
  mode?: number;
  declaredSize?: number;
  stored?: boolean;
}

function makeZip(entries: ZipInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const body = entry.stored ? entry.data : deflateRawSync(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(entry.stored ? 0 : 8, 8);
    local.writeUInt32LE(crc32(entry.data), 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x031e, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(entry.stored ? 0 : 8, 10);
    central.writeUInt32LE(crc32(entry.data), 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(((entry.mode ?? 0o100644) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function tarHeader(
  name: string,
  size: number,
  type: string,
  link = '',
): Buffer {
  const header = Buffer.alloc(512);
  header.write(name, 0, 100);
  header.write('0000644\0', 100);
  header.write('0000000\0', 108);
  header.write('0000000\0', 116);
  header.write(`${size.toString(8).padStart(11, '0')}\0`, 124);
  header.write('00000000000\0', 136);
  header.write(type, 156);
  header.write(link, 157, 100);
  header.write('ustar\0', 257);
  header.write('00', 263);
  header.fill(' ', 148, 156);
  let sum = 0;
  for (const byte of header) sum += byte;
  header.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148);
  return header;
}

function makeTarGz(
  entries: { name: string; data?: Buffer; type?: string; link?: string }[],
): Buffer {
  const parts: Buffer[] = [];
  for (const entry of entries) {
    const data = entry.data ?? Buffer.alloc(0);
    parts.push(
      tarHeader(entry.name, data.length, entry.type ?? '0', entry.link),
    );
    parts.push(data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024));
  return gzipSync(Buffer.concat(parts));
}

const record = (id: string) =>
  Buffer.from(
    JSON.stringify({
      id,
      affected: [
        {
          package: { ecosystem: 'npm', name: 'left-pad' },
          ranges: [
            {
              type: 'SEMVER',
              events: [{ introduced: '0' }, { fixed: '1.3.0' }],
            },
          ],
        },
      ],
    }),
  );

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups) await cleanup();
  cleanups = [];
});

async function load(name: string, bytes: Buffer) {
  const temp = await tempDir();
  cleanups.push(temp.cleanup);
  const path = join(temp.dir, name);
  await writeFile(path, bytes);
  return loadAdvisories(path, name);
}

describe('OSV export archives', () => {
  it('reads advisories from a zip of deflated and stored entries', async () => {
    const zip = makeZip([
      { name: 'GHSA-1.json', data: record('GHSA-1') },
      { name: 'nested/GHSA-2.json', data: record('GHSA-2'), stored: true },
      { name: 'README.txt', data: Buffer.from('not an advisory') },
    ]);
    const advisories = await load('all.zip', zip);
    expect(advisories.map((a) => a.id)).toEqual(['GHSA-1', 'GHSA-2']);
    expect(advisories[0]?.source).toBe('all.zip!GHSA-1.json');
  });

  it('reads advisories from a .tar.gz', async () => {
    const advisories = await load(
      'all.tar.gz',
      makeTarGz([
        { name: 'osv', type: '5' },
        { name: 'osv/GHSA-3.json', data: record('GHSA-3') },
      ]),
    );
    expect(advisories.map((a) => a.id)).toEqual(['GHSA-3']);
  });

  it.each([
    ['../evil.json', 'unsafe entry path'],
    ['a/../../evil.json', 'unsafe entry path'],
    ['/etc/evil.json', 'unsafe entry path'],
    ['C:evil.json', 'unsafe entry path'],
    ['a\\..\\evil.json', 'unsafe entry path'],
  ])(
    'refuses a zip with the slip path %s, reading nothing',
    async (name, reason) => {
      const zip = makeZip([
        { name: 'GHSA-ok.json', data: record('GHSA-ok') },
        { name, data: record('GHSA-x') },
      ]);
      await expect(load('slip.zip', zip)).rejects.toMatchObject({
        code: 'ADVISORY_ARCHIVE_REFUSED',
        message: expect.stringContaining(reason) as unknown,
      });
    },
  );

  it('refuses a zip holding a symbolic link', async () => {
    const zip = makeZip([
      {
        name: 'link.json',
        data: Buffer.from('/etc/passwd'),
        mode: 0o120777,
        stored: true,
      },
    ]);
    await expect(load('link.zip', zip)).rejects.toThrow(
      /link entry "link.json"/,
    );
  });

  it('refuses a zip bomb by its ratio before inflating, and one that lies about its size', async () => {
    const bomb = makeZip([
      { name: 'bomb.json', data: Buffer.alloc(10 * 1024 * 1024, 0x20) },
    ]);
    expect(bomb.length).toBeLessThan(20_000);
    await expect(load('bomb.zip', bomb)).rejects.toThrow(/decompression bomb/);
    const liar = makeZip([
      {
        name: 'liar.json',
        data: Buffer.alloc(300_000, 0x20),
        declaredSize: 1000,
      },
    ]);
    await expect(load('liar.zip', liar)).rejects.toThrow(
      /does not inflate to its declared size/,
    );
  });

  it('refuses tar entries that are links or slip out, and gzip bombs', async () => {
    await expect(
      load(
        'sym.tar.gz',
        makeTarGz([{ name: 'x', type: '2', link: '/etc/passwd' }]),
      ),
    ).rejects.toThrow(/link entry/);
    await expect(
      load(
        'hard.tar.gz',
        makeTarGz([{ name: 'x', type: '1', link: '../../victim' }]),
      ),
    ).rejects.toThrow(/link entry/);
    await expect(
      load(
        'slip.tar.gz',
        makeTarGz([{ name: '../x.json', data: record('GHSA-9') }]),
      ),
    ).rejects.toThrow(/unsafe entry path/);
    const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024));
    expect(() => readArchiveEntries(bomb, 'bomb.tar.gz')).toThrow(
      /decompression bomb/,
    );
  });

  it('refuses corrupt archives with an error naming the file', async () => {
    await expect(
      load(
        'junk.zip',
        Buffer.from('not a zip at all, just text padding it out'),
      ),
    ).rejects.toThrow(/junk.zip is not a zip archive/);
    await expect(load('junk.tar.gz', Buffer.from('nope'))).rejects.toThrow(
      /junk.tar.gz is not a valid gzip file/,
    );
  });
});

describe('advisory folders', () => {
  it('refuses a record that is not OSV, and one with a __proto__ key, naming the file', async () => {
    const temp = await tempDir();
    cleanups.push(temp.cleanup);
    await writeFile(join(temp.dir, 'bad.json'), '{"affected": []}');
    await expect(loadAdvisories(temp.dir, 'advisories')).rejects.toMatchObject({
      code: 'ADVISORY_INVALID',
      message: expect.stringContaining('advisories/bad.json') as unknown,
    });
    await writeFile(
      join(temp.dir, 'bad.json'),
      '{"id": "X", "__proto__": {"polluted": 1}}',
    );
    await expect(loadAdvisories(temp.dir, 'advisories')).rejects.toMatchObject({
      code: 'JSON_FORBIDDEN_KEY',
    });
  });

  it('drops withdrawn records and GIT ranges', async () => {
    const temp = await tempDir();
    cleanups.push(temp.cleanup);
    await writeFile(
      join(temp.dir, 'w.json'),
      JSON.stringify({
        id: 'W',
        withdrawn: '2024-01-01T00:00:00Z',
        affected: [{ package: { ecosystem: 'npm', name: 'a' } }],
      }),
    );
    await writeFile(
      join(temp.dir, 'g.json'),
      JSON.stringify({
        id: 'G',
        affected: [
          {
            package: { ecosystem: 'npm', name: 'a' },
            ranges: [{ type: 'GIT', repo: 'x', events: [{ introduced: '0' }] }],
          },
        ],
      }),
    );
    const advisories = await loadAdvisories(temp.dir, 'advisories');
    expect(advisories.find((a) => a.id === 'W')?.affected).toEqual([]);
    expect(advisories.find((a) => a.id === 'G')?.affected[0]?.ranges).toEqual(
      [],
    );
  });
});
