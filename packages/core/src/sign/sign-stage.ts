/**
 * The sign stage: signs every artifact of the manifest (or the files
 * given), verifies each signature at once through an independent path,
 * writes SHA256SUMS over the artifacts and signs it too, and keeps the
 * verification log, the public key or the keyless trusted root, and the
 * checksums as evidence.
 *
 * Default method: the first of the policy's `signing.methods` (all four,
 * in the order keyless, key, gpg, pkcs11, without a policy) that this
 * environment can use: keyless when the job can request an OIDC token,
 * key when a key is given, gpg when a key id is configured, pkcs11 when a
 * token key label and PIN are.
 */
import { createPublicKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, isAbsolute, relative, resolve, sep } from 'node:path';
import {
  partFolder,
  selectArtifacts,
  withSelection,
} from '../manifest/artifact-selection.ts';
import {
  loadManifest,
  type LoadedManifest,
} from '../manifest/release-manifest.ts';
import { loadPolicy } from '../policy/release-policy.ts';
import { runStage, type StageContext } from '../stage.ts';
import { digestFile } from '../hashing/file-digest.ts';
import { sha256Hex } from '../hashing/file-digest.ts';
import { resolveProjectPath } from '../paths/project-path.ts';
import { isUserError } from '../errors.ts';
import type { Finding, Location } from '../findings.ts';
import type { Evidence, StageReport } from '../report.ts';
import type { ReleaseWorkspace } from '../workspace/release-workspace.ts';
import { renderSHA256SUMS } from './checksums.ts';
import {
  chooseMethod,
  openSigner,
  type SignerSettings,
} from './signer-factory.ts';
import {
  signPath,
  syncSignatureFolders,
  type SignedFile,
} from './sign-files.ts';
import {
  signingPolicy,
  type SigningPolicy,
  type SignMethod,
} from './signing-policy.ts';
import type { Signer } from './signer.ts';

/** Options of the sign stage; every one has a default. */
export interface SignStageOptions {
  /** Default: the first usable of `signing.methods` (see the module comment). */
  method?: SignMethod;
  /** key: a PEM path, `env:NAME` or `ephemeral`; gpg: a key id; pkcs11: a key label. */
  key?: string;
  /** Passphrase of the key. Default: none. */
  passphrase?: string;
  /** GNUPGHOME for gpg. Default: signing.gpg.home, then $GNUPGHOME. */
  gnupgHome?: string;
  /** Files to sign instead of the manifest's artifacts. Default: the artifacts. */
  files?: string[];
  /**
   * Only these artifacts of the manifest (by name), as one matrix job of
   * the release workflow signs one artifact. SHA256SUMS, its signature and
   * the verification log then go to `evidence/sign/parts/<names>/`.
   */
  artifacts?: string[];
  /** Keyless endpoints. Default: signing.keyless, then public-good. */
  fulcioURL?: string;
  rekorURL?: string;
  tsaURL?: string;
  /**
   * Keyless trusted_root.json. Default: signing.keyless.trusted-root, then
   * $SHIPSHAPE_TRUSTED_ROOT, then fetched through TUF.
   */
  trustedRoot?: string;
}

/** A file to sign, with where it came from for findings. */
interface SignTarget {
  /** As shown in reports: relative to the project folder. */
  file: string;
  location?: Location;
  /** sha256 the manifest expects, when it says. */
  expected?: string;
  owner?: string;
}

/** The sentence every report of a key without identity carries. */
export const integrityOnlyNotice =
  'A signature from an ephemeral key or a key file proves that the artifacts have not changed since they were signed (integrity). It does not prove who signed them (identity): anyone holding such a key can sign. Use keyless signing or a hardware key for identity.';

