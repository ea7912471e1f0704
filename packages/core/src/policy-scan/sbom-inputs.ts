/**
 * Which SBOMs the scan reads: those given (`--sbom`), else those the sbom
 * stage listed in its reports' evidence: `reports/sbom.json`, the reports
 * the release workflow keeps per format (`reports/sbom-<format>.json`),
 * and the parts its per-artifact jobs left (`reports/parts/sbom-<format>/`).
 * Without any the scan cannot decide anything, so it stops with exit 2.
 */
import { existsSync } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { UserError } from '../errors.ts';
import { isRecord, readJSONFile } from '../input/json-document.ts';
import type { StageReport } from '../report.ts';
import { readSBOM } from '../sbom-reader/sbom-components.ts';
import type { StageContext } from '../stage.ts';
import type { ReleaseWorkspace } from '../workspace/release-workspace.ts';
import { mergeReportParts } from '../workspace/report-parts.ts';
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
  const reports = await sbomReports(workspace);
  const named = new Map<string, string>();
  for (const report of reports) {
    // The sbom stage lists its SBOMs with their artifact; use it if so.
    const listed = report['sboms'];
    if (!Array.isArray(listed)) continue;
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
  const files = [
    ...new Set(
      reports.flatMap((report) =>
        (Array.isArray(report.evidence) ? report.evidence : [])
          .map((evidence) => evidence.path)
          .filter((path) => typeof path === 'string' && path.endsWith('.json')),
      ),
    ),
  ].sort();
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

/** Every sbom report in the workspace (see the module comment). */
async function sbomReports(
  workspace: ReleaseWorkspace,
): Promise<StageReport[]> {
  const reports: StageReport[] = [];
  const own = await workspace.readReport('sbom');
  if (own) reports.push(own);
  const dir = join(workspace.root, 'reports');
  for (const name of await sbomNames(dir, /^sbom-[a-z]+\.json$/)) {
    const path = join(dir, name);
    if ((await lstat(path)).isSymbolicLink()) {
      throw new UserError(
        'WORKSPACE_SYMLINK',
        `${path} is a symbolic link; stage reports must be real files`,
        { file: path },
      );
    }
    const data = await readJSONFile(path, path);
    if (isRecord(data) && data['stage'] === 'sbom')
      reports.push(data as StageReport);
  }
  // Parts are read and checked as the fan-in reads them, without merging
  // them into a step report here (the pipeline does that).
  for (const step of await sbomNames(join(dir, 'parts'), /^sbom-[a-z]+$/)) {
    const merged = await mergeReportParts(workspace.root, step, 'sbom');
    if (merged) reports.push(merged.report);
  }
  return reports;
}

async function sbomNames(dir: string, pattern: RegExp): Promise<string[]> {
  const names = await readdir(dir).catch(() => []);
  return names.filter((name) => pattern.test(name)).sort();
}
