/**
 * JSON pointers (RFC 6901), the way findings address a field in a file.
 */

/** Escapes one reference token: `~` to `~0`, `/` to `~1`. */
export function escapePointerToken(token: string): string {
  return token.replaceAll('~', '~0').replaceAll('/', '~1');
}

/** Builds a pointer from tokens: `toPointer(['a', 0])` is `/a/0`. */
export function toPointer(tokens: readonly (string | number)[]): string {
  return tokens
    .map((token) => `/${escapePointerToken(String(token))}`)
    .join('');
}
