/**
 * The validate-manifest stage: checks release.yaml against its schema and
 * the release rules (placeholders, artifact files and digests, lockfiles,
 * licences, release notes, compatibility, inventory and targets), and
 * reports every problem it finds, not only the first.
 *
 * A manifest or policy that cannot be read at all (malformed YAML, an alias
 * bomb, over the size limit, not UTF-8) is a UserError (exit 2); anything
 * the manifest says that breaks a rule is a finding (exit 1).
 */
import { relative, resolve, sep } from 'node:path';
import type { Finding } from '../findings.ts';
import { isRecord } from '../input/json-document.ts';
import { readTextFile } from '../input/text-file.ts';
import { limits } from '../limits.ts';
import { parseManifestFile } from '../manifest/release-manifest.ts';
import { loadPolicy, type LoadedPolicy } from '../policy/release-policy.ts';
import type { StageReport } from '../report.ts';
import { runStage, type StageContext } from '../stage.ts';
import { checkArtifactRules, type ArtifactCheck } from './artifact-rules.ts';
import { ownersOf, readCodeOwners, type CodeOwners } from './codeowners.ts';
import { checkCompatibilityRules } from './compatibility-rules.ts';
import { checkInventoryRules, type InventoryEntry } from './inventory-rules.ts';
import type { ManifestView } from './manifest-view.ts';
import { checkPlaceholderRules } from './placeholder-rules.ts';
import { checkReleaseNotesRules } from './release-notes-rules.ts';
import { checkSchemaRules } from './schema-rules.ts';
import { SourceText } from './source-text.ts';
import { checkTargetRules } from './target-rules.ts';

/** Options of the stage; every one has a default. */
export interface ValidateManifestOptions {
  /**
   * Folder that artifact paths must stay inside and that is searched for
   * packaging targets and CODEOWNERS. Default: the folder of release.yaml.
   */
  projectRoot?: string;
  /** Search the project for uncovered packaging targets. Default: true. */
  inventory?: boolean;
}

/** Runs validate-manifest and writes its report to the workspace. */
export async function runValidateManifestStage(
  context: StageContext,
  options: ValidateManifestOptions = {},
): Promise<StageReport> {
  // Everything that can make the input unreadable happens before the
  // workspace is touched, so a refused input leaves nothing behind.
  const parsed = await parseManifestFile(context.manifestFile, context.cwd);
  const policy = await loadPolicy({
    file: context.policyFile,
    cwd: context.cwd,
  });
  const text = await readTextFile(parsed.path, {
    maxBytes: limits.configBytes,
    displayName: parsed.file,
  });
  const projectRoot = resolve(context.cwd, options.projectRoot ?? parsed.dir);
  const codeOwners = await readCodeOwners(projectRoot);
  const data = parsed.document.data;
  const view: ManifestView = {
    file: parsed.file,
    dir: parsed.dir,
    projectRoot,
    cwd: context.cwd,
    document: parsed.document,
    source: new SourceText(text),
    data: isRecord(data) ? data : {},
    ...releaseOwner(codeOwners, projectRoot, parsed.path),
  };
  context.logger.debug(`validating ${parsed.file} in ${projectRoot}`);

  return runStage(context, 'validate-manifest', async () => {
    const result = await validateManifest(view, policy, codeOwners, options);
    const errors = result.findings.filter((f) => f.severity === 'error');
    return {
      findings: result.findings,
      extra: {
        manifest: parsed.file,
        artifacts: result.artifacts,
        inventory: result.inventory,
      },
      summary: `validate-manifest: ${parsed.file} ${errors.length === 0 ? 'passed' : `failed with ${errors.length} error${errors.length === 1 ? '' : 's'}`}`,
    };
  });
}

/** What validating one manifest found. */
export interface ValidationResult {
  findings: Finding[];
  artifacts: ArtifactCheck[];
  inventory: InventoryEntry[];
}

/** Applies every rule to a manifest; used by the stage and by tests. */
export async function validateManifest(
  view: ManifestView,
  policy: LoadedPolicy,
  codeOwners: CodeOwners | undefined,
  options: ValidateManifestOptions = {},
): Promise<ValidationResult> {
  const placeholders = checkPlaceholderRules(view);
  const artifactResult = await checkArtifactRules(view);
  const inventoryResult =
    options.inventory === false
      ? { findings: [], inventory: [] }
      : await checkInventoryRules(view, codeOwners);
  // The lockfile readers and the SPDX lists load only when a run gets
  // this far, which keeps the start of a refused run short.
  const { checkDependencyRules } = await import('./dependency-rules.ts');
  const { checkLicenseRules } = await import('./license-rules.ts');
  const findings = [
    ...checkSchemaRules(view),
    ...placeholders,
    ...artifactResult.findings,
    ...(await checkDependencyRules(view)),
    ...checkLicenseRules(view),
    ...(await checkReleaseNotesRules(view)),
    ...checkCompatibilityRules(view),
    ...checkTargetRules(view, policy.policy, policy.file ?? 'policy.yaml'),
    ...inventoryResult.findings,
  ];
  return {
    findings: withoutEchoes(findings, placeholders),
    artifacts: artifactResult.artifacts,
    inventory: inventoryResult.inventory,
  };
}

// A placeholder such as `license: TBD` also fails the schema or another
// rule; the placeholder finding says it best, so the echoes are dropped.
function withoutEchoes(
  findings: readonly Finding[],
  placeholders: readonly Finding[],
): Finding[] {
  const placeholderPointers = new Set(
    placeholders.map((finding) => finding.location?.pointer),
  );
  return findings.filter(
    (finding) =>
      finding.code === 'MANIFEST_FIELD_TBD' ||
      finding.code === 'MANIFEST_FIELD_EMPTY' ||
      !placeholderPointers.has(finding.location?.pointer),
  );
}

function releaseOwner(
  codeOwners: CodeOwners | undefined,
  projectRoot: string,
  manifestPath: string,
): { releaseOwner?: string } {
  if (!codeOwners) return {};
  const path = relative(projectRoot, manifestPath).split(sep).join('/');
  const owners = ownersOf(codeOwners, path);
  return owners ? { releaseOwner: owners.join(' ') } : {};
}
