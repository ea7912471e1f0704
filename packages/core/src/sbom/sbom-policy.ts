/**
 * The `sbom` section of policy.yaml, with its defaults. The section's
 * schema (`schemas/policy/sbom.schema.json`) has already been checked by
 * `loadPolicy`, so values here have the right types.
 */
import { policySection, type ReleasePolicy } from '../policy/release-policy.ts';

/** An approved exception that leaves a package out of the SBOM. */
export interface SBOMRedaction {
  package: string;
  reason: string;
  approvers: string[];
  /** Last day it applies, `YYYY-MM-DD`. */
  expires: string;
  /** Index in `sbom.redactions`, for locations. */
  index: number;
}

/** The sbom policy with defaults applied. */
export interface SBOMPolicy {
  /** Formats to write by default (`sbom.format`, one or a list). */
  formats: ('cyclonedx' | 'spdx')[];
  specVersion?: string;
  includeDev: boolean;
  allowedHosts: string[];
  redactions: SBOMRedaction[];
}

/** Hosts a lockfile may resolve from when the policy names none. */
export const defaultAllowedHosts = [
  'registry.npmjs.org',
  'registry.yarnpkg.com',
  'files.pythonhosted.org',
  'pypi.org',
  'repo.maven.apache.org',
  'repo1.maven.org',
  'proxy.golang.org',
  'api.nuget.org',
];

/** Reads the sbom section of a policy. */
export function sbomPolicy(policy: ReleasePolicy): SBOMPolicy {
  const section = policySection(policy, 'sbom');
  const redactions = Array.isArray(section['redactions'])
    ? (section['redactions'] as Omit<SBOMRedaction, 'index'>[])
    : [];
  return {
    formats: formatsOf(section['format']),
    specVersion: section['spec-version'] as string | undefined,
    includeDev: section['include-dev'] === true,
    allowedHosts: Array.isArray(section['allowed-hosts'])
      ? (section['allowed-hosts'] as string[]).map((host) => host.toLowerCase())
      : defaultAllowedHosts,
    redactions: redactions.map((redaction, index) => ({ ...redaction, index })),
  };
}

function formatsOf(value: unknown): SBOMPolicy['formats'] {
  if (Array.isArray(value) && value.length > 0) {
    return value as SBOMPolicy['formats'];
  }
  return value === 'spdx' ? ['spdx'] : ['cyclonedx'];
}
