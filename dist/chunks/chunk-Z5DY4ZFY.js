import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  buildStatus,
  fetchWithRetry,
  markdownText,
  textOf
} from "./chunk-E52ARYXX.js";
import {
  loadPolicy,
  policySection
} from "./chunk-62XS2I6U.js";
import {
  isRecord
} from "./chunk-E73ZUZ5O.js";

// packages/core/src/status/credential-hygiene.ts
import { createHash } from "node:crypto";

// packages/core/src/status/pypi-token.ts
var fieldEnd = 0;
var fieldLocation = 1;
var fieldIdentifier = 2;
var fieldVerifier = 4;
var fieldSignature = 6;
function pypiTokenScope(token) {
  if (!token.startsWith("pypi-")) return "unreadable";
  const bytes = Buffer.from(token.slice(5), "base64url");
  const caveats = macaroonCaveats(bytes);
  if (caveats === void 0) return "unreadable";
  return caveats.some(isProjectCaveat) ? "projects" : "user";
}
function macaroonCaveats(bytes) {
  if (bytes[0] !== 2) return void 0;
  const reader = { bytes, at: 1 };
  const header = readSection(reader);
  if (!header?.has(fieldIdentifier)) return void 0;
  const caveats = [];
  for (; ; ) {
    if (reader.at >= bytes.length) return void 0;
    if (bytes[reader.at] === fieldEnd) return caveats;
    const section = readSection(reader);
    if (!section) return void 0;
    const identifier = section.get(fieldIdentifier);
    if (identifier !== void 0) caveats.push(identifier);
  }
}
function readSection(reader) {
  const fields = /* @__PURE__ */ new Map();
  for (; ; ) {
    const type = readVarint(reader);
    if (type === void 0) return void 0;
    if (type === fieldEnd) return fields;
    if (![fieldLocation, fieldIdentifier, fieldVerifier, fieldSignature].includes(
      type
    )) {
      return void 0;
    }
    const length = readVarint(reader);
    if (length === void 0 || reader.at + length > reader.bytes.length) {
      return void 0;
    }
    const data = reader.bytes.subarray(reader.at, reader.at + length);
    reader.at += length;
    fields.set(type, Buffer.from(data).toString("utf8"));
  }
}
function readVarint(reader) {
  let value = 0;
  for (let shift = 0; shift < 35; shift += 7) {
    const byte = reader.bytes[reader.at];
    if (byte === void 0) return void 0;
    reader.at += 1;
    value += (byte & 127) * 2 ** shift;
    if ((byte & 128) === 0) return value;
  }
  return void 0;
}
function isProjectCaveat(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch {
    return false;
  }
  if (Array.isArray(data))
    return data[0] === 1 || data[0] === 2 || data[0] === 4;
  if (data === null || typeof data !== "object") return false;
  const permissions = data["permissions"];
  return permissions !== null && typeof permissions === "object";
}

