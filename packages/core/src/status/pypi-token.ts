/**
 * Reads the caveats of a PyPI API token (`pypi-` followed by a base64
 * macaroon in the v2 binary format) to tell whether it is limited to
 * projects or may upload to every project of its user. Only the caveat
 * identifiers are read; the signature is never touched or shown.
 */

/** What a PyPI token is allowed to do, as far as its caveats say. */
export type PyPITokenScope = 'projects' | 'user' | 'unreadable';

const fieldEnd = 0;
const fieldLocation = 1;
const fieldIdentifier = 2;
const fieldVerifier = 4;
const fieldSignature = 6;

/** Tells a project-scoped PyPI token from a user-wide one. */
export function pypiTokenScope(token: string): PyPITokenScope {
  if (!token.startsWith('pypi-')) return 'unreadable';
  const bytes = Buffer.from(token.slice(5), 'base64url');
  const caveats = macaroonCaveats(bytes);
  if (caveats === undefined) return 'unreadable';
  return caveats.some(isProjectCaveat) ? 'projects' : 'user';
}

/** The first-party caveat identifiers of a v2 macaroon, or undefined. */
export function macaroonCaveats(bytes: Uint8Array): string[] | undefined {
  if (bytes[0] !== 2) return undefined;
  const reader = { bytes, at: 1 };
  const header = readSection(reader);
  if (!header?.has(fieldIdentifier)) return undefined;
  const caveats: string[] = [];
  for (;;) {
    if (reader.at >= bytes.length) return undefined;
    if (bytes[reader.at] === fieldEnd) return caveats;
    const section = readSection(reader);
    if (!section) return undefined;
    const identifier = section.get(fieldIdentifier);
    if (identifier !== undefined) caveats.push(identifier);
  }
}

interface Reader {
  bytes: Uint8Array;
  at: number;
}

function readSection(reader: Reader): Map<number, string> | undefined {
  const fields = new Map<number, string>();
  for (;;) {
    const type = readVarint(reader);
    if (type === undefined) return undefined;
    if (type === fieldEnd) return fields;
    if (
      ![fieldLocation, fieldIdentifier, fieldVerifier, fieldSignature].includes(
        type,
      )
    ) {
      return undefined;
    }
    const length = readVarint(reader);
    if (length === undefined || reader.at + length > reader.bytes.length) {
      return undefined;
    }
    const data = reader.bytes.subarray(reader.at, reader.at + length);
    reader.at += length;
    fields.set(type, Buffer.from(data).toString('utf8'));
  }
}

function readVarint(reader: Reader): number | undefined {
  let value = 0;
  for (let shift = 0; shift < 35; shift += 7) {
    const byte = reader.bytes[reader.at];
    if (byte === undefined) return undefined;
    reader.at += 1;
    value += (byte & 0x7f) * 2 ** shift;
    if ((byte & 0x80) === 0) return value;
  }
  return undefined;
}

/**
 * PyPI writes caveats as JSON: the legacy `{"version":1,"permissions":
 * {"projects":[…]}}`, or tagged lists where tag 1 names projects, 2
 * project ids and 4 a trusted publisher (always one project).
 */
function isProjectCaveat(text: string): boolean {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return false;
  }
  if (Array.isArray(data))
    return data[0] === 1 || data[0] === 2 || data[0] === 4;
  if (data === null || typeof data !== 'object') return false;
  const permissions = (data as Record<string, unknown>)['permissions'];
  return permissions !== null && typeof permissions === 'object';
}
