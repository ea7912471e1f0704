import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseYAML, readYAMLFile, UserError } from '@shipshape/core';

function refusal(action: () => unknown): UserError {
  try {
    action();
  } catch (error: unknown) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected the input to be refused');
}

describe('parseYAML', () => {
  it('parses data and locates each value by JSON pointer', () => {
    const document = parseYAML(
      'release:\n  id: x\n  tickets: [A-1, "B-2"]\nempty:\n',
      'r.yaml',
    );
    expect(document.data).toEqual({
      release: { id: 'x', tickets: ['A-1', 'B-2'] },
      empty: null,
    });
    expect(document.locate('/release/id')).toEqual({ line: 2, column: 7 });
    expect(document.locate('/release/tickets/1')).toEqual({
      line: 3,
      column: 18,
    });
    // An empty value is placed on its key's line.
    expect(document.locate('/empty')?.line).toBe(4);
    // A pointer that does not exist falls back to its nearest ancestor.
    expect(document.locate('/release/missing')).toEqual({ line: 2, column: 3 });
  });

  it('refuses an alias bomb', () => {
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const [previous, name] of [
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'd'],
      ['d', 'e'],
      ['e', 'f'],
    ]) {
      lines.push(
        `${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`,
      );
    }
    const error = refusal(() => parseYAML(lines.join('\n'), 'bomb.yaml'));
    expect(error.code).toBe('YAML_REFUSED');
    expect(error.message).toContain('bomb.yaml');
  });

  it('refuses nesting deeper than the limit, naming the line', () => {
    const deep = `${'['.repeat(100)}${']'.repeat(100)}`;
    const error = refusal(() => parseYAML(`x: ${deep}\n`, 'deep.yaml'));
    expect(error.code).toBe('YAML_TOO_DEEP');
    expect(error.source.line).toBe(1);
  });

  it('refuses the __proto__ key and leaves Object.prototype alone', () => {
    const error = refusal(() =>
      parseYAML('a: 1\n__proto__: {polluted: yes}\n', 'p.yaml'),
    );
    expect(error.code).toBe('YAML_FORBIDDEN_KEY');
    expect(error.source).toMatchObject({ file: 'p.yaml', line: 2, column: 1 });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses duplicate keys and merge keys', () => {
    expect(refusal(() => parseYAML('a: 1\na: 2\n', 'd.yaml')).code).toBe(
      'YAML_INVALID',
    );
    const merged = parseYAML('base: &b {x: 1}\nc:\n  <<: *b\n', 'm.yaml');
    // With merges off, "<<" stays an ordinary key: nothing is copied in.
    expect(merged.data).toEqual({ base: { x: 1 }, c: { '<<': { x: 1 } } });
  });

  it('refuses malformed YAML with the line of the problem', () => {
    const error = refusal(() => parseYAML('a: 1\nb: [2\n', 'bad.yaml'));
    expect(error.code).toBe('YAML_INVALID');
    expect(error.source.file).toBe('bad.yaml');
    expect(error.source.line).toBeGreaterThanOrEqual(2);
  });
});

describe('readYAMLFile', () => {
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'shipshape-yaml-'));
  });

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function refusedFile(
    bytes: Uint8Array | string,
    maxBytes?: number,
  ): Promise<UserError> {
    const path = join(dir, 'input.yaml');
    await writeFile(path, bytes);
    const error: unknown = await readYAMLFile(
      path,
      'input.yaml',
      maxBytes,
    ).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).source.file).toBe('input.yaml');
    return error as UserError;
  }

  it('refuses text that is not UTF-8', async () => {
    expect(
      (await refusedFile(Buffer.from([0x61, 0x3a, 0x20, 0xff]))).code,
    ).toBe('INPUT_NOT_UTF8');
  });

  it('refuses a file over the size limit', async () => {
    expect((await refusedFile('a: 1\n'.repeat(100), 64)).code).toBe(
      'INPUT_TOO_LARGE',
    );
  });

  it('reads a file with a byte order mark', async () => {
    const path = join(dir, 'bom.yaml');
    await writeFile(path, '\ufeffa: 1\n');
    expect((await readYAMLFile(path, 'bom.yaml')).data).toEqual({ a: 1 });
  });

  it('refuses a missing file and a folder', async () => {
    const missing: unknown = await readYAMLFile(
      join(dir, 'none.yaml'),
      'none.yaml',
    ).catch((thrown: unknown) => thrown);
    expect((missing as UserError).code).toBe('INPUT_UNREADABLE');
    const folder: unknown = await readYAMLFile(dir, 'dir.yaml').catch(
      (thrown: unknown) => thrown,
    );
    expect((folder as UserError).code).toBe('INPUT_NOT_FILE');
  });
});
