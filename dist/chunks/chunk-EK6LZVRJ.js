import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  assembleDossier
} from "./chunk-JJX7CQUL.js";
import {
  mergeReportParts
} from "./chunk-HJEZKQSO.js";
import {
  ReleaseWorkspace,
  createStageReport
} from "./chunk-N67TL7SK.js";
import {
  writeFileAtomic
} from "./chunk-MUGHQZOG.js";
import {
  canonicalJSON
} from "./chunk-NSYWVXGE.js";
import {
  loadManifest
} from "./chunk-62XS2I6U.js";
import {
  readJSONFile
} from "./chunk-E73ZUZ5O.js";
import {
  sha256Hex
} from "./chunk-YP2N6HGM.js";
import {
  ExitCode,
  UserError,
  describeError,
  exitCodeForError,
  isUserError
} from "./chunk-RLB5E7YF.js";

// packages/core/src/dossier/pipeline.ts
import { join } from "node:path";

// packages/core/src/dossier/pipeline-steps.ts
var stages = {
  validate: () => import("./validate-manifest-stage-4ZVILKZ3.js"),
  version: () => import("./enforce-version-stage-DIHX6HDJ.js"),
  sbom: () => import("./sbom-stage-C52VU5WN.js"),
  sign: () => import("./sign-stage-6WTY6XLH.js"),
  scan: () => import("./policy-scan-stage-3HY5MO24.js"),
  publish: () => import("./publish-dry-run-stage-QOUAMAVC.js")
};
function pipelineSteps() {
  return [
    {
      name: "validate-manifest",
      stage: "validate-manifest",
      run: async (context) => (await stages.validate()).runValidateManifestStage(context)
    },
    {
      name: "enforce-version",
      stage: "enforce-version",
      run: async (context) => (await stages.version()).runEnforceVersionStage(context)
    },
    {
      name: "sbom-cyclonedx",
      stage: "sbom",
      run: async (context) => (await stages.sbom()).runSBOMStage(context, { format: "cyclonedx" })
    },
    {
      name: "sbom-spdx",
      stage: "sbom",
      run: async (context) => (await stages.sbom()).runSBOMStage(context, { format: "spdx" })
    },
    {
      name: "sign",
      stage: "sign",
      run: async (context, options) => (await stages.sign()).runSignStage(context, {
        // An unknown method is refused by the signer factory (exit 2).
        method: options.signingMethod,
        key: options.key
      })
    },
    {
      name: "policy-scan",
      stage: "policy-scan",
      run: async (context) => (await stages.scan()).runPolicyScanStage(context)
    },
    {
      name: "publish-dry-run",
      stage: "publish-dry-run",
      run: async (context, options) => (await stages.publish()).runPublishDryRunStage(context, {
        environment: options.environment
      })
    }
  ];
}

// packages/core/src/dossier/run-report.ts
function zeroCounts() {
  return { error: 0, warning: 0, note: 0 };
}

