/**
 * The HTTP client of the registry probes and of the OSV API. It bounds
 * everything a hostile or broken server could stretch: each request has a
 * timeout, all requests of one client share a deadline, bodies have a size cap and an expected
 * content type, retries are few, jittered and only for idempotent requests,
 * and a 429 is honoured only when its `Retry-After` fits a cap. Errors never
 * carry URL userinfo or request headers.
 */
import type { IncomingMessage } from 'node:http';

/** What kind of trouble a request ran into. */
export type HttpFaultKind =
  | 'unreachable'
  | 'timeout'
  | 'rate-limited'
  | 'server-error'
  | 'too-large'
  | 'content-type'
  | 'bad-url';

/** A request that produced no usable answer. The message is safe to show. */
export class HttpFault extends Error {
  override readonly name = 'HttpFault';
  readonly kind: HttpFaultKind;
  readonly status: number | undefined;

  constructor(kind: HttpFaultKind, message: string, status?: number) {
    super(message);
    this.kind = kind;
    this.status = status;
  }
}

/** One request. Header values may hold secrets; they are never reported. */
export interface HttpRequest {
  method: string;
  url: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** Content types (prefixes) the caller can read; others are a fault. */
  accept?: readonly string[];
  /** Overrides the client's body size cap for this request. */
  maxBytes?: number;
  /**
   * Safe to send again after a reset or a 5xx. Default: by method (GET,
   * HEAD, OPTIONS, DELETE and PROPFIND are; a POST that only reads, such
   * as a search, can say so here).
   */
  idempotent?: boolean;
}

/** A complete answer with its body read (within the size cap). */
export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** Limits of one client; every field has a default. */
export interface HttpClientOptions {
  /** Time for one request, headers and body (default 10 s). */
  requestTimeoutMs?: number;
  /** Time for all requests of this client together (default 30 s). */
  deadlineMs?: number;
  /** Extra attempts after a 5xx or reset on an idempotent request (default 2). */
  retries?: number;
  /** Longest `Retry-After` honoured, in seconds (default 10). */
  maxRetryAfterSeconds?: number;
  /** Body size cap in bytes (default 8 MiB). */
  maxBodyBytes?: number;
  /** Base delay between retries in ms; jitter adds up to as much again (default 200). */
  retryDelayMs?: number;
}

const idempotentMethods = new Set([
  'GET',
  'HEAD',
  'OPTIONS',
  'DELETE',
  'PROPFIND',
]);

/**
 * Sends requests within one shared deadline. Create one per probe so that
 * no probe waits longer than `deadlineMs` on an unreachable registry.
 */
export class HttpClient {
  readonly #options: Required<HttpClientOptions>;
  readonly #deadline: number;

  constructor(options: HttpClientOptions = {}) {
    this.#options = {
      requestTimeoutMs: options.requestTimeoutMs ?? 10_000,
      deadlineMs: options.deadlineMs ?? 30_000,
      retries: options.retries ?? 2,
      maxRetryAfterSeconds: options.maxRetryAfterSeconds ?? 10,
      maxBodyBytes: options.maxBodyBytes ?? 8 * 1024 * 1024,
      retryDelayMs: options.retryDelayMs ?? 200,
    };
    this.#deadline = Date.now() + this.#options.deadlineMs;
  }

  /** Sends a request, retrying where that is safe; throws `HttpFault`. */
  async send(request: HttpRequest): Promise<HttpResponse> {
    const idempotent =
      request.idempotent ?? idempotentMethods.has(request.method.toUpperCase());
    for (let attempt = 0; ; attempt += 1) {
      const retriesLeft = idempotent && attempt < this.#options.retries;
      let response: HttpResponse;
      try {
        response = await this.#attempt(request);
      } catch (error: unknown) {
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
          'server-error',
          `${describeTarget(request)} answered ${response.status} after ${attempt + 1} attempt${attempt === 0 ? '' : 's'}`,
          response.status,
        );
      }
      checkContentType(request, response);
      return response;
    }
  }

  /** Milliseconds left before the deadline. */
  remainingMs(): number {
    return Math.max(0, this.#deadline - Date.now());
  }

  async #waitForRateLimit(
    request: HttpRequest,
    response: HttpResponse,
    attempt: number,
  ): Promise<void> {
    const seconds = retryAfterSeconds(response.headers['retry-after']);
    const fits =
      seconds !== undefined &&
      seconds <= this.#options.maxRetryAfterSeconds &&
      seconds * 1000 < this.remainingMs() &&
      attempt < this.#options.retries;
    if (!fits) {
      const after = seconds === undefined ? 'an unstated time' : `${seconds} s`;
      throw new HttpFault(
        'rate-limited',
        `${describeTarget(request)} is rate-limited; retry after ${after}`,
        429,
      );
    }
    await this.#pause(seconds * 1000);
  }

  #backoff(attempt: number): number {
    const base = this.#options.retryDelayMs * 2 ** attempt;
    return base + Math.random() * base;
  }

  async #pause(ms: number): Promise<void> {
    if (ms >= this.remainingMs()) {
      throw new HttpFault(
        'timeout',
        `gave up: the ${this.#options.deadlineMs / 1000} s deadline for this server ran out`,
      );
    }
    await new Promise((done) => setTimeout(done, ms));
  }

  #attempt(request: HttpRequest): Promise<HttpResponse> {
    const remaining = this.remainingMs();
    if (remaining <= 0) {
      return Promise.reject(
        new HttpFault(
          'timeout',
          `gave up: the ${this.#options.deadlineMs / 1000} s deadline for this server ran out`,
        ),
      );
    }
    const timeout = Math.min(this.#options.requestTimeoutMs, remaining);
    const maxBytes = request.maxBytes ?? this.#options.maxBodyBytes;
    return sendOnce(request, timeout, maxBytes);
  }
}

