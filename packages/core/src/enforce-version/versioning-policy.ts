/**
 * The `versioning` section of policy.yaml with its defaults applied and
 * its user patterns compiled.
 */
import type { LoadedPolicy } from '../policy/release-policy.ts';
import { policySection } from '../policy/release-policy.ts';
import { UserError } from '../errors.ts';
import { compileUserPattern, type UserPattern } from './user-pattern.ts';
import { parseCalverFormat, type CalverFormat } from './calver-format.ts';

/** The versioning schemes. */
export type VersionScheme = 'semver' | 'calver' | 'hybrid';

/** Label rules for `#123` references checked against GitHub issues. */
export interface IssueRules {
  requireLabels: string[];
  forbidLabels: string[];
  state: 'open' | 'closed' | 'any';
}

/** The versioning policy as enforce-version applies it. */
export interface VersioningPolicy {
  scheme: VersionScheme;
  /** calver or hybrid format, parsed; undefined for semver. */
  format?: CalverFormat;
  tickets?: UserPattern;
  incident?: UserPattern;
  /** Tag prefix; `v` by default. */
  tagPrefix: string;
  /** Days before today the calendar parts may name (0: today only). */
  releaseWindow: number;
  issueRules: IssueRules;
}

/** Reads the versioning section; a bad pattern or format is exit 2. */
export function readVersioningPolicy(loaded: LoadedPolicy): VersioningPolicy {
  const section = policySection(loaded.policy, 'versioning');
  const file = loaded.file ?? 'policy.yaml';
  const scheme = (section['scheme'] as VersionScheme | undefined) ?? 'semver';
  const format =
    typeof section['format'] === 'string' ? section['format'] : undefined;
  if (scheme !== 'semver' && format === undefined) {
    throw new UserError(
      'POLICY_FORMAT_MISSING',
      `versioning.format is required when versioning.scheme is ${scheme} (e.g. YYYY.0M.MICRO)`,
      { file, field: 'versioning.format' },
    );
  }
  const pattern = (key: string): UserPattern | undefined => {
    const value = section[key];
    return typeof value === 'string'
      ? compileUserPattern(value, file, `versioning.${key}`)
      : undefined;
  };
  const issues = policySection(section, 'github-issues');
  return {
    scheme,
    format:
      scheme === 'semver' || format === undefined
        ? undefined
        : parseCalverFormat(format, file),
    tickets: pattern('tickets'),
    incident: pattern('incident'),
    tagPrefix:
      typeof section['tag-prefix'] === 'string' ? section['tag-prefix'] : 'v',
    releaseWindow:
      typeof section['release-window'] === 'number'
        ? section['release-window']
        : 0,
    issueRules: {
      requireLabels: stringList(issues['require-labels']),
      forbidLabels: stringList(issues['forbid-labels']),
      state: (issues['state'] as IssueRules['state'] | undefined) ?? 'any',
    },
  };
}

function stringList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}
