/**
 * The sbom stage: for each artifact, an SBOM (CycloneDX 1.5/1.6 or SPDX
 * 2.3 JSON) built from its lockfile, or an existing SBOM validated and
 * annotated; each cross-checked against the manifest, checked for
 * lockfile injection, validated against the official schema, and written
 * to `evidence/sbom/` (or `--out`).
 */
import { InternalError, UserError } from '../errors.ts';
import type { Finding, Location } from '../findings.ts';
import { isRecord, readJSONFile } from '../input/json-document.ts';
import { toPointer } from '../input/json-pointer.ts';
import type { LockedPackage, Lockfile } from '../lockfiles/locked-package.ts';
import { readLockfile } from '../lockfiles/read-lockfile.ts';
import { loadPolicy, type LoadedPolicy } from '../policy/release-policy.ts';
import type { StageReport } from '../report.ts';
import { runStage, type StageContext } from '../stage.ts';
import type { CycloneDXWriteVersion } from './cyclonedx-writer.ts';
import { checkIntegrity, checkResolvedURLs } from './lockfile-checks.ts';
import {
  crossCheck,
  type AppliedRedaction,
  type ComponentRef,
} from './sbom-crosscheck.ts';
import { shipshapeVersion, type SBOMContent } from './sbom-document.ts';
import { annotateSBOM, componentsOf } from './sbom-input.ts';
import { outputName, writeAll, type MadeSBOM } from './sbom-output.ts';
import { planSBOMs, type SBOMJob, type SBOMPlan } from './sbom-plan.ts';
import {
  selectArtifacts,
  withSelection,
} from '../manifest/artifact-selection.ts';
import { sbomPolicy, type SBOMPolicy } from './sbom-policy.ts';
import type { SBOMFormat } from './sbom-schema.ts';
import { writeSPDX } from './spdx-writer.ts';

// The CycloneDX library and the SBOM schemas are the bulk of this stage's
// code: they load when an SBOM is written or checked, so a run that stops
// earlier (a missing manifest, a bad lockfile) starts fast.
const loadCycloneDXWriter = () => import('./cyclonedx-writer.ts');
const loadSBOMSchemas = () => import('./sbom-schema.ts');
type SBOMValidate = Awaited<ReturnType<typeof loadSBOMSchemas>>['validateSBOM'];

/** Options of the sbom stage; every one has a default. */
export interface SBOMOptions {
  /** A lockfile to read instead of the manifest's (default: the manifest's). */
  lockfile?: string;
  /** Output format (default: policy `sbom.format`, else `cyclonedx`). */
  format?: SBOMFormat;
  /** 1.5 or 1.6 for CycloneDX (default 1.5), 2.3 for SPDX. */
  specVersion?: string;
  /** An SBOM from another tool to validate and annotate instead. */
  input?: string;
  /** Output file (one SBOM) or folder (default `evidence/sbom/`). */
  out?: string;
  /** Include development-only packages (default: policy, else false). */
  includeDev?: boolean;
  /** Only these artifacts of the manifest (by name). Default: all. */
  artifacts?: string[];
}