async function sendOnce(
  request: HttpRequest,
  timeoutMs: number,
  maxBytes: number,
): Promise<HttpResponse> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    throw new HttpFault('bad-url', `"${safeURL(request.url)}" is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new HttpFault('bad-url', `${safeURL(request.url)} is not http(s)`);
  // Loaded on the first request: node:http and node:https cost start-up
  // time that a run without registries to probe should not pay.
  const { request: send } =
    url.protocol === 'https:'
      ? await import('node:https')
      : await import('node:http');
  return new Promise((resolve, reject) => {
    const outgoing = send(url, {
      method: request.method,
      headers: {
        'user-agent': 'shipshape-publish-dry-run',
        ...request.headers,
      },
    });
    let settled = false;
    const finish = (error: Error | undefined, value?: HttpResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (error) {
        outgoing.destroy();
        reject(error);
      } else if (value) resolve(value);
    };
    // The timer covers the whole exchange, so a slow-loris body cannot
    // stretch a request past its timeout one byte at a time.
    const timer = setTimeout(() => {
      finish(
        new HttpFault(
          'timeout',
          `${describeTarget(request)} did not answer within ${Math.round(timeoutMs / 100) / 10} s`,
        ),
      );
    }, timeoutMs);
    outgoing.on('error', (error) => {
      finish(networkFault(request, error));
    });
    outgoing.on('response', (incoming) => {
      readBody(incoming, maxBytes, request).then(
        (body) => {
          finish(undefined, {
            status: incoming.statusCode ?? 0,
            headers: flattenHeaders(incoming),
            body,
          });
        },
        (error: unknown) => {
          finish(error instanceof Error ? error : new Error(String(error)));
        },
      );
    });
    outgoing.end(request.body);
  });
}

function readBody(
  incoming: IncomingMessage,
  maxBytes: number,
  request: HttpRequest,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(incoming.headers['content-length']);
    if (Number.isFinite(declared) && declared > maxBytes) {
      incoming.destroy();
      reject(tooLarge(request, maxBytes));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    incoming.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        incoming.destroy();
        reject(tooLarge(request, maxBytes));
        return;
      }
      chunks.push(chunk);
    });
    incoming.on('end', () => {
      resolve(Buffer.concat(chunks));
    });
    incoming.on('error', (error) => {
      reject(networkFault(request, error));
    });
  });
}

function tooLarge(request: HttpRequest, maxBytes: number): HttpFault {
  return new HttpFault(
    'too-large',
    `${describeTarget(request)} sent a body over the ${maxBytes} byte cap`,
  );
}

function flattenHeaders(incoming: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(incoming.headers)) {
    if (value !== undefined)
      headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function checkContentType(request: HttpRequest, response: HttpResponse): void {
  if (!request.accept || response.status >= 300) return;
  if (request.method.toUpperCase() === 'HEAD') return;
  const type = (response.headers['content-type'] ?? '').toLowerCase();
  if (request.accept.some((prefix) => type.startsWith(prefix))) return;
  throw new HttpFault(
    'content-type',
    `${describeTarget(request)} answered with content type "${type.slice(0, 80) || 'none'}" where ${request.accept.join(' or ')} was expected`,
    response.status,
  );
}

function networkFault(request: HttpRequest, error: unknown): HttpFault {
  const code =
    error instanceof Error && 'code' in error ? String(error.code) : 'ERROR';
  const reasons: Record<string, string> = {
    ECONNREFUSED: 'refused the connection',
    ENOTFOUND: 'has a host name that does not resolve (DNS)',
    EAI_AGAIN: 'has a host name that could not be resolved (DNS)',
    ECONNRESET: 'reset the connection',
    ETIMEDOUT: 'timed out connecting',
    EHOSTUNREACH: 'is not reachable',
  };
  const fault = new HttpFault(
    'unreachable',
    `${describeTarget(request)} ${reasons[code] ?? `failed (${code})`}`,
  );
  Object.defineProperty(fault, 'code', { value: code });
  return fault;
}

function isReset(error: unknown): boolean {
  return (
    error instanceof HttpFault &&
    (error as HttpFault & { code?: string }).code === 'ECONNRESET'
  );
}

/** Parses `Retry-After` as seconds (a number or an HTTP date). */
export function retryAfterSeconds(
  value: string | undefined,
): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d{1,9}$/.test(trimmed)) return Number(trimmed);
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/** "GET http://host/path" with any userinfo and query removed. */
export function describeTarget(request: HttpRequest): string {
  return `${request.method.toUpperCase()} ${safeURL(request.url)}`;
}

/** A URL without userinfo, query or fragment, safe to print. */
export function safeURL(text: string): string {
  try {
    const url = new URL(text);
    url.username = '';
    url.password = '';
    url.search = '';
    url.hash = '';
    return url.toString();
  } catch {
    return text.replace(/\/\/[^/@\s]*@/, '//').slice(0, 200);
  }
}
