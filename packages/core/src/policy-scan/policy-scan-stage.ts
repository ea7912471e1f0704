/**
 * The policy-scan stage: one gate over licences, vulnerabilities, export
 * control and exceptions, applied to the release's SBOMs. The decision is
 * made from the findings alone; SARIF and OpenVEX are written afterwards
 * from the same findings, so no output format changes the verdict.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { sortFindings, type Finding } from '../findings.ts';
import { canonicalJSON } from '../input/canonical-json.ts';
import { loadManifest } from '../manifest/release-manifest.ts';
import { loadPolicy } from '../policy/release-policy.ts';
import { runStage, type StageContext } from '../stage.ts';
import type { Evidence, StageReport } from '../report.ts';
import { writeFileAtomic } from '../workspace/atomic-write.ts';
import type { ReleaseWorkspace } from '../workspace/release-workspace.ts';
import { sha256Hex } from '../hashing/file-digest.ts';
import { AdvisoryIndex } from './advisory-index.ts';
import { applyExceptions, type AppliedException } from './exception-rules.ts';
import { checkExportControl } from './export-control-check.ts';
import { checkLicenses } from './license-check.ts';
import { openVEXDocument } from './openvex-document.ts';
import {
  loadAdvisories,
  type Advisory,
  type AdvisoryFilter,
} from './osv-advisories.ts';
import { sarifLog } from './sarif-log.ts';
import { scanPolicyFrom, type ScanPolicy } from './scan-policy.ts';
import {
  artifactRefs,
  type ArtifactRef,
  type ScanSubject,
} from './scan-subjects.ts';
import { readScanSubjects } from './sbom-inputs.ts';
import { scanSummary } from './scan-summary.ts';

/** Options of `runPolicyScanStage`; every one has a default. */
export interface PolicyScanOptions {
  /** SBOM files (relative to cwd). Default: those the sbom stage listed. */
  sbom?: string | string[];
  /** Folder or OSV archive. Default: `vulnerabilities.advisories`. */
  advisories?: string;
  /** Where to write a SARIF 2.1.0 log. Default: none. */
  sarif?: string;
}

const toolVersion = '0.1.0';

/** Runs the policy-scan stage (CLI `shipshape scan`, the action, the pipeline). */
export async function runPolicyScanStage(
  context: StageContext,
  options: PolicyScanOptions = {},
): Promise<StageReport> {
  return runStage(context, 'policy-scan', async (workspace) => {
    const manifest = await loadManifest(context.manifestFile, context.cwd);
    const policy = await scanPolicyFrom(
      await loadPolicy({ file: context.policyFile, cwd: context.cwd }),
    );
    const artifacts = artifactRefs(manifest);
    const subjects = await readScanSubjects(
      context,
      workspace,
      artifacts,
      options.sbom,
    );
    const advisories = await advisoriesFor(
      context,
      workspace,
      policy,
      options.advisories,
      subjects,
    );

    // The decision: findings from every rule, then exceptions. The CVSS
    // calculator loads only when there are advisories to judge.
    const { checkVulnerabilities } = advisories
      ? await import('./vulnerability-check.ts')
      : { checkVulnerabilities: undefined };
    const licenses = checkLicenses(subjects, artifacts, policy.licenses);
    const raw: Finding[] = [
      ...unscanned(artifacts, subjects, options.sbom !== undefined),
      ...licenses.findings,
      ...staleOverrides(licenses.unusedOverrides),
      ...(advisories && checkVulnerabilities
        ? checkVulnerabilities(
            subjects,
            advisories.index,
            policy.vulnerabilities,
          )
        : [noAdvisories(policy)]),
      ...checkExportControl({
        artifacts,
        subjects,
        policy,
        signReport: await workspace.readReport('sign'),
      }),
    ];
    const { findings, applied } = applyExceptions(
      raw,
      policy.exceptions,
      context.now(),
    );
    const sorted = sortFindings(findings);

    // Outputs of the decision, never inputs to it.
    const evidence: Evidence[] = advisories?.evidence
      ? [advisories.evidence]
      : [];
    const vex = await writeVEX(workspace, applied, context);
    if (vex) evidence.push(vex);
    await journalExceptions(workspace, applied, context);
    const sarif = options.sarif
      ? await writeSARIF(context, options.sarif, sorted, manifest.file)
      : undefined;
    const summary = scanSummary(sorted);
    return {
      findings: sorted,
      evidence,
      extra: {
        sboms: subjects.map((subject) => ({
          file: subject.sbom.file,
          format: subject.sbom.format,
          specVersion: subject.sbom.specVersion,
          components: subject.sbom.components.length,
          artifact: subject.artifact?.artifact.name,
        })),
        advisories: advisories
          ? { source: advisories.display, relevant: advisories.index.size }
          : undefined,
        vulnerabilities: summary,
        exceptions: applied,
        vex: vex?.path,
        sarif,
      },
      summary: `policy-scan: ${summary.blocking} blocking, ${applied.length} exception(s) applied`,
    };
  });
}

/**
 * The advisories to judge: those on disk (`--advisories` or the policy's
 * `vulnerabilities.advisories`) and, when the policy allows network use,
 * those the OSV API names for the scanned packages (kept as evidence). A
 * record found both ways counts once, as the API sent it.
 */
async function advisoriesFor(
  context: StageContext,
  workspace: ReleaseWorkspace,
  policy: ScanPolicy,
  option: string | undefined,
  subjects: readonly ScanSubject[],
): Promise<
  { index: AdvisoryIndex; display: string; evidence?: Evidence } | undefined
