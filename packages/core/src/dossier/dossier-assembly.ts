/**
 * Assembles the release dossier: a `dossier/` folder in the release
 * workspace and a deterministic `<release-id>-dossier.tar.gz` beside it.
 *
 *   dossier.json                 the index (files, stages, verdict, inputs)
 *   dossier.json.sigstore.json   its signature (or .asc for gpg)
 *   SUMMARY.md, report.html      for people
 *   SHA256SUMS                   every other file, for `sha256sum -c`
 *   journal.jsonl                the hash-chained journal
 *   inputs/                      release.yaml and policy.yaml as used
 *   reports/<stage>.json         every stage report
 *   evidence/<stage>/…           SBOMs, signatures, probe logs
 *
 * The folder is built under a temporary name and renamed into place; the
 * archive is written to a temporary name and renamed. The previous archive
 * is removed first, so a crash leaves either no archive or a complete one.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { canonicalJSON } from '../input/canonical-json.ts';
import { UserError } from '../errors.ts';
import { systemReason } from '../input/text-file.ts';
import {
  parseManifestFile,
  type ReleaseManifest,
} from '../manifest/release-manifest.ts';
import { loadPolicy } from '../policy/release-policy.ts';
import type { Evidence } from '../report.ts';
import { ReleaseWorkspace } from '../workspace/release-workspace.ts';
import { tempSuffix } from '../workspace/atomic-write.ts';
import { readSBOM } from '../sbom-reader/sbom-components.ts';
import type { StageContext } from '../stage.ts';
import {
  gatherBuildInputs,
  findCommit,
  type BuildInputs,
} from './build-inputs.ts';
import {
  DossierFolder,
  sha256Sums,
  type IndexedFile,
} from './dossier-files.ts';
import { exceptionFacts, type DossierFacts } from './dossier-facts.ts';
import { renderSummary } from './dossier-summary.ts';
import { renderHTML } from './dossier-html.ts';
import { WriteFaults } from './fault-hook.ts';
import { packDirectory } from './tar-writer.ts';
import type { DossierSigner } from './dossier-signing.ts';
import type { StepFinding, StepResult, Verdict } from './run-report.ts';

/** dossier.json as written. */
export interface DossierIndex {
  format: 'shipshape-dossier/1';
  release: { id: string; version: string };
  commit: string;
  createdAt: string;
  verdict: Verdict;
  buildInputs: BuildInputs;
  stages: StepResult[];
  signing: {
    method: string;
    identity?: Record<string, string>;
    unsigned?: string;
  };
  files: IndexedFile[];
}

/** What the pipeline hands over. */
export interface DossierInput {
  verdict: Verdict;
  steps: StepResult[];
  findings: StepFinding[];
  /** Signs the index; undefined when no signer could be made. */
  signer?: DossierSigner;
  /** Why there is no signer (recorded in the index). */
  unsignedReason?: string;
}

/** Where the dossier landed. */
export interface DossierOutput {
  folder: string;
  archive: string;
  sha256: string;
  release: { id: string; version: string };
  indexSigned: boolean;
  evidence: Evidence[];
}

/** Name of the index inside the dossier. */
export const indexName = 'dossier.json';

