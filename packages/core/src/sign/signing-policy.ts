/**
 * The `signing` section of policy.yaml, with its defaults applied. The
 * schema (schemas/policy/signing.schema.json) has already checked types
 * and unknown keys when the policy was loaded.
 */
import { isAbsolute, resolve } from 'node:path';
import { policySection, type ReleasePolicy } from '../policy/release-policy.ts';

/** The signing methods shipshape knows. */
export const signMethods = ['keyless', 'key', 'gpg', 'pkcs11'] as const;

export type SignMethod = (typeof signMethods)[number];

/** One keyless identity the policy accepts. */
export interface IdentityRule {
  issuer: string;
  subject?: string;
  subjectPattern?: string;
}

/** Where keyless signing sends its requests. */
export interface KeylessEndpoints {
  fulcioURL: string;
  rekorURL: string;
  tsaURL?: string;
  /** Absolute path of a trusted_root.json, when configured. */
  trustedRoot?: string;
}

/** The signing section with every default applied. */
export interface SigningPolicy {
  methods: SignMethod[];
  requireHardwareKey: boolean;
  minRemainingDays: number;
  /** Absolute path of a PEM bundle of CA certificates, when configured. */
  ca?: string;
  identities: IdentityRule[];
  keyless: KeylessEndpoints;
  pkcs11: {
    module: string;
    slot?: number;
    tokenLabel?: string;
    label?: string;
    pinEnv: string;
  };
  gpg: { keyId?: string; home?: string };
}

/** The public-good Sigstore instance. */
export const publicGood = {
  fulcioURL: 'https://fulcio.sigstore.dev',
  rekorURL: 'https://rekor.sigstore.dev',
  tsaURL: 'https://timestamp.sigstore.dev',
} as const;

/** Debian's SoftHSM2 module; any PKCS#11 module path can replace it. */
export const defaultPKCS11Module = '/usr/lib/softhsm/libsofthsm2.so';

/**
 * Reads the signing section. `dir` is the folder relative paths in the
 * policy resolve against (the policy file's folder).
 */
export function signingPolicy(
  policy: ReleasePolicy,
  dir: string,
): SigningPolicy {
  const section = policySection(policy, 'signing');
  const keyless = record(section['keyless']);
  const pkcs11 = record(section['pkcs11']);
  const gpg = record(section['gpg']);
  const path = (value: unknown) =>
    typeof value === 'string' ? absolute(dir, value) : undefined;
  return {
    methods: Array.isArray(section['methods'])
      ? (section['methods'] as SignMethod[])
      : [...signMethods],
    requireHardwareKey: section['require-hardware-key'] === true,
    minRemainingDays: numberOr(section['min-remaining-days'], 0),
    ca: path(section['ca']),
    identities: identityRules(section['identities']),
    keyless: {
      fulcioURL: stringOr(keyless['fulcio-url'], publicGood.fulcioURL),
      rekorURL: stringOr(keyless['rekor-url'], publicGood.rekorURL),
      tsaURL: stringOr(keyless['tsa-url'], publicGood.tsaURL),
      trustedRoot: path(keyless['trusted-root']),
    },
    pkcs11: {
      module: stringOr(pkcs11['module'], defaultPKCS11Module),
      slot: typeof pkcs11['slot'] === 'number' ? pkcs11['slot'] : undefined,
      tokenLabel: optionalString(pkcs11['token-label']),
      label: optionalString(pkcs11['label']),
      pinEnv: stringOr(pkcs11['pin-env'], 'PKCS11_PIN'),
    },
    gpg: {
      keyId: optionalString(gpg['key-id']),
      home: path(gpg['home']),
    },
  };
}

function identityRules(value: unknown): IdentityRule[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) => {
    const rule = record(item);
    return {
      issuer: stringOr(rule['issuer'], ''),
      subject: optionalString(rule['subject']),
      subjectPattern: optionalString(rule['subject-pattern']),
    };
  });
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' && value !== '' ? value : fallback;
}

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' ? value : fallback;
}

function absolute(dir: string, path: string): string {
  return isAbsolute(path) ? path : resolve(dir, path);
}