/** Runs the sbom stage and returns its report. */
export async function runSBOMStage(
  context: StageContext,
  options: SBOMOptions = {},
): Promise<StageReport> {
  const plan = onlySelected(
    await planSBOMs(context, options),
    options.artifacts,
  );
  const policy = await loadPolicy({
    file: context.policyFile,
    cwd: context.cwd,
  });
  const settings = sbomPolicy(policy.policy);
  const outputs = chooseOutputs(
    options.format ? [options.format] : settings.formats,
    options.specVersion ?? settings.specVersion,
  );
  const today = context.now().toISOString().slice(0, 10);

  // Every input is read and every SBOM built before the workspace is
  // touched, so bad input leaves nothing behind.
  const findings: Finding[] = [];
  const made: MadeSBOM[] = [];
  const redactions: AppliedRedaction[] = [];
  for (const job of plan.jobs) {
    const result = await makeSBOM(job, {
      context,
      plan,
      policy,
      settings,
      outputs,
      today,
      options,
    });
    findings.push(...result.findings);
    redactions.push(...result.redactions);
    made.push(...result.made);
  }

  return runStage(context, 'sbom', async (workspace) => {
    const evidence = await writeAll(made, workspace, context, options.out);
    for (const redaction of redactions) {
      await workspace.journal.append({
        kind: 'exception',
        stage: 'sbom',
        actor: context.actor,
        summary: `sbom: ${redaction.package} left out of ${redaction.artifact}'s SBOM by redaction`,
        data: { ...redaction },
      });
    }
    return withSelection(
      {
        findings,
        evidence,
        extra: {
          sboms: made.map((m, i) => ({
            artifact: m.artifact,
            format: m.format,
            specVersion: m.specVersion,
            path: evidence[i]?.path,
            components: m.components,
            source: m.source,
          })),
          redactions,
        },
        summary: `sbom: ${made.length} SBOM${made.length === 1 ? '' : 's'} written, ${findings.filter((f) => f.severity === 'error').length} errors`,
      },
      options.artifacts,
    );
  });
}

/** The plan's jobs for the artifacts named (exit 2 for an unknown name). */
function onlySelected(
  plan: SBOMPlan,
  names: readonly string[] | undefined,
): SBOMPlan {
  if (names === undefined || names.length === 0) return plan;
  if (!plan.manifest) {
    throw new UserError(
      'ARTIFACT_WITHOUT_MANIFEST',
      'artifacts can only be chosen by name from a release manifest',
      { field: 'artifact' },
    );
  }
  const chosen = new Set(
    selectArtifacts(
      plan.manifest.manifest.artifacts,
      names,
      plan.manifest.file,
    ).map((artifact) => artifact.name),
  );
  return {
    ...plan,
    jobs: plan.jobs.filter(
      (job) => job.artifact !== undefined && chosen.has(job.artifact.name),
    ),
  };
}

interface JobSettings {
  context: StageContext;
  plan: SBOMPlan;
  policy: LoadedPolicy;
  settings: SBOMPolicy;
  outputs: SBOMOutput[];
  today: string;
  options: SBOMOptions;
}

interface JobResult {
  findings: Finding[];
  redactions: AppliedRedaction[];
  made: MadeSBOM[];
}

/** One format and version to write. */
interface SBOMOutput {
  format: SBOMFormat;
  specVersion: string;
}

async function makeSBOM(
  job: SBOMJob,
  settings: JobSettings,
): Promise<JobResult> {
  if (job.source.kind === 'sbom')
    return annotateExisting(job, job.source, settings);
  const lockfile =
    job.source.kind === 'lockfile'
      ? await readLockfile(job.source.path, job.source.file)
      : undefined;
  const includeDev =
    settings.options.includeDev ??
    job.artifact?.dependencies?.['include-dev'] ??
    settings.settings.includeDev;
  const packages = (lockfile?.packages ?? []).filter(
    (entry) => includeDev || !entry.dev,
  );
  const direct = directDependencies(lockfile, packages, includeDev);
  const owner = job.artifact?.owner;
  const findings: Finding[] = lockfile
    ? [
        ...checkResolvedURLs(lockfile, settings.settings.allowedHosts, owner),
        ...checkIntegrity(lockfile, owner),
      ]
    : [];
  if (job.source.kind === 'none' && job.artifact) {
    findings.push({
      code: 'SBOM_NO_DEPENDENCY_SOURCE',
      severity: 'note',
      message: `${job.artifact.name} names no lockfile or SBOM in dependencies, so its SBOM lists only the artifact itself`,
      location: locateArtifact(settings, job, 'dependencies'),
      owner,
    });
  }
  const check = crossCheck(
    crossCheckInput(job, settings, packages.map(toRef), direct.map(toRef)),
  );
  const kept = packages.filter((entry) => !check.remove.has(entry.purl));
  const content: SBOMContent = {
    subject: job.subject,
    packages: kept,
    rootDependsOn: direct
      .map((entry) => entry.purl)
      .filter((purl) => !check.remove.has(purl)),
    timestamp: settings.context.clock(),
    toolVersion: shipshapeVersion,
  };
  const { writeCycloneDX } = await loadCycloneDXWriter();
  const { validateSBOM } = await loadSBOMSchemas();
  const made = settings.outputs.map(({ format, specVersion }) => {
    const text =
      format === 'spdx'
        ? writeSPDX(content)
        : writeCycloneDX(content, specVersion as CycloneDXWriteVersion);
    assertOwnOutputValid(validateSBOM, text, job.subject.artifactName);
    return {
      artifact: job.subject.artifactName,
      format,
      specVersion,
      fileName: outputName(job.subject.artifactName, format),
      text,
      components: kept.length,
      source: job.source.kind === 'lockfile' ? job.source.file : 'none',
    };
  });
  return {
    findings: [...findings, ...check.findings],
    redactions: check.redactions,
    made,
  };
}

