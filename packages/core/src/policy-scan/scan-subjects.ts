/**
 * What policy-scan looks at: each SBOM, tied to the manifest artifact it
 * describes (for the owner and for locations in release.yaml).
 */
import { basename } from 'node:path';
import type { Location } from '../findings.ts';
import type { Artifact, LoadedManifest } from '../manifest/release-manifest.ts';
import type { SBOMComponents } from '../sbom-reader/sbom-components.ts';

/** A manifest artifact with its index and source position. */
export interface ArtifactRef {
  artifact: Artifact;
  index: number;
  location: Location;
}

/** One SBOM and the artifact it belongs to, when that is known. */
export interface ScanSubject {
  sbom: SBOMComponents;
  artifact?: ArtifactRef;
}

/** Every artifact of the manifest with its location in release.yaml. */
export function artifactRefs(manifest: LoadedManifest): ArtifactRef[] {
  return manifest.manifest.artifacts.map((artifact, index) => ({
    artifact,
    index,
    location: locationIn(manifest, `/artifacts/${index}`),
  }));
}

/** A position in release.yaml for a JSON pointer. */
export function locationIn(
  manifest: LoadedManifest,
  pointer: string,
): Location {
  return { file: manifest.file, pointer, ...manifest.document.locate(pointer) };
}

/**
 * The artifact an SBOM describes: the one the sbom stage named, else the
 * one whose name is the SBOM's subject or starts the SBOM's file name,
 * else the only artifact of the release.
 */
export function artifactForSBOM(
  sbom: SBOMComponents,
  refs: readonly ArtifactRef[],
  named?: string,
): ArtifactRef | undefined {
  const byName = (name: string | undefined) =>
    name === undefined
      ? undefined
      : refs.find((ref) => ref.artifact.name === name);
  const subject = sbom.components.find((component) => component.subject);
  const file = basename(sbom.file);
  return (
    byName(named) ??
    byName(subject?.packageName) ??
    byName(subject?.name) ??
    refs.find((ref) => file.startsWith(`${ref.artifact.name}.`)) ??
    (refs.length === 1 ? refs[0] : undefined)
  );
}

/** Where a finding about an SBOM's component points. */
export function subjectLocation(subject: ScanSubject): Location {
  if (!subject.artifact) return { file: subject.sbom.file };
  const location = subject.artifact.location;
  return { ...location };
}
