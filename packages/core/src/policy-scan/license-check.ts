/**
 * Licence findings: every SBOM component and every artifact's declared
 * licence against `licenses.allow`/`deny`, with per-package overrides.
 */
import type { Finding, Location } from '../findings.ts';
import type { SBOMComponent } from '../sbom-reader/sbom-components.ts';
import { evaluateLicense, type LicenseVerdict } from './license-evaluation.ts';
import { scopeMatches } from './purl-scope.ts';
import type { LicenseOverride, ScanPolicy } from './scan-policy.ts';
import {
  subjectLocation,
  type ArtifactRef,
  type ScanSubject,
} from './scan-subjects.ts';

/** Licence findings plus the overrides that matched nothing. */
export interface LicenseCheck {
  findings: Finding[];
  unusedOverrides: LicenseOverride[];
}

/** Checks components and artifacts against the licence rules. */
export function checkLicenses(
  subjects: readonly ScanSubject[],
  artifacts: readonly ArtifactRef[],
  rules: ScanPolicy['licenses'],
): LicenseCheck {
  const used = new Set<LicenseOverride>();
  const findings: Finding[] = [];
  for (const ref of artifacts) {
    const verdict = evaluateLicense(ref.artifact.license, rules);
    const location = {
      ...ref.location,
      pointer: `${ref.location.pointer ?? ''}/license`,
    };
    const finding = toFinding(
      verdict,
      `artifact ${ref.artifact.name}`,
      location,
      ref.artifact.owner,
      rules,
    );
    if (finding) findings.push(finding);
  }
  // One finding per artifact and package, whatever number of SBOMs.
  const seen = new Set<string>();
  for (const subject of subjects) {
    const owner = subject.artifact?.index ?? subject.sbom.file;
    for (const component of subject.sbom.components) {
      if (isCryptoAsset(component)) continue;
      const key = `${owner}|${component.purl ?? `${component.name}@${component.version ?? ''}`}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const override = rules.overrides.find(
        (entry) =>
          component.purl !== undefined &&
          scopeMatches(entry.purl, component.purl),
      );
      if (override) used.add(override);
      const verdict = evaluateLicense(
        override?.license ?? component.licenses,
        rules,
      );
      const label = `${component.packageName ?? component.name}@${component.version ?? '?'}`;
      const finding = toFinding(
        verdict,
        label,
        subjectLocation(subject),
        subject.artifact?.artifact.owner,
        rules,
      );
      if (finding) {
        finding.component = component.purl;
        finding.details = {
          ...finding.details,
          sbom: subject.sbom.file,
          override: override?.reason,
        };
        findings.push(finding);
      }
    }
  }
  return {
    findings,
    unusedOverrides: rules.overrides.filter((entry) => !used.has(entry)),
  };
}

// CycloneDX cryptographic assets (algorithms, keys) are not packages and
// carry no licence.
function isCryptoAsset(component: SBOMComponent): boolean {
  return (
    component.classification.cryptoProperties && component.purl === undefined
  );
}

function toFinding(
  verdict: LicenseVerdict,
  label: string,
  location: Location,
  owner: string | undefined,
  rules: ScanPolicy['licenses'],
): Finding | undefined {
  switch (verdict.kind) {
    case 'allowed':
      return undefined;
    case 'denied':
      return {
        code: 'LICENSE_DENIED',
        severity: 'error',
        message: `${label} is licensed under ${verdict.licenses.join(', ')}, which the policy denies, and no alternative is allowed`,
        location,
        owner,
        remediation:
          'replace the package, or add a licences override if its recorded licence is wrong',
        details: { licenses: verdict.licenses },
      };
    case 'not-allowed':
      return {
        code: 'LICENSE_NOT_ALLOWED',
        severity: 'error',
        message: `${label} needs ${verdict.licenses.join(', ')}, which licenses.allow does not list`,
        location,
        owner,
        remediation:
          'replace the package, ask for the licence to be allowed, or record an approved exception',
        details: { licenses: verdict.licenses },
      };
    case 'unknown':
      return {
        code: 'LICENSE_UNKNOWN',
        severity: rules.unknown === 'warn' ? 'warning' : 'error',
        message: `${label} has no usable licence: ${verdict.reason}`,
        location,
        owner,
        remediation:
          'record the licence in the SBOM, or add a licenses.overrides entry with the correct SPDX expression',
      };
  }
}
