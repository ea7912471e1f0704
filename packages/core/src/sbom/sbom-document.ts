/**
 * What an SBOM writer needs, whatever the output format: the subject (the
 * release and the artifact it describes, with digest, targets and
 * signature digests), the packages that ship, and the root's direct
 * dependencies. Writers turn this into CycloneDX or SPDX JSON.
 */
import parseSPDX from 'spdx-expression-parse';
import type { LockedPackage } from '../lockfiles/locked-package.ts';

/** A file that signs the artifact, with its SHA-256. */
export interface SignatureFile {
  /** File name (`widget-lib-1.4.0.tgz.sigstore.json`). */
  name: string;
  sha256: string;
}

/** The release and artifact an SBOM describes. */
export interface SBOMSubject {
  releaseId: string;
  releaseVersion: string;
  artifactName: string;
  /** npm, pypi, …, or `file`; `lockfile` when there is no manifest. */
  kind: string;
  /** Artifact digest as written in the manifest (`sha256:<hex>`). */
  digest?: { algorithm: 'sha256' | 'sha512'; hex: string };
  license?: string;
  purl?: string;
  targets: string[];
  signatures: SignatureFile[];
}

/** Everything an SBOM writer turns into a document. */
export interface SBOMContent {
  subject: SBOMSubject;
  /** Packages to list, already filtered (dev left out unless asked). */
  packages: LockedPackage[];
  /** Purls the subject depends on directly. */
  rootDependsOn: string[];
  timestamp: Date;
  toolVersion: string;
}

/** shipshape's version as it appears in SBOM tool entries. */
export const shipshapeVersion = '0.1.0';

/** How a licence string reads as SPDX. */
export type LicenseForm =
  | { kind: 'id'; id: string }
  | { kind: 'expression'; expression: string }
  | { kind: 'name'; name: string };

/**
 * Classifies a recorded licence: a single SPDX id, a valid SPDX
 * expression, or free text that is kept as a licence name.
 */
export function classifyLicense(text: string): LicenseForm {
  try {
    const parsed = parseSPDX(text);
    if ('license' in parsed && !parsed.plus && !parsed.exception) {
      return parsed.license.startsWith('LicenseRef-')
        ? { kind: 'expression', expression: text }
        : { kind: 'id', id: parsed.license };
    }
    return { kind: 'expression', expression: text };
  } catch {
    return { kind: 'name', name: text };
  }
}

/** Formats a date the way SPDX wants it: whole seconds, `Z`. */
export function spdxDate(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** A UUID-shaped string derived from a hex digest (deterministic). */
export function uuidFromHex(hex: string): string {
  const h = hex.slice(0, 32).padEnd(32, '0');
  const variant = ((Number.parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(
    16,
  );
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The `shipshape:*` properties that tie an SBOM to its release. */
export function subjectProperties(subject: SBOMSubject): [string, string][] {
  const properties: [string, string][] = [
    ['shipshape:release:id', subject.releaseId],
    ['shipshape:release:version', subject.releaseVersion],
    ['shipshape:artifact:name', subject.artifactName],
    ['shipshape:artifact:kind', subject.kind],
  ];
  if (subject.digest)
    properties.push([
      'shipshape:artifact:digest',
      `${subject.digest.algorithm}:${subject.digest.hex}`,
    ]);
  for (const target of subject.targets)
    properties.push(['shipshape:target', target]);
  for (const signature of subject.signatures) {
    properties.push([
      'shipshape:signature',
      `${signature.name} sha256:${signature.sha256}`,
    ]);
  }
  return properties;
}
