/**
 * One artifact (or a few) picked out of the manifest by name, as a matrix
 * job of the reusable release workflow runs the sign, sbom and
 * publish-dry-run stages for a single artifact. What such a partial run
 * leaves in the workspace is kept apart per artifact (see `partFolder`),
 * so that the parts of several jobs can be merged into one workspace.
 */
import { UserError } from '../errors.ts';

/**
 * The entries of `artifacts` whose name is in `names`, in manifest order;
 * all of them when `names` is undefined or empty. A name the manifest does
 * not have is exit 2, naming the names it does have.
 */
export function selectArtifacts<T extends { name: string }>(
  artifacts: readonly T[],
  names: readonly string[] | undefined,
  manifestFile: string,
): T[] {
  if (names === undefined || names.length === 0) return [...artifacts];
  const known = new Set(artifacts.map((artifact) => artifact.name));
  for (const name of names) {
    if (!known.has(name)) {
      throw new UserError(
        'ARTIFACT_UNKNOWN',
        `${manifestFile} has no artifact named "${name}" (it has: ${[...known].join(', ')})`,
        { file: manifestFile, field: 'artifacts' },
      );
    }
  }
  const wanted = new Set(names);
  return artifacts.filter((artifact) => wanted.has(artifact.name));
}

/**
 * Folder (relative to a stage's evidence folder) for what a run limited to
 * `names` writes once per run, such as SHA256SUMS: `parts/<names>/`, or
 * nothing for a run over the whole manifest. Names are percent-encoded, so
 * a scoped package name (`@acme/lib`) stays one folder.
 */
export function partFolder(names: readonly string[] | undefined): string {
  if (names === undefined || names.length === 0) return '';
  const joined = [...names]
    .sort()
    .map((name) => encodeURIComponent(name).replace(/\./g, '%2E'))
    .join('+');
  return `parts/${joined}/`;
}

/**
 * A stage outcome marked with the artifacts it was limited to
 * (`selectedArtifacts` in the report), so that the merge of per-artifact
 * parts can tell when an artifact's part is missing.
 */
export function withSelection<T extends { extra?: Record<string, unknown> }>(
  outcome: T,
  names: readonly string[] | undefined,
): T {
  if (names === undefined || names.length === 0) return outcome;
  return {
    ...outcome,
    extra: { ...outcome.extra, selectedArtifacts: [...names].sort() },
  };
}
