/**
 * An advisory's severity: the CVSS base score when a v4 or v3 vector is
 * given (v4 preferred), else the database's own label.
 */
import cvss from 'ae-cvss-calculator';
import type { SeverityScore } from './osv-advisories.ts';
import type { SeverityLevel } from './scan-policy.ts';

/** A severity decision and where it came from. */
export interface AdvisorySeverity {
  level: SeverityLevel | 'unknown';
  score?: number;
  source: 'CVSS_V4' | 'CVSS_V3' | 'database' | 'none';
  vector?: string;
}

const databaseLabels: Record<string, SeverityLevel> = {
  low: 'low',
  moderate: 'moderate',
  medium: 'moderate',
  high: 'high',
  critical: 'critical',
};

/** Severity from OSV `severity` entries, falling back to the database label. */
export function advisorySeverity(
  scores: readonly SeverityScore[],
  databaseSeverity: string | undefined,
): AdvisorySeverity {
  for (const type of ['CVSS_V4', 'CVSS_V3'] as const) {
    const entry = scores.find((score) => score.type === type);
    const score = entry ? baseScore(entry.score) : undefined;
    if (entry && score !== undefined) {
      return {
        level: levelOfScore(score),
        score,
        source: type,
        vector: entry.score,
      };
    }
  }
  const label = databaseSeverity?.toLowerCase();
  if (label !== undefined && Object.hasOwn(databaseLabels, label)) {
    return { level: databaseLabels[label] ?? 'high', source: 'database' };
  }
  return { level: 'unknown', source: 'none' };
}

/** The CVSS qualitative rating of a base score (0 counts as low). */
export function levelOfScore(score: number): SeverityLevel {
  if (score >= 9) return 'critical';
  if (score >= 7) return 'high';
  if (score >= 4) return 'moderate';
  return 'low';
}

/** The base score of a CVSS 3.x or 4.0 vector; undefined when unreadable. */
export function baseScore(vector: string): number | undefined {
  if (vector.length > 400) return undefined;
  try {
    const calculator = vector.startsWith('CVSS:4.0/')
      ? new cvss.Cvss4P0(vector)
      : vector.startsWith('CVSS:3.1/')
        ? new cvss.Cvss3P1(vector)
        : vector.startsWith('CVSS:3.0/')
          ? new cvss.Cvss3P0(vector)
          : undefined;
    const base = calculator?.calculateScores().base;
    return typeof base === 'number' && Number.isFinite(base) ? base : undefined;
  } catch {
    return undefined;
  }
}
