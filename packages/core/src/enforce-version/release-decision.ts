/**
 * Joins history and scheme: reads the history with the scheme's idea of a
 * version, runs the scheme's decision, and builds the decision record.
 */
import type { Finding, Location } from '../findings.ts';
import type { LoadedManifest } from '../manifest/release-manifest.ts';
import { calverReader, decideCalver } from './calver-decision.ts';
import { readReleaseHistory, type ReleaseHistory } from './release-history.ts';
import type { VersionReader } from './release-tags.ts';
import { decideSemver, semverReader } from './semver-decision.ts';
import {
  maxListedCommits,
  toDecisionCommit,
  type AnalysedCommit,
  type DecisionInput,
  type DecisionRecord,
  type SchemeDecision,
} from './version-decision.ts';
import type { Author } from './version-override.ts';
import type { VersioningPolicy } from './versioning-policy.ts';

/** What deciding a release needs besides the policy. */
export interface DecideOptions {
  declared: string;
  location: Location;
  today: Date;
  env: NodeJS.ProcessEnv;
}

/** The decision and the history facts the other checks use. */
export interface ReleaseDecision {
  commits: AnalysedCommit[];
  headAuthor: Author;
  findings: Finding[];
  record: DecisionRecord;
}

interface Scheme<V> {
  reader: VersionReader<V> & { text(version: V): string };
  decide(input: DecisionInput<V>): SchemeDecision;
}

/** Reads the history and decides the release by the policy's scheme. */
export async function decideRelease(
  loaded: LoadedManifest,
  policy: VersioningPolicy,
  options: DecideOptions,
): Promise<ReleaseDecision> {
  const prefix = loaded.manifest.release['tag-prefix'] ?? policy.tagPrefix;
  if (policy.scheme === 'semver' || policy.format === undefined) {
    return decideWith(
      {
        reader: { ...semverReader, text: (version) => version.version },
        decide: decideSemver,
      },
      loaded,
      policy,
      prefix,
      options,
    );
  }
  const format = policy.format;
  const calverOptions = {
    format,
    hybrid: policy.scheme === 'hybrid',
    releaseWindow: policy.releaseWindow,
  };
  return decideWith(
    {
      reader: { ...calverReader(format), text: (version) => version.text },
      decide: (input) => decideCalver(input, calverOptions),
    },
    loaded,
    policy,
    prefix,
    options,
  );
}

async function decideWith<V>(
  scheme: Scheme<V>,
  loaded: LoadedManifest,
  policy: VersioningPolicy,
  prefix: string,
  options: DecideOptions,
): Promise<ReleaseDecision> {
  const history: ReleaseHistory<V> = await readReleaseHistory({
    git: { cwd: loaded.dir, env: options.env },
    reader: scheme.reader,
    prefix,
    declared: options.declared,
    location: options.location,
  });
  const decision = scheme.decide({
    declared: options.declared,
    previous: history.previous,
    commits: history.commits,
    commitBump: history.commitBump,
    location: options.location,
    today: options.today,
  });
  const drivers = history.commits.filter(
    (commit) => commit.parsed.bump !== 'none',
  );
  const previous = history.previous;
  return {
    commits: history.commits,
    headAuthor: history.headAuthor,
    findings: [...history.notes, ...decision.findings],
    record: {
      scheme: policy.scheme,
      previousVersion: previous ? scheme.reader.text(previous.version) : null,
      previousTag: previous?.tag ?? null,
      declaredVersion: options.declared,
      declaredBump: decision.declaredBump,
      requiredBump: decision.requiredBump,
      nextVersion: decision.next,
      commitCount: history.commits.length,
      commits: drivers.slice(0, maxListedCommits).map(toDecisionCommit),
      commitsTruncated: drivers.length > maxListedCommits,
      rationale: decision.rationale,
    },
  };
}
