/**
 * The release manifest (release.yaml): types, and loading with schema
 * validation. Relative paths in it resolve against the manifest's folder.
 */
import { dirname, resolve } from 'node:path';
import { UserError } from '../errors.ts';
import { readYAMLFile, type SourceDocument } from '../input/yaml-document.ts';
import {
  checkManifestSchema,
  type SchemaProblem,
} from '../schema/config-schemas.ts';

/** Artifact kinds a manifest may declare. */
export type ArtifactKind =
  'npm' | 'pypi' | 'maven' | 'nuget' | 'container' | 'installer' | 'file';

/** One artifact of the release, as written in release.yaml. */
export interface Artifact {
  name: string;
  kind: ArtifactKind;
  path: string;
  digest: string;
  license: string;
  owner: string;
  coordinates?: string;
  'version-file'?: string;
  targets?: string[];
  compatibility?: { os?: string[]; arch?: string[]; runtime?: string };
  dependencies?: {
    lockfile?: string;
    sbom?: string;
    declared?: string[];
    'first-party'?: string[];
    'include-dev'?: boolean;
  };
  export?: {
    eccn?: string;
    'uses-encryption'?: boolean;
    'classification-ticket'?: string;
  };
}

/** The release section of release.yaml. */
export interface ReleaseInfo {
  id: string;
  version: string;
  notes?: string;
  tickets?: string[];
  'tag-prefix'?: string;
  hotfix?: boolean;
  override?: { reason: string; ticket: string; approvers: string[] };
}

/** release.yaml as a whole. */
export interface ReleaseManifest {
  release: ReleaseInfo;
  artifacts: Artifact[];
}

/** A manifest read from disk, with its source positions. */
export interface LoadedManifest {
  /** Absolute path of release.yaml. */
  path: string;
  /** The path as the user gave it, used in messages and findings. */
  file: string;
  /** Folder that relative paths resolve against. */
  dir: string;
  document: SourceDocument;
  manifest: ReleaseManifest;
}

/** A manifest read and parsed, whether or not it matches the schema. */
export interface ParsedManifest {
  path: string;
  file: string;
  dir: string;
  document: SourceDocument;
  problems: SchemaProblem[];
}

/** Reads and parses release.yaml and lists its schema problems. */
export async function parseManifestFile(
  file: string,
  cwd: string = process.cwd(),
): Promise<ParsedManifest> {
  const path = resolve(cwd, file);
  const document = await readYAMLFile(path, file);
  return {
    path,
    file,
    dir: dirname(path),
    document,
    problems: checkManifestSchema(document.data),
  };
}

/**
 * Loads release.yaml for a stage that needs a valid manifest: schema
 * problems are a configuration error (exit 2) listing every problem.
 */
export async function loadManifest(
  file: string,
  cwd: string = process.cwd(),
): Promise<LoadedManifest> {
  const parsed = await parseManifestFile(file, cwd);
  if (parsed.problems.length > 0)
    throw schemaError(parsed.file, parsed.document, parsed.problems);
  return { ...parsed, manifest: parsed.document.data as ReleaseManifest };
}

/** Turns schema problems into one UserError that lists them all. */
export function schemaError(
  file: string,
  document: SourceDocument,
  problems: readonly SchemaProblem[],
): UserError {
  const first = problems[0];
  const at = first ? document.locate(first.pointer) : undefined;
  const list = problems
    .map((problem) => {
      const pos = document.locate(problem.pointer);
      return pos
        ? `${file}:${pos.line}:${pos.column}: ${problem.message}`
        : `${file}: ${problem.message}`;
    })
    .join('; ');
  return new UserError(
    'CONFIG_SCHEMA_INVALID',
    `${file} does not match its schema (${problems.length} problem${problems.length === 1 ? '' : 's'}): ${list}`,
    { file, field: first?.pointer, line: at?.line, column: at?.column },
  );
}
