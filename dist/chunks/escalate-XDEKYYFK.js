import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  GitHubRequestError,
  gitHubClientFromEnv
} from "./chunk-3WHGVGNJ.js";
import {
  buildStatus,
  chatText,
  escalationPolicy,
  fetchWithRetry,
  fingerprintFromBody,
  fingerprintMarker,
  isOwnerHandle,
  markdownText,
  shipshapeLabel
} from "./chunk-E52ARYXX.js";
import {
  contextFromArgs,
  flagOption
} from "./chunk-C2Z53RSS.js";
import "./chunk-E4JN5UOR.js";
import "./chunk-3STO6GSY.js";
import {
  Journal,
  ReleaseWorkspace
} from "./chunk-N67TL7SK.js";
import "./chunk-MUGHQZOG.js";
import "./chunk-NSYWVXGE.js";
import {
  loadPolicy
} from "./chunk-62XS2I6U.js";
import "./chunk-VIMV3XDQ.js";
import {
  visibleText
} from "./chunk-BKLFK6S4.js";
import "./chunk-BE3HX54U.js";
import "./chunk-E73ZUZ5O.js";
import "./chunk-YP2N6HGM.js";
import {
  ExitCode,
  describeError,
  isUserError
} from "./chunk-RLB5E7YF.js";
import "./chunk-GUYOKWKK.js";

// packages/core/src/status/escalate.ts
import { join } from "node:path";

// packages/core/src/status/escalation-messages.ts
var stageMarkerPattern = /<!-- shipshape-stage: ([a-z-]{1,40}) -->/;
function stageFromBody(body) {
  return body ? stageMarkerPattern.exec(body)?.[1] : void 0;
}
function issueTitle(blocker) {
  const { finding } = blocker;
  const subject = finding.component ?? finding.location?.file ?? finding.message;
  return visibleText(`[shipshape] ${finding.code}: ${subject}`, 180).replace(
    /@/g,
    "@\u200D"
  );
}
function issueBody(blocker, release, mentionable, firstSeen) {
  const { finding } = blocker;
  const owner = blocker.owner;
  const ownerText = owner === void 0 ? "unowned (set `escalation.default-owner` in policy.yaml)" : mentionable.has(owner) && isOwnerHandle(owner) ? owner : markdownText(owner);
  const where = finding.location ? `${finding.location.file}${finding.location.line ? `:${String(finding.location.line)}` : ""}${finding.location.pointer ? ` (${finding.location.pointer})` : ""}` : void 0;
  const lines = [
    fingerprintMarker(blocker.fingerprint),
    `<!-- shipshape-stage: ${blocker.stage} -->`,
    `### ${markdownText(finding.code)}`,
    "",
    `**Release:** ${release ? `${markdownText(release.id)} ${markdownText(release.version)}` : "unknown"}`,
    `**Stage:** ${markdownText(blocker.stage)}`,
    `**Owner:** ${ownerText}`
  ];
  if (where) lines.push(`**Where:** ${markdownText(where)}`);
  if (finding.component) lines.push(`**Component:** ${markdownText(finding.component)}`);
  if (finding.advisory) lines.push(`**Advisory:** ${markdownText(finding.advisory)}`);
  lines.push("", `> ${markdownText(finding.message, 2e3)}`);
  if (finding.remediation) {
    lines.push("", `**Remediation:** ${markdownText(finding.remediation, 2e3)}`);
  }
  lines.push(
    "",
    `_First seen ${firstSeen}. shipshape updates this issue on every escalation run and closes it when the finding is gone._`
  );
  return `${lines.join("\n")}
`;
}
function webhookPayload(format, owner, blockers, release) {
  const lineBreak = format === "teams" ? "\n\n" : "\n";
  const heading = `shipshape: ${String(blockers.length)} blocker(s) for ${chatText(owner ?? "unowned")} in release ${release ? chatText(`${release.id} ${release.version}`) : "unknown"}`;
  const shown = blockers.slice(0, 50).map((blocker) => {
    const { finding } = blocker;
    const where = finding.location?.file ?? finding.component;
    return `\u2022 ${chatText(finding.code)}: ${chatText(finding.message)}${where ? ` (${chatText(where)})` : ""}`;
  });
  if (blockers.length > shown.length) {
    shown.push(`\u2026and ${String(blockers.length - shown.length)} more`);
  }
  const text = [heading, ...shown].join(lineBreak);
  switch (format) {
    case "slack":
      return { text };
    case "teams":
      return {
        "@type": "MessageCard",
        "@context": "https://schema.org/extensions",
        summary: heading,
        text
      };
    case "json":
      return {
        schema: "shipshape-escalation/1",
        release,
        owner: owner ?? null,
        text,
        findings: blockers.map((blocker) => ({
          fingerprint: blocker.fingerprint,
          stage: blocker.stage,
          code: blocker.finding.code,
          message: blocker.finding.message,
          component: blocker.finding.component ?? null,
          location: blocker.finding.location ?? null
        }))
      };
  }
}

