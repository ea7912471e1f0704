import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  collectStatus,
  renderStatusMarkdown
} from "./chunk-Z5DY4ZFY.js";
import {
  gitHubClientFromEnv
} from "./chunk-3WHGVGNJ.js";
import "./chunk-E52ARYXX.js";
import {
  readCommonInputs
} from "./chunk-EWMDCL5X.js";
import "./chunk-PFSSL7OT.js";
import "./chunk-E4JN5UOR.js";
import {
  createStageContext
} from "./chunk-3STO6GSY.js";
import "./chunk-N67TL7SK.js";
import {
  writeFileAtomic
} from "./chunk-MUGHQZOG.js";
import "./chunk-NSYWVXGE.js";
import "./chunk-62XS2I6U.js";
import "./chunk-VIMV3XDQ.js";
import "./chunk-BKLFK6S4.js";
import "./chunk-BE3HX54U.js";
import "./chunk-E73ZUZ5O.js";
import "./chunk-YP2N6HGM.js";
import {
  ExitCode,
  UserError,
  describeError,
  exitCodeForError
} from "./chunk-RLB5E7YF.js";
import {
  error,
  getInput,
  info,
  setOutput,
  setSecret,
  summary,
  warning
} from "./chunk-TSZFAG6J.js";
import "./chunk-GUYOKWKK.js";

// packages/action/src/status-mode.ts
import { randomUUID } from "node:crypto";
import { join } from "node:path";

// packages/core/src/status/daily-status.ts
function dailyMarker(date) {
  return `<!-- shipshape-daily-status: ${date} -->`;
}
async function postDailyStatus(options) {
  const date = options.now.toISOString().slice(0, 10);
  const marker = dailyMarker(date);
  const body = `${marker}
${options.markdown}`;
  const comments = await options.client.listComments(options.issue);
  const today = comments.find((comment) => comment.body?.startsWith(marker));
  if (!today) {
    const created = await options.client.createComment(options.issue, body);
    return { action: "created", commentId: created.id, date };
  }
  if (today.body === body) {
    return { action: "unchanged", commentId: today.id, date };
  }
  await options.client.updateComment(today.id, body);
  return { action: "updated", commentId: today.id, date };
}

// packages/action/src/status-mode.ts
function readStatusInputs() {
  const issue = getInput("tracking-issue");
  if (issue !== "" && !/^[1-9][0-9]{0,9}$/.test(issue)) {
    throw new UserError(
      "TRACKING_ISSUE_INVALID",
      `input tracking-issue must be an issue number, got "${issue.slice(0, 40)}"`,
      { field: "tracking-issue" }
    );
  }
  return {
    ...readCommonInputs(),
    trackingIssue: issue === "" ? void 0 : Number(issue),
    githubToken: getInput("github-token")
  };
}
async function runStatusAction() {
  const stop = randomUUID();
  try {
    const inputs = readStatusInputs();
    const context = statusContext(inputs);
    process.stdout.write(`::stop-commands::${stop}
`);
    let status;
    try {
      status = await collectStatus(context);
    } finally {
      process.stdout.write(`::${stop}::
`);
    }
    const markdown = context.secrets.redact(renderStatusMarkdown(status));
    const path = join(
      process.env["RUNNER_TEMP"] ?? context.workspaceDir,
      "shipshape-status.json"
    );
    await writeFileAtomic(
      path,
      context.secrets.redact(`${JSON.stringify(status, null, 2)}
`)
    );
    setOutput("status", path);
    setOutput("markdown", markdown);
    if (process.env["GITHUB_STEP_SUMMARY"]) {
      await summary.addRaw(markdown).write();
    }
    if (inputs.trackingIssue !== void 0) {
      await postToTrackingIssue(context, inputs.trackingIssue, markdown);
    }
    info(
      `release status: ${status.verdict}, ${String(status.blockers.length)} blocker(s)`
    );
    process.exitCode = ExitCode.pass;
  } catch (error2) {
    error(describeError(error2), {
      title: "shipshape status could not run"
    });
    process.exitCode = exitCodeForError(error2);
  }
}
function statusContext(inputs) {
  const env = { ...process.env };
  if (inputs.githubToken !== "") env["GITHUB_TOKEN"] = inputs.githubToken;
  const context = createStageContext({
    cwd: inputs.workingDirectory,
    manifestFile: inputs.manifest,
    policyFile: inputs.policy,
    workspaceDir: inputs.workspace,
    env
  });
  context.secrets.onAdd((form) => {
    setSecret(form);
  });
  context.secrets.add(env["GITHUB_TOKEN"]);
  return context;
}
async function postToTrackingIssue(context, issue, markdown) {
  try {
    const outcome = await postDailyStatus({
      client: gitHubClientFromEnv(context),
      issue,
      markdown,
      now: context.now()
    });
    info(
      `status comment ${outcome.action} on issue #${String(issue)} for ${outcome.date}`
    );
  } catch (error2) {
    const reason = context.secrets.redact(
      error2 instanceof Error ? error2.message : String(error2)
    );
    warning(
      `could not post the status to issue #${String(issue)}: ${reason}`
    );
  }
}
export {
  readStatusInputs,
  runStatusAction
};
