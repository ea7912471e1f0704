/**
 * The policy-scan sections of policy.yaml (`licenses`, `vulnerabilities`,
 * `exceptions`, `export-control`, `regimes`) with their defaults, checked
 * beyond the schema: licence entries must be SPDX licences, dates must be
 * dates, patterns must compile.
 */
import { resolve } from 'node:path';
import type { RE2JS } from 're2js';
import { UserError } from '../errors.ts';
import { isRecord } from '../input/json-document.ts';
import { limits } from '../limits.ts';
import { policySection, type LoadedPolicy } from '../policy/release-policy.ts';
import { isSimpleLicense, parseExpression } from './license-evaluation.ts';
import { parsePackageURL } from '../sbom-reader/package-url.ts';
import type { Location } from '../findings.ts';

/** Severity levels of advisories, lowest first. */
export const severityLevels = ['low', 'moderate', 'high', 'critical'] as const;
export type SeverityLevel = (typeof severityLevels)[number];

/** A licence override for one package. */
export interface LicenseOverride {
  purl: string;
  license: string;
  reason: string;
  location?: Location;
}

/** An exception as written, with where it was written. */
export interface PolicyException {
  id: string;
  scope: string;
  reason: string;
  owner: string;
  approvers: string[];
  expires: string;
  /** End of the validity (a date alone lasts until the end of that day, UTC). */
  expiresAt: Date;
  location?: Location;
}

/** Export-control rules (see schemas/policy/export-control.schema.json). */
export interface ExportControlRules {
  requireClassification: boolean;
  allowedECCNs: string[];
  ticketPattern?: RE2JS;
  registryRegions: Record<string, string>;
  allowedRegions: string[];
  approvedSigningAlgorithms: string[];
  regimeRegions: Record<string, string[]>;
}

/** Everything policy-scan applies, defaults filled in. */
export interface ScanPolicy {
  licenses: {
    allow: string[];
    deny: string[];
    unknown: 'fail' | 'warn';
    overrides: LicenseOverride[];
  };
  vulnerabilities: {
    failOn: SeverityLevel | 'none';
    /** Absolute path of the advisories, when the policy names them. */
    advisories?: string;
    /** Base URL of the OSV API to ask, when the policy allows network use. */
    osvAPI?: string;
    fixableOnly: boolean;
    deny: string[];
  };
  exceptions: PolicyException[];
  exportControl: ExportControlRules;
  regimes: string[];
  /** The policy file name for locations, when there is one. */
  file?: string;
  /** Registry names and kinds from the `registries` section. */
  registries: Record<string, Record<string, unknown>>;
}

/** Signing algorithms FIPS 186-5 approves, as the sign stage names them. */
export const defaultApprovedAlgorithms = [
  'ecdsa-p256',
  'ecdsa-p384',
  'ecdsa-p521',
  'ecdsa-p256-sha256',
  'ecdsa-p384-sha384',
  'ecdsa-p521-sha512',
  'rsa-pkcs1-sha256',
  'rsa-pss-sha256',
  'rsa-pkcs1-sha384',
  'rsa-pss-sha384',
  'rsa-pkcs1-sha512',
  'rsa-pss-sha512',
  'ed25519',
];

/** Region patterns each regime requires of target registries by default. */
export const defaultRegimeRegions: Record<string, string[]> = {
  fedramp: ['us-*'],
  hipaa: ['us-*'],
  gdpr: ['eu-*'],
};

/** Reads policy-scan's sections from a loaded policy. */
export async function scanPolicyFrom(
  loaded: LoadedPolicy,
): Promise<ScanPolicy> {
  const { policy } = loaded;
  const at = (pointer: string): Location | undefined =>
    loaded.file
      ? { file: loaded.file, pointer, ...loaded.document?.locate(pointer) }
      : undefined;
  const licenses = policySection(policy, 'licenses');
  const vulnerabilities = policySection(policy, 'vulnerabilities');
  const advisories = vulnerabilities['advisories'];
  const scan: ScanPolicy = {
    licenses: {
      allow: stringList(licenses['allow']),
      deny: stringList(licenses['deny']),
      unknown: licenses['unknown'] === 'warn' ? 'warn' : 'fail',
      overrides: overrides(licenses['overrides'], at),
    },
    vulnerabilities: {
      failOn: failOn(vulnerabilities['fail-on']),
      advisories:
        typeof advisories === 'string'
          ? resolve(loaded.dir, advisories)
          : undefined,
      osvAPI: osvAPI(vulnerabilities['osv-api']),
      fixableOnly: vulnerabilities['fixable-only'] === true,
      deny: stringList(vulnerabilities['deny']),
    },
    exceptions: exceptions(policy['exceptions'], at),
    exportControl: await exportControl(
      policySection(policy, 'export-control'),
      at,
    ),
    regimes: stringList(policy['regimes']),
    file: loaded.file,
    registries: registries(policy['registries']),
  };
  checkLicenseLists(scan, at);
  return scan;
}

/** The public OSV API, for `vulnerabilities.osv-api: true`. */
export const publicOSVAPI = 'https://api.osv.dev';

