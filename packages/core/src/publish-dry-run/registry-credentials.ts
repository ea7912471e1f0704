/**
 * Credentials of the registries a dry run probes. Only the variables named
 * by registries of the environment being probed are read; each value is
 * masked before anything else happens to it. Staging and production are
 * kept apart in two ways, neither of which reads another environment's
 * secret: a variable configured for registries of two environments is a
 * finding at once, and every run records a salted, slow hash of each value
 * it read in the workspace, so a later run for another environment that
 * meets the same value reports it without either run printing it.
 */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SecretRegistry } from '../secrets/secret-registry.ts';
import { writeFileAtomic } from '../workspace/atomic-write.ts';
import { isRecord } from '../input/json-document.ts';
import type {
  Credential,
  ProbeFinding,
  RegistryConfig,
} from './registry-probe.ts';

/** Registry kinds that log in with a user name and a secret. */
const kindsWithUser = new Set<RegistryConfig['kind']>(['maven', 'container']);

/** A credential, or the finding that explains why there is none. */
export type CredentialLookup =
  | { credential: Credential; finding?: undefined }
  | { credential?: undefined; finding?: ProbeFinding };

/**
 * Reads and masks one registry's credential. Call it only for registries
 * of the environment being probed.
 */
export function readCredential(
  name: string,
  registry: RegistryConfig,
  env: NodeJS.ProcessEnv,
  secrets: SecretRegistry,
): CredentialLookup {
  const variable = registry.credentials;
  if (!variable) return {};
  const value = env[variable];
  secrets.add(value);
  if (!value) {
    return {
      finding: {
        code: 'PUBLISH_CREDENTIAL_MISSING',
        severity: 'error',
        message: `registry "${name}" needs the secret ${variable}, which is not set`,
        remediation: `Expose the ${registry.environment} secret ${variable} to this job (env: ${variable}: \${{ secrets.${variable} }}).`,
      },
    };
  }
  const needsUser = kindsWithUser.has(registry.kind) && !registry.user;
  const colon = value.indexOf(':');
  if (needsUser && colon <= 0) {
    return {
      finding: {
        code: 'PUBLISH_CREDENTIAL_MISSING',
        severity: 'error',
        message: `${variable} must hold user:secret for registry "${name}" (no user part found)`,
        remediation: `Store "<user>:<secret>" in ${variable}, or set registries.${name}.user in policy.yaml.`,
      },
    };
  }
  if (registry.user) {
    secrets.add(`${registry.user}:${value}`);
    return { credential: { variable, user: registry.user, secret: value } };
  }
  if (needsUser || (registry.kind === 'pypi' && colon > 0)) {
    return {
      credential: {
        variable,
        user: value.slice(0, colon),
        secret: value.slice(colon + 1),
      },
    };
  }
  return { credential: { variable, secret: value } };
}

/** One registry of the policy, by name. */
export interface NamedRegistry {
  name: string;
  registry: RegistryConfig;
}

/** A variable named by registries of more than one environment. */
export function sharedVariables(
  registries: readonly NamedRegistry[],
): ProbeFinding[] {
  const byVariable = new Map<string, NamedRegistry[]>();
  for (const item of registries) {
    const variable = item.registry.credentials;
    if (!variable) continue;
    byVariable.set(variable, [...(byVariable.get(variable) ?? []), item]);
  }
  const findings: ProbeFinding[] = [];
  for (const [variable, users] of byVariable) {
    const environments = new Set(
      users.map((item) => item.registry.environment),
    );
    if (environments.size < 2) continue;
    findings.push(
      sharedFinding(
        `${variable} is the credential of ${users.map((item) => `"${item.name}" (${item.registry.environment})`).join(' and ')}`,
        variable,
      ),
    );
  }
  return findings;
}

function sharedFinding(message: string, variable: string): ProbeFinding {
  return {
    code: 'PUBLISH_CREDENTIAL_SHARED',
    severity: 'error',
    message: `one secret serves more than one environment: ${message}`,
    remediation: `Issue a separate credential per environment: create a new staging-only secret, store it in ${variable}'s staging registry variable, and revoke the shared one.`,
  };
}

interface FingerprintFile {
  salt: string;
  entries: Record<string, Record<string, string>>;
}

/** A credential read in this run, for the cross-environment comparison. */
export interface ReadCredential {
  registry: string;
  variable: string;
  secret: string;
}

/**
 * Compares this run's credentials with the fingerprints earlier runs for
 * other environments left in the workspace, then records this run's.
 */
export async function compareFingerprints(
  workspaceDir: string,
  environment: string,
  read: readonly ReadCredential[],
): Promise<ProbeFinding[]> {
  const path = join(workspaceDir, 'credential-fingerprints.json');
  const file = await loadFingerprints(path);
  const salt = Buffer.from(file.salt, 'hex');
  const findings: ProbeFinding[] = [];
  const mine: Record<string, string> = {};
  for (const item of read) {
    const print = fingerprint(item.secret, salt);
    mine[item.registry] = print.toString('hex');
    for (const [other, prints] of Object.entries(file.entries)) {
      if (other === environment) continue;
      for (const [registry, hex] of Object.entries(prints)) {
        const theirs = Buffer.from(hex, 'hex');
        if (theirs.length === print.length && timingSafeEqual(theirs, print))
          findings.push(
            sharedFinding(
              `the value of ${item.variable} ("${item.registry}", ${environment}) equals the credential of "${registry}" (${other})`,
              item.variable,
            ),
          );
      }
    }
  }
  file.entries[environment] = mine;
  await writeFileAtomic(path, `${JSON.stringify(file, null, 2)}\n`, 0o600);
  return findings;
}

async function loadFingerprints(path: string): Promise<FingerprintFile> {
  try {
    const data: unknown = JSON.parse(await readFile(path, 'utf8'));
    if (
      isRecord(data) &&
      typeof data['salt'] === 'string' &&
      isRecord(data['entries'])
    )
      return data as unknown as FingerprintFile;
  } catch {
    // Absent or unreadable: start afresh with a new salt.
  }
  return { salt: randomBytes(16).toString('hex'), entries: {} };
}

// scrypt keeps a leaked workspace from being a cheap dictionary oracle
// for weak passwords.
function fingerprint(secret: string, salt: Buffer): Buffer {
  return scryptSync(secret, salt, 32, { N: 1 << 14, r: 8, p: 1 });
}