> {
  const path =
    option !== undefined
      ? resolve(context.cwd, option)
      : policy.vulnerabilities.advisories;
  const api = policy.vulnerabilities.osvAPI;
  if (path === undefined && api === undefined) return undefined;
  const sources: string[] = [];
  const byId = new Map<string, Advisory>();
  if (path !== undefined) {
    // Names in reports stay relative, so two checkouts report alike.
    const display = relative(context.cwd, path) || '.';
    const local = await loadAdvisories(
      path,
      display,
      packageNameFilter(subjects),
    );
    context.logger.info(
      `${local.length} advisories in ${display} name a scanned package`,
    );
    for (const advisory of local) byId.set(advisory.id, advisory);
    sources.push(display);
  }
  let evidence: Evidence | undefined;
  if (api !== undefined) {
    // Loaded only when the policy allows network use.
    const [{ fetchOSVAdvisories }, { safeURL }] = await Promise.all([
      import('./osv-api.ts'),
      import('../net/http-client.ts'),
    ]);
    // Credentials in the URL are used, never written down.
    const shown = safeURL(api);
    const purls = subjects.flatMap((subject) =>
      subject.sbom.components.flatMap((component) =>
        component.purl === undefined ? [] : [component.purl],
      ),
    );
    const online = await fetchOSVAdvisories(purls, api, context.logger);
    for (const advisory of online.advisories) byId.set(advisory.id, advisory);
    evidence = await workspace.writeEvidence(
      'policy-scan',
      'osv-api-advisories.json',
      canonicalJSON({
        source: shown,
        queried: online.queried,
        records: online.records,
      }),
    );
    sources.push(`OSV API ${shown}`);
  }
  return {
    index: new AdvisoryIndex([...byId.values()]),
    display: sources.join(' + '),
    evidence,
  };
}

// Names compared loosely (case, and `-_.` runs), so the filter only ever
// lets too much through, never too little; the index matches exactly.
function packageNameFilter(subjects: readonly ScanSubject[]): AdvisoryFilter {
  const loose = (name: string) => name.toLowerCase().replace(/[-_.]+/g, '-');
  const names = new Set<string>();
  for (const subject of subjects) {
    for (const component of subject.sbom.components) {
      if (component.packageName) names.add(loose(component.packageName));
    }
  }
  return (name) => names.has(loose(name));
}

/**
 * An artifact none of whose SBOMs was read was not judged at all. With the
 * SBOMs the sbom stage left (the pipeline, the release workflow) the gate
 * fails rather than pass it unseen: its SBOM job never reported. SBOMs
 * chosen by hand (`--sbom`) may cover part of a release on purpose: then
 * it is a warning.
 */
function unscanned(
  artifacts: readonly ArtifactRef[],
  subjects: readonly ScanSubject[],
  chosenByHand: boolean,
): Finding[] {
  const seen = new Set(subjects.map((subject) => subject.artifact?.index));
  return artifacts
    .filter((ref) => !seen.has(ref.index))
    .map((ref) => ({
      code: 'SCAN_ARTIFACT_NOT_SCANNED',
      severity: chosenByHand ? 'warning' : 'error',
      message: `no SBOM of ${ref.artifact.name} was scanned, so its licences and vulnerabilities were not checked`,
      location: ref.location,
      owner: ref.artifact.owner,
      remediation: `run shipshape sbom for ${ref.artifact.name} first, or pass its SBOM with --sbom`,
    }));
}

function noAdvisories(policy: ScanPolicy): Finding {
  return {
    code: 'VULN_NO_ADVISORIES',
    severity: 'warning',
    message: 'no advisories were given, so no vulnerability was checked',
    location: policy.file
      ? { file: policy.file, pointer: '/vulnerabilities' }
      : undefined,
    remediation:
      'set vulnerabilities.advisories in policy.yaml, pass --advisories, or allow the OSV API with vulnerabilities.osv-api',
  };
}

function staleOverrides(
  unused: ScanPolicy['licenses']['overrides'],
): Finding[] {
  return unused.map((override) => ({
    code: 'LICENSE_OVERRIDE_STALE',
    severity: 'warning',
    message: `the licence override for ${override.purl} matched no component`,
    location: override.location,
    component: override.purl,
    remediation: 'remove the override from licenses.overrides',
  }));
}

async function writeVEX(
  workspace: ReleaseWorkspace,
  applied: readonly AppliedException[],
  context: StageContext,
): Promise<Evidence | undefined> {
  const document = openVEXDocument(
    applied,
    context.clock(),
    'shipshape policy-scan',
  );
  if (!document) return undefined;
  return workspace.writeEvidence(
    'policy-scan',
    'exceptions.openvex.json',
    document,
  );
}

async function journalExceptions(
  workspace: ReleaseWorkspace,
  applied: readonly AppliedException[],
  context: StageContext,
): Promise<void> {
  for (const exception of applied) {
    await workspace.journal.append({
      kind: 'exception',
      stage: 'policy-scan',
      actor: context.actor,
      summary: `exception ${exception.id} on ${exception.scope} applied (owner ${exception.owner}, approved by ${exception.approvers.join(', ')}, expires ${exception.expires})`,
      data: { ...exception },
    });
  }
}

async function writeSARIF(
  context: StageContext,
  file: string,
  findings: readonly Finding[],
  manifestFile: string,
): Promise<{ path: string; sha256: string }> {
  const path = resolve(context.cwd, file);
  const text = canonicalJSON(
    sarifLog(findings, { toolVersion, fallbackFile: manifestFile }),
  );
  await mkdir(dirname(path), { recursive: true });
  await writeFileAtomic(path, text);
  return { path: file, sha256: sha256Hex(text) };
}

export type { ArtifactRef };
