/**
 * How each ecosystem orders its versions. A scheme turns a version string
 * into a sortable key (or undefined when it cannot read it) and compares
 * two keys; range matching works on any scheme the same way.
 */
import semver from 'semver';
import { comparePEP440, parsePEP440 } from './pep440-version.ts';
import { compareMavenVersions } from './maven-version.ts';
import { compareNuGet, parseNuGetVersion } from './nuget-version.ts';

/** A version ordering. */
export interface VersionScheme<Key = unknown> {
  parse(version: string): Key | undefined;
  compare(a: Key, b: Key): number;
}

/** Longest version string read; longer ones are treated as unreadable. */
export const maxVersionLength = 256;

const npm: VersionScheme<semver.SemVer> = {
  // Ranges such as `introduced: "1.0"` are real (GHSA-r683-j2x4-v87g), so
  // a partial version is completed with zeros rather than refused.
  parse: (version) => parseSemver(version),
  compare: (a, b) => semver.compare(a, b),
};

// Go module versions are semver with a `v` prefix; pseudo-versions
// (v0.0.0-20220906165146-f3363e06e74c) are valid semver pre-releases and
// so order by their timestamp; `+incompatible` is build metadata.
const go: VersionScheme<semver.SemVer> = {
  parse: (version) => parseSemver(version.replace(/^v/, '')),
  compare: (a, b) => semver.compare(a, b),
};

const pypi: VersionScheme<NonNullable<ReturnType<typeof parsePEP440>>> = {
  parse: parsePEP440,
  compare: comparePEP440,
};

const maven: VersionScheme<string> = {
  parse: (version) =>
    version.length > 0 && version.length <= maxVersionLength
      ? version
      : undefined,
  compare: compareMavenVersions,
};

const nuget: VersionScheme<NonNullable<ReturnType<typeof parseNuGetVersion>>> =
  {
    parse: parseNuGetVersion,
    compare: compareNuGet,
  };

const schemes: Record<string, VersionScheme> = {
  npm: npm,
  Go: go,
  PyPI: pypi,
  Maven: maven,
  NuGet: nuget,
  'crates.io': npm,
};

/**
 * The scheme of an OSV ecosystem, or undefined when shipshape cannot
 * order its versions (then only explicit `versions` lists match).
 */
export function versionScheme(ecosystem: string): VersionScheme | undefined {
  // OSV suffixes some ecosystems with a release (`Debian:12`); the base
  // name decides the ordering.
  const base = ecosystem.split(':')[0] ?? ecosystem;
  return Object.hasOwn(schemes, base) ? schemes[base] : undefined;
}

function parseSemver(version: string): semver.SemVer | undefined {
  if (version.length > maxVersionLength) return undefined;
  const exact = semver.parse(version, { loose: true });
  if (exact) return exact;
  if (/^\d+(\.\d+)?$/.test(version)) {
    return (
      semver.parse(`${version}${version.includes('.') ? '.0' : '.0.0'}`) ??
      undefined
    );
  }
  return undefined;
}
