/**
 * Rule 8: every packaging target in the project is covered by an artifact
 * of the manifest, so that nothing publishable is forgotten.
 *
 * An artifact covers a target file T in folder F when
 *   - its `version-file` is T, or
 *   - its kind is the kind T builds (package.json: npm, pyproject.toml:
 *     pypi, pom.xml: maven, *.csproj: nuget, Dockerfile/Containerfile:
 *     container) and its `dependencies.lockfile` or its `path` lies in F or
 *     below it.
 * An uncovered target names its owner from CODEOWNERS, or else the owner
 * of the artifact whose files lie nearest to it.
 */
import { dirname, relative, resolve, sep } from 'node:path';
import type { Finding } from '../findings.ts';
import { isInside } from '../paths/project-path.ts';
import { visibleText } from '../text/visible-text.ts';
import { ownersOf, type CodeOwners } from './codeowners.ts';
import {
  artifactEntries,
  displayPath,
  recordField,
  textField,
  type ArtifactEntry,
  type ManifestView,
} from './manifest-view.ts';
import {
  findPackagingTargets,
  type PackagingTarget,
} from './packaging-targets.ts';

/** A target and the artifact that covers it, for the report. */
export interface InventoryEntry {
  file: string;
  kind: string;
  coveredBy?: string;
}

/** Findings and the inventory table of rule 8. */
export interface InventoryResult {
  findings: Finding[];
  inventory: InventoryEntry[];
}

/** Checks that every packaging target is covered by an artifact. */
export async function checkInventoryRules(
  view: ManifestView,
  codeOwners: CodeOwners | undefined,
): Promise<InventoryResult> {
  const search = await findPackagingTargets(view.projectRoot);
  const artifacts = artifactEntries(view);
  const findings: Finding[] = [];
  const inventory: InventoryEntry[] = [];
  for (const target of search.targets) {
    const cover = artifacts.find((entry) => covers(view, entry, target));
    inventory.push({
      file: target.relativePath,
      kind: target.kind,
      ...(cover ? { coveredBy: cover.label } : {}),
    });
    if (!cover) {
      findings.push(uncoveredFinding(view, target, artifacts, codeOwners));
    }
  }
  if (search.truncated) findings.push(truncatedFinding(view));
  return { findings, inventory };
}

/** True when `entry` covers `target` (see the module comment). */
export function covers(
  view: ManifestView,
  entry: ArtifactEntry,
  target: PackagingTarget,
): boolean {
  const versionFile = textField(entry.fields, 'version-file');
  if (
    versionFile !== undefined &&
    resolve(view.dir, versionFile) === target.file
  ) {
    return true;
  }
  if (entry.fields['kind'] !== target.kind) return false;
  return sourcePaths(view, entry).some((path) => isInside(target.dir, path));
}

// Where an artifact's own files are: its lockfile and its built file.
function sourcePaths(view: ManifestView, entry: ArtifactEntry): string[] {
  const dependencies = recordField(entry.fields, 'dependencies') ?? {};
  return [textField(dependencies, 'lockfile'), textField(entry.fields, 'path')]
    .filter((path): path is string => path !== undefined)
    .map((path) => resolve(view.dir, path));
}

function uncoveredFinding(
  view: ManifestView,
  target: PackagingTarget,
  artifacts: readonly ArtifactEntry[],
  codeOwners: CodeOwners | undefined,
): Finding {
  const owner = ownerOfTarget(view, target, artifacts, codeOwners);
  const shown = displayPath(view, target.file);
  const named = target.name
    ? ` (package "${visibleText(target.name, 80)}")`
    : '';
  const note = target.note ? `; ${target.note}` : '';
  const privateHint =
    target.kind === 'npm' ? ', mark the package "private": true' : '';
  return {
    code: 'INVENTORY_UNCOVERED',
    severity: 'error',
    message: `${shown}${named} is a packaging target (kind ${target.kind}) that no artifact in ${view.file} covers${note}`,
    location: { file: shown },
    ...(owner === undefined ? {} : { owner }),
    remediation: `Add an artifact with version-file: ${relative(view.dir, target.file).split(sep).join('/')} to ${view.file}${privateHint}, or remove the file if nothing is built from it.`,
  };
}

function ownerOfTarget(
  view: ManifestView,
  target: PackagingTarget,
  artifacts: readonly ArtifactEntry[],
  codeOwners: CodeOwners | undefined,
): string | undefined {
  const fromCodeOwners = codeOwners
    ? ownersOf(codeOwners, target.relativePath)
    : undefined;
  if (fromCodeOwners) return fromCodeOwners.join(' ');
  let best: { owner: string; depth: number } | undefined;
  for (const entry of artifacts) {
    if (entry.owner === undefined) continue;
    for (const path of sourcePaths(view, entry)) {
      const depth = sharedDepth(target.dir, dirname(path));
      if (!best || depth > best.depth) best = { owner: entry.owner, depth };
    }
  }
  return best?.owner;
}

function sharedDepth(a: string, b: string): number {
  const left = a.split(sep);
  const right = b.split(sep);
  let depth = 0;
  while (depth < left.length && left[depth] === right[depth]) depth += 1;
  return depth;
}

function truncatedFinding(view: ManifestView): Finding {
  return {
    code: 'INVENTORY_INCOMPLETE',
    severity: 'warning',
    message: `the project under ${displayPath(view, view.projectRoot)} is too large or too deep to search completely for packaging targets`,
    location: { file: view.file },
    remediation:
      'Run shipshape from the folder of the release rather than a large parent folder.',
  };
}
