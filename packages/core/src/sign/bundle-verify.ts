/**
 * Verifies a Sigstore message-signature bundle against an artifact: the
 * digest in the bundle must be the artifact's, and the signature must hold
 * under the public key (methods key and pkcs11) or under a certificate that
 * chains to the trusted root at the signed timestamp (keyless). Signature
 * checks run through @sigstore/verify, so they share no code with signing.
 */
import {
  createHash,
  createPublicKey,
  verify as verifyOneShot,
  type KeyObject,
} from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { Bundle } from '@sigstore/bundle';
import { TrustedRoot, HashAlgorithm } from '@sigstore/protobuf-specs';
import {
  toSignedEntity,
  toTrustMaterial,
  Verifier,
  type Signer as VerifiedSigner,
} from '@sigstore/verify';
import { subjectMatches } from './identity-pattern.ts';
import { UserError } from '../errors.ts';
import { readJSONFile } from '../input/json-document.ts';
import type { TrustedRootFile } from './tuf-trusted-root.ts';

/** What a bundle is checked against. */
export interface BundleExpectation {
  /** PEM public key, for bundles that carry a key hint. */
  publicKeyPEM?: string;
  /** trusted_root.json, for bundles that carry a certificate. */
  trustedRoot?: string;
  /** Gets a trusted root when `trustedRoot` is not given (through TUF). */
  fetchTrustedRoot?: () => Promise<TrustedRootFile>;
  certificateIdentity?: string;
  certificateIdentityPattern?: string;
  certificateOIDCIssuer?: string;
}

/** The outcome: problems found, and a log of what was checked. */
export interface BundleCheck {
  kind: 'key' | 'keyless';
  problems: string[];
  log: string[];
  identity?: string;
}

/** Largest file loaded whole for verification (see readWhole). */
const maxInMemoryBytes = 512 * 1024 * 1024;

/** Checks `bundle` against the artifact at `path`. */
export async function checkBundle(
  bundle: Bundle,
  path: string,
  expect: BundleExpectation,
): Promise<BundleCheck> {
  const keyless = bundle.verificationMaterial.content.$case !== 'publicKey';
  const check: BundleCheck = {
    kind: keyless ? 'keyless' : 'key',
    problems: [],
    log: [`bundle media type ${bundle.mediaType}`],
  };
  if (bundle.content.$case !== 'messageSignature') {
    check.problems.push(
      'the bundle holds a DSSE envelope, not a signature of a file',
    );
    return check;
  }
  const message = bundle.content.messageSignature;
  const hash = hashName(message.messageDigest.algorithm);
  // One read serves the digest and the signature check.
  const data = readWhole(path);
  const digest = createHash(hash).update(data).digest();
  if (!digest.equals(message.messageDigest.digest)) {
    check.problems.push(
      `the bundle's ${hash} digest is not the digest of the file: it signs other content`,
    );
    return check;
  }
  check.log.push(`${hash} digest of the file matches the bundle`);
  if (keyless) await checkKeyless(bundle, data, expect, check);
  else checkKey(bundle, data, hash, expect, check);
  return check;
}

function checkKey(
  bundle: Bundle,
  data: Buffer,
  hash: string,
  expect: BundleExpectation,
  check: BundleCheck,
): void {
  if (!expect.publicKeyPEM) {
    throw new UserError(
      'VERIFY_KEY_REQUIRED',
      'this bundle was signed with a key: give its public key (--key)',
      { field: 'key' },
    );
  }
  const { publicKey, verifier } = keyVerifier(expect.publicKeyPEM);
  const signature =
    bundle.content.$case === 'messageSignature'
      ? bundle.content.messageSignature.signature
      : Buffer.alloc(0);
  if (publicKey.asymmetricKeyType === 'ed25519') {
    // @sigstore/verify 4.1.3 passes a digest name to Node for Ed25519
    // keys, which Node refuses, so Ed25519 is checked here directly.
    if (!verifyOneShot(null, data, publicKey, signature)) {
      check.problems.push(
        'the Ed25519 signature does not verify with the given public key',
      );
      return;
    }
    check.log.push('Ed25519 signature verified with the given public key');
    return;
  }
  try {
    verifier.verify(toSignedEntity(bundle, data));
    check.log.push(
      `signature (${hash}) verified by @sigstore/verify with the given public key`,
    );
  } catch (error: unknown) {
    check.problems.push(
      `the signature does not verify with the given public key (${reason(error)})`,
    );
  }
}

