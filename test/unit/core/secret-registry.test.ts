import { describe, expect, it } from 'vitest';
import { derivedForms, SecretRegistry } from '@shipshape/core';

const token = 'npm_CANARYtoken0123456789abcdef';

describe('SecretRegistry', () => {
  it('redacts a secret in every derived form', () => {
    const registry = new SecretRegistry();
    registry.add(token);
    const forms = [
      token,
      Buffer.from(token).toString('base64'),
      Buffer.from(token).toString('base64url'),
      encodeURIComponent(`${token}/+`).slice(0, token.length),
    ];
    for (const form of forms) {
      expect(registry.redact(`before ${form} after`)).toBe('before *** after');
    }
    expect(registry.leaks(`x${token}x`)).toBe(true);
    expect(registry.leaks('nothing here')).toBe(false);
  });

  it('redacts each line of a PEM key but not its armour lines', () => {
    const pem =
      '-----BEGIN KEY-----\nQUJDREVGR0hJSktMTU5PUA==\nUVJTVFVWV1hZWjAxMjM0\n-----END KEY-----';
    const registry = new SecretRegistry();
    registry.add(pem);
    expect(registry.redact('QUJDREVGR0hJSktMTU5PUA==')).toBe('***');
    expect(registry.redact('UVJTVFVWV1hZWjAxMjM0')).toBe('***');
    expect(registry.redact('-----BEGIN KEY-----')).toBe('-----BEGIN KEY-----');
  });

  it('treats the password of user:password as secret on its own', () => {
    expect(derivedForms('deploy:s3cr3t-value')).toContain('s3cr3t-value');
  });

  it('ignores values too short to mask safely, and tells listeners of every form', () => {
    const registry = new SecretRegistry();
    const told: string[] = [];
    registry.add('abc');
    registry.onAdd((form) => told.push(form));
    registry.add(token);
    expect(registry.size).toBe(told.length);
    expect(told).toContain(token);
    expect(registry.redact('abc')).toBe('abc');
  });

  it('replaces the longest form first', () => {
    const registry = new SecretRegistry();
    registry.add('line-one-secret\nline-two-secret');
    expect(registry.redact('line-one-secret\nline-two-secret')).toBe('***');
  });
});
