import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  ArchiveProblem,
  readTarEntry
} from "./chunk-EXF3VDHB.js";
import {
  ProbeRecorder,
  authorizationHeader,
  jsonBody,
  recordStatus,
  versionExists
} from "./chunk-4BOIBMMC.js";
import "./chunk-DIPXMY6K.js";
import {
  isRecord
} from "./chunk-E73ZUZ5O.js";
import "./chunk-RLB5E7YF.js";
import "./chunk-GUYOKWKK.js";

// packages/core/src/publish-dry-run/npm-cli-dry-run.ts
import { execFile } from "node:child_process";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
function invalid(target, recorder, detail) {
  recorder.set("packageValid", false, detail);
  recorder.find({
    code: "PUBLISH_PACKAGE_INVALID",
    severity: "error",
    message: `${target.artifact.path} is not a publishable npm package: ${detail}`,
    remediation: "Re-create the tarball with `npm pack` and fix what npm reports."
  });
}
async function runDryRun(target, recorder, base) {
  const userconfig = join(target.tempDir, "npmrc");
  await writeFile(userconfig, `registry=${base}/
`, { mode: 384 });
  const env = {
    PATH: process.env["PATH"] ?? "",
    HOME: target.tempDir,
    npm_config_userconfig: userconfig,
    npm_config_globalconfig: join(target.tempDir, "global-npmrc"),
    npm_config_cache: join(target.tempDir, "cache"),
    npm_config_update_notifier: "false",
    npm_config_audit: "false",
    npm_config_fund: "false"
  };
  const args = [
    "publish",
    "--dry-run",
    "--json",
    `--registry=${base}/`,
    "--ignore-scripts",
    target.artifactPath
  ];
  const timeout = Math.max(1e3, Math.min(6e4, target.http.remainingMs()));
  const outcome = await new Promise((done) => {
    execFile(
      "npm",
      args,
      { env, cwd: target.tempDir, timeout, maxBuffer: 4 << 20 },
      (error, stdout, stderr) => {
        if (error?.code === "ENOENT") {
          done({ code: 127, output: "", missing: true });
          return;
        }
        const code = error ? typeof error.code === "number" ? error.code : 1 : 0;
        done({ code, output: `${stdout}
${stderr}` });
      }
    );
  });
  if (outcome.missing) {
    recorder.set(
      "packageValid",
      "not checked",
      "npm is not on PATH, so `npm publish --dry-run` could not run"
    );
    return;
  }
  if (outcome.code === 0) {
    recorder.set(
      "packageValid",
      true,
      "npm publish --dry-run accepted the tarball"
    );
    return;
  }
  if (/previously published|cannot publish over|EPUBLISHCONFLICT/i.test(
    outcome.output
  )) {
    recorder.set(
      "packageValid",
      true,
      "npm publish --dry-run refused only because the version exists"
    );
    if (recorder.checks.versionFree.value !== false) {
      recorder.set(
        "versionFree",
        false,
        "npm publish --dry-run: version exists"
      );
      recorder.find(versionExists(target, target.artifact.name));
    }
    return;
  }
  const line = /npm error (?!code)(.+)/.exec(outcome.output)?.[1] ?? `npm exited ${outcome.code}`;
  invalid(target, recorder, `npm publish --dry-run: ${line.slice(0, 300)}`);
}

