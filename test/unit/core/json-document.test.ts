import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRecord, parseJSON, readJSONFile, UserError } from '@shipshape/core';

function refusal(text: string): UserError {
  try {
    parseJSON(text, 'data.json');
  } catch (error: unknown) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected the input to be refused');
}

describe('parseJSON', () => {
  it('parses ordinary JSON', () => {
    expect(parseJSON('{"a": [1, {"b": null}]}', 'data.json')).toEqual({
      a: [1, { b: null }],
    });
  });

  it('refuses a __proto__ key at any depth, naming the file', () => {
    for (const text of [
      '{"__proto__": {"polluted": 1}}',
      '{"a": [{"__proto__": {}}]}',
    ]) {
      const error = refusal(text);
      expect(error.code).toBe('JSON_FORBIDDEN_KEY');
      expect(error.message).toContain('data.json');
    }
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('refuses nesting deeper than the limit', () => {
    expect(refusal(`${'['.repeat(200)}${']'.repeat(200)}`).code).toBe(
      'JSON_TOO_DEEP',
    );
  });

  it('refuses truncated JSON with a reason', () => {
    const error = refusal('{"lockfileVersion": 3, "packages": {');
    expect(error.code).toBe('JSON_INVALID');
    expect(error.message).toMatch(/^data\.json is not valid JSON: /);
  });
});

describe('readJSONFile', () => {
  it('refuses a file over its size limit', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'shipshape-json-'));
    try {
      await writeFile(join(dir, 'big.json'), `[${'1,'.repeat(100)}1]`);
      const error: unknown = await readJSONFile(
        join(dir, 'big.json'),
        'big.json',
        100,
      ).catch((thrown: unknown) => thrown);
      expect((error as UserError).code).toBe('INPUT_TOO_LARGE');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('isRecord', () => {
  it('is true only for plain objects', () => {
    expect([{}, [], null, 'x', 1].map(isRecord)).toEqual([
      true,
      false,
      false,
      false,
      false,
    ]);
  });
});