// packages/core/src/status/escalate.ts
var escalateStage = "escalate";
async function escalate(context, options = {}) {
  const loaded = await loadPolicy({
    file: context.policyFile,
    cwd: context.cwd
  });
  const policy = escalationPolicy(loaded.policy);
  const status = await buildStatus(context);
  const journal = options.dryRun === true ? new Journal(join(context.workspaceDir, "journal.jsonl"), context.clock) : (await ReleaseWorkspace.open(context.workspaceDir, context.clock)).journal;
  const history = (await journal.verify()).records;
  const run = {
    context,
    policy,
    status,
    journal,
    history,
    due: [],
    firstSeen: /* @__PURE__ */ new Map(),
    retry: options.retry,
    result: {
      ok: true,
      verdict: status.verdict,
      dryRun: options.dryRun === true,
      blockers: status.blockers.length,
      actions: [],
      findings: []
    }
  };
  if (!policy.githubIssues && policy.webhooks.length === 0) {
    run.result.findings.push({
      code: "ESCALATION_NO_CHANNEL",
      severity: "note",
      message: "policy.yaml names no escalation channel (escalation.github-issues or escalation.webhooks); nothing was escalated"
    });
    return run.result;
  }
  await selectDue(run);
  if (run.result.dryRun) return plan(run);
  if (policy.githubIssues) {
    await escalateToIssues(run, policy.githubIssues, options.client);
  }
  for (const hook of policy.webhooks) await escalateToWebhook(run, hook);
  run.result.ok = status.verdict === "GO" || status.blockers.length === 0 || !run.result.findings.some((f) => f.code === "ESCALATION_FAILED");
  return run.result;
}
async function selectDue(run) {
  const earliest = firstSeenTimes(run.history);
  const unseen = run.status.blockers.map((blocker) => blocker.fingerprint).filter((fingerprint) => !earliest.has(fingerprint));
  let time = run.context.clock().toISOString();
  if (unseen.length > 0 && !run.result.dryRun) {
    const first = await run.journal.append({
      kind: "escalation",
      stage: escalateStage,
      actor: run.context.actor,
      summary: `${String(unseen.length)} blocker(s) seen for the first time`,
      data: { action: "first-seen", fingerprints: unseen }
    });
    time = first.time;
  }
  const now = run.context.now().getTime();
  const graceMs = run.policy.afterHours * 36e5;
  for (const blocker of run.status.blockers) {
    const seen = earliest.get(blocker.fingerprint) ?? time;
    run.firstSeen.set(blocker.fingerprint, seen);
    if (now - Date.parse(seen) >= graceMs) {
      run.due.push(blocker);
      continue;
    }
    run.result.actions.push({
      channel: "github-issue",
      action: "deferred",
      fingerprint: blocker.fingerprint,
      code: blocker.finding.code,
      owner: blocker.owner,
      reason: `within escalation.after-hours (${String(run.policy.afterHours)} h)`
    });
  }
}
function firstSeenTimes(history) {
  const earliest = /* @__PURE__ */ new Map();
  for (const record2 of history) {
    if (record2.kind !== "escalation") continue;
    const single = record2.data?.["fingerprint"];
    const list = record2.data?.["fingerprints"];
    const fingerprints = [
      ...typeof single === "string" ? [single] : [],
      ...Array.isArray(list) ? list.map(String) : []
    ];
    for (const fingerprint of fingerprints) {
      if (!earliest.has(fingerprint)) earliest.set(fingerprint, record2.time);
    }
  }
  return earliest;
}
function plan(run) {
  for (const blocker of run.due) {
    const base = {
      action: "planned",
      fingerprint: blocker.fingerprint,
      code: blocker.finding.code,
      owner: blocker.owner
    };
    if (run.policy.githubIssues) {
      run.result.actions.push({ ...base, channel: "github-issue" });
    }
    for (const hook of run.policy.webhooks) {
      run.result.actions.push({
        ...base,
        channel: "webhook",
        target: hook.urlEnv
      });
    }
  }
  return run.result;
}
async function escalateToIssues(run, channel, given) {
  let client;
  let open;
  try {
    client = given ?? gitHubClientFromEnv(run.context, run.retry);
    open = await client.listOpenIssues(shipshapeLabel);
  } catch (error) {
    await fail(run, { channel: "github-issue", action: "failed" }, error);
    return;
  }
  const byFingerprint = /* @__PURE__ */ new Map();
  for (const issue of [...open].sort((a, b) => a.number - b.number)) {
    const fingerprint = fingerprintFromBody(issue.body);
    if (fingerprint && !byFingerprint.has(fingerprint)) {
      byFingerprint.set(fingerprint, issue);
    }
  }
  let budget = channel.maxPerRun;
  for (const blocker of run.due) {
    const existing = byFingerprint.get(blocker.fingerprint);
    if (budget <= 0) {
      run.result.actions.push({
        ...describe(blocker),
        action: "deferred",
        reason: "escalation.github-issues.max-per-run reached"
      });
      continue;
    }
    const changed = await syncIssue(run, client, channel, blocker, existing);
    if (changed) budget -= 1;
  }
  await closeResolved(run, client, byFingerprint);
}
function describe(blocker) {
  return {
    channel: "github-issue",
    action: "unchanged",
    fingerprint: blocker.fingerprint,
    code: blocker.finding.code,
    owner: blocker.owner
  };
}
async function syncIssue(run, client, channel, blocker, existing) {
  const title = issueTitle(blocker);
  const body = issueBody(
    blocker,
    releaseOf(run.status),
    channel.mentionOwners ? declaredOwners(run) : /* @__PURE__ */ new Set(),
    run.firstSeen.get(blocker.fingerprint) ?? ""
  );
  const base = describe(blocker);
  if (existing && existing.title === title && existing.body === body) {
    run.result.actions.push({ ...base, issue: existing.number });
    return false;
  }
  try {
    if (existing) {
      await client.updateIssue(existing.number, { title, body });
      await record(
        run,
        { ...base, action: "updated", issue: existing.number },
        `updated issue #${String(existing.number)}`
      );
    } else {
      const issue = await client.createIssue({
        title,
        body,
        labels: channel.labels
      });
      await record(
        run,
        { ...base, action: "created", issue: issue.number },
        `opened issue #${String(issue.number)}`
      );
      if (!issue.labels.includes(shipshapeLabel)) labelDropped(run, issue);
    }
  } catch (error) {
    if (!(error instanceof GitHubRequestError)) throw error;
    await fail(
      run,
      { ...base, action: "failed", issue: existing?.number },
      error
    );
  }
  return true;
}
function labelDropped(run, issue) {
  if (run.result.findings.some((f) => f.code === "ESCALATION_LABEL_DROPPED")) {
    return;
  }
  run.result.findings.push({
    code: "ESCALATION_LABEL_DROPPED",
    severity: "warning",
    message: `GitHub created issue #${String(issue.number)} without the "${shipshapeLabel}" label, so the next run cannot find it again and would open a duplicate`,
    remediation: `create the "${shipshapeLabel}" label in the repository and give the token issues: write`
  });
}
async function closeResolved(run, client, byFingerprint) {
  const current = new Set(run.status.blockers.map((b) => b.fingerprint));
  const evaluated = new Set(
    run.status.stages.filter((s) => s.state === "passed" || s.state === "failed").map((s) => s.stage)
  );
  if (run.status.run.state === "passed" || run.status.run.state === "failed") {
    evaluated.add("run");
  }
  for (const [fingerprint, issue] of byFingerprint) {
    const stage = stageFromBody(issue.body);
    if (current.has(fingerprint) || !stage || !evaluated.has(stage)) continue;
    const base = {
      channel: "github-issue",
      action: "closed",
      fingerprint,
      issue: issue.number
    };
    try {
      await client.createComment(
        issue.number,
        `The ${stage} stage no longer reports this finding (${run.context.clock().toISOString()}); closing.`
      );
      await client.updateIssue(issue.number, {
        state: "closed",
        state_reason: "completed"
      });
      await record(
        run,
        base,
        `closed issue #${String(issue.number)}: finding resolved`
      );
    } catch (error) {
      if (!(error instanceof GitHubRequestError)) throw error;
      await fail(run, { ...base, action: "failed" }, error);
    }
  }
}
async function escalateToWebhook(run, hook) {
  const target = hook.urlEnv;
  const url = run.context.env[target] ?? "";
  run.context.secrets.add(url);
  if (!/^https?:\/\//.test(url)) {
    await fail(
      run,
      { channel: "webhook", action: "failed", target },
      new Error(`${target} is not set to an http(s) URL`)
    );
    return;
  }
  const sent = sentFingerprints(run.history, target);
  const byOwner = /* @__PURE__ */ new Map();
  for (const blocker of run.due) {
    if (sent.has(blocker.fingerprint)) continue;
    const key = blocker.owner ?? "";
    byOwner.set(key, [...byOwner.get(key) ?? [], blocker]);
  }
  for (const [owner, blockers] of byOwner) {
    const payload = webhookPayload(
      hook.format,
      owner || void 0,
      blockers,
      releaseOf(run.status)
    );
    const base = {
      channel: "webhook",
      action: "sent",
      target,
      owner: owner || void 0
    };
    const outcome = await fetchWithRetry(
      url,
      {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "user-agent": "shipshape"
        },
        body: JSON.stringify(payload)
      },
      run.retry
    );
    if ("response" in outcome && outcome.response.ok) {
      await outcome.response.body?.cancel();
      await record(
        run,
        base,
        `sent ${String(blockers.length)} blocker(s) to webhook ${target}`,
        blockers.map((b) => b.fingerprint)
      );
      continue;
    }
    const reason = "error" in outcome ? `${outcome.error} after ${String(outcome.attempts)} attempt(s)` : `answered ${String(outcome.response.status)} after ${String(outcome.attempts)} attempt(s)`;
    await fail(
      run,
      { ...base, action: "failed" },
      new Error(`webhook ${target} ${reason}`)
    );
  }
}
function sentFingerprints(history, target) {
  const sent = /* @__PURE__ */ new Set();
  for (const entry of history) {
    const data = entry.data;
    if (entry.kind !== "escalation" || data?.["target"] !== target || data["action"] !== "sent")
      continue;
    const list = data["fingerprints"];
    if (Array.isArray(list)) for (const item of list) sent.add(String(item));
  }
  return sent;
}
async function record(run, action, summary, fingerprints) {
  run.result.actions.push(action);
  await run.journal.append({
    kind: "escalation",
    stage: escalateStage,
    actor: run.context.actor,
    summary: run.context.secrets.redact(summary),
    data: {
      ...stripUndefined(action),
      ...fingerprints ? { fingerprints } : {}
    }
  });
}
async function fail(run, action, error) {
  const reason = run.context.secrets.redact(
    isUserError(error) || error instanceof Error ? describeError(error).replace(/^internal error: /, "") : String(error)
  );
  const failed = { ...action, action: "failed", reason };
  run.result.findings.push({
    code: "ESCALATION_FAILED",
    severity: "warning",
    message: `escalation through ${action.channel}${action.target ? ` ${action.target}` : ""}${action.code ? ` of ${action.code}` : ""} failed: ${reason}`,
    owner: action.owner,
    remediation: "check the token, the webhook URL and the service status; the next escalation run tries again",
    details: { fingerprint: action.fingerprint ?? null }
  });
  run.context.logger.warn(`escalation failed: ${reason}`);
  await record(
    run,
    failed,
    `escalation through ${action.channel} failed: ${reason}`
  );
}
function stripUndefined(action) {
  return Object.fromEntries(
    Object.entries(action).filter(([, value]) => value !== void 0)
  );
}
function declaredOwners(run) {
  const owners = new Set(run.status.signing.map((item) => item.owner));
  if (run.policy.defaultOwner) owners.add(run.policy.defaultOwner);
  return owners;
}
function releaseOf(status) {
  return status.release?.id ? status.release : void 0;
}