function osvAPI(value: unknown): string | undefined {
  if (value === true) return publicOSVAPI;
  return typeof value === 'string' ? value.replace(/\/+$/, '') : undefined;
}

function failOn(value: unknown): SeverityLevel | 'none' {
  if (value === 'medium') return 'moderate';
  if (value === 'none') return 'none';
  return severityLevels.find((level) => level === value) ?? 'high';
}

function checkLicenseLists(
  scan: ScanPolicy,
  at: (pointer: string) => Location | undefined,
): void {
  for (const key of ['allow', 'deny'] as const) {
    scan.licenses[key].forEach((entry, index) => {
      if (!isSimpleLicense(entry)) {
        throw configError(
          `licenses.${key}[${index}] "${entry}" is not a single SPDX licence (use an id such as MIT, optionally with + or WITH; AND/OR belong in package licences, not in the lists)`,
          at(`/licenses/${key}/${index}`),
        );
      }
    });
  }
}

function overrides(
  value: unknown,
  at: (pointer: string) => Location | undefined,
): LicenseOverride[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((entry, index) => {
    const pointer = `/licenses/overrides/${index}`;
    const purl = String(entry['purl']);
    const license = String(entry['license']);
    if (!parsePackageURL(purl)) {
      throw configError(
        `licenses.overrides[${index}].purl "${purl}" is not a package URL`,
        at(`${pointer}/purl`),
      );
    }
    if (!parseExpression(license)) {
      throw configError(
        `licenses.overrides[${index}].license "${license}" is not an SPDX expression`,
        at(`${pointer}/license`),
      );
    }
    return {
      purl,
      license,
      reason: String(entry['reason']),
      location: at(pointer),
    };
  });
}

function exceptions(
  value: unknown,
  at: (pointer: string) => Location | undefined,
): PolicyException[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((entry, index) => {
    const pointer = `/exceptions/${index}`;
    const expires = String(entry['expires']);
    const expiresAt = expiryOf(expires);
    if (!expiresAt) {
      throw configError(
        `exceptions[${index}].expires "${expires}" is not a date (YYYY-MM-DD or an RFC 3339 time)`,
        at(`${pointer}/expires`),
      );
    }
    return {
      id: String(entry['id']),
      scope: String(entry['scope']),
      reason: String(entry['reason']),
      owner: String(entry['owner']),
      approvers: stringList(entry['approvers']),
      expires,
      expiresAt,
      location: at(pointer),
    };
  });
}

/** A date alone lasts to the end of that day (UTC); a time is exact. */
export function expiryOf(text: string): Date | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    const date = new Date(`${text}T23:59:59.999Z`);
    return Number.isNaN(date.getTime()) ? undefined : date;
  }
  if (
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(
      text,
    )
  ) {
    return undefined;
  }
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

async function exportControl(
  section: Record<string, unknown>,
  at: (pointer: string) => Location | undefined,
): Promise<ExportControlRules> {
  const pattern = section['ticket-pattern'];
  let ticketPattern: RE2JS | undefined;
  if (typeof pattern === 'string') {
    if (pattern.length > limits.patternLength) {
      throw configError(
        `export-control.ticket-pattern is longer than ${limits.patternLength} characters`,
        at('/export-control/ticket-pattern'),
      );
    }
    // The RE2 engine is a quarter of a megabyte to compile; only a policy
    // with a ticket pattern loads it.
    const engine = (await import('re2js')).RE2JS;
    try {
      ticketPattern = engine.compile(`^(?:${pattern})$`);
    } catch {
      throw configError(
        `export-control.ticket-pattern "${pattern}" is not a valid regular expression`,
        at('/export-control/ticket-pattern'),
      );
    }
  }
  const regimeRegions = isRecord(section['regime-regions'])
    ? section['regime-regions']
    : {};
  return {
    requireClassification: section['require-classification'] !== false,
    allowedECCNs: stringList(section['allowed-eccns']),
    ticketPattern,
    registryRegions: stringMap(section['registry-regions']),
    allowedRegions: stringList(section['allowed-regions']),
    approvedSigningAlgorithms: Array.isArray(
      section['approved-signing-algorithms'],
    )
      ? stringList(section['approved-signing-algorithms']).map((name) =>
          name.toLowerCase(),
        )
      : defaultApprovedAlgorithms,
    regimeRegions: Object.fromEntries(
      Object.entries(defaultRegimeRegions).map(([regime, regions]) => [
        regime,
        Array.isArray(regimeRegions[regime])
          ? stringList(regimeRegions[regime])
          : regions,
      ]),
    ),
  };
}

function registries(value: unknown): Record<string, Record<string, unknown>> {
  if (!isRecord(value)) return {};
  const result: Record<string, Record<string, unknown>> = {};
  for (const [name, entry] of Object.entries(value)) {
    if (isRecord(entry)) result[name] = entry;
  }
  return result;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

function stringMap(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  const result: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string') result[key] = item;
  }
  return result;
}

function configError(
  message: string,
  location: Location | undefined,
): UserError {
  return new UserError('POLICY_SCAN_CONFIG_INVALID', message, {
    file: location?.file,
    field: location?.pointer,
    line: location?.line,
    column: location?.column,
  });
}
