import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  writeSummary
} from "./chunk-PFSSL7OT.js";
import {
  createStageContext
} from "./chunk-3STO6GSY.js";
import {
  exitCodeForReport
} from "./chunk-N67TL7SK.js";
import {
  ExitCode,
  UserError,
  describeError,
  exitCodeForError
} from "./chunk-RLB5E7YF.js";
import {
  debug,
  error,
  getInput,
  getMultilineInput,
  info,
  notice,
  setOutput,
  setSecret,
  warning
} from "./chunk-TSZFAG6J.js";

// packages/action/src/action-runner.ts
import { randomUUID } from "node:crypto";
import { isAbsolute, join, relative, resolve } from "node:path";
function readCommonInputs() {
  const base = process.env["GITHUB_WORKSPACE"] ?? process.cwd();
  const dir = getInput("working-directory") || ".";
  return {
    manifest: getInput("manifest") || "release.yaml",
    policy: getInput("policy") || void 0,
    workingDirectory: isAbsolute(dir) ? dir : resolve(base, dir),
    workspace: getInput("workspace") || void 0
  };
}
function readArtifactInput() {
  const names = getMultilineInput("artifact").map((line) => line.trim()).filter((line) => line !== "");
  return names.length > 0 ? names : void 0;
}
async function runAction(spec) {
  const context = createStageContext({
    cwd: spec.inputs.workingDirectory,
    manifestFile: spec.inputs.manifest,
    policyFile: spec.inputs.policy,
    workspaceDir: spec.inputs.workspace
  });
  context.secrets.onAdd((form) => {
    setSecret(form);
  });
  context.logger = runnerLogger(context);
  let report;
  const resume = stopCommands();
  try {
    report = await spec.run(context);
  } catch (error2) {
    resume();
    const message = context.secrets.redact(describeError(error2));
    const source = error2 instanceof UserError ? error2.source : {};
    error(message, {
      title: `${spec.title} could not run`,
      file: source.file ? workspacePath(source.file, context) : void 0,
      startLine: source.line,
      startColumn: source.column
    });
    process.exitCode = exitCodeForError(error2);
    if (process.exitCode === ExitCode.internal) {
      error(
        "This is a bug in shipshape; please report it with the workflow run link."
      );
    }
    return;
  }
  resume();
  const reportPath = resolve(
    context.workspaceDir,
    "reports",
    `${report.stage}.json`
  );
  const outputs = {
    ok: String(report.ok),
    report: reportPath,
    "error-count": String(report.counts.error),
    "warning-count": String(report.counts.warning),
    ...spec.outputs?.(report, context)
  };
  for (const [name, value] of Object.entries(outputs)) {
    setOutput(name, context.secrets.redact(value));
  }
  for (const finding of report.findings) annotate(finding, context);
  await writeSummary(spec.title, report, context);
  process.exitCode = exitCodeForReport(report);
}
function stopCommands() {
  const token = randomUUID();
  process.stdout.write(`::stop-commands::${token}
`);
  return () => {
    process.stdout.write(`::${token}::
`);
  };
}
function runnerLogger(context) {
  const clean = (message) => context.secrets.redact(message);
  return {
    debug: (message) => {
      debug(clean(message));
    },
    info: (message) => {
      info(clean(message));
    },
    warn: (message) => {
      info(`warning: ${clean(message)}`);
    },
    error: (message) => {
      info(`error: ${clean(message)}`);
    }
  };
}
function workspacePath(file, context) {
  if (isAbsolute(file)) return file;
  const root = process.env["GITHUB_WORKSPACE"] ?? process.cwd();
  const prefix = relative(root, context.cwd);
  if (prefix === "" || prefix.startsWith("..")) return file;
  return join(prefix, file).split("\\").join("/");
}
function annotate(finding, context) {
  const file = finding.location?.file;
  const properties = {
    title: finding.code,
    file: file === void 0 ? void 0 : workspacePath(file, context),
    startLine: finding.location?.line,
    startColumn: finding.location?.column
  };
  const message = context.secrets.redact(
    finding.remediation ? `${finding.message} Fix: ${finding.remediation}` : finding.message
  );
  if (finding.severity === "error") error(message, properties);
  else if (finding.severity === "warning") warning(message, properties);
  else notice(message, properties);
}

export {
  readCommonInputs,
  readArtifactInput,
  runAction
};
