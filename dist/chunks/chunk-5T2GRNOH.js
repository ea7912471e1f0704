import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));

// packages/core/src/publish-dry-run/http-client.ts
var HttpFault = class extends Error {
  name = "HttpFault";
  kind;
  status;
  constructor(kind, message, status) {
    super(message);
    this.kind = kind;
    this.status = status;
  }
};
var idempotentMethods = /* @__PURE__ */ new Set([
  "GET",
  "HEAD",
  "OPTIONS",
  "DELETE",
  "PROPFIND"
]);
var HttpClient = class {
  #options;
  #deadline;
  constructor(options = {}) {
    this.#options = {
      requestTimeoutMs: options.requestTimeoutMs ?? 1e4,
      deadlineMs: options.deadlineMs ?? 3e4,
      retries: options.retries ?? 2,
      maxRetryAfterSeconds: options.maxRetryAfterSeconds ?? 10,
      maxBodyBytes: options.maxBodyBytes ?? 8 * 1024 * 1024,
      retryDelayMs: options.retryDelayMs ?? 200
    };
    this.#deadline = Date.now() + this.#options.deadlineMs;
  }
  /** Sends a request, retrying where that is safe; throws `HttpFault`. */
  async send(request) {
    const idempotent = idempotentMethods.has(request.method.toUpperCase());
    for (let attempt = 0; ; attempt += 1) {
      const retriesLeft = idempotent && attempt < this.#options.retries;
      let response;
      try {
        response = await this.#attempt(request);
      } catch (error) {
        if (retriesLeft && isReset(error)) {
          await this.#pause(this.#backoff(attempt));
          continue;
        }
        throw error;
      }
      if (response.status === 429) {
        await this.#waitForRateLimit(request, response, attempt);
        continue;
      }
      if (response.status >= 500 && retriesLeft) {
        await this.#pause(this.#backoff(attempt));
        continue;
      }
      if (response.status >= 500) {
        throw new HttpFault(
          "server-error",
          `${describeTarget(request)} answered ${response.status} after ${attempt + 1} attempt${attempt === 0 ? "" : "s"}`,
          response.status
        );
      }
      checkContentType(request, response);
      return response;
    }
  }
  /** Milliseconds left before the deadline. */
  remainingMs() {
    return Math.max(0, this.#deadline - Date.now());
  }
  async #waitForRateLimit(request, response, attempt) {
    const seconds = retryAfterSeconds(response.headers["retry-after"]);
    const fits = seconds !== void 0 && seconds <= this.#options.maxRetryAfterSeconds && seconds * 1e3 < this.remainingMs() && attempt < this.#options.retries;
    if (!fits) {
      const after = seconds === void 0 ? "an unstated time" : `${seconds} s`;
      throw new HttpFault(
        "rate-limited",
        `${describeTarget(request)} is rate-limited; retry after ${after}`,
        429
      );
    }
    await this.#pause(seconds * 1e3);
  }
  #backoff(attempt) {
    const base = this.#options.retryDelayMs * 2 ** attempt;
    return base + Math.random() * base;
  }
  async #pause(ms) {
    if (ms >= this.remainingMs()) {
      throw new HttpFault(
        "timeout",
        `gave up: the ${this.#options.deadlineMs / 1e3} s deadline for this registry ran out`
      );
    }
    await new Promise((done) => setTimeout(done, ms));
  }
  #attempt(request) {
    const remaining = this.remainingMs();
    if (remaining <= 0) {
      return Promise.reject(
        new HttpFault(
          "timeout",
          `gave up: the ${this.#options.deadlineMs / 1e3} s deadline for this registry ran out`
        )
      );
    }
    const timeout = Math.min(this.#options.requestTimeoutMs, remaining);
    const maxBytes = request.maxBytes ?? this.#options.maxBodyBytes;
    return sendOnce(request, timeout, maxBytes);
  }
};
async function sendOnce(request, timeoutMs, maxBytes) {
  let url;
  try {
    url = new URL(request.url);
  } catch {
    throw new HttpFault("bad-url", `"${safeURL(request.url)}" is not a URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new HttpFault("bad-url", `${safeURL(request.url)} is not http(s)`);
  const { request: send } = url.protocol === "https:" ? await import("node:https") : await import("node:http");
  return new Promise((resolve, reject) => {
    const outgoing = send(url, {
      method: request.method,
      headers: {
        "user-agent": "shipshape-publish-dry-run",
        ...request.headers
      }
    });
    let settled = false;
    const finish = (error, value) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        outgoing.destroy();
        reject(error);
      } else if (value) resolve(value);
    };
    const timer = setTimeout(() => {
      finish(
        new HttpFault(
          "timeout",
          `${describeTarget(request)} did not answer within ${Math.round(timeoutMs / 100) / 10} s`
        )
      );
    }, timeoutMs);
    outgoing.on("error", (error) => {
      finish(networkFault(request, error));
    });
    outgoing.on("response", (incoming) => {
      readBody(incoming, maxBytes, request).then(
        (body) => {
          finish(void 0, {
            status: incoming.statusCode ?? 0,
            headers: flattenHeaders(incoming),
            body
          });
        },
        (error) => {
          finish(error instanceof Error ? error : new Error(String(error)));
        }
      );
    });
    outgoing.end(request.body);
  });
}
function readBody(incoming, maxBytes, request) {
  return new Promise((resolve, reject) => {
    const declared = Number(incoming.headers["content-length"]);
    if (Number.isFinite(declared) && declared > maxBytes) {
      incoming.destroy();
      reject(tooLarge(request, maxBytes));
      return;
    }
    const chunks = [];
    let size = 0;
    incoming.on("data", (chunk) => {
      size += chunk.length;
      if (size > maxBytes) {
        incoming.destroy();
        reject(tooLarge(request, maxBytes));
        return;
      }
      chunks.push(chunk);
    });
    incoming.on("end", () => {
      resolve(Buffer.concat(chunks));
    });
    incoming.on("error", (error) => {
      reject(networkFault(request, error));
    });
  });
}
function tooLarge(request, maxBytes) {
  return new HttpFault(
    "too-large",
    `${describeTarget(request)} sent a body over the ${maxBytes} byte cap`
  );
}
function flattenHeaders(incoming) {
  const headers = {};
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== void 0)
      headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}
function checkContentType(request, response) {
  if (!request.accept || response.status >= 300) return;
  if (request.method.toUpperCase() === "HEAD") return;
  const type = (response.headers["content-type"] ?? "").toLowerCase();
  if (request.accept.some((prefix) => type.startsWith(prefix))) return;
  throw new HttpFault(
    "content-type",
    `${describeTarget(request)} answered with content type "${type.slice(0, 80) || "none"}" where ${request.accept.join(" or ")} was expected`,
    response.status
  );
}
function networkFault(request, error) {
  const code = error instanceof Error && "code" in error ? String(error.code) : "ERROR";
  const reasons = {
    ECONNREFUSED: "refused the connection",
    ENOTFOUND: "has a host name that does not resolve (DNS)",
    EAI_AGAIN: "has a host name that could not be resolved (DNS)",
    ECONNRESET: "reset the connection",
    ETIMEDOUT: "timed out connecting",
    EHOSTUNREACH: "is not reachable"
  };
  const fault = new HttpFault(
    "unreachable",
    `${describeTarget(request)} ${reasons[code] ?? `failed (${code})`}`
  );
  Object.defineProperty(fault, "code", { value: code });
  return fault;
}
function isReset(error) {
  return error instanceof HttpFault && error.code === "ECONNRESET";
}
function retryAfterSeconds(value) {
  if (value === void 0) return void 0;
  const trimmed = value.trim();
  if (/^\d{1,9}$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return void 0;
  return Math.max(0, Math.ceil((date - Date.now()) / 1e3));
}
function describeTarget(request) {
  return `${request.method.toUpperCase()} ${safeURL(request.url)}`;
}
function safeURL(text) {
  try {
    const url = new URL(text);
    url.username = "";
    url.password = "";
    url.search = "";
    url.hash = "";
    return url.toString();
  } catch {
    return text.replace(/\/\/[^/@\s]*@/, "//").slice(0, 200);
  }
}

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
  HttpClient,
  safeURL,
  checkNames,
  ProbeRecorder,
  authFailed,
  permissionDenied,
  versionExists,
  recordStatus,
  authorizationHeader,
  jsonBody
};