/** Builds the dossier folder and archive for a finished run. */
export async function assembleDossier(
  context: StageContext,
  input: DossierInput,
): Promise<DossierOutput> {
  const faults = WriteFaults.fromEnv(context.env);
  const workspace = await ReleaseWorkspace.open(
    context.workspaceDir,
    context.clock,
  );
  await removeStaleDossiers(workspace.root);
  const release = await readRelease(context);
  const archive = join(
    workspace.root,
    `${safeName(release.id)}-dossier.tar.gz`,
  );

  await workspace.journal.append({
    kind: 'decision',
    stage: 'dossier',
    actor: context.actor,
    summary: `verdict ${input.verdict} for ${release.id}`,
    data: {
      verdict: input.verdict,
      steps: input.steps.map((step) => `${step.name}: ${step.status}`),
    },
  });

  const staging = join(
    workspace.root,
    `.dossier-${randomBytes(6).toString('hex')}${tempSuffix}`,
  );
  await mkdir(staging, { mode: 0o755 });
  try {
    const folder = new DossierFolder(staging, faults);
    const facts = await gatherFacts(context, release, input, workspace);
    await copyInputs(context, folder, release.manifestFile);
    await copyReports(workspace.root, folder);
    await folder.copyTree(join(workspace.root, 'evidence'), 'evidence');
    await folder.copy(workspace.journal.path, 'journal.jsonl');
    await folder.write('SUMMARY.md', renderSummary(facts));
    await folder.write('report.html', renderHTML(facts));
    await folder.write('SHA256SUMS', sha256Sums(folder.sorted()));
    const indexSigned = await writeSignedIndex(
      context,
      folder,
      input,
      facts,
      release,
    );
    await folder.syncAll();
    const final = join(workspace.root, 'dossier');
    await rename(staging, final);
    faults.wrote();
    const packed = await packDirectory(final, archive, {
      mtime: Math.floor(context.clock().getTime() / 1000),
      prefix: `${safeName(release.id)}-dossier`,
      faults,
    });
    return {
      folder: final,
      archive,
      sha256: packed.sha256,
      release: { id: release.id, version: release.version },
      indexSigned,
      evidence: [
        { path: workspace.relativePath(archive), sha256: packed.sha256 },
      ],
    };
  } catch (error: unknown) {
    throw asWriteError(error, workspace.root);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * A file system error while writing the dossier (a full disk, a read-only
 * folder) is the environment's, not a bug: exit 2 naming the folder.
 */
function asWriteError(error: unknown, root: string): unknown {
  if (error instanceof Error && 'code' in error && 'syscall' in error) {
    return new UserError(
      'DOSSIER_WRITE_FAILED',
      `cannot write the dossier in ${root}: ${systemReason(error)}`,
      { file: root },
      { cause: error },
    );
  }
  return error;
}

async function writeSignedIndex(
  context: StageContext,
  folder: DossierFolder,
  input: DossierInput,
  facts: DossierFacts,
  release: ReleaseFacts,
): Promise<boolean> {
  const index: DossierIndex = {
    format: 'shipshape-dossier/1',
    release: { id: release.id, version: release.version },
    commit: facts.commit,
    createdAt: facts.createdAt,
    verdict: input.verdict,
    buildInputs: await gatherBuildInputs(
      release.manifest,
      release.dir,
      context.env,
    ),
    stages: input.steps,
    signing: input.signer
      ? { method: input.signer.method, identity: input.signer.identity }
      : { method: 'none' },
    files: folder.sorted(),
  };
  const path = join(folder.root, indexName);
  if (!input.signer) {
    index.signing.unsigned =
      input.unsignedReason ?? 'no signing method was available';
    await folder.write(indexName, canonicalJSON(index));
    return false;
  }
  await folder.write(indexName, canonicalJSON(index));
  await input.signer.sign(path);
  // The signature lies beside the index; the hook counts it as a write.
  folder.countWrite();
  return true;
}

async function gatherFacts(
  context: StageContext,
  release: ReleaseFacts,
  input: DossierInput,
  workspace: ReleaseWorkspace,
): Promise<DossierFacts> {
  const root = workspace.root;
  const records = (await workspace.journal.verify()).records;
  return {
    verdict: input.verdict,
    release: { id: release.id, version: release.version },
    commit: await findCommit(context.cwd, context.env),
    createdAt: context.clock().toISOString(),
    releaseOwner: release.owner,
    steps: input.steps,
    findings: input.findings,
    exceptions: exceptionFacts(release.exceptions),
    overrides: records.filter(
      (r) => r.kind === 'exception' || r.kind === 'override',
    ),
    licences: await licenceCounts(join(root, 'evidence', 'sbom')),
  };
}

interface ReleaseFacts {
  id: string;
  version: string;
  owner: string;
  dir: string;
  manifestFile?: string;
  manifest?: ReleaseManifest;
  exceptions: unknown;
}

/**
 * Reads what the dossier needs from release.yaml without requiring it to
 * be valid: a NO-GO run on a broken manifest still gets a dossier.
 */
async function readRelease(context: StageContext): Promise<ReleaseFacts> {
  const fallback: ReleaseFacts = {
    id: 'release',
    version: 'unknown',
    owner: 'the release owner',
    dir: context.cwd,
    exceptions: [],
  };
  let facts = fallback;
  try {
    const parsed = await parseManifestFile(context.manifestFile, context.cwd);
    const data = parsed.document.data as Partial<ReleaseManifest> | null;
    const id = data?.release?.id;
    const version = data?.release?.version;
    facts = {
      ...fallback,
      id: typeof id === 'string' && id ? id : fallback.id,
      version: typeof version === 'string' ? version : fallback.version,
      owner:
        typeof data?.artifacts?.[0]?.owner === 'string'
          ? data.artifacts[0].owner
          : fallback.owner,
      dir: parsed.dir,
      manifestFile: parsed.path,
      manifest:
        parsed.problems.length === 0 ? (data as ReleaseManifest) : undefined,
    };
  } catch {
    // An unreadable manifest is already a failed step; keep the fallback.
  }
  try {
    const policy = await loadPolicy({
      file: context.policyFile,
      cwd: context.cwd,
    });
    return { ...facts, exceptions: policy.policy['exceptions'] ?? [] };
  } catch {
    return facts;
  }
}

async function copyInputs(
  context: StageContext,
  folder: DossierFolder,
  manifestFile: string | undefined,
): Promise<void> {
  if (manifestFile) {
    await folder
      .copy(manifestFile, `inputs/${basename(manifestFile)}`)
      .catch(() => undefined);
  }
  try {
    const policy = await loadPolicy({
      file: context.policyFile,
      cwd: context.cwd,
    });
    if (policy.path)
      await folder.copy(policy.path, `inputs/${basename(policy.path)}`);
  } catch {
    // An unreadable policy is already a failed step.
  }
}

async function copyReports(root: string, folder: DossierFolder): Promise<void> {
  const dir = join(root, 'reports');
  const names = (await readdir(dir)).filter(
    (name) =>
      name.endsWith('.json') && !['run.json', 'dossier.json'].includes(name),
  );
  for (const name of names.sort()) {
    await folder.copy(join(dir, name), `reports/${name}`);
  }
}

async function licenceCounts(dir: string): Promise<[string, number][]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort();
  } catch {
    return [];
  }
  const counts = new Map<string, number>();
  for (const name of names) {
    try {
      const sbom = await readSBOM(join(dir, name), name);
      if (sbom.format !== 'cyclonedx' && counts.size > 0) continue;
      for (const component of sbom.components) {
        if (component.subject) continue;
        const key = component.licenses ?? 'unknown';
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      if (sbom.format === 'cyclonedx') break;
    } catch {
      // Not an SBOM (a signature or a log): nothing to count.
    }
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

/**
 * Removes the previous dossier (folder and archive) and whatever an
 * interrupted assembly left, so that after a crash the workspace holds
 * either no dossier or this run's complete one, never an older one.
 */
async function removeStaleDossiers(root: string): Promise<void> {
  const old = join(
    root,
    `.dossier-old-${randomBytes(6).toString('hex')}${tempSuffix}`,
  );
  await rename(join(root, 'dossier'), old).catch(() => undefined);
  for (const name of await readdir(root)) {
    if (name.endsWith(tempSuffix) || name.endsWith('-dossier.tar.gz')) {
      await rm(join(root, name), { recursive: true, force: true });
    }
  }
}

/** A release id made safe for a file name. */
export function safeName(id: string): string {
  const cleaned = id.replace(/[^A-Za-z0-9._-]/g, '-').replace(/^[.-]+/, '');
  return cleaned.slice(0, 80) || 'release';
}
