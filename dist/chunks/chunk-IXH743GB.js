import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  checkNames
} from "./chunk-4BOIBMMC.js";
import {
  HttpClient,
  safeURL
} from "./chunk-DIPXMY6K.js";
import {
  partFolder,
  selectArtifacts,
  withSelection
} from "./chunk-MHNJ5TUH.js";
import {
  runStage
} from "./chunk-3STO6GSY.js";
import {
  writeFileAtomic
} from "./chunk-MUGHQZOG.js";
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
  isRecord
} from "./chunk-E73ZUZ5O.js";
import {
  UserError
} from "./chunk-RLB5E7YF.js";

// packages/core/src/publish-dry-run/publish-dry-run-stage.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";

// packages/core/src/publish-dry-run/registry-credentials.ts
import { randomBytes, scryptSync, timingSafeEqual } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
var kindsWithUser = /* @__PURE__ */ new Set(["maven", "container"]);
function readCredential(name, registry, env, secrets) {
  const variable = registry.credentials;
  if (!variable) return {};
  const value = env[variable];
  secrets.add(value);
  if (!value) {
    return {
      finding: {
        code: "PUBLISH_CREDENTIAL_MISSING",
        severity: "error",
        message: `registry "${name}" needs the secret ${variable}, which is not set`,
        remediation: `Expose the ${registry.environment} secret ${variable} to this job (env: ${variable}: \${{ secrets.${variable} }}).`
      }
    };
  }
  const needsUser = kindsWithUser.has(registry.kind) && !registry.user;
  const colon = value.indexOf(":");
  if (needsUser && colon <= 0) {
    return {
      finding: {
        code: "PUBLISH_CREDENTIAL_MISSING",
        severity: "error",
        message: `${variable} must hold user:secret for registry "${name}" (no user part found)`,
        remediation: `Store "<user>:<secret>" in ${variable}, or set registries.${name}.user in policy.yaml.`
      }
    };
  }
  if (registry.user) {
    secrets.add(`${registry.user}:${value}`);
    return { credential: { variable, user: registry.user, secret: value } };
  }
  if (needsUser || registry.kind === "pypi" && colon > 0) {
    return {
      credential: {
        variable,
        user: value.slice(0, colon),
        secret: value.slice(colon + 1)
      }
    };
  }
  return { credential: { variable, secret: value } };
}
function sharedVariables(registries) {
  const byVariable = /* @__PURE__ */ new Map();
  for (const item of registries) {
    const variable = item.registry.credentials;
    if (!variable) continue;
    byVariable.set(variable, [...byVariable.get(variable) ?? [], item]);
  }
  const findings = [];
  for (const [variable, users] of byVariable) {
    const environments = new Set(
      users.map((item) => item.registry.environment)
    );
    if (environments.size < 2) continue;
    findings.push(
      sharedFinding(
        `${variable} is the credential of ${users.map((item) => `"${item.name}" (${item.registry.environment})`).join(" and ")}`,
        variable
      )
    );
  }
  return findings;
}
function sharedFinding(message, variable) {
  return {
    code: "PUBLISH_CREDENTIAL_SHARED",
    severity: "error",
    message: `one secret serves more than one environment: ${message}`,
    remediation: `Issue a separate credential per environment: create a new staging-only secret, store it in ${variable}'s staging registry variable, and revoke the shared one.`
  };
}
async function compareFingerprints(workspaceDir, environment, read) {
  const path = join(workspaceDir, "credential-fingerprints.json");
  const file = await loadFingerprints(path);
  const salt = Buffer.from(file.salt, "hex");
  const findings = [];
  const mine = {};
  for (const item of read) {
    const print = fingerprint(item.secret, salt);
    mine[item.registry] = print.toString("hex");
    for (const [other, prints] of Object.entries(file.entries)) {
      if (other === environment) continue;
      for (const [registry, hex] of Object.entries(prints)) {
        const theirs = Buffer.from(hex, "hex");
        if (theirs.length === print.length && timingSafeEqual(theirs, print))
          findings.push(
            sharedFinding(
              `the value of ${item.variable} ("${item.registry}", ${environment}) equals the credential of "${registry}" (${other})`,
              item.variable
            )
          );
      }
    }
  }
  file.entries[environment] = mine;
  await writeFileAtomic(path, `${JSON.stringify(file, null, 2)}
`, 384);
  return findings;
}
async function loadFingerprints(path) {
  try {
    const data = JSON.parse(await readFile(path, "utf8"));
    if (isRecord(data) && typeof data["salt"] === "string" && isRecord(data["entries"]))
      return data;
  } catch {
  }
  return { salt: randomBytes(16).toString("hex"), entries: {} };
}
function fingerprint(secret, salt) {
  return scryptSync(secret, salt, 32, { N: 1 << 14, r: 8, p: 1 });
}

