/**
 * The enforce-version stage: decides whether release.version is the
 * version the policy demands, from the git history since the previous
 * release tag, and explains the decision with the commits that drove it.
 */
import { UserError } from '../errors.ts';
import type { Finding, Location } from '../findings.ts';
import { canonicalJSON } from '../input/canonical-json.ts';
import {
  loadManifest,
  type LoadedManifest,
} from '../manifest/release-manifest.ts';
import { loadPolicy } from '../policy/release-policy.ts';
import type { StageReport } from '../report.ts';
import { runStage, type StageContext, type StageOutcome } from '../stage.ts';
import { visibleText } from '../text/visible-text.ts';
import type { ReleaseWorkspace } from '../workspace/release-workspace.ts';
import { checkCommitReferences } from './commit-tickets.ts';
import { checkGitHubIssues, issueNumbers } from './github-issues.ts';
import { decideRelease, type ReleaseDecision } from './release-decision.ts';
import { checkVersionDrift } from './version-drift.ts';
import { applyOverride } from './version-override.ts';
import {
  readVersioningPolicy,
  type VersioningPolicy,
} from './versioning-policy.ts';
import type { DecisionRecord } from './version-decision.ts';

/** Options of the enforce-version stage; every one has a default. */
export interface EnforceVersionOptions {
  /**
   * Also report the version the rules would choose as `next` (always in
   * the report; the CLI prints it alone). Default false.
   */
  next?: boolean;
  /** Token for checking `#123` tickets; default `GITHUB_TOKEN`, else none. */
  githubToken?: string;
  /** Default `GITHUB_API_URL`, else https://api.github.com. */
  githubAPIURL?: string;
  /** owner/name; default `GITHUB_REPOSITORY`. */
  repository?: string;
  /** The release date for calver; default the real current time (UTC). */
  today?: Date;
}

const stageName = 'enforce-version';

/** Runs the stage and writes its report, evidence and journal records. */
export async function runEnforceVersionStage(
  context: StageContext,
  options: EnforceVersionOptions = {},
): Promise<StageReport> {
  const token =
    options.githubToken ?? (context.env['GITHUB_TOKEN'] || undefined);
  context.secrets.add(token);
  const loaded = await loadManifest(context.manifestFile, context.cwd);
  const policy = readVersioningPolicy(
    await loadPolicy({ file: context.policyFile, cwd: context.cwd }),
  );
  return runStage(context, stageName, (workspace) =>
    enforceVersion(context, workspace, loaded, policy, {
      ...options,
      githubToken: token,
    }),
  );
}

async function enforceVersion(
  context: StageContext,
  workspace: ReleaseWorkspace,
  loaded: LoadedManifest,
  policy: VersioningPolicy,
  options: EnforceVersionOptions,
): Promise<StageOutcome> {
  const release = loaded.manifest.release;
  const location = locate(loaded, '/release/version');
  const decision = await decideRelease(loaded, policy, {
    declared: release.version,
    location,
    today: options.today ?? context.now(),
    env: context.env,
  });
  // Commit messages could carry a secret the run knows; keep it out.
  const record = redactRecord(decision.record, context);
  context.logger.debug(
    `enforce-version: ${record.commitCount} commits since ${visibleText(record.previousTag ?? 'the first commit')}`,
  );

  // Every rule is checked, so one run reports every problem.
  const findings: Finding[] = [
    ...decision.findings,
    ...(await checkVersionDrift(loaded, release.version)),
    ...checkCommitReferences(decision.commits, {
      tickets: policy.tickets,
      incident: policy.incident,
      hotfix: release.hotfix === true,
      location: locate(loaded, '/release'),
    }),
    ...(await checkIssues(context, loaded, decision, policy, options)),
  ];

  const overrideLocation = locate(loaded, '/release/override');
  const outcome = applyOverride(
    release,
    findings,
    decision.headAuthor,
    overrideLocation,
  );
  if (outcome.applied) {
    await workspace.journal.append({
      kind: 'override',
      stage: stageName,
      actor: context.actor,
      summary: `enforce-version: override of ${outcome.applied.overridden.join(', ')} for ${visibleText(release.version)} (ticket ${visibleText(outcome.applied.ticket)})`,
      data: { version: release.version, ...outcome.applied },
    });
  }

  const evidence = await workspace.writeEvidence(
    stageName,
    'decision.json',
    canonicalJSON(record),
  );
  return {
    findings: outcome.findings.map((finding) => ({
      ...finding,
      message: context.secrets.redact(finding.message),
    })),
    evidence: [evidence],
    extra: {
      decision: record,
      version: release.version,
      previousVersion: record.previousVersion,
      bump: record.declaredBump,
      requiredBump: record.requiredBump,
      next: record.nextVersion,
      ...(outcome.applied ? { override: outcome.applied } : {}),
    },
    summary: summaryOf(record, outcome.findings),
  };
}

async function checkIssues(
  context: StageContext,
  loaded: LoadedManifest,
  decision: ReleaseDecision,
  policy: VersioningPolicy,
  options: EnforceVersionOptions,
): Promise<Finding[]> {
  const token = options.githubToken;
  if (!token) return [];
  const repository = options.repository ?? context.env['GITHUB_REPOSITORY'];
  if (!repository || !/^[\w.-]{1,100}\/[\w.-]{1,100}$/.test(repository)) {
    throw new UserError(
      'GITHUB_REPOSITORY_MISSING',
      `checking #123 tickets needs the repository as owner/name (GITHUB_REPOSITORY or the repository option); got "${visibleText(repository ?? '')}"`,
      { field: 'GITHUB_REPOSITORY' },
    );
  }
  const texts = [
    ...decision.commits.map((commit) => commit.message),
    ...(loaded.manifest.release.tickets ?? []),
  ];
  return checkGitHubIssues(
    issueNumbers(texts),
    policy.issueRules,
    {
      token,
      repository,
      apiURL:
        options.githubAPIURL ??
        (context.env['GITHUB_API_URL'] || 'https://api.github.com'),
    },
    locate(loaded, '/release'),
  );
}

function locate(loaded: LoadedManifest, pointer: string): Location {
  const at = loaded.document.locate(pointer);
  return { file: loaded.file, pointer, line: at?.line, column: at?.column };
}

function summaryOf(
  record: DecisionRecord,
  findings: readonly Finding[],
): string {
  const errors = findings.filter(
    (finding) => finding.severity === 'error',
  ).length;
  const verdict =
    errors === 0
      ? 'accepted'
      : `rejected (${errors} error${errors === 1 ? '' : 's'})`;
  return `enforce-version: ${visibleText(record.declaredVersion)} ${verdict}; previous ${visibleText(record.previousVersion ?? 'none')}, declared ${record.declaredBump}, required ${record.requiredBump}`;
}

function redactRecord(
  record: DecisionRecord,
  context: StageContext,
): DecisionRecord {
  const redact = (text: string) => context.secrets.redact(text);
  return {
    ...record,
    rationale: redact(record.rationale),
    commits: record.commits.map((commit) => ({
      ...commit,
      subject: redact(commit.subject),
    })),
  };
}
