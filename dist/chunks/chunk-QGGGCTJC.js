import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  require_semver
} from "./chunk-UVAQLNFS.js";
import {
  RE2JS
} from "./chunk-JAHB6ZUD.js";
import {
  runStage
} from "./chunk-3STO6GSY.js";
import {
  canonicalJSON
} from "./chunk-NSYWVXGE.js";
import {
  loadManifest,
  loadPolicy,
  policySection
} from "./chunk-62XS2I6U.js";
import {
  visibleText
} from "./chunk-BKLFK6S4.js";
import {
  resolveProjectPath
} from "./chunk-BE3HX54U.js";
import {
  isRecord,
  limits,
  parseJSON,
  readTextFile
} from "./chunk-E73ZUZ5O.js";
import {
  UserError
} from "./chunk-RLB5E7YF.js";
import {
  __toESM
} from "./chunk-GUYOKWKK.js";

// packages/core/src/enforce-version/commit-listing.ts
var maxNamed = 10;
function describeCommits(commits) {
  const named = commits.slice(0, maxNamed).map(
    (commit) => `${commit.sha.slice(0, 12)} "${visibleText(commit.parsed.subject, 120)}"`
  );
  const more = commits.length - named.length;
  return more > 0 ? `${named.join(", ")} and ${more} more` : named.join(", ");
}

// packages/core/src/enforce-version/commit-tickets.ts
var ticketRule = {
  code: "COMMIT_TICKET_MISSING",
  what: "a ticket",
  field: "versioning.tickets"
};
var incidentRule = {
  code: "COMMIT_INCIDENT_MISSING",
  what: "an incident",
  field: "versioning.incident"
};
var maxSingleFindings = 100;
function checkCommitReferences(commits, options) {
  const findings = [];
  if (options.tickets) {
    findings.push(
      ...check(commits, options.tickets, ticketRule, options.location)
    );
  }
  if (options.hotfix && options.incident) {
    findings.push(
      ...check(commits, options.incident, incidentRule, options.location)
    );
  }
  return findings;
}
function check(commits, pattern, rule, location) {
  const missing = commits.filter((commit) => !pattern.test(commit.message));
  const findings = missing.slice(0, maxSingleFindings).map((commit) => ({
    code: rule.code,
    severity: "error",
    message: `commit ${describeCommits([commit])} references no ${rule.what.replace(/^an? /, "")} matching ${rule.field} /${pattern.source}/`,
    location,
    remediation: `Reword the commit to name ${rule.what} (e.g. in its subject or a trailer), or cover it with release.override.`,
    details: { commit: commit.sha }
  }));
  const rest = missing.slice(maxSingleFindings);
  if (rest.length > 0) {
    findings.push({
      code: rule.code,
      severity: "error",
      message: `${rest.length} more commits reference no ${rule.what.replace(/^an? /, "")} matching ${rule.field}: ${describeCommits(rest)}`,
      location,
      details: { commits: rest.slice(0, 1e3).map((commit) => commit.sha) }
    });
  }
  return findings;
}

