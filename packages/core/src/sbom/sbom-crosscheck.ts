/**
 * Cross-checks an SBOM's components against what the manifest says the
 * artifact depends on: declared dependencies must be present, direct
 * dependencies must be declared (when a declared list is given), and
 * first-party packages must be present unless an approved, unexpired
 * redaction in the policy leaves them out.
 */
import type { Finding, Location } from '../findings.ts';
import type { SBOMRedaction } from './sbom-policy.ts';

/** A component as the cross-check sees it. */
export interface ComponentRef {
  name: string;
  purl?: string;
}

/** What the cross-check of one artifact needs. */
export interface CrossCheckInput {
  artifactName: string;
  owner?: string;
  declared?: string[];
  firstParty?: string[];
  /** Every component in the SBOM. */
  components: ComponentRef[];
  /** The subject's direct dependencies, when known. */
  direct?: ComponentRef[];
  redactions: SBOMRedaction[];
  today: string;
  /** Location of a manifest field (e.g. `dependencies/declared/0`). */
  locate(field: string): Location;
  /** Location of a redaction in policy.yaml. */
  locateRedaction(index: number): Location | undefined;
}

/** A redaction that was applied, for the report and the journal. */
export interface AppliedRedaction {
  artifact: string;
  package: string;
  reason: string;
  approvers: string[];
  expires: string;
  /** Purls of the components left out. */
  removed: string[];
}

/** The outcome: findings, and the components to leave out. */
export interface CrossCheckResult {
  findings: Finding[];
  redactions: AppliedRedaction[];
  remove: Set<string>;
}

/** True when a manifest or policy entry (name or purl) names a component. */
export function namesComponent(
  entry: string,
  component: ComponentRef,
): boolean {
  if (entry === component.name) return true;
  if (!component.purl) return false;
  return entry === component.purl || entry === withoutVersion(component.purl);
}

function withoutVersion(purl: string): string {
  const cut = purl.search(/[@?#]/);
  return cut < 0 ? purl : purl.slice(0, cut);
}

/** Runs the cross-check of one artifact. */
export function crossCheck(input: CrossCheckInput): CrossCheckResult {
  const result: CrossCheckResult = {
    findings: [],
    redactions: [],
    remove: new Set(),
  };
  applyRedactions(input, result);
  const present = input.components.filter(
    (c) => !c.purl || !result.remove.has(c.purl),
  );
  const has = (entry: string) => present.some((c) => namesComponent(entry, c));

  (input.declared ?? []).forEach((entry, index) => {
    if (has(entry)) return;
    result.findings.push({
      code: 'SBOM_DECLARED_MISSING',
      severity: 'error',
      message: `${input.artifactName} declares the dependency ${entry}, but its SBOM has no such component`,
      location: input.locate(`dependencies/declared/${index}`),
      owner: input.owner,
      remediation:
        'Add the dependency to the lockfile, or remove it from dependencies.declared.',
    });
  });
  if (input.declared && input.direct) {
    for (const component of input.direct) {
      if (input.declared.some((entry) => namesComponent(entry, component)))
        continue;
      result.findings.push({
        code: 'SBOM_UNDECLARED_DEPENDENCY',
        severity: 'error',
        message: `${input.artifactName} ships ${component.name}, which dependencies.declared does not list`,
        location: input.locate('dependencies/declared'),
        owner: input.owner,
        component: component.purl,
        remediation:
          'List the dependency in dependencies.declared, or remove it from the lockfile.',
      });
    }
  }
  (input.firstParty ?? []).forEach((entry, index) => {
    if (has(entry)) return;
    if (result.redactions.some((r) => r.package === entry)) return;
    result.findings.push({
      code: 'SBOM_FIRST_PARTY_MISSING',
      severity: 'error',
      message: `${input.artifactName}'s first-party package ${entry} is not in its SBOM; leaving it out needs an approved redaction in sbom.redactions`,
      location: input.locate(`dependencies/first-party/${index}`),
      owner: input.owner,
      remediation:
        'Add the package to the lockfile, or add an approved redaction (package, reason, approvers, expires) to sbom.redactions in policy.yaml.',
    });
  });
  return result;
}

function applyRedactions(
  input: CrossCheckInput,
  result: CrossCheckResult,
): void {
  for (const redaction of input.redactions) {
    const matching = input.components.filter((c) =>
      namesComponent(redaction.package, c),
    );
    const listed = (input.firstParty ?? []).includes(redaction.package);
    if (matching.length === 0 && !listed) continue;
    if (redaction.expires < input.today) {
      result.findings.push({
        code: 'SBOM_REDACTION_EXPIRED',
        severity: 'error',
        message: `the redaction of ${redaction.package} expired on ${redaction.expires}; the package stays in ${input.artifactName}'s SBOM`,
        location: input.locateRedaction(redaction.index),
        owner: input.owner,
        remediation: 'Renew the redaction with fresh approval, or remove it.',
      });
      continue;
    }
    const removed = matching.flatMap((c) => (c.purl ? [c.purl] : []));
    for (const purl of removed) result.remove.add(purl);
    result.redactions.push({
      artifact: input.artifactName,
      package: redaction.package,
      reason: redaction.reason,
      approvers: [...redaction.approvers],
      expires: redaction.expires,
      removed,
    });
    result.findings.push({
      code: 'SBOM_REDACTED',
      severity: 'note',
      message: `${redaction.package} is left out of ${input.artifactName}'s SBOM by an approved redaction (${redaction.reason}; approved by ${redaction.approvers.join(', ')}; until ${redaction.expires})`,
      location: input.locateRedaction(redaction.index),
      owner: input.owner,
    });
  }
}
