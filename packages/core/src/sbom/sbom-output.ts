/**
 * Where SBOMs land: the workspace's `evidence/sbom/` by default, or the
 * `--out` file (one SBOM) or folder; each written atomically and listed as
 * evidence with its SHA-256.
 */
import { mkdir, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { UserError } from '../errors.ts';
import { sha256Hex } from '../hashing/file-digest.ts';
import type { Evidence } from '../report.ts';
import type { StageContext } from '../stage.ts';
import { writeFileAtomic } from '../workspace/atomic-write.ts';
import type { ReleaseWorkspace } from '../workspace/release-workspace.ts';
import type { SBOMFormat } from './sbom-schema.ts';

/** One SBOM made, as listed in the report. */
export interface MadeSBOM {
  artifact: string;
  format: SBOMFormat;
  specVersion: string;
  fileName: string;
  text: string;
  components: number;
  source: string;
}

/** `<artifact>.cdx.json` or `.spdx.json`, safe as a file name. */
export function outputName(artifact: string, format: SBOMFormat): string {
  const safe =
    artifact.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+/, '') || 'sbom';
  return `${safe}.${format === 'spdx' ? 'spdx' : 'cdx'}.json`;
}

/** Writes every SBOM and returns their evidence entries, in order. */
export async function writeAll(
  made: MadeSBOM[],
  workspace: ReleaseWorkspace,
  context: StageContext,
  out: string | undefined,
): Promise<Evidence[]> {
  if (!out) {
    const evidence: Evidence[] = [];
    for (const sbom of made)
      evidence.push(
        await workspace.writeEvidence('sbom', sbom.fileName, sbom.text),
      );
    return evidence;
  }
  const target = resolve(context.cwd, out);
  const folder = out.endsWith('/') || (await isDirectory(target));
  if (!folder && made.length > 1) {
    throw new UserError(
      'SBOM_OUT_NOT_FOLDER',
      `--out ${out} names one file, but ${made.length} SBOMs are written; give a folder (ending in /)`,
      { field: 'out' },
    );
  }
  const evidence: Evidence[] = [];
  for (const sbom of made) {
    const path = folder ? join(target, sbom.fileName) : target;
    await mkdir(dirname(path), { recursive: true });
    await writeFileAtomic(path, sbom.text);
    evidence.push({
      path: workspace.relativePath(path),
      sha256: sha256Hex(sbom.text),
    });
  }
  return evidence;
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
