/**
 * What every lockfile reader returns: the packages a lockfile pins, in one
 * shape whatever the ecosystem, so validate-manifest, sbom and policy-scan
 * judge them the same way.
 */

/** Package ecosystems shipshape reads lockfiles of. */
export type Ecosystem = 'npm' | 'pypi' | 'maven' | 'golang' | 'nuget';

/** One integrity hash as the lockfile records it. */
export interface LockedHash {
  algorithm: 'sha1' | 'sha256' | 'sha384' | 'sha512';
  /** Lower-case hex. */
  hex: string;
}

/** One package pinned by a lockfile. */
export interface LockedPackage {
  name: string;
  version: string;
  /** Package URL (purl), e.g. pkg:npm/%40scope/name@1.0.0. */
  purl: string;
  /** Integrity hashes; empty when the lockfile records none. */
  hashes: LockedHash[];
  /** Licence as recorded (an SPDX expression where possible). */
  license?: string;
  /** Where the package is downloaded from, as recorded. */
  resolved?: string;
  /** Only needed for development (npm dev, poetry dev group, …). */
  dev: boolean;
  /** Optional dependency. */
  optional: boolean;
  /** Purls of the packages this one depends on. */
  dependsOn: string[];
  /** Where in the lockfile the entry is: a JSON pointer or a line number. */
  source: { pointer?: string; line?: number };
}

/** A dependency the project itself declares, with the range it asks for. */
export interface DeclaredDependency {
  name: string;
  /** The version range or pin as written (`^1.2.0`, `==2.0.1`, `1.0.0`). */
  range: string;
  dev: boolean;
  source: { pointer?: string; line?: number };
}

/** A lockfile read into the common shape. */
export interface Lockfile {
  /** The file as the user named it. */
  file: string;
  ecosystem: Ecosystem;
  /** Format and version, e.g. `package-lock v3`, `yarn berry`, `poetry`. */
  format: string;
  /** The project's own root package, when the lockfile names it. */
  root?: { name: string; version?: string; purl?: string };
  packages: LockedPackage[];
  /** Direct dependencies of the root project as declared. */
  declared: DeclaredDependency[];
}