// packages/core/src/status/credential-hygiene.ts
var dayMs = 864e5;
var policyFile = "policy.yaml";
async function checkCredentialHygiene(context, options = {}) {
  const loaded = await loadPolicy({
    file: context.policyFile,
    cwd: context.cwd
  });
  const section = policySection(loaded.policy, "credentials");
  const credentials = setCredentials(loaded.policy, context);
  const environment = options.environment ?? context.env["SHIPSHAPE_ENVIRONMENT"];
  const maxAgeDays = typeof section["max-age-days"] === "number" ? section["max-age-days"] : void 0;
  const query = options.queryRegistries ?? section["query-registries"] !== false;
  const findings = [
    ...reusedSecrets(credentials),
    ...environment ? exposedSecrets(loaded.policy, credentials, environment) : []
  ];
  for (const credential of credentials) {
    const facts = query ? await registryFacts(credential, options.retry) : {};
    findings.push(...facts.findings ?? []);
    findings.push(
      ...ageFindings(credential, context, maxAgeDays, facts.created)
    );
    findings.push(...scopeFindings(credential, facts));
    findings.push(...identityFindings(credential, facts));
  }
  return findings;
}
function setCredentials(policy, context) {
  const result = [];
  for (const [name, entry] of Object.entries(
    policySection(policy, "registries")
  )) {
    if (!isRecord(entry) || typeof entry["credentials"] !== "string") continue;
    const value = context.env[entry["credentials"]] ?? "";
    context.secrets.add(value);
    if (value === "") continue;
    result.push({
      registry: name,
      kind: String(entry["kind"]),
      url: String(entry["url"]),
      environment: String(entry["environment"]),
      variable: entry["credentials"],
      value,
      expectedIdentity: typeof entry["expected-identity"] === "string" ? entry["expected-identity"] : void 0
    });
  }
  return result;
}
function finding(code, severity, credential, message, remediation) {
  return {
    code,
    severity,
    message,
    remediation,
    location: {
      file: policyFile,
      pointer: `/registries/${credential.registry}/credentials`
    }
  };
}
function reusedSecrets(credentials) {
  const byHash = /* @__PURE__ */ new Map();
  for (const credential of credentials) {
    const hash = createHash("sha256").update(credential.value).digest("hex");
    byHash.set(hash, [...byHash.get(hash) ?? [], credential]);
  }
  const findings = [];
  for (const group of byHash.values()) {
    const variables = [...new Set(group.map((c) => c.variable))];
    const environments = [...new Set(group.map((c) => c.environment))];
    const first = group[0];
    if (!first || variables.length < 2) continue;
    findings.push(
      finding(
        "CREDENTIAL_REUSED",
        "error",
        first,
        `${variables.join(" and ")} hold the same secret for registries ${group.map((c) => c.registry).join(", ")} (environments ${environments.join(", ")})`,
        `rotate ${variables.slice(1).join(", ")} so that each registry and environment has its own credential`
      )
    );
  }
  return findings;
}
function exposedSecrets(policy, credentials, environment) {
  const needed = /* @__PURE__ */ new Set();
  for (const entry of Object.values(policySection(policy, "registries"))) {
    if (isRecord(entry) && entry["environment"] === environment && typeof entry["credentials"] === "string") {
      needed.add(entry["credentials"]);
    }
  }
  const reported = /* @__PURE__ */ new Set();
  return credentials.filter((c) => c.environment !== environment && !needed.has(c.variable)).filter((c) => !reported.has(c.variable) && reported.add(c.variable)).map(
    (c) => finding(
      "CREDENTIAL_EXPOSED",
      "error",
      c,
      `${c.variable} (the ${c.environment} credential of registry ${c.registry}) is set in a run for environment ${environment}`,
      `remove ${c.variable} from the ${environment} job (use a GitHub environment secret scoped to ${c.environment}) and rotate it if the job ran untrusted code`
    )
  );
}
async function registryFacts(credential, retry) {
  if (credential.kind !== "npm" || credential.value.includes(":")) return {};
  const facts = { findings: [] };
  try {
    const token = await npmTokenEntry(credential, retry);
    if (token) {
      const created = Date.parse(textOf(token["created"]));
      if (!Number.isNaN(created)) facts.created = new Date(created);
      if (typeof token["readonly"] === "boolean")
        facts.readonly = token["readonly"];
      const cidr = token["cidr_whitelist"];
      facts.cidrRestricted = Array.isArray(cidr) && cidr.length > 0;
    }
    if (credential.expectedIdentity) {
      const whoami = await npmGet(credential, "-/whoami", retry);
      if (isRecord(whoami) && typeof whoami["username"] === "string")
        facts.identity = whoami["username"];
    }
  } catch (error) {
    facts.findings?.push(
      finding(
        "CREDENTIAL_CHECK_UNAVAILABLE",
        "note",
        credential,
        `could not ask registry ${credential.registry} about ${credential.variable}: ${error instanceof Error ? error.message : String(error)}`,
        "the age, scope and identity checks that need the registry were skipped for this credential"
      )
    );
  }
  return facts;
}
async function npmTokenEntry(credential, retry) {
  const key = createHash("sha512").update(credential.value).digest("hex");
  let path = "-/npm/v1/tokens";
  for (let page = 0; path !== void 0 && page < 10; page += 1) {
    const data = await npmGet(credential, path, retry, page > 0);
    if (data === void 0) return void 0;
    const objects = isRecord(data) && Array.isArray(data["objects"]) ? data["objects"] : [];
    const match = objects.filter(isRecord).find(
      (item) => item["key"] === key || isPrefixOf(item["token"], credential.value)
    );
    if (match) return match;
    const urls = isRecord(data) ? data["urls"] : void 0;
    path = isRecord(urls) && typeof urls["next"] === "string" && urls["next"] !== "" ? urls["next"] : void 0;
  }
  return void 0;
}
function isPrefixOf(shown, token) {
  if (typeof shown !== "string") return false;
  const prefix = shown.replace(/[.…]+$/, "");
  return prefix.length >= 6 && token.startsWith(prefix);
}
async function npmGet(credential, path, retry, absolute = false) {
  const base = new URL(credential.url.replace(/\/*$/, "/"));
  const url = new URL(path, base);
  if (absolute && url.origin !== base.origin) return void 0;
  const outcome = await fetchWithRetry(
    url.href,
    {
      headers: {
        authorization: `Bearer ${credential.value}`,
        accept: "application/json"
      }
    },
    { attempts: 2, ...retry }
  );
  if ("error" in outcome)
    throw new Error(`${url.origin}${url.pathname}: ${outcome.error}`);
  const { response } = outcome;
  if (response.status === 404) {
    await response.body?.cancel();
    return void 0;
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new Error(
      `${url.origin}${url.pathname} answered ${String(response.status)}`
    );
  }
  return response.json();
}
function ageFindings(credential, context, maxAgeDays, registryCreated) {
  const variable = `${credential.variable}_CREATED_AT`;
  const declared = context.env[variable];
  let created = registryCreated;
  if (declared !== void 0 && declared !== "") {
    const time = Date.parse(declared);
    if (Number.isNaN(time)) {
      return [
        finding(
          "CREDENTIAL_CREATED_AT_INVALID",
          "warning",
          credential,
          `${variable} is not an ISO 8601 date, so the age of ${credential.variable} is unknown`,
          `set ${variable} to the token's creation date, e.g. 2026-01-31`
        )
      ];
    }
    created = created && created.getTime() < time ? created : new Date(time);
  }
  if (maxAgeDays === void 0 || created === void 0) return [];
  const ageDays = Math.floor(
    (context.now().getTime() - created.getTime()) / dayMs
  );
  if (ageDays <= maxAgeDays) return [];
  return [
    finding(
      "CREDENTIAL_TOO_OLD",
      "error",
      credential,
      `${credential.variable} (registry ${credential.registry}) was created ${String(ageDays)} days ago, more than credentials.max-age-days (${String(maxAgeDays)})`,
      `rotate ${credential.variable}: mint a new token, store it, revoke the old one and update ${variable}`
    )
  ];
}
function scopeFindings(credential, facts) {
  if (credential.kind === "npm" && facts.readonly === false && facts.cidrRestricted === false) {
    return [
      finding(
        "CREDENTIAL_TOO_BROAD",
        "warning",
        credential,
        `${credential.variable} (registry ${credential.registry}) is a read-write npm token with no CIDR restriction`,
        `narrow ${credential.variable}: use a granular token limited to the release's packages and the CI's address ranges`
      )
    ];
  }
  if (credential.kind === "pypi" && pypiTokenScope(credential.value) === "user") {
    return [
      finding(
        "CREDENTIAL_TOO_BROAD",
        "warning",
        credential,
        `${credential.variable} (registry ${credential.registry}) is a PyPI token for every project of its user; it carries no project caveat`,
        `narrow ${credential.variable}: replace it with a token scoped to the release's project, or use a trusted publisher`
      )
    ];
  }
  return [];
}
function identityFindings(credential, facts) {
  const expected = credential.expectedIdentity;
  if (!expected || facts.identity === void 0 || facts.identity === expected)
    return [];
  return [
    finding(
      "CREDENTIAL_IDENTITY_MISMATCH",
      "error",
      credential,
      `${credential.variable} authenticates to registry ${credential.registry} as "${facts.identity.slice(0, 100)}", not the expected-identity "${expected}"`,
      `replace ${credential.variable} with a token of ${expected}, and revoke it if nobody knows why it belongs to another account`
    )
  ];
}

// packages/core/src/status/collect-status.ts
async function collectStatus(context) {
  const loaded = await loadPolicy({
    file: context.policyFile,
    cwd: context.cwd
  });
  const credentialFindings = loaded.policy["credentials"] === void 0 ? void 0 : await checkCredentialHygiene(context);
  return buildStatus(context, { credentialFindings });
}

// packages/core/src/status/status-markdown.ts
var stateIcon = {
  passed: "\u2705 passed",
  failed: "\u274C failed",
  "not-run": "\u23F3 not run",
  unreadable: "\u26A0\uFE0F unreadable"
};
var verdictIcon = {
  GO: "\u2705 GO",
  "NO-GO": "\u274C NO-GO",
  PENDING: "\u23F3 PENDING"
};
function renderStatusMarkdown(status, options = {}) {
  const sections = [
    headline(status),
    stageTable(status),
    versionSection(status),
    signingSection(status),
    dryRunSection(status.dryRun.rows),
    blockerSection(status.blockers, options.maxBlockers ?? 100),
    exceptionSection(status),
    credentialSection(status),
    notEvaluatedSection(status)
  ];
  return `${sections.filter((text) => text !== "").join("\n\n")}
`;
}
function headline(status) {
  const release = status.release ? `${markdownText(status.release.id)} (${markdownText(status.release.version)})` : "no release manifest";
  const counts = severityLine(status.counts);
  const lines = [
    `## Release status: ${release}`,
    "",
    `**Verdict:** ${verdictIcon[status.verdict]} \xB7 ${String(status.blockers.length)} blocker(s) \xB7 ${counts}`,
    `**Manifest:** ${markdownText(status.manifest.file)} is ${status.manifest.state} (${String(status.manifest.artifacts)} artifact(s))${status.manifest.problem ? `: ${markdownText(status.manifest.problem)}` : ""}`
  ];
  if (!status.journal.ok) {
    lines.push(`**Journal:** \u26A0\uFE0F broken at ${markdownText(status.journal.problem ?? "")}`);
  }
  lines.push(`_Generated ${status.generatedAt}_`);
  return lines.join("\n");
}
function severityLine(counts) {
  return `${String(counts.error)} error(s), ${String(counts.warning)} warning(s), ${String(counts.note)} note(s)`;
}
function stageTable(status) {
  const rows = status.stages.map(
    (stage) => `| ${stage.stage} | ${stateIcon[stage.state]} | ${String(stage.counts.error)} | ${String(stage.counts.warning)} | ${stage.finishedAt ? markdownText(stage.finishedAt) : ""} |`
  );
  return [
    "### Stages",
    "",
    "| stage | state | errors | warnings | finished |",
    "|---|---|---|---|---|",
    ...rows
  ].join("\n");
}
function versionSection(status) {
  const version = status.version;
  if (!version) return "### Version\n\nNot evaluated yet.";
  return `### Version

${markdownText(version.previousVersion ?? "(none)")} \u2192 ${markdownText(version.version ?? "(none)")}: ${markdownText(version.decision ?? "no decision recorded")}`;
}
function signingSection(status) {
  if (status.signing.length === 0) return "";
  const rows = status.signing.map(
    (item) => `| ${markdownText(item.artifact)} | ${markdownText(item.owner)} | ${item.state} | ${item.evidence.map((path) => markdownText(path)).join(", ")} |`
  );
  return [
    "### Signing and SBOM",
    "",
    `SBOM: ${stateIcon[status.sbom.state]}${status.sbom.documents.length > 0 ? ` (${status.sbom.documents.map((path) => markdownText(path)).join(", ")})` : ""}`,
    "",
    "| artifact | owner | signature | evidence |",
    "|---|---|---|---|",
    ...rows
  ].join("\n");
}
function dryRunSection(rows) {
  if (rows.length === 0) return "";
  const flag = (value) => value === null ? "\u2013" : value ? "\u2705" : "\u274C";
  const lines = rows.map(
    (row) => `| ${markdownText(row.artifact)} | ${markdownText(row.target)} | ${markdownText(row.kind)} | ${flag(row.reachable)} | ${flag(row.authenticated)} | ${flag(row.allowed)} | ${flag(row.versionFree)} | ${flag(row.packageValid)} |`
  );
  return [
    "### Publish dry run",
    "",
    "| artifact | target | kind | reachable | authenticated | allowed | version free | package valid |",
    "|---|---|---|---|---|---|---|---|",
    ...lines
  ].join("\n");
}
function blockerSection(blockers, max) {
  if (blockers.length === 0) return "### Open blockers\n\nNone.";
  const rows = blockers.slice(0, max).map((blocker) => {
    const { finding: finding2 } = blocker;
    const where = finding2.location ? `${finding2.location.file}${finding2.location.line ? `:${String(finding2.location.line)}` : ""}` : finding2.component ?? "";
    return `| ${markdownText(blocker.owner ?? "unowned")} | ${markdownText(blocker.stage)} | ${markdownText(finding2.code)} | ${markdownText(finding2.message)} | ${markdownText(where)} |`;
  });
  const more = blockers.length > max ? [
    ``,
    `\u2026and ${String(blockers.length - max)} more blocker(s) in the JSON status.`
  ] : [];
  return [
    "### Open blockers",
    "",
    "| owner | stage | code | message | where |",
    "|---|---|---|---|---|",
    ...rows,
    ...more
  ].join("\n");
}
function exceptionSection(status) {
  if (status.exceptions.length === 0) return "";
  const lines = status.exceptions.map((item) => {
    const when = item.daysLeft === null ? "has an unreadable expiry date" : item.daysLeft < 0 ? `expired ${String(-item.daysLeft)} day(s) ago` : `expires in ${String(item.daysLeft)} day(s)`;
    return `- ${markdownText(item.id)} (owner ${markdownText(item.owner)}) ${when}: ${markdownText(item.expires)}`;
  });
  return ["### Exceptions about to expire", "", ...lines].join("\n");
}
function credentialSection(status) {
  if (status.credentials.length === 0) return "";
  const lines = status.credentials.map(
    (finding2) => `- **${markdownText(finding2.code)}** (${finding2.severity}): ${markdownText(finding2.message)}`
  );
  return ["### Credential hygiene", "", ...lines].join("\n");
}
function notEvaluatedSection(status) {
  if (status.notEvaluated.length === 0) return "";
  return `### Not yet evaluated

${status.notEvaluated.map((stage) => `- ${stage}`).join("\n")}`;
}

export {
  collectStatus,
  renderStatusMarkdown
};
