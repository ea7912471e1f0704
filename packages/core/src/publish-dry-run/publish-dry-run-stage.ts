/**
 * The publish-dry-run stage: for every artifact and every target registry
 * of the chosen environment, ask the registry (without publishing, tagging
 * or uploading anything) whether the publish would succeed, and report a
 * table of reachable / authenticated / allowed / version free / package
 * valid, with the reason for every cell.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../errors.ts';
import {
  partFolder,
  selectArtifacts,
  withSelection,
} from '../manifest/artifact-selection.ts';
import { visibleText } from '../text/visible-text.ts';
import type { Finding } from '../findings.ts';
import type { StageReport } from '../report.ts';
import { runStage, type StageContext } from '../stage.ts';
import { canonicalJSON } from '../input/canonical-json.ts';
import { isRecord } from '../input/json-document.ts';
import { resolveProjectPath } from '../paths/project-path.ts';
import { loadPolicy, policySection } from '../policy/release-policy.ts';
import {
  loadManifest,
  type Artifact,
  type LoadedManifest,
} from '../manifest/release-manifest.ts';
import {
  HttpClient,
  safeURL,
  type HttpClientOptions,
} from '../net/http-client.ts';
import {
  checkNames,
  type Credential,
  type ProbeFinding,
  type ProbeResult,
  type RegistryConfig,
  type RegistryProbe,
} from './registry-probe.ts';
import {
  compareFingerprints,
  readCredential,
  sharedVariables,
  type NamedRegistry,
  type ReadCredential,
} from './registry-credentials.ts';
import type { ProbeRow } from './probe-table.ts';

/** Options of the stage; all optional. */
export interface PublishDryRunOptions {
  /** Registries of which environment to probe (default `staging`). */
  environment?: string;
  /** Limits of each probe's HTTP client (defaults: 10 s per request, 30 s per probe). */
  http?: HttpClientOptions;
  /**
   * Only these artifacts of the manifest (by name), as one matrix job of
   * the release workflow probes one artifact; the table then goes to
   * `evidence/publish-dry-run/parts/<names>/`. Default: all.
   */
  artifacts?: string[];
}

/**
 * One probe per registry kind, loaded when a target of that kind is
 * probed: a run against npm alone never loads the archive readers of the
 * others.
 */
const probes: Record<RegistryConfig['kind'], () => Promise<RegistryProbe>> = {
  npm: async () => new (await import('./npm-registry.ts')).NpmRegistryProbe(),
  container: async () =>
    new (await import('./oci-registry.ts')).OCIRegistryProbe(),
  maven: async () =>
    new (await import('./maven-repository.ts')).MavenRepositoryProbe(),
  pypi: async () =>
    new (await import('./pypi-registry.ts')).PyPIRegistryProbe(),
  nuget: async () => new (await import('./nuget-feed.ts')).NuGetFeedProbe(),
};

/** Environment variables a probe may read besides credentials. */
const probeVariables = new Set([
  'GITHUB_ACTIONS',
  'ACTIONS_ID_TOKEN_REQUEST_URL',
]);

interface Pair {
  artifact: Artifact;
  index: number;
  targetIndex: number;
  target: NamedRegistry;
}

/** Runs the publish dry run for one environment. */
export async function runPublishDryRunStage(
  context: StageContext,
  options: PublishDryRunOptions = {},
): Promise<StageReport> {
  const environment = options.environment ?? 'staging';
  const manifest = await loadManifest(context.manifestFile, context.cwd);
  const chosen = new Set(
    selectArtifacts(
      manifest.manifest.artifacts,
      options.artifacts,
      manifest.file,
    ),
  );
  const policy = await loadPolicy({
    file: context.policyFile,
    cwd: context.cwd,
  });
  const registries = namedRegistries(
    policySection(policy.policy, 'registries'),
  );
  checkEnvironment(environment, registries, policy.file ?? 'policy.yaml');

  return runStage(context, 'publish-dry-run', async (workspace) => {
    const findings: Finding[] = [];
    const { pairs, problems } = pairsFor(
      manifest,
      chosen,
      registries,
      environment,
    );
    findings.push(...problems);
    const policyFindings = sharedVariables(registries);
    const credentials = readCredentials(
      context,
      registries,
      environment,
      policyFindings,
    );
    policyFindings.push(
      ...(await compareFingerprints(
        context.workspaceDir,
        environment,
        credentials.read,
      )),
    );
    findings.push(...policyFindings.map((item) => atPolicy(item, policy.file)));

    const results = await Promise.all(
      pairs.map((pair) =>
        probePair(context, manifest, pair, credentials.byName, options.http),
      ),
    );
    const rows: ProbeRow[] = [];
    for (const [index, result] of results.entries()) {
      const pair = pairs[index];
      if (!pair) continue;
      rows.push(redactRow(toRow(pair, result), context));
      findings.push(
        ...result.findings.map((item) =>
          atTarget(item, manifest, pair, context),
        ),
      );
    }
    const table = canonicalJSON(rows);
    const evidence = [
      await workspace.writeEvidence(
        'publish-dry-run',
        `${partFolder(options.artifacts)}table-${environment}.json`,
        table,
      ),
    ];
    return withSelection(
      {
        findings,
        evidence,
        extra: { environment, table: rows },
        summary: journalSummary(environment, rows, findings),
      },
      options.artifacts,
    );
  });
}

