/**
 * The semver decision: the declared version must move at least as far as
 * the commits since the previous release require, and must increase.
 * Below 1.0.0 a breaking change needs only a minor bump.
 */
import semver, { type SemVer } from 'semver';
import { visibleText } from '../text/visible-text.ts';
import type { Finding } from '../findings.ts';
import type { Bump, CommitBump } from './version-bump.ts';
import {
  commitsAsking,
  type DecisionInput,
  type SchemeDecision,
} from './version-decision.ts';
import { describeCommits } from './commit-listing.ts';

/** Reads semver tags and versions. */
export const semverReader = {
  parse: (text: string): SemVer | undefined =>
    text.length <= 128 ? (semver.parse(text) ?? undefined) : undefined,
  compare: (a: SemVer, b: SemVer): number => semver.compare(a, b),
};

/** Decides a semver release. */
export function decideSemver(input: DecisionInput<SemVer>): SchemeDecision {
  const declared = semverReader.parse(input.declared);
  const previous = input.previous?.version;
  const required = adjustBelowOne(input.commitBump, previous);
  const next = nextSemver(previous, required, declared);
  if (!declared) {
    return {
      declaredBump: 'none',
      requiredBump: previous ? required : 'first',
      next,
      rationale: `release.version "${visibleText(input.declared)}" is not a semantic version`,
      findings: [
        {
          code: 'VERSION_UNPARSABLE',
          severity: 'error',
          message: `release.version "${visibleText(input.declared)}" is not a semantic version (MAJOR.MINOR.PATCH with an optional -prerelease)`,
          location: input.location,
          remediation: `Write a version such as ${next}.`,
        },
      ],
    };
  }
  if (!previous || !input.previous) {
    return {
      declaredBump: 'first',
      requiredBump: 'first',
      next,
      rationale: `No earlier release tag is reachable from HEAD; ${declared.version} is the first release.`,
      findings: [
        {
          code: 'VERSION_FIRST_RELEASE',
          severity: 'note',
          message: `no earlier release tag is reachable from HEAD, so ${declared.version} is treated as the first release`,
          location: input.location,
        },
      ],
    };
  }
  return judgeIncrease(input, declared, previous, required, next);
}

function judgeIncrease(
  input: DecisionInput<SemVer>,
  declared: SemVer,
  previous: SemVer,
  required: CommitBump,
  next: string,
): SchemeDecision {
  const tag = input.previous?.tag ?? previous.version;
  const declaredBump = bumpBetween(previous, declared);
  const minimal = semver.parse(next) ?? declared;
  const findings: Finding[] = [];
  const base = {
    declaredBump,
    requiredBump: required as Bump,
    next,
  };
  if (semver.compare(declared, previous) === 0) {
    findings.push({
      code: 'VERSION_SAME_AS_PREVIOUS',
      severity: 'error',
      message: `release.version ${declared.version} is the version of the previous release (tag ${visibleText(tag)})`,
      location: input.location,
      remediation: `Declare ${next}.`,
    });
    return {
      ...base,
      declaredBump: 'none',
      findings,
      rationale: `${declared.version} was already released as ${visibleText(tag)}.`,
    };
  }
  if (semver.compare(declared, previous) < 0) {
    findings.push({
      code: 'VERSION_NOT_INCREASED',
      severity: 'error',
      message: `release.version ${declared.version} is lower than the previous release ${previous.version} (tag ${visibleText(tag)})`,
      location: input.location,
      remediation: `Declare ${next} or higher.`,
    });
    return {
      ...base,
      declaredBump: 'none',
      findings,
      rationale: `${declared.version} does not increase on ${previous.version}.`,
    };
  }
  const declaredCore = coreOf(declared);
  const minimalCore = coreOf(minimal);
  if (semver.compare(declaredCore, minimalCore) < 0) {
    const drivers = commitsAsking(input.commits, required);
    findings.push({
      code: 'VERSION_BUMP_TOO_LOW',
      severity: 'error',
      message: `release.version ${declared.version} is a ${declaredBump} bump from ${previous.version}, but the commits since ${visibleText(tag)} require a ${required} bump (at least ${next}): ${describeCommits(drivers)}`,
      location: input.location,
      remediation: `Declare ${next}, or reword the commits if they do not change what they say.`,
      details: { commits: drivers.slice(0, 50).map((commit) => commit.sha) },
    });
    return {
      ...base,
      findings,
      rationale: `The commits since ${visibleText(tag)} require a ${required} bump; ${declared.version} is only a ${declaredBump} bump.`,
    };
  }
  if (semver.compare(declaredCore, minimalCore) > 0) {
    findings.push({
      code: 'VERSION_BUMP_HIGHER',
      severity: 'note',
      message: `release.version ${declared.version} is a ${declaredBump} bump from ${previous.version}; the commits since ${visibleText(tag)} require only ${required === 'none' ? 'an increase' : `a ${required} bump`} (${next})`,
      location: input.location,
    });
  }
  return {
    ...base,
    findings,
    rationale: `The commits since ${visibleText(tag)} require ${required === 'none' ? 'no particular' : `a ${required}`} bump; ${declared.version} is a ${declaredBump} bump from ${previous.version}.`,
  };
}

// semver's rule for 0.y.z: anything may change, so a breaking change
// needs only the next minor.
function adjustBelowOne(
  bump: CommitBump,
  previous: SemVer | undefined,
): CommitBump {
  return bump === 'major' && previous && previous.major === 0 ? 'minor' : bump;
}

/**
 * The smallest version the rules accept: the previous release bumped as
 * required (a patch when nothing is required). semver's increment already
 * promotes a prerelease when it reserved a large enough bump.
 */
export function nextSemver(
  previous: SemVer | undefined,
  required: CommitBump,
  declared: SemVer | undefined,
): string {
  if (!previous) return declared?.version ?? '0.1.0';
  const level = required === 'none' ? 'patch' : required;
  return semver.inc(previous.version, level) ?? previous.version;
}

/** How far `to` moved from `from` (which it exceeds). */
export function bumpBetween(from: SemVer, to: SemVer): Bump {
  const fromCore = coreOf(from);
  const toCore = coreOf(to);
  if (semver.eq(fromCore, toCore)) {
    // A prerelease already reserved its bump: 1.4.0-rc.1 → 1.4.0 is the
    // minor bump that 1.4.0-rc.1 announced.
    return from.prerelease.length > 0 && to.prerelease.length === 0
      ? reservedBump(from)
      : 'prerelease';
  }
  if (toCore.major > fromCore.major) return 'major';
  if (toCore.minor > fromCore.minor) return 'minor';
  return 'patch';
}

function reservedBump(version: SemVer): CommitBump {
  if (version.minor === 0 && version.patch === 0) return 'major';
  if (version.patch === 0) return 'minor';
  return 'patch';
}

function coreOf(version: SemVer): SemVer {
  return new semver.SemVer(
    `${version.major}.${version.minor}.${version.patch}`,
  );
}
