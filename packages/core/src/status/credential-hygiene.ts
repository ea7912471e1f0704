/**
 * Credential hygiene: where the environment or a registry tells it, finds
 * tokens older than `credentials.max-age-days`, tokens that can do more
 * than publishing the release needs, one secret configured for two
 * registries or environments, a secret present in a run for an environment
 * that should not see it, and a credential that belongs to someone other
 * than the registry's `expected-identity`. Every finding names the
 * environment variable to rotate or narrow, never its value.
 *
 * Creation time comes from `<NAME>_CREATED_AT` (an ISO 8601 date set next
 * to the secret, e.g. by the job that mints it) or, for npm, from the
 * registry's token list. The environment of the run comes from
 * `SHIPSHAPE_ENVIRONMENT` or the `environment` option.
 */
import { textOf } from './text-field.ts';
import { createHash } from 'node:crypto';
import { isRecord } from '../input/json-document.ts';
import {
  loadPolicy,
  policySection,
  type ReleasePolicy,
} from '../policy/release-policy.ts';
import type { Finding, Severity } from '../findings.ts';
import type { StageContext } from '../stage.ts';
import { fetchWithRetry, type RetryOptions } from './http-retry.ts';
import { pypiTokenScope } from './pypi-token.ts';

/** Options for `checkCredentialHygiene`; all optional. */
export interface CredentialHygieneOptions {
  /** The environment this run is for (default: SHIPSHAPE_ENVIRONMENT). */
  environment?: string;
  /** Ask registries about tokens and identities (default: policy's `credentials.query-registries`, else true). */
  queryRegistries?: boolean;
  retry?: RetryOptions;
}

/** A registry whose credential is set in this run. */
interface Credential {
  registry: string;
  kind: string;
  url: string;
  environment: string;
  variable: string;
  value: string;
  expectedIdentity?: string;
}

const dayMs = 86_400_000;
const policyFile = 'policy.yaml';

/** Runs every credential check the policy and environment allow. */
export async function checkCredentialHygiene(
  context: StageContext,
  options: CredentialHygieneOptions = {},
): Promise<Finding[]> {
  const loaded = await loadPolicy({
    file: context.policyFile,
    cwd: context.cwd,
  });
  const section = policySection(loaded.policy, 'credentials');
  const credentials = setCredentials(loaded.policy, context);
  const environment =
    options.environment ?? context.env['SHIPSHAPE_ENVIRONMENT'];
  const maxAgeDays =
    typeof section['max-age-days'] === 'number'
      ? section['max-age-days']
      : undefined;
  const query =
    options.queryRegistries ?? section['query-registries'] !== false;
  const findings: Finding[] = [
    ...reusedSecrets(credentials),
    ...(environment
      ? exposedSecrets(loaded.policy, credentials, environment)
      : []),
  ];
  for (const credential of credentials) {
    const facts = query ? await registryFacts(credential, options.retry) : {};
    findings.push(...(facts.findings ?? []));
    findings.push(
      ...ageFindings(credential, context, maxAgeDays, facts.created),
    );
    findings.push(...scopeFindings(credential, facts));
    findings.push(...identityFindings(credential, facts));
  }
  return findings;
}

function setCredentials(
  policy: ReleasePolicy,
  context: StageContext,
): Credential[] {
  const result: Credential[] = [];
  for (const [name, entry] of Object.entries(
    policySection(policy, 'registries'),
  )) {
    if (!isRecord(entry) || typeof entry['credentials'] !== 'string') continue;
    const value = context.env[entry['credentials']] ?? '';
    context.secrets.add(value);
    if (value === '') continue;
    result.push({
      registry: name,
      kind: String(entry['kind']),
      url: String(entry['url']),
      environment: String(entry['environment']),
      variable: entry['credentials'],
      value,
      expectedIdentity:
        typeof entry['expected-identity'] === 'string'
          ? entry['expected-identity']
          : undefined,
    });
  }
  return result;
}

function finding(
  code: string,
  severity: Severity,
  credential: Pick<Credential, 'registry'>,
  message: string,
  remediation: string,
): Finding {
  return {
    code,
    severity,
    message,
    remediation,
    location: {
      file: policyFile,
      pointer: `/registries/${credential.registry}/credentials`,
    },
  };
}

