/**
 * Decides which SBOMs to make: one per artifact of the manifest, each from
 * its lockfile or existing SBOM; or, with no manifest and a `--lockfile`
 * or `--input`, one for that file alone. Also finds the signature files
 * that already sign each artifact.
 */
import { access, lstat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { digestFile, parseDigestReference } from '../hashing/file-digest.ts';
import { isRecord } from '../input/json-document.ts';
import { UserError } from '../errors.ts';
import { resolveProjectPath } from '../paths/project-path.ts';
import {
  loadManifest,
  type Artifact,
  type LoadedManifest,
} from '../manifest/release-manifest.ts';
import { readJSONFile } from '../input/json-document.ts';
import { toPurl } from '../lockfiles/package-url.ts';
import type { StageContext } from '../stage.ts';
import type { SBOMSubject, SignatureFile } from './sbom-document.ts';

/** Where an SBOM's packages come from. */
export type DependencySource =
  | { kind: 'lockfile'; path: string; file: string }
  | { kind: 'sbom'; path: string; file: string }
  | { kind: 'none' };

/** One SBOM to make. */
export interface SBOMJob {
  subject: SBOMSubject;
  source: DependencySource;
  artifact?: Artifact;
  artifactIndex?: number;
}

/** The plan, with the manifest when there is one. */
export interface SBOMPlan {
  manifest?: LoadedManifest;
  jobs: SBOMJob[];
}

/** Builds the plan from the context and the command-line sources. */
export async function planSBOMs(
  context: StageContext,
  override: { lockfile?: string; input?: string },
): Promise<SBOMPlan> {
  const given = givenSource(context, override);
  const manifestPath = resolve(context.cwd, context.manifestFile);
  if (given && !(await exists(manifestPath))) {
    return { jobs: [{ subject: standaloneSubject(given), source: given }] };
  }
  const manifest = await loadManifest(context.manifestFile, context.cwd);
  const artifacts = manifest.manifest.artifacts;
  const chosen = Math.max(
    0,
    artifacts.findIndex(
      (a) => a.dependencies?.lockfile ?? a.dependencies?.sbom,
    ),
  );
  const signatures = await signedFiles(context);
  const jobs: SBOMJob[] = [];
  for (const [index, artifact] of artifacts.entries()) {
    const source =
      given && index === chosen
        ? given
        : await manifestSource(manifest, artifact, index);
    const subject = await subjectOf(manifest, artifact, signatures);
    jobs.push({ subject, source, artifact, artifactIndex: index });
  }
  return { manifest, jobs };
}

function givenSource(
  context: StageContext,
  override: { lockfile?: string; input?: string },
): DependencySource | undefined {
  if (override.input)
    return {
      kind: 'sbom',
      path: resolve(context.cwd, override.input),
      file: override.input,
    };
  if (override.lockfile)
    return {
      kind: 'lockfile',
      path: resolve(context.cwd, override.lockfile),
      file: override.lockfile,
    };
  return undefined;
}

/**
 * The artifact's own dependency source. Paths from the manifest must stay
 * inside the project (the manifest's folder) after symbolic links.
 */
async function manifestSource(
  manifest: LoadedManifest,
  artifact: Artifact,
  index: number,
): Promise<DependencySource> {
  const field = artifact.dependencies?.sbom ? 'sbom' : 'lockfile';
  const file = artifact.dependencies?.[field];
  if (!file) return { kind: 'none' };
  const resolved = await resolveProjectPath(
    manifest.dir,
    manifest.dir,
    file,
    false,
  );
  if (!resolved.ok) {
    const pointer = `/artifacts/${index}/dependencies/${field}`;
    const at = manifest.document.locate(pointer);
    throw new UserError(
      'SBOM_SOURCE_INVALID',
      `artifacts[${index}].dependencies.${field} "${file.slice(0, 200)}" cannot be used: ${resolved.detail}`,
      {
        file: manifest.file,
        field: pointer,
        line: at?.line,
        column: at?.column,
      },
    );
  }
  return { kind: field, path: resolved.real, file };
}

function standaloneSubject(source: DependencySource): SBOMSubject {
  const name =
    source.kind === 'none'
      ? 'project'
      : basename(dirname(source.path)) || 'project';
  return {
    releaseId: name,
    releaseVersion: '0.0.0',
    artifactName: name,
    kind: 'lockfile',
    targets: [],
    signatures: [],
  };
}

async function subjectOf(
  manifest: LoadedManifest,
  artifact: Artifact,
  signed: Map<string, SignatureFile[]>,
): Promise<SBOMSubject> {
  const release = manifest.manifest.release;
  const artifactPath = resolve(manifest.dir, artifact.path);
  return {
    releaseId: release.id,
    releaseVersion: release.version,
    artifactName: artifact.name,
    kind: artifact.kind,
    digest: parseDigestReference(artifact.digest),
    license: artifact.license,
    purl: artifactPurl(artifact, release.version),
    targets: [...(artifact.targets ?? [])].sort(),
    signatures: await signaturesOf(artifactPath, signed),
  };
}

function artifactPurl(artifact: Artifact, version: string): string | undefined {
  switch (artifact.kind) {
    case 'npm':
    case 'pypi':
    case 'nuget':
      return toPurl(artifact.kind, artifact.name, version);
    case 'maven':
      return artifact.coordinates
        ? toPurl(
            'maven',
            artifact.coordinates.split(':').slice(0, 2).join(':'),
            version,
          )
        : undefined;
    default:
      return undefined;
  }
}

/** Signature files beside the artifact, plus those in the sign report. */
async function signaturesOf(
  artifactPath: string,
  signed: Map<string, SignatureFile[]>,
): Promise<SignatureFile[]> {
  const found = new Map<string, SignatureFile>();
  for (const suffix of ['.sigstore.json', '.asc']) {
    const path = `${artifactPath}${suffix}`;
    if (await isRegularFile(path))
      found.set(basename(path), {
        name: basename(path),
        sha256: await digestFile(path),
      });
  }
  for (const signature of signed.get(basename(artifactPath)) ?? [])
    found.set(signature.name, signature);
  return [...found.values()].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
}

/** Signature evidence of the sign stage, keyed by the signed file's name. */
async function signedFiles(
  context: StageContext,
): Promise<Map<string, SignatureFile[]>> {
  const byArtifact = new Map<string, SignatureFile[]>();
  const path = join(context.workspaceDir, 'reports', 'sign.json');
  if (!(await exists(path))) return byArtifact;
  const report = await readJSONFile(path, path);
  const evidence =
    isRecord(report) && Array.isArray(report['evidence'])
      ? report['evidence']
      : [];
  for (const entry of evidence) {
    if (
      !isRecord(entry) ||
      typeof entry['path'] !== 'string' ||
      typeof entry['sha256'] !== 'string'
    )
      continue;
    const name = basename(entry['path']);
    const signed = /^(.*)\.(sigstore\.json|asc)$/.exec(name)?.[1];
    if (signed)
      byArtifact.set(signed, [
        ...(byArtifact.get(signed) ?? []),
        { name, sha256: entry['sha256'] },
      ]);
  }
  return byArtifact;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

async function isRegularFile(path: string): Promise<boolean> {
  try {
    return (await lstat(path)).isFile();
  } catch {
    return false;
  }
}