// packages/core/src/enforce-version/github-issues.ts
var maxIssueLookups = 200;
var maxResponseBytes = 1024 * 1024;
var parallelRequests = 4;
var issueReference = /(?:^|[^\w/&#])#([1-9][0-9]{0,8})\b/g;
function issueNumbers(texts) {
  const seen = /* @__PURE__ */ new Set();
  for (const text of texts) {
    for (const match of text.slice(0, 64 * 1024).matchAll(issueReference)) {
      seen.add(Number(match[1]));
    }
  }
  return [...seen];
}
async function checkGitHubIssues(numbers, rules, options, location) {
  const wanted = numbers.slice(0, maxIssueLookups);
  const facts = [];
  for (let at = 0; at < wanted.length; at += parallelRequests) {
    const batch = wanted.slice(at, at + parallelRequests);
    facts.push(
      ...await Promise.all(batch.map((n) => fetchIssue(n, options)))
    );
  }
  const findings = facts.flatMap(
    (fact) => judgeIssue(fact, rules, options, location)
  );
  if (numbers.length > wanted.length) {
    findings.push({
      code: "TICKET_ISSUE_NOT_CHECKED",
      severity: "warning",
      message: `${numbers.length - wanted.length} #issue references beyond the first ${maxIssueLookups} were not checked against GitHub`,
      location
    });
  }
  return findings;
}
function judgeIssue(fact, rules, options, location) {
  const name = `${options.repository}#${fact.number}`;
  if (!fact.found) {
    return [
      {
        code: "TICKET_ISSUE_NOT_FOUND",
        severity: "error",
        message: `ticket #${fact.number} is referenced by a commit, but ${name} does not exist`,
        location,
        remediation: "Reference an existing issue, or correct the number."
      }
    ];
  }
  const findings = [];
  const labels = new Set(fact.labels.map((label) => label.toLowerCase()));
  for (const label of rules.requireLabels) {
    if (labels.has(label.toLowerCase())) continue;
    findings.push({
      code: "TICKET_ISSUE_LABEL_MISSING",
      severity: "error",
      message: `${name} lacks the label "${visibleText(label)}" that versioning.github-issues.require-labels requires`,
      location
    });
  }
  for (const label of rules.forbidLabels) {
    if (!labels.has(label.toLowerCase())) continue;
    findings.push({
      code: "TICKET_ISSUE_LABEL_FORBIDDEN",
      severity: "error",
      message: `${name} carries the label "${visibleText(label)}" that versioning.github-issues.forbid-labels forbids`,
      location
    });
  }
  if (rules.state !== "any" && fact.state !== rules.state) {
    findings.push({
      code: "TICKET_ISSUE_STATE",
      severity: "error",
      message: `${name} is ${visibleText(fact.state ?? "in an unknown state")}, but versioning.github-issues.state requires ${rules.state}`,
      location
    });
  }
  return findings;
}
async function fetchIssue(number, options) {
  const url = `${options.apiURL.replace(/\/+$/, "")}/repos/${options.repository}/issues/${number}`;
  let response;
  try {
    response = await fetch(url, {
      headers: {
        accept: "application/vnd.github+json",
        authorization: `Bearer ${options.token}`,
        "x-github-api-version": "2022-11-28",
        "user-agent": "shipshape-enforce-version"
      },
      redirect: "error",
      signal: AbortSignal.timeout(options.timeoutMs ?? 15e3)
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(
      "GITHUB_UNREACHABLE",
      `cannot reach the GitHub API at ${options.apiURL} to check ticket #${number}: ${reason}`,
      { field: "github-api-url" }
    );
  }
  if (response.status === 404 || response.status === 410) {
    await response.body?.cancel();
    return { number, found: false, labels: [] };
  }
  if (response.status === 401 || response.status === 403) {
    await response.body?.cancel();
    throw new UserError(
      "GITHUB_ACCESS_DENIED",
      `the GitHub API refused the token (HTTP ${response.status}) when reading ${options.repository} issue #${number}; give github-token read access to issues`,
      { field: "github-token" }
    );
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new UserError(
      "GITHUB_API_ERROR",
      `the GitHub API answered HTTP ${response.status} for ${options.repository} issue #${number}; retry later`,
      { field: "github-api-url" }
    );
  }
  return issueFacts(number, await boundedJSON(response));
}
async function boundedJSON(response) {
  const text = await response.text();
  if (text.length > maxResponseBytes) {
    throw new UserError(
      "GITHUB_API_ERROR",
      "the GitHub API sent an oversized issue"
    );
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new UserError(
      "GITHUB_API_ERROR",
      "the GitHub API sent an issue that is not JSON"
    );
  }
}
function issueFacts(number, data) {
  const record = typeof data === "object" && data !== null ? data : {};
  const labels = Array.isArray(record["labels"]) ? record["labels"] : [];
  return {
    number,
    found: true,
    state: typeof record["state"] === "string" ? record["state"] : void 0,
    labels: labels.flatMap((label) => {
      if (typeof label === "string") return [label];
      if (typeof label === "object" && label !== null) {
        const name = label["name"];
        return typeof name === "string" ? [name] : [];
      }
      return [];
    })
  };
}

// packages/core/src/enforce-version/calver-format.ts
var tokenPattern = /MAJOR|MINOR|MICRO|YYYY|0Y|YY|0M|MM|0W|WW|0D|DD/y;
var calendarTokens = /* @__PURE__ */ new Set([
  "YYYY",
  "YY",
  "0Y",
  "MM",
  "0M",
  "WW",
  "0W",
  "DD",
  "0D"
]);
function isCalendarToken(token) {
  return calendarTokens.has(token);
}
function parseCalverFormat(source, file) {
  const parts = [];
  let at = 0;
  while (at < source.length) {
    tokenPattern.lastIndex = at;
    const match = tokenPattern.exec(source);
    if (match) {
      parts.push({ kind: "token", token: match[0] });
      at += match[0].length;
    } else if ("._-".includes(source.charAt(at))) {
      parts.push({ kind: "separator", text: source.charAt(at) });
      at += 1;
    } else {
      throw formatError(
        file,
        `versioning.format "${source}" has an unknown token at "${source.slice(at, at + 8)}"; use YYYY, YY, 0Y, MM, 0M, WW, 0W, DD, 0D, MAJOR, MINOR, MICRO joined by . _ or -`
      );
    }
  }
  const tokens = parts.flatMap(
    (part) => part.kind === "token" ? [part.token] : []
  );
  if (!tokens.some(isCalendarToken)) {
    throw formatError(
      file,
      `versioning.format "${source}" has no calendar token (YYYY, YY, 0Y, MM, 0M, WW, 0W, DD or 0D)`
    );
  }
  return { source, parts, tokens };
}
function formatError(file, message) {
  return new UserError("POLICY_FORMAT_INVALID", message, {
    file,
    field: "versioning.format"
  });
}
var digitsFor = {
  YYYY: "([0-9]{4})",
  YY: "(0|[1-9][0-9]{0,2})",
  "0Y": "([0-9]{2,3})",
  MM: "([1-9][0-9]?)",
  "0M": "([0-9]{2})",
  WW: "([1-9][0-9]?)",
  "0W": "([0-9]{2})",
  DD: "([1-9][0-9]?)",
  "0D": "([0-9]{2})",
  MAJOR: "(0|[1-9][0-9]{0,8})",
  MINOR: "(0|[1-9][0-9]{0,8})",
  MICRO: "(0|[1-9][0-9]{0,8})"
};
function parseCalverVersion(format, text) {
  if (text.length > 128) return void 0;
  const body = format.parts.map(
    (part) => part.kind === "token" ? digitsFor[part.token] : `\\${part.text}`
  ).join("");
  const match = new RegExp(`^${body}(?:-([0-9A-Za-z][0-9A-Za-z.-]*))?$`).exec(
    text
  );
  if (!match) return void 0;
  const values = format.tokens.map((_, index) => Number(match[index + 1]));
  const modifier = match[format.tokens.length + 1];
  return modifier === void 0 ? { text, values } : { text, values, modifier };
}
function calendarValue(token, date) {
  switch (token) {
    case "YYYY":
      return date.getUTCFullYear();
    case "YY":
    case "0Y":
      return date.getUTCFullYear() - 2e3;
    case "MM":
    case "0M":
      return date.getUTCMonth() + 1;
    case "WW":
    case "0W":
      return weekOfYear(date);
    case "DD":
    case "0D":
      return date.getUTCDate();
  }
}
function weekOfYear(date) {
  const start = Date.UTC(date.getUTCFullYear(), 0, 1);
  const day = Math.floor((date.getTime() - start) / 864e5);
  return Math.floor(day / 7) + 1;
}
function spellToken(token, value) {
  const padded = token.startsWith("0");
  return padded ? String(value).padStart(2, "0") : String(value);
}
function formatCalverVersion(format, values) {
  let index = 0;
  return format.parts.map((part) => {
    if (part.kind === "separator") return part.text;
    const value = values[index] ?? 0;
    index += 1;
    return spellToken(part.token, value);
  }).join("");
}
function compareCalver(a, b) {
  for (let index = 0; index < a.values.length; index += 1) {
    const diff = (a.values[index] ?? 0) - (b.values[index] ?? 0);
    if (diff !== 0) return diff;
  }
  if (a.modifier === b.modifier) return 0;
  if (a.modifier === void 0) return 1;
  if (b.modifier === void 0) return -1;
  return a.modifier < b.modifier ? -1 : 1;
}

// packages/core/src/enforce-version/calver-counters.ts
var counterBump = {
  MAJOR: "major",
  MINOR: "minor",
  MICRO: "patch"
};
var significance = ["major", "minor", "patch"];
function capToFormat(bump, format) {
  if (bump === "none") return "none";
  const present = significance.filter((level) => indexOf(format, level) >= 0);
  if (present.length === 0) return "none";
  const wanted = significance.indexOf(bump);
  return present.find((level) => significance.indexOf(level) >= wanted) ?? present[0] ?? "none";
}
function indexOf(format, level) {
  return format.tokens.findIndex((token) => counterBump[token] === level);
}
function sameCalendarParts(format, a, b) {
  return format.tokens.every(
    (token, index) => !isCalendarToken(token) || a.values[index] === b.values[index]
  );
}
function counterChange(format, from, to) {
  for (const level of significance) {
    const index = indexOf(format, level);
    if (index >= 0 && (to.values[index] ?? 0) > (from.values[index] ?? 0)) {
      return level;
    }
  }
  return "prerelease";
}
function bumpCounters(format, values, level) {
  const rank2 = significance.indexOf(level);
  return format.tokens.map((token, index) => {
    const own = counterBump[token];
    const value = values[index] ?? 0;
    if (own === void 0) return value;
    const ownRank = significance.indexOf(own);
    if (ownRank === rank2) return value + 1;
    return ownRank > rank2 ? 0 : value;
  });
}
function compareCounters(format, a, b) {
  for (const level of significance) {
    const index = indexOf(format, level);
    if (index < 0) continue;
    const diff = (a[index] ?? 0) - (b[index] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}
function todayValues(format, today, counters) {
  return format.tokens.map(
    (token, index) => isCalendarToken(token) ? calendarValue(token, today) : counters[index] ?? 0
  );
}
function nextCalver(format, previous, required, today, hybrid) {
  const fresh = todayValues(format, today, []);
  if (!previous) return formatCalverVersion(format, fresh);
  const candidate = { text: "", values: fresh };
  if (!sameCalendarParts(format, candidate, previous)) {
    return formatCalverVersion(format, fresh);
  }
  const smallest = [...significance].reverse().find((level2) => indexOf(format, level2) >= 0);
  const level = hybrid && required !== "none" ? required : smallest;
  if (!level) return formatCalverVersion(format, previous.values);
  const counters = bumpCounters(format, previous.values, level);
  return formatCalverVersion(format, todayValues(format, today, counters));
}

// packages/core/src/enforce-version/version-decision.ts
var maxListedCommits = 1e3;
function commitsAsking(commits, bump) {
  return commits.filter((commit) => commit.parsed.bump === bump);
}
function toDecisionCommit(commit) {
  return {
    sha: commit.sha,
    subject: commit.parsed.subject.slice(0, 500),
    type: commit.parsed.type ?? null,
    breaking: commit.parsed.breaking,
    bump: commit.parsed.bump
  };
}

// packages/core/src/enforce-version/calver-decision.ts
function calverReader(format) {
  return {
    parse: (text) => parseCalverVersion(format, text),
    compare: compareCalver
  };
}
function decideCalver(input, options) {
  const { format } = options;
  const previous = input.previous;
  const required = options.hybrid ? capToFormat(input.commitBump, format) : "none";
  const next = nextCalver(
    format,
    previous?.version,
    required,
    input.today,
    options.hybrid
  );
  const declared = parseCalverVersion(format, input.declared);
  if (!declared) return formatMismatch(input, format, required, next);
  const judgement = { input, options, declared, required, next };
  const dateProblem = checkCalendar(
    format,
    declared,
    input.today,
    options.releaseWindow
  );
  const findings = [];
  if (dateProblem) {
    findings.push(finding("VERSION_DATE_MISMATCH", judgement, dateProblem));
  }
  if (!previous) return firstRelease(judgement, findings, dateProblem);
  return judgeIncrease(judgement, previous, findings, dateProblem);
}
function judgeIncrease(judgement, previousTag, findings, dateProblem) {
  const { options, declared, required, next, input } = judgement;
  const { format } = options;
  const previous = previousTag.version;
  const tag = visibleText(previousTag.tag);
  const order = compareCalver(declared, previous);
  if (order === 0) {
    findings.push(
      finding(
        "VERSION_SAME_AS_PREVIOUS",
        judgement,
        `is the version of the previous release (tag ${tag})`
      )
    );
  } else if (order < 0) {
    findings.push(
      finding(
        "VERSION_NOT_INCREASED",
        judgement,
        `is lower than the previous release ${previous.text} (tag ${tag})`
      )
    );
  }
  const sameCalendar = sameCalendarParts(format, declared, previous);
  const declaredBump = order <= 0 ? "none" : sameCalendar ? counterChange(format, previous, declared) : "calendar";
  const hybridRule = options.hybrid && order > 0 && sameCalendar;
  if (hybridRule && required !== "none") {
    const minimal = bumpCounters(format, previous.values, required);
    if (compareCounters(format, declared.values, minimal) < 0) {
      const drivers = commitsAsking(input.commits, input.commitBump);
      findings.push({
        ...finding(
          "VERSION_BUMP_TOO_LOW",
          judgement,
          `is a ${declaredBump} bump from ${previous.text}, but the commits since ${tag} require a ${required} bump (at least ${next}): ${describeCommits(drivers)}`
        ),
        details: { commits: drivers.slice(0, 50).map((commit) => commit.sha) }
      });
    }
  }
  const date = dateProblem ? `, but it ${dateProblem}` : "; its calendar parts match the release date";
  const scope = options.hybrid ? ` The commits since ${tag} require ${required === "none" ? "no particular" : `a ${required}`} counter bump while the calendar parts stay the same.` : "";
  return {
    declaredBump,
    requiredBump: required,
    next,
    findings,
    rationale: `${declared.text} follows ${previous.text} (${tag}) with a ${declaredBump} change${date}.${scope}`
  };
}
function finding(code, judgement, problem) {
  const location = judgement.input.location;
  return {
    code,
    severity: "error",
    message: `release.version ${judgement.declared.text} ${problem}`,
    location,
    remediation: `Declare ${judgement.next}.`
  };
}
function formatMismatch(input, format, required, next) {
  const declared = visibleText(input.declared);
  return {
    declaredBump: "none",
    requiredBump: required,
    next,
    rationale: `release.version "${declared}" does not fit the format ${format.source}.`,
    findings: [
      {
        code: "VERSION_FORMAT_MISMATCH",
        severity: "error",
        message: `release.version "${declared}" does not fit versioning.format ${format.source}`,
        location: input.location,
        remediation: `Write a version such as ${next}.`
      }
    ]
  };
}
function firstRelease(judgement, findings, dateProblem) {
  const { declared, next, input } = judgement;
  findings.push({
    code: "VERSION_FIRST_RELEASE",
    severity: "note",
    message: `no earlier release tag is reachable from HEAD, so ${declared.text} is treated as the first release`,
    location: input.location
  });
  return {
    declaredBump: "first",
    requiredBump: "first",
    next,
    findings,
    rationale: `No earlier release tag is reachable from HEAD; ${declared.text} is the first release${dateProblem ? `, but it ${dateProblem}` : ""}.`
  };
}
function checkCalendar(format, version, today, window) {
  for (let back = 0; back <= window; back += 1) {
    const day2 = new Date(today.getTime() - back * 864e5);
    if (calendarMatches(format, version, day2)) return void 0;
  }
  const expected = formatCalverVersion(format, todayValues(format, today, []));
  const day = today.toISOString().slice(0, 10);
  return window === 0 ? `has calendar parts that do not match today's date (${day} UTC) in the format ${format.source} (expected the calendar parts of ${expected})` : `has calendar parts that match no day from ${window} day${window === 1 ? "" : "s"} before ${day} (UTC) to that day in the format ${format.source}`;
}
function calendarMatches(format, version, day) {
  return format.tokens.every(
    (token, index) => !isCalendarToken(token) || version.values[index] === calendarValue(token, day)
  );
}

// packages/core/src/enforce-version/conventional-commit.ts
var maxMessageLength = 64 * 1024;
var header = /^([A-Za-z][A-Za-z0-9-]{0,31})(?:\(([^()\r\n]{0,128})\))?(!)?: \S/;
var breakingFooter = /^BREAKING[ -]CHANGE(?::| #)/m;
var bumpByType = {
  feat: "minor",
  fix: "patch",
  perf: "patch"
};
function parseConventionalCommit(message) {
  const text = message.slice(0, maxMessageLength);
  const newline = text.indexOf("\n");
  const subject = (newline === -1 ? text : text.slice(0, newline)).trimEnd();
  const match = header.exec(subject);
  const body = newline === -1 ? "" : text.slice(newline + 1);
  const footerBreaking = breakingFooter.test(body);
  if (!match) {
    return {
      subject,
      breaking: footerBreaking,
      bump: footerBreaking ? "major" : "none"
    };
  }
  const type = (match[1] ?? "").toLowerCase();
  const breaking = match[3] === "!" || footerBreaking;
  return {
    type,
    scope: match[2],
    breaking,
    subject,
    bump: breaking ? "major" : bumpByType[type] ?? "none"
  };
}

// packages/core/src/enforce-version/git-history.ts
import { spawn } from "node:child_process";
var maxOutputBytes = 512 * 1024 * 1024;
var fieldsPerCommit = 4;
var commitFormat = "%H%x00%an%x00%ae%x00%B";
function runGit(args, options) {
  return new Promise((done, fail) => {
    const child = spawn("git", args, {
      cwd: options.cwd,
      env: gitEnvironment(options.env ?? process.env),
      stdio: ["ignore", "pipe", "pipe"]
    });
    const chunks = [];
    let size = 0;
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      size += chunk.length;
      if (size > maxOutputBytes) {
        child.kill();
        return;
      }
      chunks.push(chunk);
    });
    child.stderr.setEncoding("utf8").on("data", (chunk) => {
      if (stderr.length < 4096) stderr += chunk;
    });
    child.on("error", (error) => {
      fail(
        new UserError(
          "GIT_UNAVAILABLE",
          `cannot run git: ${error.message}; install git and make sure it is on PATH`
        )
      );
    });
    child.on("close", (code) => {
      if (size > maxOutputBytes) {
        fail(new GitFailure(args, -1, "output too large"));
      } else if (code === 0) {
        done(Buffer.concat(chunks).toString("utf8"));
      } else {
        fail(new GitFailure(args, code ?? -1, stderr.trim()));
      }
    });
  });
}
var GitFailure = class extends Error {
  name = "GitFailure";
  status;
  stderr;
  constructor(args, status, stderr) {
    super(`git ${args[0] ?? ""} failed (${status}): ${stderr.slice(0, 300)}`);
    this.status = status;
    this.stderr = stderr;
  }
};
function gitEnvironment(env) {
  return {
    ...env,
    GIT_TERMINAL_PROMPT: "0",
    GIT_PAGER: "cat",
    LC_ALL: "C"
  };
}
async function readRepositoryState(options) {
  let output;
  try {
    output = await runGit(
      ["rev-parse", "--is-shallow-repository", "--verify", "HEAD^{commit}"],
      options
    );
  } catch (error) {
    if (!(error instanceof GitFailure)) throw error;
    if (/not a git repository/i.test(error.stderr)) {
      throw new UserError(
        "GIT_NOT_A_REPOSITORY",
        `${options.cwd} is not inside a git repository; enforce-version reads the release history from git (check out the repository, or run in its folder)`
      );
    }
    if (/dubious ownership/i.test(error.stderr)) {
      throw new UserError(
        "GIT_UNSAFE_DIRECTORY",
        `git refuses to read ${options.cwd} because another user owns it; mark it safe with git config --global --add safe.directory <path>`
      );
    }
    throw new UserError(
      "GIT_NO_COMMITS",
      `the git repository at ${options.cwd} has no commit at HEAD (${error.stderr.split("\n")[0] ?? ""}); commit the release first`
    );
  }
  const [shallow = "", head = ""] = output.trim().split("\n");
  return { head: head.trim(), shallow: shallow.trim() === "true" };
}
async function readReachableTags(options) {
  const output = await runGit(
    [
      "for-each-ref",
      "--merged=HEAD",
      "--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)",
      "refs/tags"
    ],
    options
  );
  const tags = [];
  for (const line of output.split("\n")) {
    if (line === "") continue;
    const [name = "", object = "", peeled = ""] = line.split("\0");
    tags.push({ name, commit: peeled || object });
  }
  return tags;
}
async function readCommits(sinceTag, options) {
  const range = sinceTag ? `refs/tags/${sinceTag}..HEAD` : "HEAD";
  const output = await runGit(
    [
      "-c",
      "log.showSignature=false",
      "log",
      "-z",
      "--no-merges",
      "--no-color",
      `--format=${commitFormat}`,
      range,
      "--"
    ],
    options
  );
  return parseCommitLog(output);
}
function parseCommitLog(output) {
  if (output === "") return [];
  const fields = output.split("\0");
  if (fields.length % fieldsPerCommit === 1 && fields.at(-1) === "") {
    fields.pop();
  }
  if (fields.length % fieldsPerCommit !== 0) throw unreadableLog();
  const commits = [];
  for (let at = 0; at + fieldsPerCommit <= fields.length; at += fieldsPerCommit) {
    const [sha = "", authorName = "", authorEmail = "", message = ""] = fields.slice(at, at + fieldsPerCommit);
    if (!/^[0-9a-f]{40,64}$/.test(sha)) throw unreadableLog();
    commits.push({ sha, authorName, authorEmail, message });
  }
  return commits;
}
function unreadableLog() {
  return new UserError(
    "GIT_LOG_UNREADABLE",
    "git log printed a commit this tool cannot read (a NUL byte in a commit message?)"
  );
}
async function readAuthor(revision, options) {
  const output = await runGit(
    ["log", "-1", "--format=%an%x00%ae", revision, "--"],
    options
  );
  const [name = "", email = ""] = output.trim().split("\0");
  return { name, email };
}

// packages/core/src/enforce-version/release-tags.ts
function searchReleaseTags(tags, prefix, reader) {
  const releases = [];
  const unparsable = [];
  for (const { name, commit } of tags) {
    const rest = stripPrefix(name, prefix);
    if (rest === void 0) continue;
    const version = reader.parse(rest);
    if (version === void 0) {
      if (name.startsWith(prefix) && prefix !== "") unparsable.push(name);
      continue;
    }
    releases.push({ tag: name, commit, version });
  }
  releases.sort(
    (a, b) => reader.compare(b.version, a.version) || (a.tag < b.tag ? -1 : 1)
  );
  return { releases, unparsable: unparsable.sort() };
}
function stripPrefix(name, prefix) {
  if (name.startsWith(prefix)) return name.slice(prefix.length);
  if (prefix === "v" && /^[0-9]/.test(name)) return name;
  return void 0;
}

// packages/core/src/enforce-version/version-bump.ts
var rank = {
  none: 0,
  patch: 1,
  minor: 2,
  major: 3
};
function maxBump(a, b) {
  return rank[a] >= rank[b] ? a : b;
}

// packages/core/src/enforce-version/release-history.ts
async function readReleaseHistory(options) {
  const state = await readRepositoryState(options.git);
  const tags = await readReachableTags(options.git);
  const search = searchReleaseTags(tags, options.prefix, options.reader);
  const notes = unparsableNotes(search.unparsable, options);
  const declared = options.reader.parse(options.declared);
  const own = search.releases.filter(
    (release) => release.commit === state.head && declared !== void 0 && options.reader.compare(release.version, declared) === 0
  );
  const earlier = search.releases.filter((release) => !own.includes(release));
  if (state.shallow && earlier.length === 0) {
    throw new UserError(
      "GIT_SHALLOW_CLONE",
      `the repository at ${options.git.cwd} is a shallow clone and no release tag is reachable from HEAD, so the previous release cannot be found; check out with full history (actions/checkout with fetch-depth: 0) or run git fetch --unshallow --tags`,
      { field: "fetch-depth" }
    );
  }
  const previous = earlier[0];
  const raw = await readCommits(previous?.tag, options.git);
  const commits = raw.map((commit) => ({
    ...commit,
    parsed: parseConventionalCommit(commit.message)
  }));
  const commitBump = commits.reduce(
    (bump, commit) => maxBump(bump, commit.parsed.bump),
    "none"
  );
  const first = raw[0];
  const headAuthor = first && first.sha === state.head ? { name: first.authorName, email: first.authorEmail } : await readAuthor("HEAD", options.git);
  return {
    head: state.head,
    previous: previous && { tag: previous.tag, version: previous.version },
    commits,
    commitBump,
    headAuthor,
    notes
  };
}
function unparsableNotes(tags, options) {
  if (tags.length === 0) return [];
  const shown = tags.slice(0, 20).map((tag) => visibleText(tag, 80));
  const more = tags.length > shown.length ? ` and ${tags.length - shown.length} more` : "";
  return [
    {
      code: "VERSION_TAG_UNPARSABLE",
      severity: "note",
      message: `ignored ${tags.length} tag${tags.length === 1 ? "" : "s"} with the prefix "${visibleText(options.prefix)}" that ${tags.length === 1 ? "is" : "are"} not a version of the policy's scheme: ${shown.join(", ")}${more}`,
      location: options.location
    }
  ];
}

// packages/core/src/enforce-version/semver-decision.ts
var import_semver = __toESM(require_semver(), 1);
var semverReader = {
  parse: (text) => text.length <= 128 ? import_semver.default.parse(text) ?? void 0 : void 0,
  compare: (a, b) => import_semver.default.compare(a, b)
};
function decideSemver(input) {
  const declared = semverReader.parse(input.declared);
  const previous = input.previous?.version;
  const required = adjustBelowOne(input.commitBump, previous);
  const next = nextSemver(previous, required, declared);
  if (!declared) {
    return {
      declaredBump: "none",
      requiredBump: previous ? required : "first",
      next,
      rationale: `release.version "${visibleText(input.declared)}" is not a semantic version`,
      findings: [
        {
          code: "VERSION_UNPARSABLE",
          severity: "error",
          message: `release.version "${visibleText(input.declared)}" is not a semantic version (MAJOR.MINOR.PATCH with an optional -prerelease)`,
          location: input.location,
          remediation: `Write a version such as ${next}.`
        }
      ]
    };
  }
  if (!previous || !input.previous) {
    return {
      declaredBump: "first",
      requiredBump: "first",
      next,
      rationale: `No earlier release tag is reachable from HEAD; ${declared.version} is the first release.`,
      findings: [
        {
          code: "VERSION_FIRST_RELEASE",
          severity: "note",
          message: `no earlier release tag is reachable from HEAD, so ${declared.version} is treated as the first release`,
          location: input.location
        }
      ]
    };
  }
  return judgeIncrease2(input, declared, previous, required, next);
}
function judgeIncrease2(input, declared, previous, required, next) {
  const tag = input.previous?.tag ?? previous.version;
  const declaredBump = bumpBetween(previous, declared);
  const minimal = import_semver.default.parse(next) ?? declared;
  const findings = [];
  const base = {
    declaredBump,
    requiredBump: required,
    next
  };
  if (import_semver.default.compare(declared, previous) === 0) {
    findings.push({
      code: "VERSION_SAME_AS_PREVIOUS",
      severity: "error",
      message: `release.version ${declared.version} is the version of the previous release (tag ${visibleText(tag)})`,
      location: input.location,
      remediation: `Declare ${next}.`
    });
    return {
      ...base,
      declaredBump: "none",
      findings,
      rationale: `${declared.version} was already released as ${visibleText(tag)}.`
    };
  }
  if (import_semver.default.compare(declared, previous) < 0) {
    findings.push({
      code: "VERSION_NOT_INCREASED",
      severity: "error",
      message: `release.version ${declared.version} is lower than the previous release ${previous.version} (tag ${visibleText(tag)})`,
      location: input.location,
      remediation: `Declare ${next} or higher.`
    });
    return {
      ...base,
      declaredBump: "none",
      findings,
      rationale: `${declared.version} does not increase on ${previous.version}.`
    };
  }
  const declaredCore = coreOf(declared);
  const minimalCore = coreOf(minimal);
  if (import_semver.default.compare(declaredCore, minimalCore) < 0) {
    const drivers = commitsAsking(input.commits, required);
    findings.push({
      code: "VERSION_BUMP_TOO_LOW",
      severity: "error",
      message: `release.version ${declared.version} is a ${declaredBump} bump from ${previous.version}, but the commits since ${visibleText(tag)} require a ${required} bump (at least ${next}): ${describeCommits(drivers)}`,
      location: input.location,
      remediation: `Declare ${next}, or reword the commits if they do not change what they say.`,
      details: { commits: drivers.slice(0, 50).map((commit) => commit.sha) }
    });
    return {
      ...base,
      findings,
      rationale: `The commits since ${visibleText(tag)} require a ${required} bump; ${declared.version} is only a ${declaredBump} bump.`
    };
  }
  if (import_semver.default.compare(declaredCore, minimalCore) > 0) {
    findings.push({
      code: "VERSION_BUMP_HIGHER",
      severity: "note",
      message: `release.version ${declared.version} is a ${declaredBump} bump from ${previous.version}; the commits since ${visibleText(tag)} require only ${required === "none" ? "an increase" : `a ${required} bump`} (${next})`,
      location: input.location
    });
  }
  return {
    ...base,
    findings,
    rationale: `The commits since ${visibleText(tag)} require ${required === "none" ? "no particular" : `a ${required}`} bump; ${declared.version} is a ${declaredBump} bump from ${previous.version}.`
  };
}
function adjustBelowOne(bump, previous) {
  return bump === "major" && previous && previous.major === 0 ? "minor" : bump;
}
function nextSemver(previous, required, declared) {
  if (!previous) return declared?.version ?? "0.1.0";
  const level = required === "none" ? "patch" : required;
  return import_semver.default.inc(previous.version, level) ?? previous.version;
}
function bumpBetween(from, to) {
  const fromCore = coreOf(from);
  const toCore = coreOf(to);
  if (import_semver.default.eq(fromCore, toCore)) {
    return from.prerelease.length > 0 && to.prerelease.length === 0 ? reservedBump(from) : "prerelease";
  }
  if (toCore.major > fromCore.major) return "major";
  if (toCore.minor > fromCore.minor) return "minor";
  return "patch";
}
function reservedBump(version) {
  if (version.minor === 0 && version.patch === 0) return "major";
  if (version.patch === 0) return "minor";
  return "patch";
}
function coreOf(version) {
  return new import_semver.default.SemVer(
    `${version.major}.${version.minor}.${version.patch}`
  );
}

// packages/core/src/enforce-version/release-decision.ts
async function decideRelease(loaded, policy, options) {
  const prefix = loaded.manifest.release["tag-prefix"] ?? policy.tagPrefix;
  if (policy.scheme === "semver" || policy.format === void 0) {
    return decideWith(
      {
        reader: { ...semverReader, text: (version) => version.version },
        decide: decideSemver
      },
      loaded,
      policy,
      prefix,
      options
    );
  }
  const format = policy.format;
  const calverOptions = {
    format,
    hybrid: policy.scheme === "hybrid",
    releaseWindow: policy.releaseWindow
  };
  return decideWith(
    {
      reader: { ...calverReader(format), text: (version) => version.text },
      decide: (input) => decideCalver(input, calverOptions)
    },
    loaded,
    policy,
    prefix,
    options
  );
}
async function decideWith(scheme, loaded, policy, prefix, options) {
  const history = await readReleaseHistory({
    git: { cwd: loaded.dir, env: options.env },
    reader: scheme.reader,
    prefix,
    declared: options.declared,
    location: options.location
  });
  const decision = scheme.decide({
    declared: options.declared,
    previous: history.previous,
    commits: history.commits,
    commitBump: history.commitBump,
    location: options.location,
    today: options.today
  });
  const drivers = history.commits.filter(
    (commit) => commit.parsed.bump !== "none"
  );
  const previous = history.previous;
  return {
    commits: history.commits,
    headAuthor: history.headAuthor,
    findings: [...history.notes, ...decision.findings],
    record: {
      scheme: policy.scheme,
      previousVersion: previous ? scheme.reader.text(previous.version) : null,
      previousTag: previous?.tag ?? null,
      declaredVersion: options.declared,
      declaredBump: decision.declaredBump,
      requiredBump: decision.requiredBump,
      nextVersion: decision.next,
      commitCount: history.commits.length,
      commits: drivers.slice(0, maxListedCommits).map(toDecisionCommit),
      commitsTruncated: drivers.length > maxListedCommits,
      rationale: decision.rationale
    }
  };
}

// packages/core/src/enforce-version/changelog-section.ts
function readHeadings(markdown) {
  const headings = [];
  let fenced = false;
  markdown.split("\n").forEach((raw, index) => {
    const line = raw.trimEnd();
    if (/^\s{0,3}(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced) return;
    const match = /^\s{0,3}#{1,6}\s+(.{1,500})$/.exec(line);
    if (!match) return;
    const text = (match[1] ?? "").replace(/\s+#+\s*$/, "").trim();
    headings.push({ text, anchor: anchorOf(text), line: index + 1 });
  });
  return headings;
}
function anchorOf(text) {
  return text.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, "").trim().replace(/\s/g, "-");
}
function headingNamesVersion(heading, version) {
  let at = heading.indexOf(version);
  while (at >= 0) {
    const start = /[vV]/.test(heading.charAt(at - 1)) ? at - 1 : at;
    const before = heading.charAt(start - 1);
    const rest = heading.slice(at + version.length);
    if (!/[0-9A-Za-z.+-]/.test(before) && !/^([0-9A-Za-z+-]|\.[0-9A-Za-z])/.test(rest)) {
      return true;
    }
    at = heading.indexOf(version, at + 1);
  }
  return false;
}

// packages/core/src/enforce-version/version-sources.ts
import { basename } from "node:path";
function versionReaderFor(path) {
  const name = basename(path).toLowerCase();
  if (name === "package.json") return readPackageJSON;
  if (name === "pyproject.toml") return readPyproject;
  if (name === "pom.xml") return readPom;
  if (name.endsWith(".csproj")) return readCsproj;
  return null;
}
function readPackageJSON(text, file) {
  const data = parseJSON(text, file);
  return isRecord(data) && typeof data["version"] === "string" ? data["version"] : void 0;
}
function readPyproject(text) {
  let section = "";
  const found = {};
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    const header2 = /^\[([^\]]{1,200})\]/.exec(line);
    if (header2) {
      section = (header2[1] ?? "").trim();
      continue;
    }
    const value = /^version\s*=\s*"([^"\\]{1,128})"/.exec(line);
    if (value && !(section in found)) found[section] = value[1] ?? "";
  }
  return found["project"] ?? found["tool.poetry"];
}
function readPom(text) {
  const body = withoutXMLComments(text);
  const project = /<project\b[^>]*>/.exec(body);
  if (!project) return void 0;
  let depth = 0;
  const tag = /<(\/?)([A-Za-z][\w.-]*)[^>]*?(\/?)>/g;
  tag.lastIndex = project.index + project[0].length;
  for (let match = tag.exec(body); match; match = tag.exec(body)) {
    const [, closing, name, selfClosing] = match;
    if (selfClosing) continue;
    if (closing) {
      depth -= 1;
      if (depth < 0) return void 0;
      continue;
    }
    if (depth === 0 && name === "version") {
      const end = body.indexOf("</version>", tag.lastIndex);
      return end < 0 ? void 0 : body.slice(tag.lastIndex, end).trim();
    }
    depth += 1;
  }
  return void 0;
}
function readCsproj(text) {
  const body = withoutXMLComments(text);
  const element = (name) => new RegExp(`<${name}>\\s*([^<]{1,128}?)\\s*</${name}>`).exec(body)?.[1];
  const prefix = element("VersionPrefix");
  const suffix = element("VersionSuffix");
  return element("PackageVersion") ?? element("Version") ?? (prefix ? suffix ? `${prefix}-${suffix}` : prefix : void 0);
}
function withoutXMLComments(text) {
  return text.replace(/<!--[\s\S]*?-->/g, "");
}

// packages/core/src/enforce-version/version-drift.ts
async function checkVersionDrift(loaded, version) {
  const findings = [];
  const artifacts = loaded.manifest.artifacts;
  for (const [index, artifact] of artifacts.entries()) {
    const file = artifact["version-file"];
    if (file === void 0) continue;
    const pointer = `/artifacts/${index}/version-file`;
    const finding2 = await checkVersionFile(loaded, file, pointer, version);
    if (finding2) findings.push({ ...finding2, owner: artifact.owner });
  }
  const notes = loaded.manifest.release.notes;
  if (notes !== void 0 && !/^[a-z][a-z0-9+.-]*:/i.test(notes)) {
    findings.push(...await checkChangelog(loaded, notes, version));
  }
  return findings;
}
function locationOf(loaded, pointer) {
  const at = loaded.document.locate(pointer);
  return { file: loaded.file, pointer, line: at?.line, column: at?.column };
}
async function readProjectFile(loaded, path, pointer) {
  const field = pointer.slice(1).replaceAll("/", ".");
  const resolved = await resolveProjectPath(
    loaded.dir,
    loaded.dir,
    path,
    false
  );
  if (!resolved.ok) {
    const at = loaded.document.locate(pointer);
    throw new UserError(
      "VERSION_SOURCE_UNREADABLE",
      `${field} "${visibleText(path)}" cannot be read: ${resolved.detail}`,
      { file: loaded.file, field, line: at?.line, column: at?.column }
    );
  }
  return readTextFile(resolved.real, {
    maxBytes: limits.configBytes,
    displayName: path
  });
}
async function checkVersionFile(loaded, path, pointer, version) {
  const location = locationOf(loaded, pointer);
  const reader = versionReaderFor(path);
  if (!reader) {
    return {
      code: "VERSION_SOURCE_UNKNOWN",
      severity: "warning",
      message: `${visibleText(path)} is not a version source enforce-version can read (package.json, pyproject.toml, pom.xml or *.csproj), so its version is not compared`,
      location
    };
  }
  const text = await readProjectFile(loaded, path, pointer);
  const found = reader(text, path);
  if (found === void 0) {
    return {
      code: "VERSION_SOURCE_MISSING",
      severity: "error",
      message: `${visibleText(path)} declares no version, so it cannot be checked against release.version ${version}`,
      location,
      remediation: `Set the version in ${visibleText(path)} to ${version}.`
    };
  }
  if (found === version) return void 0;
  return {
    code: "VERSION_DRIFT",
    severity: "error",
    message: `${visibleText(path)} declares version ${visibleText(found, 128)}, but release.version is ${version}`,
    location,
    remediation: `Set the version in ${visibleText(path)} to ${version}, or correct release.version.`,
    details: { source: path, found, declared: version }
  };
}
async function checkChangelog(loaded, notes, version) {
  const hash = notes.indexOf("#");
  const path = hash < 0 ? notes : notes.slice(0, hash);
  const anchor = hash < 0 ? void 0 : notes.slice(hash + 1).toLowerCase();
  const location = locationOf(loaded, "/release/notes");
  const text = await readProjectFile(loaded, path, "/release/notes");
  const headings = readHeadings(text);
  const section = anchor ? headings.find((heading) => heading.anchor === anchor) : headings.find((heading) => headingNamesVersion(heading.text, version));
  if (!section) {
    return [
      {
        code: "CHANGELOG_SECTION_MISSING",
        severity: "error",
        message: anchor ? `${visibleText(path)} has no heading with the anchor #${visibleText(anchor)} that release.notes points at` : `${visibleText(path)} has no heading naming version ${version}`,
        location,
        remediation: `Add a "## ${version}" section to ${visibleText(path)}.`
      }
    ];
  }
  if (headingNamesVersion(section.text, version)) return [];
  return [
    {
      code: "VERSION_CHANGELOG_DRIFT",
      severity: "error",
      message: `the changelog section ${visibleText(path)}#${visibleText(section.anchor)} (line ${section.line}) is headed "${visibleText(section.text)}", which does not name release.version ${version}`,
      location,
      remediation: `Point release.notes at the ${version} section, or correct its heading.`
    }
  ];
}

// packages/core/src/enforce-version/version-override.ts
var overridableCodes = /* @__PURE__ */ new Set([
  "VERSION_BUMP_TOO_LOW",
  "VERSION_SAME_AS_PREVIOUS",
  "VERSION_NOT_INCREASED",
  "VERSION_DATE_MISMATCH",
  "COMMIT_TICKET_MISSING",
  "COMMIT_INCIDENT_MISSING",
  "TICKET_ISSUE_NOT_FOUND",
  "TICKET_ISSUE_LABEL_MISSING",
  "TICKET_ISSUE_LABEL_FORBIDDEN",
  "TICKET_ISSUE_STATE"
]);
var requiredApprovers = 2;
function applyOverride(release, findings, author, location) {
  const override = release.override;
  if (!override) return { findings: [...findings] };
  const breaking = findings.filter(
    (finding2) => finding2.severity === "error" && overridableCodes.has(finding2.code)
  );
  if (breaking.length === 0) {
    return {
      findings: [
        ...findings,
        {
          code: "OVERRIDE_UNUSED",
          severity: "note",
          message: "release.override is present, but no versioning rule needed it",
          location,
          remediation: "Remove release.override."
        }
      ]
    };
  }
  const problem = approverProblem(override.approvers, author);
  if (problem) {
    return {
      findings: [
        ...findings,
        {
          code: "OVERRIDE_REJECTED",
          severity: "error",
          message: `release.override cannot be accepted: ${problem}`,
          location,
          remediation: `Have ${requiredApprovers} people other than the release commit's author approve the override.`
        }
      ]
    };
  }
  const overridden = [
    ...new Set(breaking.map((finding2) => finding2.code))
  ].sort();
  const kept = findings.map(
    (finding2) => breaking.includes(finding2) ? {
      ...finding2,
      severity: "note",
      message: `overridden (release.override, ticket ${visibleText(override.ticket)}): ${finding2.message}`
    } : finding2
  );
  kept.push({
    code: "VERSION_OVERRIDDEN",
    severity: "warning",
    message: `release.override lets this release pass despite ${overridden.join(", ")}; reason: ${visibleText(override.reason)}; ticket ${visibleText(override.ticket)}; approved by ${override.approvers.map((a) => visibleText(a)).join(", ")}`,
    location
  });
  return {
    findings: kept,
    applied: {
      reason: override.reason,
      ticket: override.ticket,
      approvers: distinctApprovers(override.approvers),
      overridden
    }
  };
}
function approverProblem(approvers, author) {
  const distinct = distinctApprovers(approvers);
  const authorIds = new Set(
    [author.name, author.email].map(normalise).filter((id) => id !== "")
  );
  const isAuthor = distinct.filter(
    (approver) => identities(approver).some((id) => authorIds.has(id))
  );
  if (isAuthor.length > 0) {
    return `${isAuthor.map((a) => visibleText(a)).join(", ")} authored the release commit and cannot approve its override`;
  }
  if (distinct.length < requiredApprovers) {
    return `it names ${distinct.length} distinct approver${distinct.length === 1 ? "" : "s"}; ${requiredApprovers} are required`;
  }
  return void 0;
}
function identities(approver) {
  const match = /^([^<>]*)<([^<>]+)>\s*$/.exec(approver);
  if (!match) return [normalise(approver)];
  return [normalise(match[1] ?? ""), normalise(match[2] ?? "")].filter(
    (id) => id !== ""
  );
}
function distinctApprovers(approvers) {
  const seen = /* @__PURE__ */ new Map();
  for (const approver of approvers) {
    const key = identities(approver).at(-1) ?? "";
    if (key !== "" && !seen.has(key)) seen.set(key, approver.trim());
  }
  return [...seen.values()];
}
function normalise(id) {
  return id.trim().toLowerCase().replace(/^(mailto:|@)/, "");
}

// packages/core/src/enforce-version/user-pattern.ts
var maxMatchedLength = 64 * 1024;
function compileUserPattern(source, file, field) {
  if (source.length > limits.patternLength) {
    throw new UserError(
      "POLICY_PATTERN_TOO_LONG",
      `${field} is longer than ${limits.patternLength} characters`,
      { file, field }
    );
  }
  let compiled;
  try {
    compiled = RE2JS.compile(source);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(
      "POLICY_PATTERN_INVALID",
      `${field} is not a valid regular expression (RE2 syntax): ${reason.slice(0, 200)}`,
      { file, field }
    );
  }
  return {
    source,
    test: (text) => compiled.test(text.slice(0, maxMatchedLength))
  };
}

// packages/core/src/enforce-version/versioning-policy.ts
function readVersioningPolicy(loaded) {
  const section = policySection(loaded.policy, "versioning");
  const file = loaded.file ?? "policy.yaml";
  const scheme = section["scheme"] ?? "semver";
  const format = typeof section["format"] === "string" ? section["format"] : void 0;
  if (scheme !== "semver" && format === void 0) {
    throw new UserError(
      "POLICY_FORMAT_MISSING",
      `versioning.format is required when versioning.scheme is ${scheme} (e.g. YYYY.0M.MICRO)`,
      { file, field: "versioning.format" }
    );
  }
  const pattern = (key) => {
    const value = section[key];
    return typeof value === "string" ? compileUserPattern(value, file, `versioning.${key}`) : void 0;
  };
  const issues = policySection(section, "github-issues");
  return {
    scheme,
    format: scheme === "semver" || format === void 0 ? void 0 : parseCalverFormat(format, file),
    tickets: pattern("tickets"),
    incident: pattern("incident"),
    tagPrefix: typeof section["tag-prefix"] === "string" ? section["tag-prefix"] : "v",
    releaseWindow: typeof section["release-window"] === "number" ? section["release-window"] : 0,
    issueRules: {
      requireLabels: stringList(issues["require-labels"]),
      forbidLabels: stringList(issues["forbid-labels"]),
      state: issues["state"] ?? "any"
    }
  };
}
function stringList(value) {
  return Array.isArray(value) ? value.filter((item) => typeof item === "string") : [];
}

// packages/core/src/enforce-version/enforce-version-stage.ts
var stageName = "enforce-version";
async function runEnforceVersionStage(context, options = {}) {
  const token = options.githubToken ?? (context.env["GITHUB_TOKEN"] || void 0);
  context.secrets.add(token);
  const loaded = await loadManifest(context.manifestFile, context.cwd);
  const policy = readVersioningPolicy(
    await loadPolicy({ file: context.policyFile, cwd: context.cwd })
  );
  return runStage(
    context,
    stageName,
    (workspace) => enforceVersion(context, workspace, loaded, policy, {
      ...options,
      githubToken: token
    })
  );
}
async function enforceVersion(context, workspace, loaded, policy, options) {
  const release = loaded.manifest.release;
  const location = locate(loaded, "/release/version");
  const decision = await decideRelease(loaded, policy, {
    declared: release.version,
    location,
    today: options.today ?? context.now(),
    env: context.env
  });
  const record = redactRecord(decision.record, context);
  context.logger.debug(
    `enforce-version: ${record.commitCount} commits since ${visibleText(record.previousTag ?? "the first commit")}`
  );
  const findings = [
    ...decision.findings,
    ...await checkVersionDrift(loaded, release.version),
    ...checkCommitReferences(decision.commits, {
      tickets: policy.tickets,
      incident: policy.incident,
      hotfix: release.hotfix === true,
      location: locate(loaded, "/release")
    }),
    ...await checkIssues(context, loaded, decision, policy, options)
  ];
  const overrideLocation = locate(loaded, "/release/override");
  const outcome = applyOverride(
    release,
    findings,
    decision.headAuthor,
    overrideLocation
  );
  if (outcome.applied) {
    await workspace.journal.append({
      kind: "override",
      stage: stageName,
      actor: context.actor,
      summary: `enforce-version: override of ${outcome.applied.overridden.join(", ")} for ${visibleText(release.version)} (ticket ${visibleText(outcome.applied.ticket)})`,
      data: { version: release.version, ...outcome.applied }
    });
  }
  const evidence = await workspace.writeEvidence(
    stageName,
    "decision.json",
    canonicalJSON(record)
  );
  return {
    findings: outcome.findings.map((finding2) => ({
      ...finding2,
      message: context.secrets.redact(finding2.message)
    })),
    evidence: [evidence],
    extra: {
      decision: record,
      version: release.version,
      previousVersion: record.previousVersion,
      bump: record.declaredBump,
      requiredBump: record.requiredBump,
      next: record.nextVersion,
      ...outcome.applied ? { override: outcome.applied } : {}
    },
    summary: summaryOf(record, outcome.findings)
  };
}
async function checkIssues(context, loaded, decision, policy, options) {
  const token = options.githubToken;
  if (!token) return [];
  const repository = options.repository ?? context.env["GITHUB_REPOSITORY"];
  if (!repository || !/^[\w.-]{1,100}\/[\w.-]{1,100}$/.test(repository)) {
    throw new UserError(
      "GITHUB_REPOSITORY_MISSING",
      `checking #123 tickets needs the repository as owner/name (GITHUB_REPOSITORY or the repository option); got "${visibleText(repository ?? "")}"`,
      { field: "GITHUB_REPOSITORY" }
    );
  }
  const texts = [
    ...decision.commits.map((commit) => commit.message),
    ...loaded.manifest.release.tickets ?? []
  ];
  return checkGitHubIssues(
    issueNumbers(texts),
    policy.issueRules,
    {
      token,
      repository,
      apiURL: options.githubAPIURL ?? (context.env["GITHUB_API_URL"] || "https://api.github.com")
    },
    locate(loaded, "/release")
  );
}
function locate(loaded, pointer) {
  const at = loaded.document.locate(pointer);
  return { file: loaded.file, pointer, line: at?.line, column: at?.column };
}
function summaryOf(record, findings) {
  const errors = findings.filter(
    (finding2) => finding2.severity === "error"
  ).length;
  const verdict = errors === 0 ? "accepted" : `rejected (${errors} error${errors === 1 ? "" : "s"})`;
  return `enforce-version: ${visibleText(record.declaredVersion)} ${verdict}; previous ${visibleText(record.previousVersion ?? "none")}, declared ${record.declaredBump}, required ${record.requiredBump}`;
}
function redactRecord(record, context) {
  const redact = (text) => context.secrets.redact(text);
  return {
    ...record,
    rationale: redact(record.rationale),
    commits: record.commits.map((commit) => ({
      ...commit,
      subject: redact(commit.subject)
    }))
  };
}

export {
  runEnforceVersionStage
};
