/**
 * Export control and regimes: software that uses encryption must carry an
 * ECCN and a classification ticket; target registries must sit in allowed
 * regions and, under a regime, in its data-residency regions; FedRAMP and
 * HIPAA need signing evidence, and FedRAMP approved signing algorithms.
 */
import type { Finding, Location } from '../findings.ts';
import { isRecord } from '../input/json-document.ts';
import type { StageReport } from '../report.ts';
import type { ScanPolicy } from './scan-policy.ts';
import type { ArtifactRef, ScanSubject } from './scan-subjects.ts';

/** Inputs of the export-control check. */
export interface ExportControlInput {
  artifacts: readonly ArtifactRef[];
  subjects: readonly ScanSubject[];
  policy: ScanPolicy;
  /** The sign stage's report, when it ran. */
  signReport?: StageReport;
}

/** Every export-control and regime finding. */
export function checkExportControl(input: ExportControlInput): Finding[] {
  const findings: Finding[] = [];
  for (const ref of input.artifacts) {
    findings.push(...classificationFindings(ref, input));
    findings.push(...regionFindings(ref, input.policy));
  }
  findings.push(...signingFindings(input));
  return findings;
}

function classificationFindings(
  ref: ArtifactRef,
  input: ExportControlInput,
): Finding[] {
  const rules = input.policy.exportControl;
  const { artifact } = ref;
  const declared = artifact.export ?? {};
  const at = (key: string): Location => ({
    ...ref.location,
    pointer: `${ref.location.pointer ?? ''}/export${key}`,
  });
  const base = { owner: artifact.owner, location: at('') };
  const findings: Finding[] = [];
  const reasons = encryptionReasons(ref, input.subjects);
  if (rules.requireClassification && reasons.length > 0) {
    const why = `artifact ${artifact.name} uses encryption (${reasons.slice(0, 3).join('; ')})`;
    if (!declared.eccn) {
      findings.push({
        ...base,
        code: 'EXPORT_ECCN_MISSING',
        severity: 'error',
        message: `${why} but declares no export.eccn`,
        remediation:
          'classify the artifact and set export.eccn (e.g. 5D002 or 5D992) in release.yaml',
      });
    }
    if (!declared['classification-ticket']) {
      findings.push({
        ...base,
        code: 'EXPORT_TICKET_MISSING',
        severity: 'error',
        message: `${why} but declares no export.classification-ticket`,
        remediation:
          'set export.classification-ticket to the ticket that records the classification',
      });
    }
  }
  const ticket = declared['classification-ticket'];
  if (ticket && rules.ticketPattern && !rules.ticketPattern.matches(ticket)) {
    findings.push({
      ...base,
      location: at('/classification-ticket'),
      code: 'EXPORT_TICKET_INVALID',
      severity: 'error',
      message: `artifact ${artifact.name}: classification ticket "${ticket}" does not match export-control.ticket-pattern`,
      remediation: 'use a ticket id in the form the policy requires',
    });
  }
  if (
    declared.eccn &&
    rules.allowedECCNs.length > 0 &&
    !rules.allowedECCNs.includes(declared.eccn)
  ) {
    findings.push({
      ...base,
      location: at('/eccn'),
      code: 'EXPORT_ECCN_NOT_ALLOWED',
      severity: 'error',
      message: `artifact ${artifact.name}: ECCN ${declared.eccn} is not in export-control.allowed-eccns (${rules.allowedECCNs.join(', ')})`,
      remediation: 'review the classification with the export-control team',
    });
  }
  return findings;
}

function encryptionReasons(
  ref: ArtifactRef,
  subjects: readonly ScanSubject[],
): string[] {
  const reasons: string[] = [];
  if (ref.artifact.export?.['uses-encryption'] === true)
    reasons.push('release.yaml says so');
  for (const subject of subjects) {
    if (subject.artifact?.index !== ref.index) continue;
    for (const component of subject.sbom.components) {
      const { usesEncryption, cryptoProperties } = component.classification;
      if (usesEncryption === true || cryptoProperties) {
        reasons.push(
          `${component.name} in ${subject.sbom.file}${cryptoProperties ? ' has cryptoProperties' : ' is marked as using encryption'}`,
        );
      }
    }
  }
  return reasons;
}

