/**
 * Reads a PyPI API token's restrictions from the token itself. A token is
 * `pypi-` followed by a base64 macaroon in the version 2 binary format; its
 * first-party caveats are JSON, in either the legacy object form or the
 * newer tagged-array form, and say which projects the token may upload to
 * and when it expires. Nothing is verified (the signature key is PyPI's):
 * this only reads what the token claims, to warn before a publish.
 */

/** What a token says about itself. */
export interface PyPITokenClaims {
  /** Project names the token is limited to; undefined when user-wide. */
  projects?: string[];
  /** Project ids the token is limited to (names unknown offline). */
  projectIds?: string[];
  /** Expiry and start, when the token carries them. */
  expiresAt?: Date;
  notBefore?: Date;
  /** Caveats this reader did not understand (kept as a count only). */
  unknownCaveats: number;
}

/** A token that is not a PyPI macaroon; the message names no token text. */
export class PyPITokenProblem extends Error {
  override readonly name = 'PyPITokenProblem';
}

/** Decodes a `pypi-…` token's caveats. */
export function readPyPIToken(token: string): PyPITokenClaims {
  if (!token.startsWith('pypi-'))
    throw new PyPITokenProblem('a PyPI API token starts with "pypi-"');
  const body = token.slice(5).replace(/-/g, '+').replace(/_/g, '/');
  const bytes = Buffer.from(body, 'base64');
  const claims: PyPITokenClaims = { unknownCaveats: 0 };
  for (const caveat of macaroonCaveats(bytes)) applyCaveat(claims, caveat);
  return claims;
}

/** The first-party caveat identifiers of a version 2 binary macaroon. */
export function macaroonCaveats(bytes: Buffer): string[] {
  const reader = new FieldReader(bytes);
  if (reader.byte() !== 2)
    throw new PyPITokenProblem('the token is not a version 2 macaroon');
  readSection(reader); // location and identifier of the macaroon itself
  const caveats: string[] = [];
  for (;;) {
    const fields = readSection(reader);
    if (fields.size === 0) break;
    const identifier = fields.get(2);
    if (identifier === undefined)
      throw new PyPITokenProblem('a caveat of the token has no identifier');
    if (!fields.has(4)) caveats.push(identifier.toString('utf8'));
  }
  return caveats;
}

/** Reads fields until an end-of-section marker; returns them by type. */
function readSection(reader: FieldReader): Map<number, Buffer> {
  const fields = new Map<number, Buffer>();
  for (;;) {
    const type = reader.varint();
    if (type === 0) return fields;
    fields.set(type, reader.bytes(reader.varint()));
  }
}

class FieldReader {
  #at = 0;
  readonly #data: Buffer;

  constructor(data: Buffer) {
    this.#data = data;
  }

  byte(): number {
    const value = this.#data[this.#at];
    if (value === undefined)
      throw new PyPITokenProblem('the token is truncated');
    this.#at += 1;
    return value;
  }

  varint(): number {
    let value = 0;
    for (let shift = 0; shift < 28; shift += 7) {
      const byte = this.byte();
      value |= (byte & 0x7f) << shift;
      if ((byte & 0x80) === 0) return value;
    }
    throw new PyPITokenProblem('the token has an oversized field length');
  }

  bytes(length: number): Buffer {
    if (this.#at + length > this.#data.length)
      throw new PyPITokenProblem('the token is truncated');
    const value = this.#data.subarray(this.#at, this.#at + length);
    this.#at += length;
    return value;
  }
}

function applyCaveat(claims: PyPITokenClaims, text: string): void {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    claims.unknownCaveats += 1;
    return;
  }
  if (Array.isArray(data)) applyTaggedCaveat(claims, data);
  else if (data !== null && typeof data === 'object')
    applyLegacyCaveat(claims, data as Record<string, unknown>);
  else claims.unknownCaveats += 1;
}

// Tagged caveats: [0, expires, notBefore], [1, [names]], [2, [ids]], [3, user].
function applyTaggedCaveat(claims: PyPITokenClaims, data: unknown[]): void {
  const [tag, first, second] = data;
  if (tag === 0 && typeof first === 'number') {
    claims.expiresAt = new Date(first * 1000);
    if (typeof second === 'number') claims.notBefore = new Date(second * 1000);
  } else if (tag === 1 && isStringList(first)) {
    claims.projects = first;
  } else if (tag === 2 && isStringList(first)) {
    claims.projectIds = first;
  } else if (tag !== 3) {
    claims.unknownCaveats += 1;
  }
}

function applyLegacyCaveat(
  claims: PyPITokenClaims,
  data: Record<string, unknown>,
): void {
  const permissions = data['permissions'];
  if (typeof data['exp'] === 'number') {
    claims.expiresAt = new Date(data['exp'] * 1000);
    if (typeof data['nbf'] === 'number')
      claims.notBefore = new Date(data['nbf'] * 1000);
  } else if (permissions === 'user') {
    // A user-wide token: no project restriction.
  } else if (
    permissions !== null &&
    typeof permissions === 'object' &&
    isStringList((permissions as Record<string, unknown>)['projects'])
  ) {
    claims.projects = (permissions as { projects: string[] }).projects;
  } else if (isStringList(data['project_ids'])) {
    claims.projectIds = data['project_ids'];
  } else {
    claims.unknownCaveats += 1;
  }
}

function isStringList(value: unknown): value is string[] {
  return (
    Array.isArray(value) && value.every((item) => typeof item === 'string')
  );
}

/** PEP 503 normalised project name. */
export function normalizeProjectName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}
