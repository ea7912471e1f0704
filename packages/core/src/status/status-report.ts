/**
 * The status of a release, read from its workspace: where each stage
 * stands, what blocks the release and who owns it, which exceptions are
 * about to expire, and what has not been evaluated yet. It serves as the
 * dashboard of outstanding tasks; renderers turn it into Markdown and HTML.
 */
import { textOf } from './text-field.ts';
import { lstat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { describeError, isUserError } from '../errors.ts';
import { countBySeverity, type Finding, type Severity } from '../findings.ts';
import { isRecord } from '../input/json-document.ts';
import { parseManifestFile } from '../manifest/release-manifest.ts';
import { loadPolicy, type ReleasePolicy } from '../policy/release-policy.ts';
import { stageNames, type StageReport } from '../report.ts';
import type { Artifact } from '../manifest/release-manifest.ts';
import type { StageContext } from '../stage.ts';
import { escalationPolicy } from './escalation-policy.ts';
import { findingFingerprint } from './finding-fingerprint.ts';
import {
  readWorkspaceSnapshot,
  type ReportSlot,
  type WorkspaceSnapshot,
} from './workspace-snapshot.ts';

/** Where a stage stands. */
export type StageState = 'passed' | 'failed' | 'not-run' | 'unreadable';

/** One stage's line in the status. */
export interface StageStatus {
  stage: string;
  state: StageState;
  counts: Record<Severity, number>;
  finishedAt?: string;
  reason?: string;
}

/** A finding that blocks the release, with whoever must act on it. */
export interface Blocker {
  fingerprint: string;
  stage: string;
  finding: Finding;
  /** The owning team or person; undefined when nobody is named. */
  owner?: string;
}

/** Signing progress of one artifact. */
export interface ArtifactSigning {
  artifact: string;
  owner: string;
  state: 'signed' | 'unsigned' | 'not-evaluated';
  evidence: string[];
}

/** An exception whose expiry date is near or past. */
export interface ExpiringException {
  id: string;
  owner: string;
  expires: string;
  /** Whole days left; negative when expired; null when the date is unreadable. */
  daysLeft: number | null;
}

/** One row of the publish dry-run table. */
export interface DryRunRow {
  artifact: string;
  target: string;
  registry: string;
  kind: string;
  reachable: boolean | null;
  authenticated: boolean | null;
  allowed: boolean | null;
  versionFree: boolean | null;
  packageValid: boolean | null;
}

/** The status report (JSON form; `schema` names its version). */
export interface StatusReport {
  schema: 'shipshape-status/1';
  generatedAt: string;
  release?: { id: string; version: string };
  /** The run's verdict when decided; PENDING while stages are missing. */
  verdict: 'GO' | 'NO-GO' | 'PENDING';
  manifest: {
    file: string;
    state: 'ready' | 'invalid' | 'missing';
    artifacts: number;
    problem?: string;
  };
  stages: StageStatus[];
  version?: { decision?: string; version?: string; previousVersion?: string };
  signing: ArtifactSigning[];
  sbom: { state: StageState; documents: string[] };
  dryRun: { state: StageState; rows: DryRunRow[] };
  blockers: Blocker[];
  exceptions: ExpiringException[];
  /** Stages whose report is absent or unreadable. */
  notEvaluated: string[];
  /** The whole run's report (`reports/run.json`), when present. */
  run: { state: StageState; finishedAt?: string };
  /** Findings of every stage and the run by severity, each counted once. */
  counts: Record<Severity, number>;
  /** Credential hygiene findings, when the caller checked credentials. */
  credentials: Finding[];
  journal: { ok: boolean; records: number; problem?: string };
}

/** Options for `buildStatus`; everything is optional. */
export interface StatusOptions {
  /** Findings of `checkCredentialHygiene`, shown in their own section. */
  credentialFindings?: Finding[];
}

const dayMs = 86_400_000;

/**
 * Builds the status of the release in `context.workspaceDir`. Reads only:
 * an empty or missing workspace gives a status in which nothing has been
 * evaluated. An invalid policy is a configuration error (exit 2).
 */
export async function buildStatus(
  context: StageContext,
  options: StatusOptions = {},
): Promise<StatusReport> {
  const loaded = await loadPolicy({
    file: context.policyFile,
    cwd: context.cwd,
  });
  const escalation = escalationPolicy(loaded.policy);
  const snapshot = await readWorkspaceSnapshot(
    context.workspaceDir,
    context.clock,
  );
  const manifest = await readManifest(context);
  const artifacts = manifest.artifacts;
  const reports = presentReports(snapshot);
  // The run report last: its findings (a step that could not run, an
  // unsigned dossier) explain a NO-GO; those repeating a stage's are
  // dropped by fingerprint.
  const withRun = new Map(reports);
  if (snapshot.run.state === 'present') withRun.set('run', snapshot.run.report);
  const blockers = collectBlockers(withRun, artifacts, escalation.defaultOwner);
  const stages = stageStatuses(snapshot);
  return {
    schema: 'shipshape-status/1',
    generatedAt: context.clock().toISOString(),
    release: manifest.release,
    verdict: verdictOf(snapshot, stages, blockers),
    manifest: manifest.summary,
    stages,
    version: versionOf(reports.get('enforce-version')),
    signing: signingOf(artifacts, reports.get('sign')),
    sbom: {
      state: stateOf(snapshot.stages.get('sbom')),
      documents: (reports.get('sbom')?.evidence ?? []).map((item) => item.path),
    },
    dryRun: {
      state: stateOf(snapshot.stages.get('publish-dry-run')),
      rows: dryRunRows(reports.get('publish-dry-run')),
    },
    blockers,
    exceptions: expiringExceptions(
      loaded.policy,
      context.now(),
      escalation.expiryWarningDays,
    ),
    notEvaluated: stages
      .filter(
        (stage) => stage.state === 'not-run' || stage.state === 'unreadable',
      )
      .map((stage) => stage.stage),
    counts: countBySeverity(distinctFindings(withRun)),
    run: {
      state: stateOf(snapshot.run),
      finishedAt:
        snapshot.run.state === 'present'
          ? snapshot.run.report.finishedAt
          : undefined,
    },
    credentials: options.credentialFindings ?? [],
    journal: {
      ok: snapshot.journal.ok,
      records: snapshot.journal.records.length,
      problem: snapshot.journal.problem
        ? `line ${snapshot.journal.problem.line}: ${snapshot.journal.problem.reason}`
        : undefined,
    },
  };
}

interface ManifestView {
  summary: StatusReport['manifest'];
  release?: { id: string; version: string };
  artifacts: Artifact[];
}

async function readManifest(context: StageContext): Promise<ManifestView> {
  const file = context.manifestFile;
  try {
    const parsed = await parseManifestFile(file, context.cwd);
    const data = isRecord(parsed.document.data) ? parsed.document.data : {};
    const release = isRecord(data['release']) ? data['release'] : {};
    const artifacts = Array.isArray(data['artifacts'])
      ? data['artifacts']
          .filter(isRecord)
          .map((item) => item as unknown as Artifact)
      : [];
    const first = parsed.problems[0];
    return {
      summary: {
        file,
        state: first ? 'invalid' : 'ready',
        artifacts: artifacts.length,
        problem: first
          ? `${String(parsed.problems.length)} schema problem(s), first at ${first.pointer || '/'}: ${first.message}`
          : undefined,
      },
      release: {
        id: textOf(release['id']),
        version: textOf(release['version']),
      },
      artifacts,
    };
  } catch (error: unknown) {
    if (!isUserError(error)) throw error;
    const missing = !(await isPresent(resolve(context.cwd, file)));
    return {
      summary: {
        file,
        state: missing ? 'missing' : 'invalid',
        artifacts: 0,
        problem: describeError(error),
      },
      artifacts: [],
    };
  }
}

function presentReports(snapshot: WorkspaceSnapshot): Map<string, StageReport> {
  const reports = new Map<string, StageReport>();
  for (const [stage, slot] of snapshot.stages) {
    if (slot.state === 'present') reports.set(stage, slot.report);
  }
  return reports;
}

function distinctFindings(
  reports: ReadonlyMap<string, StageReport>,
): Finding[] {
  const seen = new Set<string>();
  const result: Finding[] = [];
  for (const report of reports.values()) {
    for (const finding of report.findings) {
      const key = `${finding.severity}:${findingFingerprint(finding)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      result.push(finding);
    }
  }
  return result;
}

function stateOf(slot: ReportSlot | undefined): StageState {
  if (!slot || slot.state === 'absent') return 'not-run';
  if (slot.state === 'unreadable') return 'unreadable';
  return slot.report.ok ? 'passed' : 'failed';
}

function stageStatuses(snapshot: WorkspaceSnapshot): StageStatus[] {
  return stageNames.map((stage) => {
    const slot = snapshot.stages.get(stage);
    const state = stateOf(slot);
    return {
      stage,
      state,
      counts:
        slot?.state === 'present'
          ? slot.report.counts
          : { error: 0, warning: 0, note: 0 },
      finishedAt:
        slot?.state === 'present' ? slot.report.finishedAt : undefined,
      reason: slot?.state === 'unreadable' ? slot.reason : undefined,
    };
  });
}

function verdictOf(
  snapshot: WorkspaceSnapshot,
  stages: readonly StageStatus[],
  blockers: readonly Blocker[],
): StatusReport['verdict'] {
  const decided = [snapshot.run, snapshot.stages.get('dossier')]
    .map((slot) =>
      slot?.state === 'present' ? slot.report['verdict'] : undefined,
    )
    .find((verdict) => verdict === 'GO' || verdict === 'NO-GO');
  if (decided === 'GO' || decided === 'NO-GO') return decided;
  if (blockers.length > 0 || stages.some((stage) => stage.state === 'failed')) {
    return 'NO-GO';
  }
  return 'PENDING';
}

/**
 * Every error finding of every stage, once per fingerprint, with its owner:
 * the finding's own, else the owner of the artifact it names, else the
 * policy's `escalation.default-owner`.
 */
function collectBlockers(
  reports: ReadonlyMap<string, StageReport>,
  artifacts: readonly Artifact[],
  defaultOwner: string | undefined,
): Blocker[] {
  const seen = new Set<string>();
  const blockers: Blocker[] = [];
  for (const [stage, report] of reports) {
    for (const finding of report.findings) {
      if (finding.severity !== 'error') continue;
      const fingerprint = findingFingerprint(finding);
      if (seen.has(fingerprint)) continue;
      seen.add(fingerprint);
      const owner = ownerOf(finding, artifacts) ?? defaultOwner;
      blockers.push({ fingerprint, stage, finding, owner });
    }
  }
  return blockers;
}

function ownerOf(
  finding: Finding,
  artifacts: readonly Artifact[],
): string | undefined {
  if (typeof finding.owner === 'string' && finding.owner !== '') {
    return finding.owner;
  }
  const named = finding.details?.['artifact'];
  const artifact = artifacts.find(
    (item) =>
      item.name === named ||
      (finding.location?.file !== undefined &&
        item.path === finding.location.file),
  );
  return typeof artifact?.owner === 'string' ? artifact.owner : undefined;
}

function versionOf(report: StageReport | undefined): StatusReport['version'] {
  if (!report) return undefined;
  const text = (value: unknown) =>
    typeof value === 'string' ? value : undefined;
  return {
    decision: text(report['decision']),
    version: text(report['version']),
    previousVersion: text(report['previousVersion']),
  };
}

const signatureSuffixes = ['.sigstore.json', '.asc'];

/** Signed means: the sign report lists a bundle or signature for it. */
function signingOf(
  artifacts: readonly Artifact[],
  report: StageReport | undefined,
): ArtifactSigning[] {
  return artifacts.map((artifact) => {
    const names = new Set([artifact.name, basename(artifact.path)]);
    const evidence = (report?.evidence ?? [])
      .map((item) => item.path)
      .filter((path) => {
        const file = basename(path);
        return signatureSuffixes.some(
          (suffix) =>
            file.endsWith(suffix) && names.has(file.slice(0, -suffix.length)),
        );
      });
    const state: ArtifactSigning['state'] = !report
      ? 'not-evaluated'
      : evidence.length > 0
        ? 'signed'
        : 'unsigned';
    return {
      artifact: artifact.name,
      owner: artifact.owner,
      state,
      evidence,
    };
  });
}

function dryRunRows(report: StageReport | undefined): DryRunRow[] {
  const table = report?.['table'];
  if (!Array.isArray(table)) return [];
  const flag = (value: unknown) => (typeof value === 'boolean' ? value : null);
  return table.filter(isRecord).map((row) => ({
    artifact: textOf(row['artifact']),
    target: textOf(row['target']),
    registry: textOf(row['registry']),
    kind: textOf(row['kind']),
    reachable: flag(row['reachable']),
    authenticated: flag(row['authenticated']),
    allowed: flag(row['allowed']),
    versionFree: flag(row['versionFree']),
    packageValid: flag(row['packageValid']),
  }));
}

/** Exceptions whose `expires` falls within `warningDays` of now, or is past. */
export function expiringExceptions(
  policy: ReleasePolicy,
  now: Date,
  warningDays: number,
): ExpiringException[] {
  const list = Array.isArray(policy['exceptions']) ? policy['exceptions'] : [];
  const result: ExpiringException[] = [];
  for (const item of list.filter(isRecord)) {
    const expires = textOf(item['expires']);
    const time = Date.parse(expires);
    const daysLeft = Number.isNaN(time)
      ? null
      : Math.floor((time - now.getTime()) / dayMs);
    if (daysLeft !== null && daysLeft > warningDays) continue;
    result.push({
      id: textOf(item['id']),
      owner: textOf(item['owner']),
      expires,
      daysLeft,
    });
  }
  return result.sort(
    (a, b) => (a.daysLeft ?? -Infinity) - (b.daysLeft ?? -Infinity),
  );
}

async function isPresent(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}
