import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  HttpFault
} from "./chunk-DIPXMY6K.js";

// packages/core/src/publish-dry-run/registry-probe.ts
var checkNames = [
  "reachable",
  "authenticated",
  "allowed",
  "versionFree",
  "packageValid"
];
var ProbeRecorder = class {
  checks;
  findings = [];
  #target;
  constructor(target) {
    this.#target = target;
    const unchecked = () => ({
      value: "not checked",
      reason: "not reached: an earlier check failed"
    });
    this.checks = {
      reachable: unchecked(),
      authenticated: unchecked(),
      allowed: unchecked(),
      versionFree: unchecked(),
      packageValid: unchecked()
    };
  }
  /** Sets one cell. */
  set(name, value, reason) {
    this.checks[name] = { value, reason };
  }
  /** Adds a finding. */
  find(finding) {
    this.findings.push(finding);
  }
  /** Records an HTTP fault as the cell it breaks and its finding. */
  fault(name, error) {
    if (!(error instanceof HttpFault)) throw error;
    const { code, remediation } = faultAdvice(error, this.#target);
    this.set(name, false, error.message);
    if (name !== "reachable" && error.kind === "unreachable")
      this.set("reachable", false, error.message);
    this.find({ code, severity: "error", message: error.message, remediation });
  }
  /** The result so far. */
  result() {
    return { checks: this.checks, findings: this.findings };
  }
};
function faultAdvice(error, target) {
  const where = `registry "${target.registryName}" (${target.registry.url})`;
  switch (error.kind) {
    case "unreachable":
    case "timeout":
    case "bad-url":
      return {
        code: "PUBLISH_REGISTRY_UNREACHABLE",
        remediation: `Check the url of ${where} in policy.yaml, the network path from this runner, and that the registry is up.`
      };
    case "rate-limited":
      return {
        code: "PUBLISH_RATE_LIMITED",
        remediation: `Re-run the dry run after the time the registry asks for, or ask the operator of ${where} for a higher rate limit.`
      };
    case "server-error":
    case "too-large":
    case "content-type":
      return {
        code: error.kind === "server-error" ? "PUBLISH_SERVER_ERROR" : "PUBLISH_UNEXPECTED_ANSWER",
        remediation: `The registry misbehaved; check the status of ${where} and that its url points at the registry's API, not a web page or proxy.`
      };
  }
}
function authFailed(target, detail) {
  const variable = target.registry.credentials ?? "(none configured)";
  return {
    code: "PUBLISH_AUTH_FAILED",
    severity: "error",
    message: `registry "${target.registryName}" rejected the credential: ${detail}`,
    remediation: `Replace the secret in ${variable} with a valid, unexpired ${target.registry.kind} publish credential for ${target.registry.url}.`
  };
}
function permissionDenied(target, detail) {
  const variable = target.registry.credentials ?? "(none configured)";
  return {
    code: "PUBLISH_PERMISSION_DENIED",
    severity: "error",
    message: `registry "${target.registryName}" refused publishing: ${detail}`,
    remediation: `Grant the identity behind ${variable} publish (write/push) rights on this package in ${target.registry.url}.`
  };
}
function versionExists(target, what) {
  return {
    code: "PUBLISH_VERSION_EXISTS",
    severity: "error",
    message: `${what} is already in registry "${target.registryName}"; published versions are immutable`,
    remediation: "Bump release.version (and the artifact) to a version not yet published."
  };
}
function recordStatus(recorder, target, response, name, what) {
  if (response.status === 401) {
    recorder.set("authenticated", false, `${what}: 401`);
    recorder.find(authFailed(target, `${what} answered 401`));
    return false;
  }
  if (response.status === 403) {
    recorder.set("allowed", false, `${what}: 403`);
    recorder.find(permissionDenied(target, `${what} answered 403`));
    return false;
  }
  if (response.status >= 200 && response.status < 300) return true;
  recorder.set(name, false, `${what}: unexpected ${response.status}`);
  recorder.find({
    code: "PUBLISH_UNEXPECTED_ANSWER",
    severity: "error",
    message: `registry "${target.registryName}": ${what} answered ${response.status}`,
    remediation: `Check that ${target.registry.url} is a ${target.registry.kind} registry and the path is right.`
  });
  return false;
}
function authorizationHeader(credential, scheme) {
  if (!credential) return {};
  if (scheme === "Bearer")
    return { authorization: `Bearer ${credential.secret}` };
  const pair = `${credential.user ?? ""}:${credential.secret}`;
  return {
    authorization: `Basic ${Buffer.from(pair, "utf8").toString("base64")}`
  };
}
function jsonBody(response) {
  try {
    return JSON.parse(response.body.toString("utf8"));
  } catch {
    return void 0;
  }
}

export {
  checkNames,
  ProbeRecorder,
  authFailed,
  permissionDenied,
  versionExists,
  recordStatus,
  authorizationHeader,
  jsonBody
};
