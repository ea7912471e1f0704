/** Reading a PyPI token's caveats from its macaroon, offline. */
import { describe, expect, it } from 'vitest';
import {
  PyPITokenProblem,
  readPyPIToken,
} from '@shipshape/core/publish-dry-run/pypi-token';
import { pypiToken } from '../../helpers/registries/macaroon.ts';

describe('readPyPIToken', () => {
  it('reads a project scope and an expiry from tagged caveats', () => {
    const claims = readPyPIToken(
      pypiToken([
        [0, 2000000000, 1000000000],
        [1, ['acme-widgets']],
      ]),
    );
    expect(claims.projects).toEqual(['acme-widgets']);
    expect(claims.expiresAt?.toISOString()).toBe('2033-05-18T03:33:20.000Z');
    expect(claims.notBefore?.getTime()).toBe(1000000000000);
  });

  it('reads the legacy permissions and exp caveats', () => {
    const claims = readPyPIToken(
      pypiToken([
        { version: 1, permissions: { projects: ['a', 'b'] } },
        { exp: 1, nbf: 0 },
      ]),
    );
    expect(claims.projects).toEqual(['a', 'b']);
    expect(claims.expiresAt?.getTime()).toBe(1000);
  });

  it('sees a user-wide token as unscoped', () => {
    const claims = readPyPIToken(
      pypiToken([{ version: 1, permissions: 'user' }]),
    );
    expect(claims.projects).toBeUndefined();
    expect(claims.projectIds).toBeUndefined();
  });

  it('refuses a token without the pypi- prefix, and a truncated one, without echoing it', () => {
    expect(() => readPyPIToken('npm_CANARYtoken')).toThrow(PyPITokenProblem);
    const token = pypiToken([[1, ['x']]]);
    expect(() => readPyPIToken(token.slice(0, 20))).toThrow(
      /truncated|version 2/,
    );
    try {
      readPyPIToken(token.slice(0, 20));
    } catch (error: unknown) {
      expect(String(error)).not.toContain(token.slice(5, 20));
    }
  });
});
