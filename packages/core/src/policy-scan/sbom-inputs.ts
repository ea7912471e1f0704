/**
 * Which SBOMs the scan reads: those given (`--sbom`), else those the sbom
 * stage listed in its report's evidence. Without either the scan cannot
 * decide anything, so it stops with exit code 2.
 */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { UserError } from '../errors.ts';
import { isRecord } from '../input/json-document.ts';
import { readSBOM } from '../sbom-reader/sbom-components.ts';
import type { StageContext } from '../stage.ts';
import type { ReleaseWorkspace } from '../workspace/release-workspace.ts';
import {
  artifactForSBOM,
  type ArtifactRef,
  type ScanSubject,
} from './scan-subjects.ts';

interface SBOMInput {
  path: string;
  display: string;
  artifact?: string;
}

/** Reads every SBOM of the scan and ties each to its artifact. */
export async function readScanSubjects(
  context: StageContext,
  workspace: ReleaseWorkspace,
  artifacts: readonly ArtifactRef[],
  option: string | string[] | undefined,
): Promise<ScanSubject[]> {
  const given =
    option === undefined ? [] : Array.isArray(option) ? option : [option];
  const inputs: SBOMInput[] =
    given.length > 0
      ? given.map((file) => ({
          path: resolve(context.cwd, file),
          display: file,
        }))
      : await inputsFromSBOMStage(context, workspace);
  const subjects: ScanSubject[] = [];
  for (const input of inputs) {
    const sbom = await readSBOM(input.path, input.display);
    subjects.push({
      sbom,
      artifact: artifactForSBOM(sbom, artifacts, input.artifact),
    });
  }
  return subjects;
}

async function inputsFromSBOMStage(
  context: StageContext,
  workspace: ReleaseWorkspace,
): Promise<SBOMInput[]> {
  const report = await workspace.readReport('sbom');
  const named = new Map<string, string>();
  // The sbom stage may list its SBOMs with their artifact; use it if so.
  const listed = report?.['sboms'];
  if (Array.isArray(listed)) {
    for (const entry of listed) {
      if (
        isRecord(entry) &&
        typeof entry['path'] === 'string' &&
        typeof entry['artifact'] === 'string'
      ) {
        named.set(entry['path'], entry['artifact']);
      }
    }
  }
  const files = (report?.evidence ?? [])
    .map((evidence) => evidence.path)
    .filter((path) => path.endsWith('.json'));
  if (files.length === 0) {
    throw new UserError(
      'SCAN_NO_SBOM',
      'no SBOM to scan: run `shipshape sbom` first, or pass --sbom FILE (action input `sbom`)',
      { field: 'sbom' },
    );
  }
  return files.map((path) => {
    const absolute =
      [
        resolve(process.cwd(), path),
        resolve(context.cwd, path),
        resolve(workspace.root, '..', path),
      ].find((candidate) => existsSync(candidate)) ??
      resolve(context.cwd, path);
    return {
      path: absolute,
      display: relative(context.cwd, absolute) || path,
      artifact: named.get(path),
    };
  });
}
