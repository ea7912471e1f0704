/**
 * Findings as a SARIF 2.1.0 log for GitHub code scanning: one rule per
 * finding code or advisory, one result per finding, each at a file and
 * line in the repository. Built from the stage's findings after the
 * decision, so the format can never change the verdict.
 */
import { createHash } from 'node:crypto';
import type { Finding, Severity } from '../findings.ts';

/** SARIF `level` for each finding severity. */
const levels: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  note: 'note',
};

const securitySeverity: Record<string, string> = {
  critical: '9.5',
  high: '8.0',
  moderate: '5.5',
  low: '2.0',
  unknown: '8.0',
};

/** GitHub code scanning keeps at most this many results per run. */
export const maxSARIFResults = 25_000;

/** Options for the log. */
export interface SARIFOptions {
  toolVersion: string;
  /** File used for findings without a location (release.yaml). */
  fallbackFile: string;
}

/** Builds the SARIF log (as an object ready for JSON). */
export function sarifLog(
  findings: readonly Finding[],
  options: SARIFOptions,
): Record<string, unknown> {
  const ruleIds: string[] = [];
  const rules: Record<string, unknown>[] = [];
  // Findings come sorted errors first, so a cut keeps what blocks.
  const results = findings.slice(0, maxSARIFResults).map((finding) => {
    const ruleId = finding.advisory ?? finding.code;
    let ruleIndex = ruleIds.indexOf(ruleId);
    if (ruleIndex < 0) {
      ruleIndex = ruleIds.push(ruleId) - 1;
      rules.push(ruleFor(ruleId, finding));
    }
    return resultFor(finding, ruleId, ruleIndex, options.fallbackFile);
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'shipshape policy-scan',
            semanticVersion: options.toolVersion,
            informationUri: 'https://github.com/shipshape-dev/shipshape',
            rules,
          },
        },
        automationDetails: { id: 'shipshape/policy-scan/' },
        results,
      },
    ],
  };
}

function ruleFor(id: string, finding: Finding): Record<string, unknown> {
  const level =
    typeof finding.details?.['severity'] === 'string'
      ? finding.details['severity']
      : undefined;
  const text = finding.advisory
    ? `Advisory ${id}`
    : id.toLowerCase().replaceAll('_', ' ');
  return {
    id,
    name: id.replace(/[^A-Za-z0-9]/g, ''),
    shortDescription: { text },
    fullDescription: {
      text: finding.advisory
        ? `A dependency is affected by ${id}.`
        : `policy-scan rule ${id}.`,
    },
    helpUri: finding.advisory
      ? `https://osv.dev/vulnerability/${encodeURIComponent(id)}`
      : undefined,
    defaultConfiguration: { level: levels[finding.severity] },
    properties: {
      tags: finding.advisory ? ['security', 'dependency'] : ['policy'],
      ...(finding.advisory
        ? { 'security-severity': securitySeverity[level ?? 'unknown'] ?? '8.0' }
        : {}),
    },
  };
}

function resultFor(
  finding: Finding,
  ruleId: string,
  ruleIndex: number,
  fallbackFile: string,
): Record<string, unknown> {
  const file = finding.location?.file ?? fallbackFile;
  const region: Record<string, number> = {
    startLine: Math.max(1, finding.location?.line ?? 1),
  };
  if (finding.location?.column)
    region['startColumn'] = Math.max(1, finding.location.column);
  const text = finding.remediation
    ? `${finding.message}. Fix: ${finding.remediation}`
    : finding.message;
  return {
    ruleId,
    ruleIndex,
    level: levels[finding.severity],
    message: { text },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toURI(file) },
          region,
        },
      },
    ],
    partialFingerprints: {
      'shipshapeFinding/v1': createHash('sha256')
        .update(
          `${ruleId}\u0000${finding.code}\u0000${finding.component ?? ''}\u0000${file}`,
        )
        .digest('hex'),
    },
    properties: {
      code: finding.code,
      ...(finding.component ? { component: finding.component } : {}),
      ...(finding.owner ? { owner: finding.owner } : {}),
    },
  };
}

// SARIF URIs are relative references with forward slashes.
function toURI(file: string): string {
  return file
    .split(/[\\/]/)
    .filter((part) => part !== '' && part !== '.')
    .map(encodeURIComponent)
    .join('/');
}