async function checkKeyless(
  bundle: Bundle,
  data: Buffer,
  expect: BundleExpectation,
  check: BundleCheck,
): Promise<void> {
  const identity =
    expect.certificateIdentity ?? expect.certificateIdentityPattern;
  if (!identity || !expect.certificateOIDCIssuer) {
    throw new UserError(
      'VERIFY_IDENTITY_REQUIRED',
      'this bundle was signed keyless: give the expected signer (--certificate-identity) and OIDC issuer (--certificate-oidc-issuer); no identity is accepted by default',
      { field: 'certificate-identity' },
    );
  }
  const root = await keylessTrustedRoot(expect, check);
  const verifier = new Verifier(toTrustMaterial(root));
  let signer: VerifiedSigner;
  try {
    signer = verifier.verify(toSignedEntity(bundle, data));
  } catch (error: unknown) {
    check.problems.push(
      `the keyless signature does not verify (${reason(error)})`,
    );
    return;
  }
  check.log.push(
    'certificate chains to the trusted root at the signed timestamp; SCT, log entry, timestamp and signature verified by @sigstore/verify',
  );
  const san = signer.identity?.subjectAlternativeName ?? '';
  const issuer = signer.identity?.extensions?.issuer ?? '';
  check.identity = san;
  if (!(await identityMatches(san, expect))) {
    check.problems.push(
      `the certificate identity is "${san}", not the expected ${describeIdentity(expect)}`,
    );
  }
  if (issuer !== expect.certificateOIDCIssuer) {
    check.problems.push(
      `the certificate's OIDC issuer is "${issuer}", not the expected "${expect.certificateOIDCIssuer}"`,
    );
  }
  if (check.problems.length === 0)
    check.log.push(`identity "${san}" from issuer "${issuer}" accepted`);
}

async function keylessTrustedRoot(
  expect: BundleExpectation,
  check: BundleCheck,
): Promise<TrustedRoot> {
  if (expect.trustedRoot) return loadTrustedRoot(expect.trustedRoot);
  if (!expect.fetchTrustedRoot) {
    throw new UserError(
      'VERIFY_TRUSTED_ROOT_REQUIRED',
      'keyless bundles are verified against a trusted_root.json: set SHIPSHAPE_TRUSTED_ROOT',
      { field: 'trusted-root' },
    );
  }
  const fetched = await expect.fetchTrustedRoot();
  try {
    check.log.push(`trusted root fetched through ${fetched.origin}`);
    return await loadTrustedRoot(fetched.path);
  } finally {
    await fetched.remove();
  }
}

/** True when a certificate subject matches the expected identity. */
export async function identityMatches(
  san: string,
  expect: BundleExpectation,
): Promise<boolean> {
  if (expect.certificateIdentity !== undefined)
    return san === expect.certificateIdentity;
  if (expect.certificateIdentityPattern !== undefined) {
    return subjectMatches(
      expect.certificateIdentityPattern,
      san,
      'certificate-identity-pattern',
    );
  }
  return false;
}

function describeIdentity(expect: BundleExpectation): string {
  return expect.certificateIdentity !== undefined
    ? `"${expect.certificateIdentity}"`
    : `pattern "${expect.certificateIdentityPattern ?? ''}"`;
}

/** Reads a trusted_root.json (bad input names the file). */
export async function loadTrustedRoot(path: string): Promise<TrustedRoot> {
  const json = await readJSONFile(path, path, 4 * 1024 * 1024);
  try {
    return TrustedRoot.fromJSON(json);
  } catch (error: unknown) {
    throw new UserError(
      'TRUSTED_ROOT_MALFORMED',
      `${path} is not a Sigstore trusted root: ${reason(error)}`,
      { file: path },
    );
  }
}

/** Parsed keys and their verifiers, so signing many files parses once. */
const keyVerifiers = new Map<
  string,
  { publicKey: KeyObject; verifier: Verifier }
>();

/**
 * A verifier that trusts exactly one public key, with no log entry and no
 * timestamp required: a key bundle carries neither.
 */
function keyVerifier(pem: string): {
  publicKey: KeyObject;
  verifier: Verifier;
} {
  const known = keyVerifiers.get(pem);
  if (known) return known;
  const publicKey = parsePublicKey(pem);
  const trust = toTrustMaterial(emptyTrustedRoot(), () => ({
    publicKey,
    validFor: () => true,
  }));
  const verifier = new Verifier(trust, {
    tlogThreshold: 0,
    ctlogThreshold: 0,
    timestampThreshold: 0,
  });
  if (keyVerifiers.size >= 16) keyVerifiers.clear();
  keyVerifiers.set(pem, { publicKey, verifier });
  return { publicKey, verifier };
}

function emptyTrustedRoot(): TrustedRoot {
  return TrustedRoot.fromJSON({
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [],
    certificateAuthorities: [],
    ctlogs: [],
    timestampAuthorities: [],
  });
}

function parsePublicKey(pem: string) {
  try {
    return createPublicKey(pem);
  } catch {
    throw new UserError(
      'VERIFY_KEY_UNREADABLE',
      'the public key (--key) is not a PEM public key',
      { field: 'key' },
    );
  }
}

function hashName(algorithm: HashAlgorithm): 'sha256' | 'sha384' | 'sha512' {
  if (algorithm === HashAlgorithm.SHA2_384) return 'sha384';
  if (algorithm === HashAlgorithm.SHA2_512) return 'sha512';
  return 'sha256';
}

function readWhole(path: string): Buffer {
  const info = statSync(path);
  if (info.size > maxInMemoryBytes) {
    // @sigstore/verify checks a message signature over the whole file in
    // memory; larger files are refused rather than risk running out.
    throw new UserError(
      'VERIFY_FILE_TOO_LARGE',
      `${path} is larger than 512 MiB, the most this verifier loads`,
      { file: path },
    );
  }
  return readFileSync(path);
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 300) : String(error);
}