// packages/core/src/publish-dry-run/npm-registry.ts
var NpmRegistryProbe = class {
  kind = "npm";
  async probe(target) {
    const recorder = new ProbeRecorder(target);
    const identity = await readIdentity(target, recorder);
    const base = target.registry.url.replace(/\/+$/, "");
    if (!await checkReachable(target, recorder, base))
      return recorder.result();
    const user = await checkWhoami(target, recorder, base);
    if (identity) {
      await checkPackument(target, recorder, base, identity);
      if (user) await checkAccess(target, recorder, base, identity, user);
      await runDryRun(target, recorder, base);
      checkProvenance(target, recorder, identity);
    }
    if (user) await checkTwoFactor(target, recorder, base);
    return recorder.result();
  }
};
async function readIdentity(target, recorder) {
  try {
    const entry = await readTarEntry(
      target.artifactPath,
      (path) => path === "package/package.json"
    );
    const data = entry ? JSON.parse(entry.text) : void 0;
    if (isRecord(data) && typeof data["name"] === "string" && typeof data["version"] === "string") {
      return {
        name: data["name"],
        version: data["version"],
        repository: data["repository"] !== void 0
      };
    }
    invalid(
      target,
      recorder,
      "package/package.json with a name and version is missing"
    );
  } catch (error) {
    const detail = error instanceof ArchiveProblem || error instanceof SyntaxError ? error.message : String(error);
    invalid(target, recorder, detail);
  }
  return void 0;
}
async function checkReachable(target, recorder, base) {
  try {
    await target.http.send({ method: "GET", url: `${base}/-/ping` });
    recorder.set("reachable", true, "GET /-/ping answered");
    return true;
  } catch (error) {
    recorder.fault("reachable", error);
    return false;
  }
}
async function checkWhoami(target, recorder, base) {
  if (!target.credential) return void 0;
  try {
    const response = await target.http.send({
      method: "GET",
      url: `${base}/-/whoami`,
      headers: authorizationHeader(target.credential, "Bearer"),
      accept: ["application/json"]
    });
    if (!recordStatus(
      recorder,
      target,
      response,
      "authenticated",
      "GET /-/whoami"
    ))
      return void 0;
    const body = jsonBody(response);
    const user = isRecord(body) ? body["username"] : void 0;
    if (typeof user === "string" && user.length > 0) {
      recorder.set("authenticated", true, `token belongs to ${user}`);
      checkIdentity(target, recorder, user);
      return user;
    }
    recorder.set(
      "authenticated",
      false,
      "/-/whoami named no user for the token"
    );
    recorder.find({
      code: "PUBLISH_AUTH_FAILED",
      severity: "error",
      message: `registry "${target.registryName}" does not recognise the token (/-/whoami named no user)`,
      remediation: `Replace the token in ${target.credential.variable} with a valid publish token for ${target.registry.url}.`
    });
  } catch (error) {
    recorder.fault("authenticated", error);
  }
  return void 0;
}
function checkIdentity(target, recorder, user) {
  const expected = target.registry["expected-identity"];
  if (expected === void 0 || expected === user) return;
  recorder.set(
    "authenticated",
    false,
    `token belongs to ${user}, not ${expected}`
  );
  recorder.find({
    code: "PUBLISH_IDENTITY_MISMATCH",
    severity: "error",
    message: `the token in ${target.credential?.variable ?? "the credential"} belongs to "${user}", not the expected-identity "${expected}" of registry "${target.registryName}"`,
    remediation: `Store a token of ${expected} in ${target.credential?.variable ?? "the credential variable"}, or correct registries.${target.registryName}.expected-identity.`
  });
}
async function checkPackument(target, recorder, base, identity) {
  try {
    const response = await target.http.send({
      method: "GET",
      url: `${base}/${identity.name.replace("/", "%2f")}`,
      headers: {
        ...authorizationHeader(target.credential, "Bearer"),
        accept: "application/vnd.npm.install-v1+json; q=1.0, application/json"
      },
      accept: ["application/json", "application/vnd.npm.install-v1+json"]
    });
    if (response.status === 404) {
      recorder.set(
        "versionFree",
        true,
        `${identity.name} is not published yet`
      );
      return;
    }
    if (!recordStatus(recorder, target, response, "versionFree", "GET packument"))
      return;
    const body = jsonBody(response);
    const versions = isRecord(body) && isRecord(body["versions"]) ? body["versions"] : {};
    if (Object.hasOwn(versions, identity.version)) {
      recorder.set(
        "versionFree",
        false,
        `${identity.version} is in the packument`
      );
      recorder.find(
        versionExists(target, `${identity.name}@${identity.version}`)
      );
    } else {
      recorder.set(
        "versionFree",
        true,
        `${identity.version} is not in the packument`
      );
    }
  } catch (error) {
    recorder.fault("versionFree", error);
  }
}
async function checkAccess(target, recorder, base, identity, user) {
  const name = identity.name.replace("/", "%2f");
  try {
    const response = await target.http.send({
      method: "GET",
      url: `${base}/-/package/${name}/collaborators?format=cli`,
      headers: authorizationHeader(target.credential, "Bearer")
    });
    const body = jsonBody(response);
    if (response.status === 200 && isRecord(body)) {
      const right = body[user];
      const allowed = right === "read-write" || right === "write";
      recorder.set(
        "allowed",
        allowed,
        `${user} has ${typeof right === "string" ? right : "no"} access to ${identity.name}`
      );
      if (!allowed)
        recorder.find({
          code: "PUBLISH_PERMISSION_DENIED",
          severity: "error",
          message: `${user} cannot publish ${identity.name} to registry "${target.registryName}"`,
          remediation: `Add ${user} (the owner of ${target.credential?.variable ?? "the token"}) as a read-write maintainer of ${identity.name}.`
        });
      return;
    }
    recorder.set(
      "allowed",
      "not checked",
      `the registry exposes no collaborators for ${identity.name} (${response.status})`
    );
  } catch {
    recorder.set(
      "allowed",
      "not checked",
      "the registry exposes no access API"
    );
  }
}
async function checkTwoFactor(target, recorder, base) {
  try {
    const response = await target.http.send({
      method: "GET",
      url: `${base}/-/npm/v1/user`,
      headers: authorizationHeader(target.credential, "Bearer")
    });
    const body = jsonBody(response);
    const tfa = isRecord(body) && isRecord(body["tfa"]) ? body["tfa"] : void 0;
    if (response.status === 200 && tfa?.["mode"] === "auth-and-writes" && tfa["pending"] !== true) {
      recorder.find({
        code: "PUBLISH_OTP_REQUIRED",
        severity: "error",
        message: `the account behind ${target.credential?.variable ?? "the token"} requires a one-time password for every publish to registry "${target.registryName}"`,
        remediation: 'Use an automation or granular access token with "bypass 2FA", or set up trusted publishing for this package.'
      });
    }
  } catch {
  }
}
function checkProvenance(target, recorder, identity) {
  if (target.readEnv("GITHUB_ACTIONS") !== "true") return;
  const problems = [];
  if (!target.readEnv("ACTIONS_ID_TOKEN_REQUEST_URL"))
    problems.push(
      "the job cannot request an OIDC token (grant `permissions: id-token: write`)"
    );
  if (!identity.repository)
    problems.push(
      'package.json has no "repository" field, which provenance must match'
    );
  for (const problem of problems)
    recorder.find({
      code: "PUBLISH_PROVENANCE_NOT_READY",
      severity: "warning",
      message: `${identity.name} is not ready for trusted publishing with provenance: ${problem}`,
      remediation: 'Give the publish job `permissions: id-token: write`, set package.json "repository" to this GitHub repository, and register the workflow as a trusted publisher on the registry.'
    });
}
export {
  NpmRegistryProbe
};
