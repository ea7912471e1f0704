/**
 * Private keys for method `key`: read from a PEM file, from an environment
 * variable (`env:NAME`), or made up on the spot (`ephemeral`). The key is
 * parsed once and kept as a KeyObject; its text and passphrase are
 * registered as secrets before anything else touches them.
 */
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  X509Certificate,
  type KeyObject,
} from 'node:crypto';
import { resolve } from 'node:path';
import { UserError } from '../errors.ts';
import { readTextFile } from '../input/text-file.ts';
import type { SecretRegistry } from '../secrets/secret-registry.ts';

/** Key algorithms a Sigstore bundle can carry here. */
export type KeyAlgorithm = 'ecdsa-p256' | 'ecdsa-p384' | 'ed25519';

/** A parsed signing key. */
export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicKeyPEM: string;
  algorithm: KeyAlgorithm;
  /** SHA-256 of the DER public key, hex: the bundle's key hint. */
  hint: string;
  /** Certificates found beside the key in the same PEM, leaf first. */
  certificates: X509Certificate[];
  /** True for `ephemeral`: the key exists only for this run. */
  ephemeral: boolean;
  /** Where the key came from, safe to print (`env:NAME`, a path). */
  source: string;
}

/** Where to read a key and its passphrase. */
export interface KeyReference {
  /** A PEM file path, `env:NAME`, or `ephemeral`. */
  ref: string;
  passphrase?: string;
  cwd: string;
  env: NodeJS.ProcessEnv;
  secrets: SecretRegistry;
}

const maxKeyBytes = 64 * 1024;

/** Reads and parses a signing key once. */
export async function loadSigningKey(
  options: KeyReference,
): Promise<SigningKey> {
  options.secrets.add(options.passphrase);
  if (options.ref === 'ephemeral') return ephemeralKey();
  if (options.ref.includes('-----BEGIN') || options.ref.includes('\n')) {
    // A key pasted where its location belongs: mask it, never echo it.
    options.secrets.add(options.ref);
    throw new UserError(
      'SIGN_KEY_INLINE',
      'the key reference holds key material; pass the key through an environment variable and give key: env:NAME',
      { field: 'key' },
    );
  }
  const pem = await readKeyText(options);
  options.secrets.add(pem);
  for (const block of privateKeyBlocks(pem)) options.secrets.add(block);
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: pem, passphrase: options.passphrase });
  } catch {
    // The reason from OpenSSL can quote key material: never pass it on.
    throw new UserError(
      'SIGN_KEY_UNREADABLE',
      `the signing key ${options.ref} is not a PEM private key, or its passphrase is wrong`,
      { field: 'key' },
    );
  }
  return toSigningKey(privateKey, certificatesIn(pem), options.ref, false);
}

/** Wraps a KeyObject pair as a SigningKey (used for ephemeral keys too). */
export function toSigningKey(
  privateKey: KeyObject,
  certificates: X509Certificate[],
  source: string,
  ephemeral: boolean,
): SigningKey {
  const algorithm = keyAlgorithm(privateKey, source);
  const publicKey = createPublicKey(privateKey);
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return {
    privateKey,
    publicKey,
    publicKeyPEM: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    algorithm,
    hint: createHash('sha256').update(der).digest('hex'),
    certificates,
    ephemeral,
    source,
  };
}

function ephemeralKey(): SigningKey {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  return toSigningKey(privateKey, [], 'ephemeral', true);
}

async function readKeyText(options: KeyReference): Promise<string> {
  if (options.ref.startsWith('env:')) {
    const name = options.ref.slice(4);
    const value = options.env[name];
    if (!value) {
      throw new UserError(
        'SIGN_KEY_MISSING',
        `the environment variable ${name} named by key "${options.ref}" is not set`,
        { field: 'key' },
      );
    }
    return value;
  }
  return readTextFile(resolve(options.cwd, options.ref), {
    maxBytes: maxKeyBytes,
    displayName: options.ref,
  });
}

function keyAlgorithm(key: KeyObject, source: string): KeyAlgorithm {
  const type = key.asymmetricKeyType;
  const curve = key.asymmetricKeyDetails?.namedCurve;
  if (type === 'ed25519') return 'ed25519';
  if (type === 'ec' && curve === 'prime256v1') return 'ecdsa-p256';
  if (type === 'ec' && curve === 'secp384r1') return 'ecdsa-p384';
  throw new UserError(
    'SIGN_KEY_UNSUPPORTED',
    `the signing key ${source} is ${type ?? 'unknown'}${curve ? ` (${curve})` : ''}; use ECDSA P-256, ECDSA P-384 or Ed25519`,
    { field: 'key' },
  );
}

const certificatePattern =
  /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/** Every certificate in a PEM text, in order. */
export function certificatesIn(pem: string): X509Certificate[] {
  const certificates: X509Certificate[] = [];
  for (const match of pem.matchAll(certificatePattern)) {
    try {
      certificates.push(new X509Certificate(match[0]));
    } catch {
      throw new UserError(
        'SIGN_CERT_UNREADABLE',
        'a certificate beside the signing key is not valid PEM',
        { field: 'key' },
      );
    }
  }
  return certificates;
}

function privateKeyBlocks(pem: string): string[] {
  const pattern =
    /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]+?-----END [A-Z ]*PRIVATE KEY-----/g;
  return [...pem.matchAll(pattern)].map((match) => match[0]);
}
