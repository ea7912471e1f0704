import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  error,
  getInput,
  summary
} from "../chunks/chunk-TSZFAG6J.js";
import "../chunks/chunk-GUYOKWKK.js";

// packages/action/src/entries/run.ts
var loadRunner = () => import("../chunks/action-runner-PMB2NWN2.js");
function readMode() {
  const mode2 = getInput("mode") || "run";
  if (mode2 === "run" || mode2 === "assemble" || mode2 === "status") return mode2;
  error(
    `input mode must be run, assemble or status, got "${mode2.slice(0, 40)}" [MODE_INVALID]`,
    { title: "shipshape could not run" }
  );
  return void 0;
}
async function readInputs(mode2) {
  const { readCommonInputs } = await loadRunner();
  return {
    ...readCommonInputs(),
    mode: mode2,
    environment: getInput("environment") || void 0,
    signingMethod: getInput("signing-method") || void 0,
    signingKey: getInput("signing-key") || void 0
  };
}
async function runPipelineAction(inputs) {
  const [{ runAction }, { runPipeline }, { markdownCell }] = await Promise.all([
    loadRunner(),
    import("../chunks/pipeline-MPVHGPVD.js"),
    import("../chunks/job-summary-T52BPYXC.js")
  ]);
  let finished;
  await runAction({
    title: inputs.mode === "assemble" ? "shipshape dossier" : "shipshape run",
    inputs,
    run: async (context) => {
      finished = await runPipeline(context, {
        environment: inputs.environment,
        signingMethod: inputs.signingMethod,
        key: inputs.signingKey,
        fromWorkspace: inputs.mode === "assemble",
        // The signers load only when the dossier index is signed.
        makeSigner: async (ctx) => (await import("../chunks/index-signer-XYBCLE2X.js")).makeIndexSigner(ctx, {
          method: inputs.signingMethod,
          key: inputs.signingKey
        })
      });
      return finished;
    },
    outputs: (report) => {
      const run = report;
      return { verdict: run.verdict, dossier: run.dossier?.archive ?? "" };
    }
  });
  if (!finished) return;
  process.exitCode = finished.exitCode;
  if (process.env["GITHUB_STEP_SUMMARY"]) {
    await summary.addRaw(pipelineTable(finished, markdownCell)).write();
  }
}
function pipelineTable(report, markdownCell) {
  const icon = {
    passed: "\u2705",
    failed: "\u274C",
    error: "\u26A0\uFE0F",
    "not-evaluated": "\u23ED\uFE0F"
  };
  const rows = report.steps.map(
    (step) => `| ${step.name} | ${icon[step.status]} ${step.status} | ${step.counts.error} | ${step.counts.warning} | ${markdownCell(step.message ?? "")} |`
  );
  return [
    `## Verdict: ${report.verdict === "GO" ? "\u{1F7E2} GO" : "\u{1F534} NO-GO"}`,
    "",
    "validate \u2192 version \u2192 sbom \u2192 sign \u2192 policy-scan \u2192 publish-dry-run \u2192 dossier",
    "",
    "| step | status | errors | warnings | note |",
    "|---|---|---|---|---|",
    ...rows,
    "",
    report.dossier ? `Dossier: \`${markdownCell(report.dossier.archive)}\` (sha256 ${report.dossier.sha256})` : "No dossier was assembled.",
    ""
  ].join("\n");
}
var mode = readMode();
if (mode === void 0) {
  process.exitCode = 2;
} else {
  try {
    if (mode === "status") {
      await (await import("../chunks/status-mode-VVWZSV5B.js")).runStatusAction();
    } else {
      await runPipelineAction(await readInputs(mode));
    }
  } catch (error2) {
    const { describeError, exitCodeForError } = await import("../chunks/src-7SP543NN.js");
    error(describeError(error2), { title: "shipshape could not run" });
    process.exitCode = exitCodeForError(error2);
  }
}
