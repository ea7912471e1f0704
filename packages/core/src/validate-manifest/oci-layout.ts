/**
 * A container artifact may be an OCI image layout folder (as written by
 * `skopeo copy … oci:DIR` or `docker buildx --output type=oci`). Its digest
 * is that of an image manifest listed in `index.json`, and the manifest's
 * blob must really hash to it.
 */
import { UserError } from '../errors.ts';
import { digestFile, type DigestReference } from '../hashing/file-digest.ts';
import { isRecord, readJSONFile } from '../input/json-document.ts';
import { systemReason } from '../input/text-file.ts';
import { resolveProjectPath } from '../paths/project-path.ts';

/** What checking a layout found. */
export type OCILayoutResult =
  | { ok: true }
  | { ok: false; problem: 'invalid'; detail: string }
  | { ok: false; problem: 'mismatch'; detail: string; listed: string[] };

const indexBytes = 4 * 1024 * 1024;

/**
 * Checks that `declared` names an image manifest of the layout at `path`
 * (relative to `baseDir`) and that its blob hashes to it.
 */
export async function checkOCILayout(
  projectRoot: string,
  baseDir: string,
  path: string,
  declared: DigestReference,
): Promise<OCILayoutResult> {
  const layout = await resolveProjectPath(
    projectRoot,
    baseDir,
    `${path}/oci-layout`,
    false,
  );
  if (!layout.ok) {
    return invalid(`it has no oci-layout file (${layout.detail})`);
  }
  const listed = await listedManifests(projectRoot, baseDir, path);
  if (typeof listed === 'string') return invalid(listed);

  const wanted = `${declared.algorithm}:${declared.hex}`;
  if (!listed.includes(wanted)) {
    return {
      ok: false,
      problem: 'mismatch',
      detail: `index.json lists no image manifest with digest ${wanted}`,
      listed,
    };
  }
  return checkBlob(projectRoot, baseDir, path, declared);
}

async function listedManifests(
  projectRoot: string,
  baseDir: string,
  path: string,
): Promise<string[] | string> {
  const index = await resolveProjectPath(
    projectRoot,
    baseDir,
    `${path}/index.json`,
    false,
  );
  if (!index.ok) return `its index.json is unusable (${index.detail})`;
  let data: unknown;
  try {
    data = await readJSONFile(index.real, `${path}/index.json`, indexBytes);
  } catch (error: unknown) {
    if (error instanceof UserError) return error.message;
    throw error;
  }
  const manifests = isRecord(data) ? data['manifests'] : undefined;
  if (!Array.isArray(manifests)) return 'its index.json has no manifests list';
  return manifests
    .map((entry: unknown) => (isRecord(entry) ? entry['digest'] : undefined))
    .filter((digest): digest is string => typeof digest === 'string');
}

async function checkBlob(
  projectRoot: string,
  baseDir: string,
  path: string,
  declared: DigestReference,
): Promise<OCILayoutResult> {
  const blobPath = `${path}/blobs/${declared.algorithm}/${declared.hex}`;
  const blob = await resolveProjectPath(projectRoot, baseDir, blobPath, false);
  if (!blob.ok) {
    return invalid(
      `the manifest blob ${blobPath} is unusable (${blob.detail})`,
    );
  }
  let actual: string;
  try {
    actual = await digestFile(blob.real, declared.algorithm);
  } catch (error: unknown) {
    return invalid(
      `the manifest blob ${blobPath} cannot be read (${systemReason(error)})`,
    );
  }
  if (actual !== declared.hex) {
    return {
      ok: false,
      problem: 'mismatch',
      detail: `the manifest blob ${blobPath} hashes to ${declared.algorithm}:${actual}`,
      listed: [],
    };
  }
  return { ok: true };
}

function invalid(detail: string): OCILayoutResult {
  return { ok: false, problem: 'invalid', detail };
}