/** The same secret value behind two variable names (compared by hash). */
function reusedSecrets(credentials: readonly Credential[]): Finding[] {
  const byHash = new Map<string, Credential[]>();
  for (const credential of credentials) {
    const hash = createHash('sha256').update(credential.value).digest('hex');
    byHash.set(hash, [...(byHash.get(hash) ?? []), credential]);
  }
  const findings: Finding[] = [];
  for (const group of byHash.values()) {
    const variables = [...new Set(group.map((c) => c.variable))];
    const environments = [...new Set(group.map((c) => c.environment))];
    const first = group[0];
    if (!first || variables.length < 2) continue;
    findings.push(
      finding(
        'CREDENTIAL_REUSED',
        'error',
        first,
        `${variables.join(' and ')} hold the same secret for registries ${group.map((c) => c.registry).join(', ')} (environments ${environments.join(', ')})`,
        `rotate ${variables.slice(1).join(', ')} so that each registry and environment has its own credential`,
      ),
    );
  }
  return findings;
}

/** A credential of another environment that this run can read. */
function exposedSecrets(
  policy: ReleasePolicy,
  credentials: readonly Credential[],
  environment: string,
): Finding[] {
  const needed = new Set<string>();
  for (const entry of Object.values(policySection(policy, 'registries'))) {
    if (
      isRecord(entry) &&
      entry['environment'] === environment &&
      typeof entry['credentials'] === 'string'
    ) {
      needed.add(entry['credentials']);
    }
  }
  const reported = new Set<string>();
  return credentials
    .filter((c) => c.environment !== environment && !needed.has(c.variable))
    .filter((c) => !reported.has(c.variable) && reported.add(c.variable))
    .map((c) =>
      finding(
        'CREDENTIAL_EXPOSED',
        'error',
        c,
        `${c.variable} (the ${c.environment} credential of registry ${c.registry}) is set in a run for environment ${environment}`,
        `remove ${c.variable} from the ${environment} job (use a GitHub environment secret scoped to ${c.environment}) and rotate it if the job ran untrusted code`,
      ),
    );
}

/** What a registry said about a credential. */
interface RegistryFacts {
  created?: Date;
  readonly?: boolean;
  cidrRestricted?: boolean;
  identity?: string;
  findings?: Finding[];
}

async function registryFacts(
  credential: Credential,
  retry?: RetryOptions,
): Promise<RegistryFacts> {
  // Only npm tells token age, rights and identity over its API; for Maven,
  // NuGet and container registries those checks rely on <NAME>_CREATED_AT.
  if (credential.kind !== 'npm' || credential.value.includes(':')) return {};
  const facts: RegistryFacts = { findings: [] };
  try {
    const token = await npmTokenEntry(credential, retry);
    if (token) {
      const created = Date.parse(textOf(token['created']));
      if (!Number.isNaN(created)) facts.created = new Date(created);
      if (typeof token['readonly'] === 'boolean')
        facts.readonly = token['readonly'];
      const cidr = token['cidr_whitelist'];
      facts.cidrRestricted = Array.isArray(cidr) && cidr.length > 0;
    }
    if (credential.expectedIdentity) {
      const whoami = await npmGet(credential, '-/whoami', retry);
      if (isRecord(whoami) && typeof whoami['username'] === 'string')
        facts.identity = whoami['username'];
    }
  } catch (error: unknown) {
    facts.findings?.push(
      finding(
        'CREDENTIAL_CHECK_UNAVAILABLE',
        'note',
        credential,
        `could not ask registry ${credential.registry} about ${credential.variable}: ${error instanceof Error ? error.message : String(error)}`,
        'the age, scope and identity checks that need the registry were skipped for this credential',
      ),
    );
  }
  return facts;
}

/**
 * The npm token list entry of this token: npm lists each token with `key`,
 * the SHA-512 hex of the token, and `token`, a shortened prefix.
 */
async function npmTokenEntry(
  credential: Credential,
  retry?: RetryOptions,
): Promise<Record<string, unknown> | undefined> {
  const key = createHash('sha512').update(credential.value).digest('hex');
  let path: string | undefined = '-/npm/v1/tokens';
  for (let page = 0; path !== undefined && page < 10; page += 1) {
    const data = await npmGet(credential, path, retry, page > 0);
    if (data === undefined) return undefined;
    const objects =
      isRecord(data) && Array.isArray(data['objects']) ? data['objects'] : [];
    const match = objects
      .filter(isRecord)
      .find(
        (item) =>
          item['key'] === key || isPrefixOf(item['token'], credential.value),
      );
    if (match) return match;
    const urls = isRecord(data) ? data['urls'] : undefined;
    path =
      isRecord(urls) && typeof urls['next'] === 'string' && urls['next'] !== ''
        ? urls['next']
        : undefined;
  }
  return undefined;
}