async function annotateExisting(
  job: SBOMJob,
  source: { path: string; file: string },
  settings: JobSettings,
): Promise<JobResult> {
  const document = await readJSONFile(source.path, source.file);
  const { validateSBOM } = await loadSBOMSchemas();
  const validation = validateSBOM(document, source.file);
  if (
    validation.problems.length > 0 ||
    !validation.format ||
    !isRecord(document)
  ) {
    return {
      findings: invalidInputFindings(
        source.file,
        validation.problems,
        job.artifact?.owner,
      ),
      redactions: [],
      made: [],
    };
  }
  const components = componentsOf(document, validation.format);
  const check = crossCheck(
    crossCheckInput(job, settings, components, undefined),
  );
  const annotated = annotateSBOM(
    document,
    validation.format,
    job.subject,
    settings.context.clock(),
    check.remove,
  );
  const text = `${JSON.stringify(annotated, null, 2)}\n`;
  assertOwnOutputValid(validateSBOM, text, job.subject.artifactName);
  return {
    findings: check.findings,
    redactions: check.redactions,
    made: [
      {
        artifact: job.subject.artifactName,
        format: validation.format,
        specVersion: validation.specVersion ?? '',
        fileName: outputName(job.subject.artifactName, validation.format),
        text,
        components: components.length - check.remove.size,
        source: source.file,
      },
    ],
  };
}

const maxProblemFindings = 50;

function invalidInputFindings(
  file: string,
  problems: { pointer: string; message: string }[],
  owner?: string,
): Finding[] {
  const findings: Finding[] = problems
    .slice(0, maxProblemFindings)
    .map((problem) => ({
      code: 'SBOM_INPUT_INVALID',
      severity: 'error',
      message: `${file} does not match its schema: ${problem.pointer || '(document)'} ${problem.message}`,
      location: { file, pointer: problem.pointer },
      owner,
      remediation:
        'Fix the SBOM or regenerate it with a tool that writes valid CycloneDX or SPDX JSON.',
    }));
  if (problems.length > maxProblemFindings) {
    findings.push({
      code: 'SBOM_INPUT_INVALID',
      severity: 'error',
      message: `${file} has ${problems.length - maxProblemFindings} more schema problems not listed here`,
      location: { file },
      owner,
    });
  }
  return findings;
}

function crossCheckInput(
  job: SBOMJob,
  settings: JobSettings,
  components: ComponentRef[],
  direct: ComponentRef[] | undefined,
) {
  return {
    artifactName: job.subject.artifactName,
    owner: job.artifact?.owner,
    declared: job.artifact?.dependencies?.declared,
    firstParty: job.artifact?.dependencies?.['first-party'],
    components,
    direct,
    redactions: settings.settings.redactions,
    today: settings.today,
    locate: (field: string) => locateArtifact(settings, job, field),
    locateRedaction: (index: number) =>
      locatePolicy(settings.policy, `/sbom/redactions/${index}`),
  };
}

