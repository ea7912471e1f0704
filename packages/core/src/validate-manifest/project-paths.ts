/**
 * Paths an artifact names (its file, version file, lockfile, SBOM) must be
 * relative, stay inside the project after symbolic links are resolved, and
 * exist. One resolver turns every refusal into a finding with a stable code.
 */
import type { Finding } from '../findings.ts';
import { resolveProjectPath, type PathProblem } from '../paths/project-path.ts';
import { visibleText } from '../text/visible-text.ts';
import type { ValidateManifestCode } from './finding-codes.ts';
import {
  fieldName,
  manifestFinding,
  type ManifestView,
} from './manifest-view.ts';

/** A path that resolved to a file or folder inside the project. */
export interface ProjectFile {
  /** Path as resolved, before symbolic links. */
  absolute: string;
  /** Real location after symbolic links. */
  real: string;
  kind: 'file' | 'directory';
}

/** How to check one path field. */
export interface PathFieldSpec {
  pointer: string;
  path: string;
  /** Code when nothing exists at the path. */
  missingCode: ValidateManifestCode;
  /** What the file is, for messages: "the artifact", "the lockfile". */
  what: string;
  allowDirectory: boolean;
  owner?: string;
}

/** The result: a resolved file, or the finding that refuses the path. */
export type PathFieldResult =
  { ok: true; file: ProjectFile } | { ok: false; finding: Finding };

const problemCodes: Record<PathProblem, ValidateManifestCode | 'missing'> = {
  empty: 'ARTIFACT_PATH_INVALID',
  'too-long': 'ARTIFACT_PATH_INVALID',
  'nul-byte': 'ARTIFACT_PATH_INVALID',
  backslash: 'ARTIFACT_PATH_INVALID',
  encoded: 'ARTIFACT_PATH_INVALID',
  absolute: 'ARTIFACT_PATH_OUTSIDE',
  traversal: 'ARTIFACT_PATH_OUTSIDE',
  'outside-project': 'ARTIFACT_PATH_OUTSIDE',
  missing: 'missing',
  'not-regular': 'ARTIFACT_NOT_REGULAR',
};

/** Resolves a path field of the manifest inside the project. */
export async function checkPathField(
  view: ManifestView,
  spec: PathFieldSpec,
): Promise<PathFieldResult> {
  const resolved = await resolveProjectPath(
    view.projectRoot,
    view.dir,
    spec.path,
    spec.allowDirectory,
  );
  if (resolved.ok) {
    const { absolute, real, kind } = resolved;
    return { ok: true, file: { absolute, real, kind } };
  }
  const mapped = problemCodes[resolved.problem];
  const code = mapped === 'missing' ? spec.missingCode : mapped;
  const shown = visibleText(spec.path, 120);
  return {
    ok: false,
    finding: manifestFinding(view, {
      code,
      message: `${fieldName(spec.pointer)} "${shown}" is refused: ${resolved.detail}`,
      remediation: remediationFor(code, spec.what),
      pointer: spec.pointer,
      ...(spec.owner === undefined ? {} : { owner: spec.owner }),
      details: { problem: resolved.problem },
    }),
  };
}

function remediationFor(code: ValidateManifestCode, what: string): string {
  switch (code) {
    case 'ARTIFACT_PATH_OUTSIDE':
      return `Point at ${what} with a relative path inside the project (the folder of release.yaml); symbolic links must not lead out of it.`;
    case 'ARTIFACT_PATH_INVALID':
      return `Write the path of ${what} relative to release.yaml, with / between folders and no encoded characters.`;
    case 'ARTIFACT_NOT_REGULAR':
      return `Point at ${what} itself: a regular file (or, for a container, its OCI image layout folder).`;
    default:
      return `Build or add ${what} at this path, or correct the path.`;
  }
}