function namedRegistries(section: Record<string, unknown>): NamedRegistry[] {
  return Object.entries(section)
    .filter((entry): entry is [string, RegistryConfig] => isRecord(entry[1]))
    .map(([name, registry]) => ({ name, registry }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

function checkEnvironment(
  environment: string,
  registries: NamedRegistry[],
  file: string,
): void {
  // The name becomes part of an evidence file name: keep it plain.
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(environment))
    throw new UserError(
      'PUBLISH_ENVIRONMENT_INVALID',
      `environment "${visibleText(environment, 80)}" must be letters, digits, ".", "_" or "-" (at most 64)`,
      { field: 'environment' },
    );
  if (registries.length === 0) return;
  const known = [
    ...new Set(registries.map((item) => item.registry.environment)),
  ].sort();
  if (known.includes(environment)) return;
  throw new UserError(
    'PUBLISH_ENVIRONMENT_UNKNOWN',
    `no registry in ${file} belongs to environment "${environment}"; known environments: ${known.join(', ')}`,
    { file, field: '/registries' },
  );
}

function pairsFor(
  loaded: LoadedManifest,
  chosen: ReadonlySet<Artifact>,
  registries: NamedRegistry[],
  environment: string,
): { pairs: Pair[]; problems: Finding[] } {
  const byName = new Map(registries.map((item) => [item.name, item]));
  const pairs: Pair[] = [];
  const problems: Finding[] = [];
  for (const [index, artifact] of loaded.manifest.artifacts.entries()) {
    if (!chosen.has(artifact)) continue;
    for (const [targetIndex, name] of (artifact.targets ?? []).entries()) {
      const target = byName.get(name);
      const pointer = `/artifacts/${index}/targets/${targetIndex}`;
      if (!target) {
        problems.push(
          manifestFinding(loaded, pointer, artifact, {
            code: 'PUBLISH_TARGET_UNKNOWN',
            severity: 'error',
            message: `target "${name}" of ${artifact.name} is not a registry in policy.yaml`,
            remediation:
              'Add the registry under `registries` in policy.yaml or fix the target name.',
          }),
        );
      } else if (target.registry.environment === environment) {
        pairs.push({ artifact, index, targetIndex, target });
      }
    }
  }
  return { pairs, problems };
}

function readCredentials(
  context: StageContext,
  registries: NamedRegistry[],
  environment: string,
  findings: ProbeFinding[],
): { byName: Map<string, Credential>; read: ReadCredential[] } {
  const byName = new Map<string, Credential>();
  const read: ReadCredential[] = [];
  for (const { name, registry } of registries) {
    // Never touch another environment's variables, not even to compare.
    if (registry.environment !== environment) continue;
    const lookup = readCredential(name, registry, context.env, context.secrets);
    if (lookup.finding) findings.push(lookup.finding);
    if (!lookup.credential) continue;
    byName.set(name, lookup.credential);
    const raw = context.env[lookup.credential.variable] ?? '';
    read.push({
      registry: name,
      variable: lookup.credential.variable,
      secret: raw,
    });
  }
  return { byName, read };
}

async function probePair(
  context: StageContext,
  loaded: LoadedManifest,
  pair: Pair,
  credentials: Map<string, Credential>,
  http: HttpClientOptions | undefined,
): Promise<ProbeResult> {
  const { artifact, target } = pair;
  const resolved = await resolveProjectPath(
    loaded.dir,
    loaded.dir,
    artifact.path,
  );
  if (!resolved.ok) return unreadable(artifact, resolved.detail);
  const kind = artifact.kind === 'container' ? 'container' : artifact.kind;
  if (kind !== target.registry.kind) return mismatch(artifact, target);
  const tempDir = await mkdtemp(join(tmpdir(), 'shipshape-probe-'));
  try {
    const probe = await probes[target.registry.kind]();
    return await probe.probe({
      artifact,
      artifactPath: resolved.real,
      releaseVersion: loaded.manifest.release.version,
      registryName: target.name,
      registry: target.registry,
      credential: credentials.get(target.name),
      http: new HttpClient(http),
      logger: context.logger,
      tempDir,
      readEnv: (name) =>
        probeVariables.has(name) ? context.env[name] : undefined,
      now: context.now,
    });
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
}

function unreadable(artifact: Artifact, detail: string): ProbeResult {
  return failedBeforeProbe(detail, {
    code: 'PUBLISH_PACKAGE_INVALID',
    severity: 'error',
    message: `${artifact.path} cannot be read for the dry run: ${detail}`,
    remediation:
      'Build the artifact into the path release.yaml names before the dry run.',
  });
}

function mismatch(artifact: Artifact, target: NamedRegistry): ProbeResult {
  const detail = `a ${artifact.kind} artifact cannot go to a ${target.registry.kind} registry`;
  return failedBeforeProbe(detail, {
    code: 'PUBLISH_PACKAGE_INVALID',
    severity: 'error',
    message: `${artifact.name} targets "${target.name}", but ${detail}`,
    remediation: 'Point the artifact at a registry of its own kind.',
  });
}

function failedBeforeProbe(reason: string, finding: ProbeFinding): ProbeResult {
  const notRun = { value: 'not checked' as const, reason: 'not probed' };
  return {
    checks: {
      reachable: notRun,
      authenticated: notRun,
      allowed: notRun,
      versionFree: notRun,
      packageValid: { value: false, reason },
    },
    findings: [finding],
  };
}

function toRow(pair: Pair, result: ProbeResult): ProbeRow {
  const row: ProbeRow = {
    artifact: pair.artifact.name,
    target: pair.target.name,
    registry: safeURL(pair.target.registry.url),
    kind: pair.target.registry.kind,
    reachable: result.checks.reachable.value,
    authenticated: result.checks.authenticated.value,
    allowed: result.checks.allowed.value,
    versionFree: result.checks.versionFree.value,
    packageValid: result.checks.packageValid.value,
    reasons: {
      reachable: result.checks.reachable.reason,
      authenticated: result.checks.authenticated.reason,
      allowed: result.checks.allowed.reason,
      versionFree: result.checks.versionFree.reason,
      packageValid: result.checks.packageValid.reason,
    },
  };
  return row;
}

// Reasons quote registry answers; a registry echoing a credential back
// must not carry it into the report.
function redactRow(row: ProbeRow, context: StageContext): ProbeRow {
  const reasons = { ...row.reasons };
  for (const name of checkNames)
    reasons[name] = context.secrets.redact(reasons[name]);
  return { ...row, reasons };
}

function atTarget(
  finding: ProbeFinding,
  loaded: LoadedManifest,
  pair: Pair,
  context: StageContext,
): Finding {
  const redacted = {
    ...finding,
    message: context.secrets.redact(finding.message),
    remediation: context.secrets.redact(finding.remediation),
  };
  return manifestFinding(
    loaded,
    `/artifacts/${pair.index}/targets/${pair.targetIndex}`,
    pair.artifact,
    redacted,
  );
}

function manifestFinding(
  loaded: LoadedManifest,
  pointer: string,
  artifact: Artifact,
  finding: ProbeFinding,
): Finding {
  const at = loaded.document.locate(pointer);
  return {
    ...finding,
    owner: artifact.owner,
    location: {
      file: loaded.file,
      pointer,
      line: at?.line,
      column: at?.column,
    },
  };
}

function atPolicy(finding: ProbeFinding, file: string | undefined): Finding {
  return file
    ? { ...finding, location: { file, pointer: '/registries' } }
    : finding;
}

// The journal says what was decided, in words like "failed: auth"; a dry
// run never records anything as published.
function journalSummary(
  environment: string,
  rows: ProbeRow[],
  findings: Finding[],
): string {
  const words: Record<string, string> = {
    reachable: 'unreachable',
    authenticated: 'auth',
    allowed: 'permission',
    versionFree: 'version exists',
    packageValid: 'package invalid',
  };
  const parts = rows.map((row) => {
    const failed = checkNames.find((name) => row[name] === false);
    return `${row.artifact}→${row.target} ${failed ? `failed: ${words[failed] ?? failed}` : 'would publish'}`;
  });
  const errors = findings.filter((item) => item.severity === 'error').length;
  return `publish dry run (${environment}, nothing published): ${parts.join('; ') || 'no targets'}${errors ? `; ${errors} error(s)` : ''}`;
}
