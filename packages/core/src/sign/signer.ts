/**
 * The contract every signing method meets. A signer signs one file at a
 * time and returns the signature file's content; `signFiles` writes it
 * beside the artifact and verifies it through an independent path.
 */
import type { SignMethod } from './signing-policy.ts';

/** What a signer made for one file. */
export interface SignatureOutput {
  /** Suffix of the signature file written beside the artifact. */
  suffix: '.sigstore.json' | '.asc';
  /** The signature file's content (a Sigstore bundle or an armored signature). */
  content: string;
  /** SHA-256 of the artifact as it was signed, lower-case hex. */
  sha256: string;
}

/**
 * What a verifier needs to check this signer's signatures: the public key
 * (key and pkcs11), the key fingerprint (gpg), or the certificate identity
 * (keyless, known after the first signature) and the trusted root.
 */
export interface SignerIdentity {
  publicKeyPEM?: string;
  fingerprint?: string;
  /** GNUPGHOME holding the key (gpg). */
  gnupgHome?: string;
  certificateIdentity?: string;
  certificateOIDCIssuer?: string;
  /** trusted_root.json the certificate chains to (keyless), kept as evidence. */
  trustedRoot?: string;
  /**
   * The signature algorithm, named as policy.yaml's
   * `export-control.approved-signing-algorithms` names them
   * (`ecdsa-p256-sha256`, `rsa-pkcs1-sha256`, `ed25519`, …).
   */
  algorithm?: string;
}

/** One signing method. */
export interface Signer {
  readonly method: SignMethod;
  /** True when the private key cannot leave a token (PKCS#11, a card). */
  readonly hardwareBacked: boolean;
  signFile(path: string): Promise<SignatureOutput>;
  identity(): SignerIdentity;
  /** Checks the key or certificate before signing; empty when all holds. */
  readiness(options: ReadinessOptions): Promise<SignerProblem[]>;
  /** Releases what the signer holds (temporary folders, agents). */
  close(): Promise<void>;
}

/** A reason a signer must not sign, found before anything is signed. */
export interface SignerProblem {
  code: string;
  message: string;
  remediation?: string;
}

/** What `readiness` checks against. */
export interface ReadinessOptions {
  /** Real time now. */
  now: Date;
  minRemainingDays: number;
  /** PEM bundle of CAs X.509 certificates must chain to. */
  caFile?: string;
}