/** Runs the sign stage. */
export async function runSignStage(
  context: StageContext,
  options: SignStageOptions = {},
): Promise<StageReport> {
  const loaded = await loadPolicy({
    file: context.policyFile,
    cwd: context.cwd,
  });
  const policy = withOverrides(
    signingPolicy(loaded.policy, loaded.dir),
    options,
    context.cwd,
    context.env,
  );
  const targets = await collectTargets(context, options);
  const settings: SignerSettings = {
    policy,
    method: options.method,
    key: options.key,
    passphrase: options.passphrase,
    gnupgHome: options.gnupgHome,
  };
  const method = chooseMethod(settings, context.env);
  const selected =
    options.files && options.files.length > 0 ? undefined : options.artifacts;
  return runStage(context, 'sign', async (workspace) =>
    withSelection(await signStep(workspace), selected),
  );

  async function signStep(workspace: ReleaseWorkspace) {
    const findings = await checkTargets(context, targets);
    findings.push(...policyFindings(policy, method));
    if (findings.length > 0)
      return refuse(workspace, context, method, findings);
    const signer = await openSigner(context, method, settings);
    try {
      return await signWith(
        context,
        workspace,
        signer,
        policy,
        targets,
        partFolder(selected),
      );
    } finally {
      await signer.close();
    }
  }
}

function withOverrides(
  policy: SigningPolicy,
  options: SignStageOptions,
  cwd: string,
  env: NodeJS.ProcessEnv,
): SigningPolicy {
  const keyless = { ...policy.keyless };
  if (options.fulcioURL) keyless.fulcioURL = options.fulcioURL;
  if (options.rekorURL) keyless.rekorURL = options.rekorURL;
  if (options.tsaURL) keyless.tsaURL = options.tsaURL;
  // The input wins over the policy, and the policy over the environment.
  const fromEnv = env['SHIPSHAPE_TRUSTED_ROOT'];
  if (options.trustedRoot) {
    keyless.trustedRoot = resolve(cwd, options.trustedRoot);
  } else if (!keyless.trustedRoot && fromEnv) {
    keyless.trustedRoot = resolve(cwd, fromEnv);
  }
  return { ...policy, keyless };
}

async function collectTargets(
  context: StageContext,
  options: SignStageOptions,
): Promise<SignTarget[]> {
  if (options.files && options.files.length > 0)
    return options.files.map((file) => ({ file }));
  const manifest = await loadManifest(context.manifestFile, context.cwd);
  const all = manifest.manifest.artifacts;
  const chosen = new Set(
    selectArtifacts(all, options.artifacts, manifest.file),
  );
  return all.flatMap((artifact, index) =>
    chosen.has(artifact)
      ? [
          artifactTarget(
            context,
            manifest,
            artifact.path,
            artifact.digest,
            artifact.owner,
            index,
          ),
        ]
      : [],
  );
}

function artifactTarget(
  context: StageContext,
  manifest: LoadedManifest,
  path: string,
  digest: string,
  owner: string,
  index: number,
): SignTarget {
  const pointer = `/artifacts/${index}/path`;
  const position = manifest.document.locate(pointer);
  const match = /^sha256:([0-9a-f]{64})$/.exec(digest);
  return {
    file: relative(context.cwd, resolve(manifest.dir, path))
      .split('\\')
      .join('/'),
    location: {
      file: manifest.file,
      pointer,
      line: position?.line,
      column: position?.column,
    },
    expected: match?.[1],
    owner,
  };
}

/** Only regular files inside the project, with the digest the manifest says. */
async function checkTargets(
  context: StageContext,
  targets: readonly SignTarget[],
): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const target of targets) {
    const resolved = await resolveProjectPath(
      context.cwd,
      context.cwd,
      target.file,
      false,
    );
    if (!resolved.ok) {
      findings.push({
        code: 'SIGN_PATH_REFUSED',
        severity: 'error',
        message: `refusing to sign ${target.file}: ${resolved.detail}`,
        location: target.location ?? { file: target.file },
        owner: target.owner,
        remediation:
          'sign only regular files inside the project (no symbolic links that lead out, no devices)',
      });
      continue;
    }
    if (
      target.expected &&
      (await digestFile(resolved.absolute)) !== target.expected
    ) {
      findings.push({
        code: 'SIGN_DIGEST_MISMATCH',
        severity: 'error',
        message: `${target.file} does not have the sha256 digest the manifest declares; it was not signed`,
        location: target.location,
        owner: target.owner,
        remediation:
          'rebuild the artifact or correct its digest in the manifest',
      });
    }
  }
  return findings;
}

