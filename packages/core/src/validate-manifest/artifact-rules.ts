/**
 * Rule 3: each artifact's path is relative, stays inside the project after
 * symbolic links, and is a regular file (or a container's OCI image layout
 * folder), and its declared digest matches. The version file and SBOM an
 * artifact names must exist inside the project too.
 */
import { UserError } from '../errors.ts';
import type { Finding } from '../findings.ts';
import { systemReason } from '../input/text-file.ts';
import {
  digestFile,
  parseDigestReference,
  type DigestReference,
} from '../hashing/file-digest.ts';
import { visibleText } from '../text/visible-text.ts';
import {
  artifactEntries,
  displayPath,
  manifestFinding,
  recordField,
  textField,
  type ArtifactEntry,
  type ManifestView,
} from './manifest-view.ts';
import { checkOCILayout } from './oci-layout.ts';
import { checkPathField, type ProjectFile } from './project-paths.ts';

/** What the stage learnt about one artifact file, for the report. */
export interface ArtifactCheck {
  name: string;
  path: string;
  /** The declared digest, as written. */
  digest?: string;
  /** True when the file exists inside the project and its digest matched. */
  verified: boolean;
}

/** Findings and per-artifact results of rule 3. */
export interface ArtifactRulesResult {
  findings: Finding[];
  artifacts: ArtifactCheck[];
}

/** Checks every artifact's files and digests, one artifact at a time. */
export async function checkArtifactRules(
  view: ManifestView,
): Promise<ArtifactRulesResult> {
  const findings: Finding[] = [];
  const artifacts: ArtifactCheck[] = [];
  // Artifacts that share a file are hashed once.
  const digests: DigestCache = new Map();
  for (const entry of artifactEntries(view)) {
    const path = textField(entry.fields, 'path');
    if (path !== undefined) {
      const checked = await checkArtifactFile(view, entry, path, digests);
      findings.push(...checked.findings);
      artifacts.push(checked.result);
    }
    findings.push(...(await checkSideFiles(view, entry)));
  }
  return { findings, artifacts };
}

type DigestCache = Map<string, Promise<string>>;

async function checkArtifactFile(
  view: ManifestView,
  entry: ArtifactEntry,
  path: string,
  digests: DigestCache,
): Promise<{ findings: Finding[]; result: ArtifactCheck }> {
  const digestText = textField(entry.fields, 'digest');
  const result: ArtifactCheck = {
    name: entry.label,
    path,
    ...(digestText === undefined ? {} : { digest: digestText }),
    verified: false,
  };
  const isContainer = entry.fields['kind'] === 'container';
  const resolved = await checkPathField(view, {
    pointer: `${entry.pointer}/path`,
    path,
    missingCode: 'ARTIFACT_PATH_MISSING',
    what: 'the built artifact',
    allowDirectory: true,
    ...ownerOf(entry),
  });
  if (!resolved.ok) return { findings: [resolved.finding], result };
  if (resolved.file.kind === 'directory' && !isContainer) {
    return { findings: [folderFinding(view, entry, path)], result };
  }
  // A malformed digest is a schema finding already.
  const declared = parseDigestReference(digestText ?? '');
  if (!declared) return { findings: [], result };

  const findings =
    resolved.file.kind === 'directory'
      ? await checkLayoutDigest(view, entry, path, declared)
      : await checkFileDigest(view, entry, resolved.file, declared, digests);
  result.verified = findings.length === 0;
  return { findings, result };
}

async function checkFileDigest(
  view: ManifestView,
  entry: ArtifactEntry,
  file: ProjectFile,
  declared: DigestReference,
  digests: DigestCache,
): Promise<Finding[]> {
  const key = `${declared.algorithm}:${file.real}`;
  let digest = digests.get(key);
  if (!digest) {
    digest = readDigest(view, entry, file, declared);
    digests.set(key, digest);
  }
  const actual = await digest;
  if (actual === declared.hex) return [];
  const shownActual = `${declared.algorithm}:${actual}`;
  return [
    manifestFinding(view, {
      code: 'ARTIFACT_DIGEST_MISMATCH',
      message: `${displayPath(view, file.absolute)} hashes to ${shownActual}, not to the declared ${declared.algorithm}:${declared.hex}`,
      remediation: `If this file is the build you mean to release, set digest to ${shownActual}; otherwise rebuild the artifact and check why it changed.`,
      pointer: `${entry.pointer}/digest`,
      ...ownerOf(entry),
      details: { actual: shownActual },
    }),
  ];
}

