/**
 * The one place where GitHub Actions meets shipshape's core. Each action
 * entry reads its inputs into one typed object and hands `runAction` a
 * function that calls core; this module does everything around it:
 * masking secrets before first use, keeping untrusted text from forming
 * workflow commands, outputs, annotations, the job summary and exit codes.
 */
import { randomUUID } from 'node:crypto';
import { isAbsolute, join, relative, resolve } from 'node:path';
import * as core from '@actions/core';
import {
  createStageContext,
  describeError,
  exitCodeForError,
  exitCodeForReport,
  ExitCode,
  UserError,
  type Finding,
  type Logger,
  type StageContext,
  type StageReport,
} from '@shipshape/core';
import { writeSummary } from './job-summary.ts';

/** Inputs every action shares. */
export interface CommonInputs {
  manifest: string;
  policy?: string;
  workingDirectory: string;
  workspace?: string;
}

/** Reads the inputs every action shares. */
export function readCommonInputs(): CommonInputs {
  const base = process.env['GITHUB_WORKSPACE'] ?? process.cwd();
  const dir = core.getInput('working-directory') || '.';
  return {
    manifest: core.getInput('manifest') || 'release.yaml',
    policy: core.getInput('policy') || undefined,
    workingDirectory: isAbsolute(dir) ? dir : resolve(base, dir),
    workspace: core.getInput('workspace') || undefined,
  };
}

/**
 * The `artifact` input of the stages that can run per artifact: names of
 * manifest artifacts, one per line; undefined (all artifacts) when empty.
 */
export function readArtifactInput(): string[] | undefined {
  const names = core
    .getMultilineInput('artifact')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return names.length > 0 ? names : undefined;
}

/** What an entry gives `runAction`. */
export interface ActionSpec {
  title: string;
  inputs: CommonInputs;
  run(context: StageContext): Promise<StageReport>;
  /** Outputs beyond `ok`, `report`, `error-count` and `warning-count`. */
  outputs?(report: StageReport, context: StageContext): Record<string, string>;
}

/** Runs an action and sets the process exit code (0, 1, 2 or 3). */
export async function runAction(spec: ActionSpec): Promise<void> {
  const context = createStageContext({
    cwd: spec.inputs.workingDirectory,
    manifestFile: spec.inputs.manifest,
    policyFile: spec.inputs.policy,
    workspaceDir: spec.inputs.workspace,
  });
  context.secrets.onAdd((form) => {
    core.setSecret(form);
  });
  context.logger = runnerLogger(context);

  let report: StageReport;
  const resume = stopCommands();
  try {
    report = await spec.run(context);
  } catch (error: unknown) {
    resume();
    const message = context.secrets.redact(describeError(error));
    const source = error instanceof UserError ? error.source : {};
    core.error(message, {
      title: `${spec.title} could not run`,
      file: source.file ? workspacePath(source.file, context) : undefined,
      startLine: source.line,
      startColumn: source.column,
    });
    process.exitCode = exitCodeForError(error);
    if (process.exitCode === ExitCode.internal) {
      core.error(
        'This is a bug in shipshape; please report it with the workflow run link.',
      );
    }
    return;
  }
  resume();

  const reportPath = resolve(
    context.workspaceDir,
    'reports',
    `${report.stage}.json`,
  );
  const outputs: Record<string, string> = {
    ok: String(report.ok),
    report: reportPath,
    'error-count': String(report.counts.error),
    'warning-count': String(report.counts.warning),
    ...spec.outputs?.(report, context),
  };
  for (const [name, value] of Object.entries(outputs)) {
    core.setOutput(name, context.secrets.redact(value));
  }
  for (const finding of report.findings) annotate(finding, context);
  await writeSummary(spec.title, report, context);
  process.exitCode = exitCodeForReport(report);
}

/**
 * While core runs, the log may carry untrusted text (package names, commit
 * subjects); a random stop token keeps any of it from acting as a command.
 */
function stopCommands(): () => void {
  const token = randomUUID();
  process.stdout.write(`::stop-commands::${token}\n`);
  return () => {
    process.stdout.write(`::${token}::\n`);
  };
}

function runnerLogger(context: StageContext): Logger {
  const clean = (message: string) => context.secrets.redact(message);
  return {
    debug: (message) => {
      core.debug(clean(message));
    },
    info: (message) => {
      core.info(clean(message));
    },
    warn: (message) => {
      core.info(`warning: ${clean(message)}`);
    },
    error: (message) => {
      core.info(`error: ${clean(message)}`);
    },
  };
}

/**
 * Annotations are placed relative to the repository root, while findings
 * name files relative to `working-directory`: join the two.
 */
function workspacePath(file: string, context: StageContext): string {
  if (isAbsolute(file)) return file;
  const root = process.env['GITHUB_WORKSPACE'] ?? process.cwd();
  const prefix = relative(root, context.cwd);
  if (prefix === '' || prefix.startsWith('..')) return file;
  return join(prefix, file).split('\\').join('/');
}

function annotate(finding: Finding, context: StageContext): void {
  const file = finding.location?.file;
  const properties: core.AnnotationProperties = {
    title: finding.code,
    file: file === undefined ? undefined : workspacePath(file, context),
    startLine: finding.location?.line,
    startColumn: finding.location?.column,
  };
  const message = context.secrets.redact(
    finding.remediation
      ? `${finding.message} Fix: ${finding.remediation}`
      : finding.message,
  );
  if (finding.severity === 'error') core.error(message, properties);
  else if (finding.severity === 'warning') core.warning(message, properties);
  else core.notice(message, properties);
}