function locateArtifact(
  settings: JobSettings,
  job: SBOMJob,
  field: string,
): Location {
  const manifest = settings.plan.manifest;
  if (!manifest || job.artifactIndex === undefined)
    return { file: settings.context.manifestFile };
  const pointer = `/artifacts/${job.artifactIndex}/${field}`;
  const at = manifest.document.locate(pointer);
  return { file: manifest.file, pointer, line: at?.line, column: at?.column };
}

function locatePolicy(
  policy: LoadedPolicy,
  pointer: string,
): Location | undefined {
  if (!policy.file || !policy.document) return undefined;
  const at = policy.document.locate(pointer);
  return { file: policy.file, pointer, line: at?.line, column: at?.column };
}

/**
 * The subject's direct dependencies: the lockfile's declared ones when it
 * records them, otherwise every package nothing else depends on.
 */
function directDependencies(
  lockfile: Lockfile | undefined,
  packages: LockedPackage[],
  includeDev: boolean,
): LockedPackage[] {
  if (!lockfile) return [];
  const declared = lockfile.declared
    .filter((d) => includeDev || !d.dev)
    .map((d) => d.name);
  if (lockfile.declared.length > 0) {
    const top = new Set(
      declared.map((name) => toPointer(['packages', `node_modules/${name}`])),
    );
    return packages.filter(
      (entry) =>
        declared.includes(entry.name) &&
        (lockfile.ecosystem !== 'npm' ||
          !entry.source.pointer?.startsWith('/packages/') ||
          top.has(entry.source.pointer)),
    );
  }
  const needed = new Set(packages.flatMap((entry) => entry.dependsOn));
  return packages.filter((entry) => !needed.has(entry.purl));
}

function toRef(entry: LockedPackage): ComponentRef {
  return { name: entry.name, purl: entry.purl };
}

/**
 * The formats to write, each with its version: a CycloneDX version (1.x)
 * applies to CycloneDX, an SPDX version (2.x) to SPDX; a version that fits
 * none of the requested formats is a configuration error.
 */
function chooseOutputs(
  formats: readonly SBOMFormat[],
  version: string | undefined,
): SBOMOutput[] {
  const allowed: Record<SBOMFormat, string[]> = {
    cyclonedx: ['1.5', '1.6'],
    spdx: ['2.3'],
  };
  const outputs = [...new Set(formats)].map((format) => ({
    format,
    specVersion:
      version && allowed[format].includes(version)
        ? version
        : (allowed[format][0] ?? ''),
  }));
  if (version && !outputs.some((o) => o.specVersion === version)) {
    throw new UserError(
      'SBOM_SPEC_VERSION_UNSUPPORTED',
      `spec version ${version} is not one shipshape writes for ${formats.join(' or ')}; use ${formats.flatMap((f) => allowed[f]).join(', ')}`,
      { field: 'spec-version' },
    );
  }
  return outputs;
}

/**
 * Validates an SBOM shipshape wrote; a problem is a bug in shipshape
 * (InternalError, exit 3), never a silent pass.
 */
export function assertOwnOutputValid(
  validateSBOM: SBOMValidate,
  text: string,
  artifact: string,
): void {
  const validation = validateSBOM(JSON.parse(text), `the SBOM of ${artifact}`);
  if (validation.problems.length > 0) {
    const first = validation.problems
      .slice(0, 3)
      .map((p) => `${p.pointer} ${p.message}`);
    throw new InternalError(
      'SBOM_OUTPUT_INVALID',
      `the SBOM written for ${artifact} does not match the ${validation.format ?? ''} ${validation.specVersion ?? ''} schema: ${first.join('; ')}`,
    );
  }
}