function regionFindings(ref: ArtifactRef, policy: ScanPolicy): Finding[] {
  const rules = policy.exportControl;
  const findings: Finding[] = [];
  const targets = ref.artifact.targets ?? [];
  const regimes = policy.regimes;
  if (rules.allowedRegions.length === 0 && regimes.length === 0)
    return findings;
  targets.forEach((target, index) => {
    const location: Location = {
      ...ref.location,
      pointer: `${ref.location.pointer ?? ''}/targets/${index}`,
    };
    const base = { owner: ref.artifact.owner, location };
    const region = rules.registryRegions[target];
    if (region === undefined) {
      findings.push({
        ...base,
        code: 'EXPORT_REGION_UNKNOWN',
        severity: 'error',
        message: `artifact ${ref.artifact.name} targets registry ${target}, whose region export-control.registry-regions does not give`,
        remediation: `add ${target} to export-control.registry-regions`,
      });
      return;
    }
    if (
      rules.allowedRegions.length > 0 &&
      !inRegions(region, rules.allowedRegions)
    ) {
      findings.push({
        ...base,
        code: 'EXPORT_REGION_NOT_ALLOWED',
        severity: 'error',
        message: `artifact ${ref.artifact.name} targets registry ${target} in ${region}, outside export-control.allowed-regions (${rules.allowedRegions.join(', ')})`,
        remediation: 'target a registry in an allowed region',
      });
    }
    for (const regime of regimes) {
      const allowed = rules.regimeRegions[regime] ?? [];
      if (!inRegions(region, allowed)) {
        findings.push({
          ...base,
          code: 'REGIME_DATA_RESIDENCY',
          severity: 'error',
          message: `artifact ${ref.artifact.name} targets registry ${target} in ${region}, but the ${regime} regime requires ${allowed.join(', ')}`,
          remediation: `target a registry in a region ${regime} allows`,
        });
      }
    }
  });
  return findings;
}

/** True when a region matches one of the patterns (`eu-*` is a prefix). */
export function inRegions(
  region: string,
  patterns: readonly string[],
): boolean {
  return patterns.some((pattern) =>
    pattern.endsWith('*')
      ? region.startsWith(pattern.slice(0, -1))
      : region === pattern,
  );
}

function signingFindings(input: ExportControlInput): Finding[] {
  const regimes = input.policy.regimes.filter(
    (regime) => regime === 'fedramp' || regime === 'hipaa',
  );
  if (regimes.length === 0) return [];
  const location = input.policy.file
    ? { file: input.policy.file, pointer: '/regimes' }
    : undefined;
  if (!input.signReport) {
    return [
      {
        code: 'REGIME_SIGNING_MISSING',
        severity: 'error',
        location,
        message: `the ${regimes.join(' and ')} regime needs signed artifacts, but no sign report is in the workspace`,
        remediation: 'run shipshape sign before the scan',
      },
    ];
  }
  if (!regimes.includes('fedramp')) return [];
  const approved = input.policy.exportControl.approvedSigningAlgorithms;
  const used = signingAlgorithms(input.signReport);
  if (used.size === 0) {
    // A sign report that names no algorithm (an older report, or a gpg
    // key whose algorithm gpg did not name): say that the rule could not
    // be checked rather than pass it silently.
    return [
      {
        code: 'REGIME_SIGNING_ALGORITHM_UNKNOWN',
        severity: 'warning',
        location,
        message:
          'the fedramp regime requires approved signing algorithms, but the sign report names none, so they could not be checked',
        remediation:
          'sign with a key whose algorithm shipshape records (ECDSA P-256/P-384, RSA, Ed25519), or check the key type by hand',
      },
    ];
  }
  return [...used]
    .filter((name) => !approved.includes(name.toLowerCase()))
    .map((name) => ({
      code: 'REGIME_SIGNING_ALGORITHM',
      severity: 'error' as const,
      location,
      message: `the fedramp regime accepts only approved signing algorithms, but the sign report shows ${name}`,
      remediation: `sign with one of: ${approved.join(', ')}`,
    }));
}

// The sign report's shape belongs to the sign stage: every string field
// named `algorithm` anywhere in it counts, with a bound on the walk.
function signingAlgorithms(report: StageReport): Set<string> {
  const found = new Set<string>();
  const stack: unknown[] = [report];
  let steps = 0;
  while (stack.length > 0 && steps < 100_000) {
    steps += 1;
    const value = stack.pop();
    if (Array.isArray(value)) stack.push(...(value as unknown[]));
    else if (isRecord(value)) {
      for (const [key, item] of Object.entries(value)) {
        if (key === 'algorithm' && typeof item === 'string') found.add(item);
        else if (typeof item === 'object') stack.push(item);
      }
    }
  }
  return found;
}