async function checkLayoutDigest(
  view: ManifestView,
  entry: ArtifactEntry,
  path: string,
  declared: DigestReference,
): Promise<Finding[]> {
  const layout = await checkOCILayout(
    view.projectRoot,
    view.dir,
    path,
    declared,
  );
  if (layout.ok) return [];
  const shown = visibleText(path, 120);
  if (layout.problem === 'invalid') {
    return [
      manifestFinding(view, {
        code: 'ARTIFACT_OCI_LAYOUT_INVALID',
        message: `the folder "${shown}" is not a usable OCI image layout: ${layout.detail}`,
        remediation:
          'Export the image as an OCI layout (e.g. `skopeo copy docker-daemon:IMAGE oci:DIR`) or point at an image archive file.',
        pointer: `${entry.pointer}/path`,
        ...ownerOf(entry),
      }),
    ];
  }
  const listed = layout.listed.length > 0 ? layout.listed.join(', ') : '';
  return [
    manifestFinding(view, {
      code: 'ARTIFACT_DIGEST_MISMATCH',
      message: `the OCI layout "${shown}" does not match the declared digest: ${layout.detail}`,
      remediation: listed
        ? `Set digest to the image manifest digest from index.json (${listed}).`
        : 'Re-export the image; its layout folder is inconsistent.',
      pointer: `${entry.pointer}/digest`,
      ...ownerOf(entry),
    }),
  ];
}

// A file that resolved but cannot be read (permissions, removed meanwhile)
// is input shipshape cannot check: exit 2 naming the file and field.
async function readDigest(
  view: ManifestView,
  entry: ArtifactEntry,
  file: ProjectFile,
  declared: DigestReference,
): Promise<string> {
  try {
    return await digestFile(file.real, declared.algorithm);
  } catch (error: unknown) {
    const shown = displayPath(view, file.absolute);
    throw new UserError(
      'ARTIFACT_UNREADABLE',
      `cannot read ${shown}: ${systemReason(error)}`,
      { file: view.file, field: `${entry.pointer}/path` },
      { cause: error },
    );
  }
}

function folderFinding(
  view: ManifestView,
  entry: ArtifactEntry,
  path: string,
): Finding {
  return manifestFinding(view, {
    code: 'ARTIFACT_NOT_REGULAR',
    message: `${entry.label}: "${visibleText(path, 120)}" is a folder; only a container artifact may be a folder (its OCI image layout)`,
    remediation:
      'Point at the packed artifact file (the .tgz, .whl, .jar, .nupkg or installer).',
    pointer: `${entry.pointer}/path`,
    ...ownerOf(entry),
  });
}

// The version file and SBOM must exist inside the project; the lockfile is
// checked by the dependency rules.
async function checkSideFiles(
  view: ManifestView,
  entry: ArtifactEntry,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  const versionFile = textField(entry.fields, 'version-file');
  if (versionFile !== undefined) {
    const checked = await checkPathField(view, {
      pointer: `${entry.pointer}/version-file`,
      path: versionFile,
      missingCode: 'VERSION_FILE_MISSING',
      what: 'the version file',
      allowDirectory: false,
      ...ownerOf(entry),
    });
    if (!checked.ok) findings.push(checked.finding);
  }
  const dependencies = recordField(entry.fields, 'dependencies') ?? {};
  const sbom = textField(dependencies, 'sbom');
  if (sbom !== undefined) {
    const checked = await checkPathField(view, {
      pointer: `${entry.pointer}/dependencies/sbom`,
      path: sbom,
      missingCode: 'SBOM_FILE_MISSING',
      what: 'the SBOM',
      allowDirectory: false,
      ...ownerOf(entry),
    });
    if (!checked.ok) findings.push(checked.finding);
  }
  return findings;
}

/** The owner of an artifact as a spreadable object. */
export function ownerOf(entry: ArtifactEntry): { owner?: string } {
  return entry.owner === undefined ? {} : { owner: entry.owner };
}
