/**
 * Method `key`: a Sigstore v0.3 bundle signed with a PEM private key (a
 * file, an environment variable, or an ephemeral key). The file is read
 * once: the same pass feeds the SHA-256 digest and the signature.
 */
import { createHash, createSign, sign as signOneShot } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { UserError } from '../errors.ts';
import { bundleText, messageSignatureBundle } from './sigstore-bundle.ts';
import { checkCertificates } from './certificate-checks.ts';
import type { SigningKey } from './key-material.ts';
import type {
  ReadinessOptions,
  SignatureOutput,
  Signer,
  SignerIdentity,
  SignerProblem,
} from './signer.ts';

const chunkBytes = 1024 * 1024;
/** Ed25519 signs the whole message at once, so it must fit in memory. */
const maxEd25519Bytes = 1024 * 1024 * 1024;

/** Signs with a key held in this process. */
export class KeySigner implements Signer {
  readonly method = 'key' as const;
  readonly hardwareBacked = false;
  readonly #key: SigningKey;
  readonly #buffer = Buffer.allocUnsafe(chunkBytes);

  constructor(key: SigningKey) {
    this.#key = key;
  }

  signFile(path: string): Promise<SignatureOutput> {
    try {
      return Promise.resolve(this.#signNow(path));
    } catch (error: unknown) {
      return Promise.reject(
        error instanceof Error ? error : new Error(String(error)),
      );
    }
  }

  #signNow(path: string): SignatureOutput {
    const signed = this.#signStream(path);
    const bundle = messageSignatureBundle({
      digest: signed.digest,
      hash: signed.hash,
      signature: signed.signature,
      keyHint: this.#key.hint,
    });
    return {
      suffix: '.sigstore.json',
      content: bundleText(bundle),
      sha256: signed.sha256,
    };
  }

  /** True for a key made up for this run: it proves integrity only. */
  get ephemeral(): boolean {
    return this.#key.ephemeral;
  }

  readiness(options: ReadinessOptions): Promise<SignerProblem[]> {
    return checkCertificates(
      this.#key.certificates,
      this.#key.publicKey,
      options,
    );
  }

  identity(): SignerIdentity {
    return {
      publicKeyPEM: this.#key.publicKeyPEM,
      algorithm: signatureAlgorithms[this.#key.algorithm],
    };
  }

  close(): Promise<void> {
    return Promise.resolve();
  }

  #signStream(path: string): StreamSignature {
    const hash = this.#key.algorithm === 'ecdsa-p384' ? 'sha384' : 'sha256';
    const sha256 = createHash('sha256');
    const digest = hash === 'sha256' ? sha256 : createHash(hash);
    const signer =
      this.#key.algorithm === 'ed25519' ? undefined : createSign(hash);
    const whole: Buffer[] = [];
    let total = 0;
    // Synchronous reads on purpose: signing is sequential, and on a busy
    // machine each thread-pool round trip costs more than a small read.
    const fd = openSync(path, 'r');
    try {
      for (;;) {
        const bytesRead = readSync(fd, this.#buffer, 0, chunkBytes, null);
        if (bytesRead === 0) break;
        const chunk = this.#buffer.subarray(0, bytesRead);
        sha256.update(chunk);
        if (digest !== sha256) digest.update(chunk);
        total += bytesRead;
        if (signer) signer.update(chunk);
        else if (total > maxEd25519Bytes) throw ed25519TooLarge(path);
        else whole.push(Buffer.from(chunk));
      }
    } finally {
      closeSync(fd);
    }
    const signature = signer
      ? signer.sign(this.#key.privateKey)
      : signOneShot(null, Buffer.concat(whole), this.#key.privateKey);
    const sha256Hex = sha256.digest('hex');
    return {
      sha256: sha256Hex,
      digest:
        digest === sha256 ? Buffer.from(sha256Hex, 'hex') : digest.digest(),
      hash,
      signature,
    };
  }
}

interface StreamSignature {
  sha256: string;
  digest: Buffer;
  hash: 'sha256' | 'sha384';
  signature: Buffer;
}

function ed25519TooLarge(path: string): UserError {
  return new UserError(
    'SIGN_FILE_TOO_LARGE',
    `${path} is larger than 1 GiB; Ed25519 signs a whole file in memory, so use an ECDSA key for files this large`,
    { file: path },
  );
}

/** What each key signs with (the hash is the one #signStream uses). */
const signatureAlgorithms = {
  'ecdsa-p256': 'ecdsa-p256-sha256',
  'ecdsa-p384': 'ecdsa-p384-sha384',
  ed25519: 'ed25519',
} as const;
