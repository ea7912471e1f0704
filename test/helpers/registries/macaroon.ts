/**
 * Builds PyPI-style API tokens for tests: a version 2 binary macaroon with
 * the given caveats, base64url-encoded after "pypi-". The signature is
 * random bytes: shipshape only reads caveats, it cannot verify them.
 */
import { randomBytes } from 'node:crypto';

function field(type: number, data: Buffer): Buffer {
  return Buffer.concat([Buffer.from([type, data.length]), data]);
}

export function pypiToken(caveats: unknown[]): string {
  const parts = [
    Buffer.from([2]),
    field(1, Buffer.from('pypi.org')),
    field(2, Buffer.from('{"nonce": "test", "version": 1}')),
    Buffer.from([0]),
  ];
  for (const caveat of caveats) {
    parts.push(field(2, Buffer.from(JSON.stringify(caveat))), Buffer.from([0]));
  }
  parts.push(Buffer.from([0]), field(6, randomBytes(32)));
  return `pypi-${Buffer.concat(parts).toString('base64url')}`;
}
