/**
 * Method `keyless`: Sigstore with the job's OIDC identity. An ephemeral
 * key gets one Fulcio certificate per run, which then signs every file;
 * each signature is logged in Rekor and timestamped by the TSA, and the
 * result is a v0.3 bundle carrying the certificate. The certificate's
 * validity is judged against the signed timestamp when the bundle is
 * verified, never against the local clock.
 */
import {
  createHash,
  createSign,
  generateKeyPairSync,
  sign,
  type KeyObject,
} from 'node:crypto';
import { open } from 'node:fs/promises';
import {
  FulcioSigner,
  RekorWitness,
  TSAWitness,
  type Signer as SigstoreSigner,
  type VerificationMaterial,
} from '@sigstore/sign';
import { X509Certificate as SigstoreCertificate } from '@sigstore/core';
import { subjectMatches } from './identity-pattern.ts';
import { UserError } from '../errors.ts';
import type { SecretRegistry } from '../secrets/secret-registry.ts';
import { requestOIDCToken } from './oidc-token.ts';
import { bundleText, messageSignatureBundle } from './sigstore-bundle.ts';
import type { IdentityRule, KeylessEndpoints } from './signing-policy.ts';
import type { TrustedRootFile } from './tuf-trusted-root.ts';
import type {
  ReadinessOptions,
  SignatureOutput,
  Signer,
  SignerIdentity,
  SignerProblem,
} from './signer.ts';

/** Where to sign and who may. */
export interface KeylessSignerOptions {
  endpoints: KeylessEndpoints;
  identities: IdentityRule[];
  env: NodeJS.ProcessEnv;
  secrets: SecretRegistry;
  /** The instance's trusted root; a fetched one is removed on close. */
  trustedRoot: TrustedRootFile;
  /** Per-request timeout in milliseconds. Default: 30 s. */
  timeout?: number;
}

type WitnessMaterial = Partial<VerificationMaterial>;

const issuerOIDs = ['1.3.6.1.4.1.57264.1.8', '1.3.6.1.4.1.57264.1.1'];

/** Signs with a short-lived Fulcio certificate. */
export class KeylessSigner implements Signer {
  readonly method = 'keyless' as const;
  // The key is ephemeral and lives in memory; require-hardware-key still
  // accepts keyless, since the identity comes from the OIDC issuer.
  readonly hardwareBacked = false;
  readonly #options: KeylessSignerOptions;
  readonly #privateKey: KeyObject;
  readonly #publicKeyPEM: string;
  #certificate?: { pem: string; der: Buffer; san: string; issuer: string };

  constructor(options: KeylessSignerOptions) {
    this.#options = options;
    const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    this.#privateKey = pair.privateKey;
    this.#publicKeyPEM = pair.publicKey
      .export({ type: 'spki', format: 'pem' })
      .toString();
  }

  /** Gets the certificate and checks its identity against the policy. */
  async readiness(_options: ReadinessOptions): Promise<SignerProblem[]> {
    const certificate = await this.#ensureCertificate();
    const rules = this.#options.identities;
    if (rules.length === 0) return [];
    for (const rule of rules)
      if (await ruleAccepts(rule, certificate.san, certificate.issuer))
        return [];
    return [
      {
        code: 'SIGN_IDENTITY_NOT_ALLOWED',
        message: `the signing identity "${certificate.san}" from issuer "${certificate.issuer}" is not in signing.identities`,
        remediation:
          'run the release from a workflow the policy lists, or add its identity to signing.identities',
      },
    ];
  }