function policyFindings(policy: SigningPolicy, method: SignMethod): Finding[] {
  const findings: Finding[] = [];
  if (!policy.methods.includes(method)) {
    findings.push({
      code: 'SIGN_METHOD_NOT_ALLOWED',
      severity: 'error',
      message: `signing method ${method} is not in signing.methods (${policy.methods.join(', ')})`,
      remediation: `use one of: ${policy.methods.join(', ')}`,
    });
  }
  if (policy.requireHardwareKey && method === 'key') {
    findings.push(
      hardwareFinding('a key from a file or an environment variable'),
    );
  }
  return findings;
}

function hardwareFinding(what: string): Finding {
  return {
    code: 'SIGN_HARDWARE_KEY_REQUIRED',
    severity: 'error',
    message: `signing.require-hardware-key is true, and ${what} is not hardware-backed; nothing was signed`,
    remediation: 'sign with pkcs11, a GPG key on a card, or keyless',
  };
}

async function refuse(
  workspace: ReleaseWorkspace,
  context: StageContext,
  method: SignMethod,
  findings: Finding[],
) {
  await workspace.journal.append({
    kind: 'decision',
    stage: 'sign',
    actor: context.actor,
    summary: `sign: refused to sign with method ${method}: ${findings.map((finding) => finding.code).join(', ')}`,
    data: { method, codes: findings.map((finding) => finding.code) },
  });
  return {
    findings,
    extra: { method, signatures: [] },
    summary: `sign: refused (${findings.length} problem${findings.length === 1 ? '' : 's'})`,
  };
}

async function signWith(
  context: StageContext,
  workspace: ReleaseWorkspace,
  signer: Signer,
  policy: SigningPolicy,
  targets: readonly SignTarget[],
  part: string,
) {
  // Keyless passes: its identity comes from the OIDC issuer, not a key file.
  if (
    policy.requireHardwareKey &&
    signer.method !== 'keyless' &&
    !signer.hardwareBacked
  ) {
    return refuse(workspace, context, signer.method, [
      hardwareFinding(`the ${signer.method} key (not on a card)`),
    ]);
  }
  const problems = await signer.readiness({
    now: context.now(),
    minRemainingDays: policy.minRemainingDays,
    caFile: policy.ca,
  });
  if (problems.length > 0) {
    return refuse(
      workspace,
      context,
      signer.method,
      problems.map((problem) => ({
        code: problem.code,
        severity: 'error',
        message: problem.message,
        remediation: problem.remediation,
      })),
    );
  }
  const signed: SignedFile[] = [];
  const findings: Finding[] = [];
  for (const target of targets) {
    const path = resolve(context.cwd, target.file);
    try {
      signed.push(
        await signPath(
          context,
          signer,
          path,
          target.file,
          policy.keyless.trustedRoot,
        ),
      );
    } catch (error: unknown) {
      if (!isUserError(error) || error.code !== 'SIGN_VERIFY_FAILED')
        throw error;
      findings.push({
        code: 'SIGN_VERIFY_FAILED',
        severity: 'error',
        message: error.message,
        location: target.location ?? { file: target.file },
        owner: target.owner,
      });
    }
  }
  const evidence = await writeEvidence(
    context,
    workspace,
    signer,
    policy,
    signed,
    part,
  );
  return finish(signer, signed, findings, evidence);
}

