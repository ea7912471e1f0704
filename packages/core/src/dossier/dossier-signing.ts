/**
 * How the dossier signs its index and checks signatures: an interface the
 * pipeline and verify-dossier use, so that the signing method is the sign
 * stage's and tests can see exactly what is signed.
 */

/** Who signed, as far as the signature can tell (a key, a certificate). */
export type SignerIdentityFacts = Record<string, string>;

/** Signs one file, writing its signature beside it. */
export interface DossierSigner {
  readonly method: string;
  /**
   * What a verifier needs (a public key, a fingerprint), known before
   * signing; it is recorded in the index.
   */
  readonly identity: SignerIdentityFacts;
  /** Signs `file`; returns the paths of the signature files written. */
  sign(file: string): Promise<string[]>;
  /** Releases what the signer holds. */
  close(): Promise<void>;
}

/** Checks one signature; returns undefined when it holds, else the reason. */
export interface DossierVerifier {
  verify(options: {
    file: string;
    signature: string;
    identity: SignerIdentityFacts;
    /** A public key the auditor insists on (PEM file), if any. */
    key?: string;
    /** The trusted_root.json the dossier recorded, for keyless signatures. */
    trustedRoot?: string;
  }): Promise<string | undefined>;
}

/** Signature files shipshape writes beside a signed file. */
export const signatureSuffixes = ['.sigstore.json', '.asc'] as const;

/** True when `path` is a signature file of another file. */
export function isSignatureFile(path: string): boolean {
  return signatureSuffixes.some((suffix) => path.endsWith(suffix));
}