// packages/core/src/dossier/pipeline.ts
async function runPipeline(context, options = {}) {
  const startedAt = context.clock();
  const steps = options.steps ?? pipelineSteps();
  const outcome = options.fromWorkspace ? await readSteps(context, steps) : await runSteps(context, steps, options);
  const passed = outcome.results.every((step) => step.status === "passed");
  const dossierStep = {
    name: "dossier",
    stage: "dossier",
    status: "passed",
    counts: zeroCounts()
  };
  let dossier;
  let evidence = [];
  let release = { id: "release", version: "unknown" };
  let exitCode = outcome.exitCode;
  const pipelineFindings = [];
  try {
    const signer = await makeSigner(context, options);
    const built = await assembleDossier(context, {
      verdict: passed ? "GO" : "NO-GO",
      steps: outcome.results,
      findings: outcome.findings,
      signer: signer.signer,
      unsignedReason: signer.reason
    }).finally(() => signer.signer?.close());
    dossier = {
      folder: built.folder,
      archive: built.archive,
      sha256: built.sha256
    };
    release = built.release;
    evidence = built.evidence;
    if (!built.indexSigned) {
      pipelineFindings.push({
        code: "DOSSIER_UNSIGNED",
        severity: "error",
        message: `the dossier index is not signed: ${signer.reason ?? "no signer"}`,
        remediation: "make the sign stage pass so the index can be signed the same way"
      });
    }
  } catch (error) {
    const message = context.secrets.redact(describeError(error));
    dossierStep.status = "error";
    dossierStep.message = message;
    dossierStep.errorCode = isUserError(error) ? error.code : "INTERNAL";
    exitCode = Math.max(exitCode, exitCodeForError(error));
    pipelineFindings.push({
      code: "DOSSIER_FAILED",
      severity: "error",
      message: `the dossier could not be assembled: ${message}`
    });
  }
  const steps2 = [...outcome.results, dossierStep];
  const findings = [...outcome.findings, ...pipelineFindings];
  const verdict = passed && dossierStep.status === "passed" && pipelineFindings.length === 0 ? "GO" : "NO-GO";
  if (verdict === "NO-GO" && exitCode === ExitCode.pass) exitCode = 1;
  const report = createStageReport({
    stage: "run",
    startedAt,
    clock: context.clock,
    findings,
    evidence,
    extra: { verdict, exitCode, release, steps: steps2, dossier }
  });
  const workspace = await ReleaseWorkspace.open(
    context.workspaceDir,
    context.clock
  );
  await workspace.writeReport(report);
  return report;
}
async function runSteps(context, steps, options) {
  const results = [];
  const findings = [];
  let exitCode = 0;
  let stoppedBy;
  for (const step of steps) {
    if (stoppedBy || !step.run) {
      const message = stoppedBy ? `not run because ${stoppedBy} could not run` : "this build of shipshape does not include the stage";
      results.push(notEvaluated(step, message));
      findings.push(notEvaluatedFinding(step, message));
      continue;
    }
    context.logger.info(`${step.name}: running`);
    try {
      const report = await step.run(context, options);
      if (step.name !== step.stage) await keepStepReport(context, step, report);
      results.push({
        name: step.name,
        stage: step.stage,
        status: report.ok ? "passed" : "failed",
        counts: report.counts,
        report: `reports/${step.name}.json`
      });
      for (const finding of report.findings)
        findings.push({ ...finding, step: step.name });
    } catch (error) {
      const code = exitCodeForError(error);
      const message = context.secrets.redact(describeError(error));
      exitCode = Math.max(exitCode, code);
      stoppedBy = step.name;
      results.push({
        name: step.name,
        stage: step.stage,
        status: "error",
        counts: zeroCounts(),
        message,
        errorCode: isUserError(error) ? error.code : "INTERNAL"
      });
      findings.push({
        code: "STEP_COULD_NOT_RUN",
        severity: "error",
        message: `${step.name} could not run: ${message}`,
        step: step.name
      });
      await recordFailure(context, step, message);
    }
  }
  if (exitCode === 0 && results.some((r) => r.status !== "passed"))
    exitCode = 1;
  return { results, findings, exitCode };
}
async function artifactNames(context) {
  try {
    const loaded = await loadManifest(context.manifestFile, context.cwd);
    return loaded.manifest.artifacts.map((artifact) => artifact.name);
  } catch (error) {
    if (error instanceof UserError) return [];
    throw error;
  }
}
async function readSteps(context, steps) {
  const workspace = await ReleaseWorkspace.open(
    context.workspaceDir,
    context.clock
  );
  const results = [];
  const findings = [];
  const expected = await artifactNames(context);
  for (const step of steps) {
    const report = await readStepReport(workspace, step, expected);
    if (!report) {
      const message = "no report of this stage in the workspace";
      results.push(notEvaluated(step, message));
      findings.push(notEvaluatedFinding(step, message));
      continue;
    }
    await workspace.journal.append({
      kind: "decision",
      stage: step.stage,
      actor: context.actor,
      summary: `${step.name}: imported its report (${report.ok ? "passed" : "failed"})`,
      data: { step: step.name, sha256: sha256Hex(canonicalJSON(report)) }
    });
    results.push({
      name: step.name,
      stage: step.stage,
      status: report.ok ? "passed" : "failed",
      counts: report.counts,
      report: `reports/${step.name === step.stage ? step.stage : step.name}.json`
    });
    for (const finding of report.findings)
      findings.push({ ...finding, step: step.name });
  }
  const exitCode = results.every((r) => r.status === "passed") ? 0 : 1;
  return { results, findings, exitCode };
}
function notEvaluated(step, message) {
  return {
    name: step.name,
    stage: step.stage,
    status: "not-evaluated",
    counts: zeroCounts(),
    message
  };
}
function notEvaluatedFinding(step, message) {
  return {
    code: "STEP_NOT_EVALUATED",
    severity: "error",
    message: `${step.name} was not evaluated: ${message}`,
    remediation: "a release is GO only when every step ran and passed",
    step: step.name
  };
}
async function recordFailure(context, step, message) {
  const workspace = await ReleaseWorkspace.open(
    context.workspaceDir,
    context.clock
  );
  await workspace.journal.append({
    kind: "failure",
    stage: step.stage,
    actor: context.actor,
    summary: `${step.name} could not run: ${message}`.slice(0, 500)
  });
}
async function makeSigner(context, options) {
  if (!options.makeSigner)
    return { reason: "no signing method was configured for the dossier" };
  try {
    return { signer: await options.makeSigner(context) };
  } catch (error) {
    return { reason: context.secrets.redact(describeError(error)) };
  }
}
async function keepStepReport(context, step, report) {
  const path = join(context.workspaceDir, "reports", `${step.name}.json`);
  await writeFileAtomic(path, canonicalJSON(report));
}
async function readStepReport(workspace, step, expected) {
  const own = join(workspace.root, "reports", `${step.name}.json`);
  if (step.name !== step.stage) {
    try {
      return await readJSONFile(own, own);
    } catch (error) {
      if (!(error instanceof UserError) || error.code !== "INPUT_UNREADABLE")
        throw error;
    }
  } else {
    const report = await workspace.readReport(step.stage);
    if (report) return report;
  }
  return mergedParts(workspace, step, expected);
}
async function mergedParts(workspace, step, expected) {
  const merged = await mergeReportParts(
    workspace.root,
    step.name,
    step.stage,
    expected
  );
  if (!merged) return void 0;
  for (const part of merged.parts) {
    await workspace.journal.append({
      kind: "decision",
      stage: step.stage,
      actor: "shipshape",
      summary: `${step.name}: took in ${part.path} (${part.ok ? "passed" : "failed"})`,
      data: { step: step.name, part: part.path, sha256: part.sha256 }
    });
  }
  await writeFileAtomic(
    join(workspace.root, "reports", `${step.name}.json`),
    canonicalJSON(merged.report)
  );
  return merged.report;
}

export {
  runPipeline
};
