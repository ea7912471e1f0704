/**
 * `verifySignature`: checks a signature of a file later and offline, for
 * `shipshape verify`, for the dossier, and right after signing. A Sigstore
 * bundle (`.sigstore.json`) is checked with @sigstore/verify; an OpenPGP
 * signature (`.asc`) with `gpg --verify`. Neither path shares code with
 * the signers. A keyless bundle is checked against the trusted root
 * given, else $SHIPSHAPE_TRUSTED_ROOT, else the one fetched through TUF:
 * only that last case goes online.
 *
 * Bad input (a missing file, a malformed bundle, no key given) throws a
 * UserError; a signature that does not hold returns `ok: false` with the
 * reasons in `problems`.
 */
import { resolve } from 'node:path';
import { lstatSync } from 'node:fs';
import { UserError } from '../errors.ts';
import { readTextFile } from '../input/text-file.ts';
import { checkBundle } from './bundle-verify.ts';
import { checkGPGSignature } from './gpg-verify.ts';
import { readBundleFile } from './sigstore-bundle.ts';
import type { SignMethod } from './signing-policy.ts';

/** What to verify and what to expect. Paths resolve against `cwd`. */
export interface VerifyOptions {
  /** The signed file. */
  file: string;
  /** A Sigstore bundle (methods keyless, key, pkcs11). */
  bundle?: string;
  /** A detached OpenPGP signature (method gpg). */
  signature?: string;
  /** Public key file: PEM for a bundle, OpenPGP for a gpg signature. */
  key?: string;
  /** The PEM public key as text, instead of `key`. */
  publicKeyPEM?: string;
  /** OpenPGP fingerprint that must have signed, instead of `key`. */
  fingerprint?: string;
  /** GNUPGHOME holding the signer's key, with `fingerprint`. */
  gnupgHome?: string;
  /** Keyless: the exact certificate subject (SAN) expected. */
  certificateIdentity?: string;
  /** Keyless: a regular expression the whole SAN must match (RE2 syntax). */
  certificateIdentityPattern?: string;
  /** Keyless: the OIDC issuer expected in the certificate. */
  certificateOIDCIssuer?: string;
  /**
   * Keyless: trusted_root.json of the Sigstore instance. Default:
   * $SHIPSHAPE_TRUSTED_ROOT, then fetched through TUF (tuf-trusted-root.ts).
   */
  trustedRoot?: string;
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/** The outcome of a verification. */
export interface VerifyResult {
  ok: boolean;
  /** `key` stands for key and pkcs11 bundles alike: both carry a public key. */
  method: SignMethod;
  problems: string[];
  /** The signer: certificate SAN (keyless) or key fingerprint (gpg). */
  identity?: string;
  /** What was checked, line by line: kept as evidence. */
  log: string[];
}

/** Verifies one signature; see the module comment for errors. */
export async function verifySignature(
  options: VerifyOptions,
): Promise<VerifyResult> {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  const at = (path: string) => resolve(cwd, path);
  if ((options.bundle === undefined) === (options.signature === undefined)) {
    throw new UserError(
      'VERIFY_USAGE',
      'give exactly one of --bundle and --signature',
      { field: 'bundle' },
    );
  }
  requireFile(at(options.file), options.file, 'file');
  if (options.signature !== undefined) {
    requireFile(at(options.signature), options.signature, 'signature');
    const check = await checkGPGSignature(
      at(options.file),
      at(options.signature),
      {
        keyFile: options.key === undefined ? undefined : at(options.key),
        fingerprint: options.fingerprint,
        home: options.gnupgHome ?? env['GNUPGHOME'],
        env,
      },
    );
    return { ok: check.problems.length === 0, method: 'gpg', ...check };
  }
  const bundlePath = options.bundle ?? '';
  requireFile(at(bundlePath), bundlePath, 'bundle');
  const bundle = readBundleFile(at(bundlePath), bundlePath);
  const publicKeyPEM =
    options.publicKeyPEM ??
    (options.key === undefined
      ? undefined
      : await readTextFile(at(options.key), {
          maxBytes: 64 * 1024,
          displayName: options.key,
        }));
  const trustedRoot = options.trustedRoot ?? env['SHIPSHAPE_TRUSTED_ROOT'];
  const check = await checkBundle(bundle, at(options.file), {
    publicKeyPEM,
    trustedRoot: trustedRoot === undefined ? undefined : at(trustedRoot),
    fetchTrustedRoot: async () =>
      (await import('./tuf-trusted-root.ts')).fetchTrustedRoot(env, cwd),
    certificateIdentity: options.certificateIdentity,
    certificateIdentityPattern: options.certificateIdentityPattern,
    certificateOIDCIssuer: options.certificateOIDCIssuer,
  });
  return {
    ok: check.problems.length === 0,
    method: check.kind,
    problems: check.problems,
    identity: check.identity,
    log: check.log,
  };
}

function requireFile(path: string, name: string, field: string): void {
  try {
    const info = lstatSync(path);
    if (info.isFile()) return;
  } catch {
    throw new UserError('VERIFY_FILE_MISSING', `${name}: no such file`, {
      file: name,
      field,
    });
  }
  throw new UserError('VERIFY_NOT_FILE', `${name} is not a regular file`, {
    file: name,
    field,
  });
}
