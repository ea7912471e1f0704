/**
 * A finding's fingerprint: stable across runs while the same rule fails on
 * the same thing, so an escalation is found again instead of duplicated.
 */
import { sha256Hex } from '../hashing/file-digest.ts';
import type { Finding } from '../findings.ts';

/**
 * SHA-256 (hex) of the finding's code, component, file and JSON pointer.
 * The message, line and severity are left out on purpose: they change
 * when wording or formatting changes, the problem does not.
 */
export function findingFingerprint(finding: Finding): string {
  return sha256Hex(
    JSON.stringify([
      finding.code,
      finding.component ?? '',
      finding.location?.file ?? '',
      finding.location?.pointer ?? '',
    ]),
  );
}

/** The HTML comment that carries a fingerprint in an issue body. */
export function fingerprintMarker(fingerprint: string): string {
  return `<!-- shipshape-fingerprint: ${fingerprint} -->`;
}

const markerPattern = /<!-- shipshape-fingerprint: ([0-9a-f]{64}) -->/;

/** Reads the fingerprint marker back from an issue body. */
export function fingerprintFromBody(body: string | null): string | undefined {
  return body ? markerPattern.exec(body)?.[1] : undefined;
}
