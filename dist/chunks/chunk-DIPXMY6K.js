import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));

// packages/core/src/net/http-client.ts
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
    const idempotent = request.idempotent ?? idempotentMethods.has(request.method.toUpperCase());
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
        `gave up: the ${this.#options.deadlineMs / 1e3} s deadline for this server ran out`
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
          `gave up: the ${this.#options.deadlineMs / 1e3} s deadline for this server ran out`
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

export {
  HttpFault,
  HttpClient,
  retryAfterSeconds,
  describeTarget,
  safeURL
};
