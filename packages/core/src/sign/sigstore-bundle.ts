/**
 * Sigstore bundles (v0.3) for message signatures: building one from a
 * digest and a signature, writing it as JSON, and reading one back with
 * its structure checked. The message-signature builder of @sigstore/sign
 * writes v0.2, so the v0.3 bundle is assembled here from @sigstore/bundle.
 */
import {
  assertBundle,
  bundleFromJSON,
  bundleToJSON,
  toMessageSignatureBundle,
  BUNDLE_V03_MEDIA_TYPE,
  type Bundle,
} from '@sigstore/bundle';
import { HashAlgorithm } from '@sigstore/protobuf-specs';
import { UserError } from '../errors.ts';
import { parseJSON } from '../input/json-document.ts';
import { decodeUTF8, systemReason } from '../input/text-file.ts';
import { readFileSync, statSync } from 'node:fs';

export { BUNDLE_V03_MEDIA_TYPE };

/** What goes into a message-signature bundle. */
export interface MessageSignatureParts {
  /** Digest of the artifact under `hash`. */
  digest: Buffer;
  hash: 'sha256' | 'sha384';
  signature: Buffer;
  /** DER certificate (keyless), or a key hint (key, pkcs11). */
  certificate?: Buffer;
  keyHint?: string;
}

/** Builds a v0.3 message-signature bundle. */
export function messageSignatureBundle(parts: MessageSignatureParts): Bundle {
  const bundle = toMessageSignatureBundle({
    digest: parts.digest,
    signature: parts.signature,
    certificate: parts.certificate,
    keyHint: parts.keyHint,
    certificateChain: false,
  });
  bundle.mediaType = BUNDLE_V03_MEDIA_TYPE;
  if (parts.hash === 'sha384') {
    bundle.content.messageSignature.messageDigest.algorithm =
      HashAlgorithm.SHA2_384;
  }
  return bundle;
}

/** The bundle as the JSON text written to `<file>.sigstore.json`. */
export function bundleText(bundle: Bundle): string {
  return `${JSON.stringify(bundleToJSON(bundle), null, 2)}\n`;
}

/** Largest bundle file read; real bundles are a few KiB. */
const maxBundleBytes = 1024 * 1024;

/**
 * Reads a bundle file and checks its structure. A malformed bundle is bad
 * input (exit 2) naming the file.
 */
export function readBundleFile(path: string, name: string): Bundle {
  let bytes: Buffer;
  try {
    if (statSync(path).size > maxBundleBytes) {
      throw new UserError(
        'BUNDLE_TOO_LARGE',
        `${name} is larger than 1 MiB; a Sigstore bundle is a few KiB`,
        { file: name },
      );
    }
    // Synchronous: bundles are small, and verification is sequential.
    bytes = readFileSync(path);
  } catch (error: unknown) {
    if (error instanceof UserError) throw error;
    throw new UserError(
      'INPUT_UNREADABLE',
      `cannot read ${name}: ${systemReason(error)}`,
      { file: name },
    );
  }
  return parseBundle(decodeUTF8(bytes, name), name);
}

/** Most log entries or timestamps one bundle may carry (as sigstore-go). */
export const maxBundleEntries = 32;

function assertBundleCounts(bundle: Bundle): void {
  const material = bundle.verificationMaterial;
  const timestamps =
    material.timestampVerificationData?.rfc3161Timestamps.length ?? 0;
  if (
    material.tlogEntries.length > maxBundleEntries ||
    timestamps > maxBundleEntries
  ) {
    throw new Error(`more than ${maxBundleEntries} log entries or timestamps`);
  }
}

/** Parses bundle JSON text; see `readBundleFile`. */
export function parseBundle(text: string, name: string): Bundle {
  const json = parseJSON(text, name);
  try {
    const bundle = bundleFromJSON(json);
    assertBundle(bundle);
    assertBundleCounts(bundle);
    return bundle;
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(
      'BUNDLE_MALFORMED',
      `${name} is not a valid Sigstore bundle: ${reason.slice(0, 200)}`,
      { file: name },
    );
  }
}