  async signFile(path: string): Promise<SignatureOutput> {
    const certificate = await this.#ensureCertificate();
    const { sha256, signature } = await signStream(path, this.#privateKey);
    const bundle = messageSignatureBundle({
      digest: Buffer.from(sha256, 'hex'),
      hash: 'sha256',
      signature,
      certificate: certificate.der,
    });
    const fetchOptions = { timeout: this.#options.timeout ?? 30_000, retry: 2 };
    const witnesses = [
      new RekorWitness({
        rekorBaseURL: this.#options.endpoints.rekorURL,
        ...fetchOptions,
      }),
      ...(this.#options.endpoints.tsaURL
        ? [
            new TSAWitness({
              tsaBaseURL: this.#options.endpoints.tsaURL,
              ...fetchOptions,
            }),
          ]
        : []),
    ];
    try {
      for (const witness of witnesses) {
        const material: WitnessMaterial = await witness.testify(
          bundle.content,
          certificate.pem,
        );
        bundle.verificationMaterial.tlogEntries.push(
          ...(material.tlogEntries ?? []),
        );
        bundle.verificationMaterial.timestampVerificationData?.rfc3161Timestamps.push(
          ...(material.rfc3161Timestamps ?? []),
        );
      }
    } catch (error: unknown) {
      throw serviceError(
        'Rekor or the timestamp authority',
        error,
        this.#options.secrets,
      );
    }
    return { suffix: '.sigstore.json', content: bundleText(bundle), sha256 };
  }

  identity(): SignerIdentity {
    return {
      certificateIdentity: this.#certificate?.san,
      certificateOIDCIssuer: this.#certificate?.issuer,
      trustedRoot: this.#options.trustedRoot.path,
      // The ephemeral key made for the Fulcio certificate.
      algorithm: 'ecdsa-p256-sha256',
    };
  }

  close(): Promise<void> {
    return this.#options.trustedRoot.remove();
  }

  async #ensureCertificate(): Promise<{
    pem: string;
    der: Buffer;
    san: string;
    issuer: string;
  }> {
    if (this.#certificate) return this.#certificate;
    const token = await requestOIDCToken(
      this.#options.env,
      this.#options.secrets,
    );
    const fulcio = new FulcioSigner({
      fulcioBaseURL: this.#options.endpoints.fulcioURL,
      identityProvider: { getToken: () => Promise.resolve(token) },
      keyHolder: this.#keyHolder(),
      timeout: this.#options.timeout ?? 30_000,
      retry: 2,
    });
    let pem: string;
    try {
      // Signing an empty message yields the certificate for our key.
      const result = await fulcio.sign(Buffer.alloc(0));
      if (result.key.$case !== 'x509Certificate')
        throw new Error('Fulcio returned no certificate');
      pem = result.key.certificate;
    } catch (error: unknown) {
      throw serviceError('Fulcio', error, this.#options.secrets);
    }
    const der = pemToDER(pem);
    const parsed = SigstoreCertificate.parse(der);
    this.#certificate = {
      pem,
      der,
      san: parsed.subjectAltName ?? '',
      issuer: certificateIssuer(parsed),
    };
    return this.#certificate;
  }

  #keyHolder(): SigstoreSigner {
    return {
      sign: (data: Buffer) =>
        Promise.resolve({
          signature: sign('sha256', data, this.#privateKey),
          key: { $case: 'publicKey', publicKey: this.#publicKeyPEM },
        }),
    };
  }
}

/** True when a policy identity rule accepts a certificate identity. */
export async function ruleAccepts(
  rule: IdentityRule,
  san: string,
  issuer: string,
): Promise<boolean> {
  if (rule.issuer !== issuer) return false;
  if (rule.subject !== undefined) return rule.subject === san;
  if (rule.subjectPattern !== undefined)
    return subjectMatches(
      rule.subjectPattern,
      san,
      'signing.identities[].subject-pattern',
    );
  return false;
}

function certificateIssuer(cert: SigstoreCertificate): string {
  for (const oid of issuerOIDs) {
    const extension = cert.extension(oid);
    if (!extension) continue;
    // V2 wraps the issuer in a UTF8String; V1 holds the raw bytes.
    const inner = extension.valueObj.subs[0];
    return (
      oid === issuerOIDs[0] && inner ? inner.value : extension.value
    ).toString('utf8');
  }
  return '';
}

function pemToDER(pem: string): Buffer<ArrayBuffer> {
  const body = pem
    .replace(/-----(BEGIN|END) CERTIFICATE-----/g, '')
    .replace(/\s+/g, '');
  return Buffer.from(body, 'base64');
}

async function signStream(
  path: string,
  key: KeyObject,
): Promise<{ sha256: string; signature: Buffer }> {
  const hash = createHash('sha256');
  const signer = createSign('sha256');
  const buffer = Buffer.allocUnsafe(1024 * 1024);
  const handle = await open(path, 'r');
  try {
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
      signer.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  return { sha256: hash.digest('hex'), signature: signer.sign(key) };
}

function serviceError(
  service: string,
  error: unknown,
  secrets: SecretRegistry,
): UserError {
  // Upstream messages can quote the identity token: redact before keeping.
  const reason = secrets.redact(
    error instanceof Error ? error.message : String(error),
  );
  return new UserError(
    'SIGN_KEYLESS_FAILED',
    `keyless signing failed at ${service}: ${reason.slice(0, 300)}; nothing was signed`,
    { field: 'method' },
  );
}
