/**
 * Integrity strings as lockfiles write them (SRI `sha512-<base64>`,
 * `sha256:<hex>`, NuGet base64 SHA-512), turned into lower-case hex.
 */
import type { LockedHash } from './locked-package.ts';

const hexLengths: Record<LockedHash['algorithm'], number> = {
  sha1: 40,
  sha256: 64,
  sha384: 96,
  sha512: 128,
};

const algorithms = new Set<string>(Object.keys(hexLengths));

/**
 * Parses an SRI string (one or more `alg-base64` tokens separated by
 * spaces); tokens of unknown algorithms or the wrong length are skipped.
 */
export function hashesFromSRI(sri: string): LockedHash[] {
  const hashes: LockedHash[] = [];
  for (const token of sri.trim().split(/\s+/)) {
    const dash = token.indexOf('-');
    if (dash < 0) continue;
    const hash = fromBase64(token.slice(0, dash), token.slice(dash + 1));
    if (hash) hashes.push(hash);
  }
  return uniqueHashes(hashes);
}

/** Builds a hash from an algorithm name and base64 text, if well formed. */
export function fromBase64(
  algorithm: string,
  base64: string,
): LockedHash | undefined {
  const name = algorithm.toLowerCase();
  if (!algorithms.has(name)) return undefined;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(base64)) return undefined;
  return fromHex(name, Buffer.from(base64, 'base64').toString('hex'));
}

/** Builds a hash from an algorithm name and hex text, if well formed. */
export function fromHex(
  algorithm: string,
  hex: string,
): LockedHash | undefined {
  const name = algorithm.toLowerCase();
  if (!algorithms.has(name)) return undefined;
  const key = name as LockedHash['algorithm'];
  const lower = hex.toLowerCase();
  if (lower.length !== hexLengths[key] || !/^[0-9a-f]+$/.test(lower)) {
    return undefined;
  }
  return { algorithm: key, hex: lower };
}

/** Drops repeated hashes, keeping the first of each algorithm and value. */
export function uniqueHashes(hashes: readonly LockedHash[]): LockedHash[] {
  const seen = new Set<string>();
  return hashes.filter((hash) => {
    const key = `${hash.algorithm}:${hash.hex}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