async function writeEvidence(
  context: StageContext,
  workspace: ReleaseWorkspace,
  signer: Signer,
  policy: SigningPolicy,
  signed: SignedFile[],
  part: string,
) {
  const evidence: Evidence[] = [];
  await syncSignatureFolders(context.cwd, signed);
  for (const item of signed) {
    const path = resolve(context.cwd, item.signature);
    evidence.push({
      path: workspace.relativePath(path),
      sha256: item.signatureSHA256,
    });
    // A copy travels with the workspace (and so into the dossier), where
    // an auditor checks it against the artifact with verify-dossier
    // --artifacts; the one beside the artifact is what gets published.
    const inProject = relative(context.cwd, path).split(sep).join('/');
    const name =
      inProject.startsWith('../') || isAbsolute(inProject)
        ? basename(path)
        : inProject;
    evidence.push(
      await workspace.writeEvidence(
        'sign',
        `artifacts/${name}`,
        await readFile(path),
      ),
    );
  }
  const sums = await workspace.writeEvidence(
    'sign',
    `${part}SHA256SUMS`,
    renderSHA256SUMS(
      signed.map((item) => ({ sha256: item.sha256, path: item.file })),
    ),
  );
  evidence.push(sums);
  const sumsPath = resolve(process.cwd(), sums.path);
  const sumsSigned = await signPath(
    context,
    signer,
    sumsPath,
    sums.path,
    policy.keyless.trustedRoot,
  );
  evidence.push({
    path: sumsSigned.signature,
    sha256: sumsSigned.signatureSHA256,
  });
  const identity = signer.identity();
  if (identity.publicKeyPEM)
    evidence.push(
      await workspace.writeEvidence(
        'sign',
        'signing-key.pub.pem',
        identity.publicKeyPEM,
      ),
    );
  // The root keyless signatures chain to, so they verify offline later.
  if (identity.trustedRoot)
    evidence.push(
      await workspace.writeEvidence(
        'sign',
        'trusted_root.json',
        await readFile(identity.trustedRoot),
      ),
    );
  await syncSignatureFolders(process.cwd(), [sumsSigned]);
  const log = [...signed, sumsSigned].flatMap((item) => [
    `${item.file}: ${item.verification.ok ? 'verified' : 'FAILED'} (${item.signature})`,
    ...item.verification.log.map((line) => `  ${line}`),
  ]);
  evidence.push(
    await workspace.writeEvidence(
      'sign',
      `${part}verification.log`,
      `${log.join('\n')}\n`,
    ),
  );
  return {
    evidence,
    // Report fields are relative to the project folder, like the files.
    checksums: projectRelative(context, sumsPath),
    checksumsSignature: projectRelative(
      context,
      resolve(process.cwd(), sumsSigned.signature),
    ),
  };
}

function finish(
  signer: Signer,
  signed: SignedFile[],
  findings: Finding[],
  written: {
    evidence: Evidence[];
    checksums: string;
    checksumsSignature: string;
  },
) {
  const identity = signer.identity();
  const integrityOnly = signer.method === 'key';
  if (integrityOnly) {
    findings.push({
      code: 'SIGN_INTEGRITY_ONLY',
      severity: 'note',
      message: integrityOnlyNotice,
    });
  }
  return {
    findings,
    evidence: written.evidence,
    extra: {
      method: signer.method,
      hardwareBacked: signer.hardwareBacked,
      // Named as the fedramp rule of policy-scan judges it.
      ...(identity.algorithm ? { algorithm: identity.algorithm } : {}),
      assurance: integrityOnly ? 'integrity' : 'integrity and identity',
      ...(integrityOnly ? { notice: integrityOnlyNotice } : {}),
      identity:
        identity.certificateIdentity ??
        identity.fingerprint ??
        (identity.publicKeyPEM
          ? `public key sha256:${publicKeyHint(identity.publicKeyPEM)}`
          : undefined),
      signatures: signed.map((item) => ({
        file: item.file,
        method: item.method,
        signature: item.signature,
        sha256: item.sha256,
        verified: item.verification.ok,
      })),
      checksums: written.checksums,
      checksumsSignature: written.checksumsSignature,
    },
    summary: `sign: ${signed.length} file${signed.length === 1 ? '' : 's'} signed with ${signer.method} and verified${integrityOnly ? ' (integrity only, not identity)' : ''}`,
  };
}

function projectRelative(context: StageContext, path: string): string {
  return relative(context.cwd, path).split('\\').join('/');
}

/** SHA-256 of the DER public key: the hint written in key bundles. */
function publicKeyHint(pem: string): string {
  return sha256Hex(
    createPublicKey(pem).export({ type: 'spki', format: 'der' }),
  );
}
