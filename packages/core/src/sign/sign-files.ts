/**
 * `signFiles`: the reusable signing API. Signs each file with one signer,
 * writes the signature beside it (`<file>.sigstore.json` or `<file>.asc`),
 * and verifies it at once through the independent path of
 * `verifySignature`. The sign stage uses it for artifacts; the dossier uses
 * it for dossier.json.
 */
import { randomBytes } from 'node:crypto';
import { renameSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import {
  basename,
  dirname,
  isAbsolute,
  join,
  relative,
  resolve,
} from 'node:path';
import { UserError } from '../errors.ts';
import { resolveProjectPath } from '../paths/project-path.ts';
import { sha256Hex } from '../hashing/file-digest.ts';
import { systemReason } from '../input/text-file.ts';
import { syncDirectory, tempSuffix } from '../workspace/atomic-write.ts';
import type { StageContext } from '../stage.ts';
import {
  chooseMethod,
  openSigner,
  type SignerSettings,
} from './signer-factory.ts';
import {
  signingPolicy,
  type SigningPolicy,
  type SignMethod,
} from './signing-policy.ts';
import { verifySignature, type VerifyResult } from './verify-signature.ts';
import type { Signer, SignerProblem } from './signer.ts';

/** Options of `signFiles`; every field has a default. */
export interface SignOptions {
  /** Default: the first usable of the policy's methods. */
  method?: SignMethod;
  /** See `SignerSettings.key`. */
  key?: string;
  passphrase?: string;
  gnupgHome?: string;
  /** The signing policy with defaults applied. Default: all defaults. */
  policy?: SigningPolicy;
  /** An open signer to reuse (the caller closes it). */
  signer?: Signer;
  /** Skip the key and certificate checks (the caller ran them). */
  skipReadiness?: boolean;
}

/** One signed file. */
export interface SignedFile {
  /** The file as given (relative to the context's folder). */
  file: string;
  method: SignMethod;
  /** Path of the signature written beside the file. */
  signature: string;
  /** SHA-256 of the file as signed. */
  sha256: string;
  /** SHA-256 of the signature file. */
  signatureSHA256: string;
  /** The check made right after signing. */
  verification: VerifyResult;
}

/**
 * Signs and verifies `files` (paths inside the project, relative to
 * `context.cwd` or absolute). Throws a UserError when a path escapes the
 * project or is not a regular file, when the key or certificate fails its
 * checks, or when a fresh signature does not verify.
 */
export async function signFiles(
  context: StageContext,
  files: readonly string[],
  options: SignOptions = {},
): Promise<SignedFile[]> {
  const policy = options.policy ?? signingPolicy({}, context.cwd);
  const settings: SignerSettings = {
    policy,
    method: options.method,
    key: options.key,
    passphrase: options.passphrase,
    gnupgHome: options.gnupgHome,
  };
  const signer =
    options.signer ??
    (await openSigner(context, chooseMethod(settings, context.env), settings));
  try {
    if (!options.skipReadiness) {
      const problems = await signer.readiness({
        now: context.now(),
        minRemainingDays: policy.minRemainingDays,
        caFile: policy.ca,
      });
      if (problems.length > 0) throw readinessError(problems);
    }
    const signed: SignedFile[] = [];
    for (const file of files) {
      signed.push(
        await signOne(context, signer, file, policy.keyless.trustedRoot),
      );
    }
    return signed;
  } finally {
    if (!options.signer) await signer.close();
  }
}

/** Signs one file with an open signer and verifies the result. */
export async function signOne(
  context: StageContext,
  signer: Signer,
  file: string,
  trustedRoot?: string,
): Promise<SignedFile> {
  const path = await requireProjectFile(context.cwd, file);
  return signPath(context, signer, path, file, trustedRoot);
}

/**
 * Signs a file the caller has already vetted (`path` absolute, `file` its
 * name in reports), writes the signature beside it and verifies it.
 */
export async function signPath(
  context: StageContext,
  signer: Signer,
  path: string,
  file: string,
  trustedRoot?: string,
): Promise<SignedFile> {
  const output = await signer.signFile(path);
  const signaturePath = `${path}${output.suffix}`;
  // Verified under a temporary name first, so a signature that does not
  // hold never lands beside the artifact.
  const pending = join(
    dirname(path),
    `.${basename(signaturePath)}.${randomBytes(6).toString('hex')}${tempSuffix}`,
  );
  await writePending(pending, output.content);
  const identity = signer.identity();
  let verification: VerifyResult;
  try {
    verification = await verifySignature({
      file: path,
      ...(output.suffix === '.asc'
        ? { signature: pending }
        : { bundle: pending }),
      trustedRoot: trustedRoot ?? identity.trustedRoot,
      publicKeyPEM: identity.publicKeyPEM,
      fingerprint: identity.fingerprint,
      gnupgHome: identity.gnupgHome,
      certificateIdentity: identity.certificateIdentity,
      certificateOIDCIssuer: identity.certificateOIDCIssuer,
      cwd: context.cwd,
      env: context.env,
    });
  } catch (error: unknown) {
    await rm(pending, { force: true });
    throw error;
  }
  if (!verification.ok) {
    await rm(pending, { force: true });
    throw new UserError(
      'SIGN_VERIFY_FAILED',
      `the fresh signature of ${file} does not verify: ${verification.problems.join('; ')}`,
      { file },
    );
  }
  renameSync(pending, signaturePath);
  return {
    file,
    method: signer.method,
    signature: `${file}${output.suffix}`,
    signatureSHA256: sha256Hex(output.content),
    sha256: output.sha256,
    verification,
  };
}

/** Resolves a path inside the project; refuses anything else. */
export async function requireProjectFile(
  cwd: string,
  file: string,
): Promise<string> {
  const given = isAbsolute(file) ? relative(cwd, file) : file;
  const resolved = await resolveProjectPath(cwd, cwd, given, false);
  if (!resolved.ok) {
    throw new UserError(
      'SIGN_PATH_REFUSED',
      `refusing to sign ${file}: ${resolved.detail}`,
      { file, field: 'path' },
    );
  }
  return resolved.absolute;
}

function readinessError(problems: readonly SignerProblem[]): UserError {
  const list = problems
    .map((problem) => `${problem.message} [${problem.code}]`)
    .join('; ');
  const code = problems[0]?.code ?? 'SIGN_KEY_INVALID';
  return new UserError(code, `the signing key cannot be used: ${list}`, {
    field: 'key',
  });
}

/**
 * Writes a signature under its temporary name, private and exclusive.
 * Signatures are not flushed one by one (on a busy disk an fsync per file
 * made signing 1,000 files take half a minute): callers flush each folder
 * once with `syncSignatureFolders` after the last signature.
 */
async function writePending(path: string, content: string): Promise<void> {
  try {
    // Synchronous for the same reason as the signer's reads.
    writeFileSync(path, content, { flag: 'wx', mode: 0o644 });
  } catch (error: unknown) {
    await rm(path, { force: true });
    throw new UserError(
      'WRITE_FAILED',
      `cannot write ${path}: ${systemReason(error)}`,
      { file: path },
    );
  }
}

/** Flushes every folder that received a signature, once each. */
export async function syncSignatureFolders(
  cwd: string,
  signed: readonly SignedFile[],
): Promise<void> {
  const folders = new Set(
    signed.map((item) => dirname(resolve(cwd, item.signature))),
  );
  for (const folder of folders) await syncDirectory(folder);
}