// packages/cli/src/commands/escalate.ts
function renderResult(result) {
  const lines = [
    `escalate: verdict ${result.verdict}, ${String(result.blockers)} blocker(s)${result.dryRun ? " (dry run: nothing sent)" : ""}`
  ];
  for (const action of result.actions) {
    const what = [
      action.channel,
      action.action,
      action.code,
      action.issue === void 0 ? void 0 : `#${String(action.issue)}`,
      action.target,
      action.owner
    ].filter((part) => part !== void 0);
    lines.push(`  ${visibleText(what.join(" "))}`);
  }
  for (const finding of result.findings) {
    lines.push(
      `${finding.severity}: ${visibleText(finding.message, 400)} [${finding.code}]`
    );
  }
  return `${lines.join("\n")}
`;
}
var escalateCommand = {
  name: "escalate",
  summary: "send each blocker to its owner (GitHub issues, webhooks)",
  usage: "shipshape escalate [--workspace D] [--policy F] [--dry-run] [--json]",
  options: {
    workspace: { type: "string" },
    policy: { type: "string" },
    manifest: { type: "string" },
    "dry-run": { type: "boolean" },
    json: { type: "boolean" },
    verbose: { type: "boolean" }
  },
  async run(args, io) {
    const context = contextFromArgs(args, io);
    const result = await escalate(context, {
      dryRun: flagOption(args, "dry-run")
    });
    const text = flagOption(args, "json") ? `${JSON.stringify(result, null, 2)}
` : renderResult(result);
    io.stdout(context.secrets.redact(text));
    return result.ok ? ExitCode.pass : ExitCode.ruleBroken;
  }
};
var escalate_default = escalateCommand;
export {
  escalate_default as default,
  escalateCommand
};