// packages/core/src/publish-dry-run/publish-dry-run-stage.ts
var probes = {
  npm: async () => new (await import("./npm-registry-S7OQZDFJ.js")).NpmRegistryProbe(),
  container: async () => new (await import("./oci-registry-BI4I2VGP.js")).OCIRegistryProbe(),
  maven: async () => new (await import("./maven-repository-TR26TNZW.js")).MavenRepositoryProbe(),
  pypi: async () => new (await import("./pypi-registry-XF77YJBN.js")).PyPIRegistryProbe(),
  nuget: async () => new (await import("./nuget-feed-UU3KWKI5.js")).NuGetFeedProbe()
};
var probeVariables = /* @__PURE__ */ new Set([
  "GITHUB_ACTIONS",
  "ACTIONS_ID_TOKEN_REQUEST_URL"
]);
async function runPublishDryRunStage(context, options = {}) {
  const environment = options.environment ?? "staging";
  const manifest = await loadManifest(context.manifestFile, context.cwd);
  const chosen = new Set(
    selectArtifacts(
      manifest.manifest.artifacts,
      options.artifacts,
      manifest.file
    )
  );
  const policy = await loadPolicy({
    file: context.policyFile,
    cwd: context.cwd
  });
  const registries = namedRegistries(
    policySection(policy.policy, "registries")
  );
  checkEnvironment(environment, registries, policy.file ?? "policy.yaml");
  return runStage(context, "publish-dry-run", async (workspace) => {
    const findings = [];
    const { pairs, problems } = pairsFor(
      manifest,
      chosen,
      registries,
      environment
    );
    findings.push(...problems);
    const policyFindings = sharedVariables(registries);
    const credentials = readCredentials(
      context,
      registries,
      environment,
      policyFindings
    );
    policyFindings.push(
      ...await compareFingerprints(
        context.workspaceDir,
        environment,
        credentials.read
      )
    );
    findings.push(...policyFindings.map((item) => atPolicy(item, policy.file)));
    const results = await Promise.all(
      pairs.map(
        (pair) => probePair(context, manifest, pair, credentials.byName, options.http)
      )
    );
    const rows = [];
    for (const [index, result] of results.entries()) {
      const pair = pairs[index];
      if (!pair) continue;
      rows.push(redactRow(toRow(pair, result), context));
      findings.push(
        ...result.findings.map(
          (item) => atTarget(item, manifest, pair, context)
        )
      );
    }
    const table = canonicalJSON(rows);
    const evidence = [
      await workspace.writeEvidence(
        "publish-dry-run",
        `${partFolder(options.artifacts)}table-${environment}.json`,
        table
      )
    ];
    return withSelection(
      {
        findings,
        evidence,
        extra: { environment, table: rows },
        summary: journalSummary(environment, rows, findings)
      },
      options.artifacts
    );
  });
}
function namedRegistries(section) {
  return Object.entries(section).filter((entry) => isRecord(entry[1])).map(([name, registry]) => ({ name, registry })).sort((a, b) => a.name < b.name ? -1 : 1);
}
function checkEnvironment(environment, registries, file) {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(environment))
    throw new UserError(
      "PUBLISH_ENVIRONMENT_INVALID",
      `environment "${visibleText(environment, 80)}" must be letters, digits, ".", "_" or "-" (at most 64)`,
      { field: "environment" }
    );
  if (registries.length === 0) return;
  const known = [
    ...new Set(registries.map((item) => item.registry.environment))
  ].sort();
  if (known.includes(environment)) return;
  throw new UserError(
    "PUBLISH_ENVIRONMENT_UNKNOWN",
    `no registry in ${file} belongs to environment "${environment}"; known environments: ${known.join(", ")}`,
    { file, field: "/registries" }
  );
}
function pairsFor(loaded, chosen, registries, environment) {
  const byName = new Map(registries.map((item) => [item.name, item]));
  const pairs = [];
  const problems = [];
  for (const [index, artifact] of loaded.manifest.artifacts.entries()) {
    if (!chosen.has(artifact)) continue;
    for (const [targetIndex, name] of (artifact.targets ?? []).entries()) {
      const target = byName.get(name);
      const pointer = `/artifacts/${index}/targets/${targetIndex}`;
      if (!target) {
        problems.push(
          manifestFinding(loaded, pointer, artifact, {
            code: "PUBLISH_TARGET_UNKNOWN",
            severity: "error",
            message: `target "${name}" of ${artifact.name} is not a registry in policy.yaml`,
            remediation: "Add the registry under `registries` in policy.yaml or fix the target name."
          })
        );
      } else if (target.registry.environment === environment) {
        pairs.push({ artifact, index, targetIndex, target });
      }
    }
  }
  return { pairs, problems };
}
function readCredentials(context, registries, environment, findings) {
  const byName = /* @__PURE__ */ new Map();
  const read = [];
  for (const { name, registry } of registries) {
    if (registry.environment !== environment) continue;
    const lookup = readCredential(name, registry, context.env, context.secrets);
    if (lookup.finding) findings.push(lookup.finding);
    if (!lookup.credential) continue;
    byName.set(name, lookup.credential);
    const raw = context.env[lookup.credential.variable] ?? "";
    read.push({
      registry: name,
      variable: lookup.credential.variable,
      secret: raw
    });
  }
  return { byName, read };
}
async function probePair(context, loaded, pair, credentials, http) {
  const { artifact, target } = pair;
  const resolved = await resolveProjectPath(
    loaded.dir,
    loaded.dir,
    artifact.path
  );
  if (!resolved.ok) return unreadable(artifact, resolved.detail);
  const kind = artifact.kind === "container" ? "container" : artifact.kind;
  if (kind !== target.registry.kind) return mismatch(artifact, target);
  const tempDir = await mkdtemp(join2(tmpdir(), "shipshape-probe-"));
  try {
    const probe = await probes[target.registry.kind]();
    return await probe.probe({
      artifact,
      artifactPath: resolved.real,
      releaseVersion: loaded.manifest.release.version,
      registryName: target.name,
      registry: target.registry,
      credential: credentials.get(target.name),
      http: new HttpClient(http),
      logger: context.logger,
      tempDir,
      readEnv: (name) => probeVariables.has(name) ? context.env[name] : void 0,
      now: context.now
    });
  } finally {
    await rm(tempDir, { recursive: true, force: true });
  }
}
function unreadable(artifact, detail) {
  return failedBeforeProbe(detail, {
    code: "PUBLISH_PACKAGE_INVALID",
    severity: "error",
    message: `${artifact.path} cannot be read for the dry run: ${detail}`,
    remediation: "Build the artifact into the path release.yaml names before the dry run."
  });
}
function mismatch(artifact, target) {
  const detail = `a ${artifact.kind} artifact cannot go to a ${target.registry.kind} registry`;
  return failedBeforeProbe(detail, {
    code: "PUBLISH_PACKAGE_INVALID",
    severity: "error",
    message: `${artifact.name} targets "${target.name}", but ${detail}`,
    remediation: "Point the artifact at a registry of its own kind."
  });
}
function failedBeforeProbe(reason, finding) {
  const notRun = { value: "not checked", reason: "not probed" };
  return {
    checks: {
      reachable: notRun,
      authenticated: notRun,
      allowed: notRun,
      versionFree: notRun,
      packageValid: { value: false, reason }
    },
    findings: [finding]
  };
}
function toRow(pair, result) {
  const row = {
    artifact: pair.artifact.name,
    target: pair.target.name,
    registry: safeURL(pair.target.registry.url),
    kind: pair.target.registry.kind,
    reachable: result.checks.reachable.value,
    authenticated: result.checks.authenticated.value,
    allowed: result.checks.allowed.value,
    versionFree: result.checks.versionFree.value,
    packageValid: result.checks.packageValid.value,
    reasons: {
      reachable: result.checks.reachable.reason,
      authenticated: result.checks.authenticated.reason,
      allowed: result.checks.allowed.reason,
      versionFree: result.checks.versionFree.reason,
      packageValid: result.checks.packageValid.reason
    }
  };
  return row;
}
function redactRow(row, context) {
  const reasons = { ...row.reasons };
  for (const name of checkNames)
    reasons[name] = context.secrets.redact(reasons[name]);
  return { ...row, reasons };
}
function atTarget(finding, loaded, pair, context) {
  const redacted = {
    ...finding,
    message: context.secrets.redact(finding.message),
    remediation: context.secrets.redact(finding.remediation)
  };
  return manifestFinding(
    loaded,
    `/artifacts/${pair.index}/targets/${pair.targetIndex}`,
    pair.artifact,
    redacted
  );
}
function manifestFinding(loaded, pointer, artifact, finding) {
  const at = loaded.document.locate(pointer);
  return {
    ...finding,
    owner: artifact.owner,
    location: {
      file: loaded.file,
      pointer,
      line: at?.line,
      column: at?.column
    }
  };
}
function atPolicy(finding, file) {
  return file ? { ...finding, location: { file, pointer: "/registries" } } : finding;
}
function journalSummary(environment, rows, findings) {
  const words = {
    reachable: "unreachable",
    authenticated: "auth",
    allowed: "permission",
    versionFree: "version exists",
    packageValid: "package invalid"
  };
  const parts = rows.map((row) => {
    const failed = checkNames.find((name) => row[name] === false);
    return `${row.artifact}\u2192${row.target} ${failed ? `failed: ${words[failed] ?? failed}` : "would publish"}`;
  });
  const errors = findings.filter((item) => item.severity === "error").length;
  return `publish dry run (${environment}, nothing published): ${parts.join("; ") || "no targets"}${errors ? `; ${errors} error(s)` : ""}`;
}

export {
  runPublishDryRunStage
};
