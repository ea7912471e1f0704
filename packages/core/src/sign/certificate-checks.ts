/**
 * Checks of an X.509 signing certificate before it signs: valid now and
 * for the policy's minimum remaining lifetime, for the signing key, allowed
 * to sign code, and chained to the configured CA bundle.
 */
import { X509Certificate, type KeyObject } from 'node:crypto';
import { UserError } from '../errors.ts';
import { readTextFile } from '../input/text-file.ts';
import { certificatesIn } from './key-material.ts';
import type { ReadinessOptions, SignerProblem } from './signer.ts';

/** The extended key usage "code signing". */
export const codeSigningOID = '1.3.6.1.5.5.7.3.3';

const dayMs = 24 * 60 * 60 * 1000;
const maxChainLength = 8;

/**
 * Checks `chain` (leaf first, then any intermediates) for `publicKey`.
 * With a CA configured a certificate is required.
 */
export async function checkCertificates(
  chain: readonly X509Certificate[],
  publicKey: KeyObject,
  options: ReadinessOptions,
): Promise<SignerProblem[]> {
  const [leaf, ...intermediates] = chain;
  if (!leaf) {
    return options.caFile
      ? [
          {
            code: 'SIGN_CERT_MISSING',
            message:
              'signing.ca is set, but the signing key comes without a certificate',
            remediation:
              "put the signing certificate (and any intermediates) in the key's PEM after the private key",
          },
        ]
      : [];
  }
  const problems = [...checkValidity(leaf, options)];
  if (!publicKey.equals(leaf.publicKey)) {
    problems.push({
      code: 'SIGN_CERT_KEY_MISMATCH',
      message: `the certificate "${oneLine(leaf.subject)}" is for another key than the signing key`,
    });
  }
  // Node types keyUsage as a list, but it is undefined without the extension.
  const usages = leaf.keyUsage as readonly string[] | undefined;
  if (!usages?.includes(codeSigningOID)) {
    problems.push({
      code: 'SIGN_CERT_NOT_CODE_SIGNING',
      message: `the certificate "${oneLine(leaf.subject)}" does not allow code signing (extended key usage ${codeSigningOID})`,
      remediation: 'use a certificate issued for code signing',
    });
  }
  if (options.caFile) {
    const anchors = await readCABundle(options.caFile);
    const trouble = chainProblem(leaf, intermediates, anchors, options.now);
    if (trouble)
      problems.push({
        code: 'SIGN_CERT_UNTRUSTED',
        message: trouble,
        remediation: 'sign with a certificate issued under signing.ca',
      });
  }
  return problems;
}

function checkValidity(
  cert: X509Certificate,
  options: ReadinessOptions,
): SignerProblem[] {
  const from = new Date(cert.validFrom);
  const to = new Date(cert.validTo);
  const now = options.now.getTime();
  const name = oneLine(cert.subject);
  if (from.getTime() > now) {
    return [
      {
        code: 'SIGN_CERT_NOT_YET_VALID',
        message: `the certificate "${name}" is not valid before ${from.toISOString()}`,
      },
    ];
  }
  if (to.getTime() <= now) {
    return [
      {
        code: 'SIGN_CERT_EXPIRED',
        message: `the certificate "${name}" expired ${to.toISOString()}`,
        remediation: 'renew the signing certificate',
      },
    ];
  }
  if (to.getTime() < now + options.minRemainingDays * dayMs) {
    return [
      {
        code: 'SIGN_CERT_EXPIRES_SOON',
        message: `the certificate "${name}" expires ${to.toISOString()}, within signing.min-remaining-days (${options.minRemainingDays})`,
        remediation: 'renew the signing certificate',
      },
    ];
  }
  return [];
}

/** Walks from the leaf to an anchor; returns why it failed, if it did. */
function chainProblem(
  leaf: X509Certificate,
  intermediates: readonly X509Certificate[],
  anchors: readonly X509Certificate[],
  now: Date,
): string | undefined {
  let current = leaf;
  for (let depth = 0; depth < maxChainLength; depth += 1) {
    const anchor = anchors.find((ca) => issued(ca, current));
    if (anchor) {
      return isCurrent(anchor, now)
        ? undefined
        : `the CA certificate "${oneLine(anchor.subject)}" is not valid now`;
    }
    const next = intermediates.find(
      (ca) => ca !== current && issued(ca, current),
    );
    if (!next) break;
    if (!next.ca) return `"${oneLine(next.subject)}" is not a CA certificate`;
    if (!isCurrent(next, now))
      return `the intermediate certificate "${oneLine(next.subject)}" is not valid now`;
    current = next;
  }
  return `the certificate "${oneLine(leaf.subject)}" does not chain to a CA in signing.ca`;
}

function issued(issuer: X509Certificate, cert: X509Certificate): boolean {
  return cert.checkIssued(issuer) && cert.verify(issuer.publicKey);
}

function isCurrent(cert: X509Certificate, now: Date): boolean {
  return new Date(cert.validFrom) <= now && now < new Date(cert.validTo);
}

/** Reads the PEM bundle of CA certificates named by signing.ca. */
export async function readCABundle(path: string): Promise<X509Certificate[]> {
  const text = await readTextFile(path, {
    maxBytes: 4 * 1024 * 1024,
    displayName: path,
  });
  const certificates = certificatesIn(text);
  if (certificates.length === 0) {
    throw new UserError(
      'SIGN_CA_EMPTY',
      `${path} (signing.ca) holds no PEM certificate`,
      { file: path, field: 'signing.ca' },
    );
  }
  return certificates;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ', ');
}