function isPrefixOf(shown: unknown, token: string): boolean {
  if (typeof shown !== 'string') return false;
  const prefix = shown.replace(/[.…]+$/, '');
  return prefix.length >= 6 && token.startsWith(prefix);
}

/** GET on the registry; undefined for 404 (the registry lacks the API). */
async function npmGet(
  credential: Credential,
  path: string,
  retry: RetryOptions | undefined,
  absolute = false,
): Promise<unknown> {
  const base = new URL(credential.url.replace(/\/*$/, '/'));
  const url = new URL(path, base);
  if (absolute && url.origin !== base.origin) return undefined;
  const outcome = await fetchWithRetry(
    url.href,
    {
      headers: {
        authorization: `Bearer ${credential.value}`,
        accept: 'application/json',
      },
    },
    { attempts: 2, ...retry },
  );
  if ('error' in outcome)
    throw new Error(`${url.origin}${url.pathname}: ${outcome.error}`);
  const { response } = outcome;
  if (response.status === 404) {
    await response.body?.cancel();
    return undefined;
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(
      `${url.origin}${url.pathname} answered ${String(response.status)}`,
    );
  }
  return response.json();
}

function ageFindings(
  credential: Credential,
  context: StageContext,
  maxAgeDays: number | undefined,
  registryCreated: Date | undefined,
): Finding[] {
  const variable = `${credential.variable}_CREATED_AT`;
  const declared = context.env[variable];
  let created = registryCreated;
  if (declared !== undefined && declared !== '') {
    const time = Date.parse(declared);
    if (Number.isNaN(time)) {
      return [
        finding(
          'CREDENTIAL_CREATED_AT_INVALID',
          'warning',
          credential,
          `${variable} is not an ISO 8601 date, so the age of ${credential.variable} is unknown`,
          `set ${variable} to the token's creation date, e.g. 2026-01-31`,
        ),
      ];
    }
    created = created && created.getTime() < time ? created : new Date(time);
  }
  if (maxAgeDays === undefined || created === undefined) return [];
  const ageDays = Math.floor(
    (context.now().getTime() - created.getTime()) / dayMs,
  );
  if (ageDays <= maxAgeDays) return [];
  return [
    finding(
      'CREDENTIAL_TOO_OLD',
      'error',
      credential,
      `${credential.variable} (registry ${credential.registry}) was created ${String(ageDays)} days ago, more than credentials.max-age-days (${String(maxAgeDays)})`,
      `rotate ${credential.variable}: mint a new token, store it, revoke the old one and update ${variable}`,
    ),
  ];
}

function scopeFindings(
  credential: Credential,
  facts: RegistryFacts,
): Finding[] {
  if (
    credential.kind === 'npm' &&
    facts.readonly === false &&
    facts.cidrRestricted === false
  ) {
    return [
      finding(
        'CREDENTIAL_TOO_BROAD',
        'warning',
        credential,
        `${credential.variable} (registry ${credential.registry}) is a read-write npm token with no CIDR restriction`,
        `narrow ${credential.variable}: use a granular token limited to the release's packages and the CI's address ranges`,
      ),
    ];
  }
  if (
    credential.kind === 'pypi' &&
    pypiTokenScope(credential.value) === 'user'
  ) {
    return [
      finding(
        'CREDENTIAL_TOO_BROAD',
        'warning',
        credential,
        `${credential.variable} (registry ${credential.registry}) is a PyPI token for every project of its user; it carries no project caveat`,
        `narrow ${credential.variable}: replace it with a token scoped to the release's project, or use a trusted publisher`,
      ),
    ];
  }
  return [];
}

function identityFindings(
  credential: Credential,
  facts: RegistryFacts,
): Finding[] {
  const expected = credential.expectedIdentity;
  if (!expected || facts.identity === undefined || facts.identity === expected)
    return [];
  return [
    finding(
      'CREDENTIAL_IDENTITY_MISMATCH',
      'error',
      credential,
      `${credential.variable} authenticates to registry ${credential.registry} as "${facts.identity.slice(0, 100)}", not the expected-identity "${expected}"`,
      `replace ${credential.variable} with a token of ${expected}, and revoke it if nobody knows why it belongs to another account`,
    ),
  ];
}
