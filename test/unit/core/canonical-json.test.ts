import { describe, expect, it } from 'vitest';
import { canonicalJSON, canonicalLine } from '@shipshape/core';

describe('canonical JSON', () => {
  it('sorts keys at every level and keeps array order', () => {
    const value = { b: 1, a: { d: [3, 1], c: 'x' } };
    expect(canonicalLine(value)).toBe('{"a":{"c":"x","d":[3,1]},"b":1}');
    expect(canonicalJSON(value)).toBe(
      '{\n  "a": {\n    "c": "x",\n    "d": [\n      3,\n      1\n    ]\n  },\n  "b": 1\n}\n',
    );
  });

  it('gives the same bytes whatever the insertion order', () => {
    expect(canonicalLine({ x: 1, y: { q: 1, p: 2 } })).toBe(
      canonicalLine({ y: { p: 2, q: 1 }, x: 1 }),
    );
  });

  it('drops undefined members and keeps null', () => {
    expect(canonicalLine({ a: undefined, b: null })).toBe('{"b":null}');
  });
});
