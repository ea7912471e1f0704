/**
 * Bounded retries for calls to GitHub and webhooks: a rate limit (429, or
 * GitHub's 403 with no requests left) or a server error (5xx) or a network
 * failure is tried again a few times, waiting as long as `Retry-After`
 * asks but never longer than a cap, so a run cannot hang on a server.
 */

/** How many times and how long to retry. */
export interface RetryOptions {
  /** Attempts in all, including the first (default 4). */
  attempts?: number;
  /** Longest single wait in milliseconds (default 30 s). */
  maxDelayMs?: number;
  /** First back-off when the server names no delay (default 500 ms). */
  baseDelayMs?: number;
  /** Waits; tests pass their own. */
  sleep?: (ms: number) => Promise<void>;
  /** Per-request time limit in milliseconds (default 30 s). */
  timeoutMs?: number;
}

/** The outcome after retries: a response, or the last network error. */
export type RetryResult =
  | { response: Response; attempts: number }
  | { error: string; attempts: number };

const defaultSleep = (ms: number) =>
  new Promise<void>((done) => setTimeout(done, ms));

/** Sends a request, retrying rate limits and server errors. */
export async function fetchWithRetry(
  url: string,
  init: RequestInit,
  options: RetryOptions = {},
): Promise<RetryResult> {
  const attempts = options.attempts ?? 4;
  const sleep = options.sleep ?? defaultSleep;
  let lastError = 'no attempt made';
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    let response: Response;
    try {
      response = await fetch(url, {
        ...init,
        redirect: 'error',
        signal: AbortSignal.timeout(options.timeoutMs ?? 30_000),
      });
    } catch (error: unknown) {
      lastError = networkReason(error);
      if (attempt < attempts) await sleep(backoff(attempt, options));
      continue;
    }
    if (!isRetryable(response) || attempt === attempts) {
      return { response, attempts: attempt };
    }
    await response.body?.cancel();
    await sleep(retryDelay(response, attempt, options));
  }
  return { error: lastError, attempts };
}

function isRetryable(response: Response): boolean {
  if (response.status === 429 || response.status >= 500) return true;
  return (
    response.status === 403 &&
    response.headers.get('x-ratelimit-remaining') === '0'
  );
}

/** Retry-After (seconds or an HTTP date), else x-ratelimit-reset, capped. */
export function retryDelay(
  response: Response,
  attempt: number,
  options: RetryOptions = {},
): number {
  const cap = options.maxDelayMs ?? 30_000;
  const header = response.headers.get('retry-after');
  if (header !== null) {
    const seconds = Number(header);
    const ms = Number.isFinite(seconds)
      ? seconds * 1000
      : Date.parse(header) - Date.now();
    if (!Number.isNaN(ms)) return clamp(ms, cap);
  }
  const reset = Number(response.headers.get('x-ratelimit-reset'));
  if (reset > 0) return clamp(reset * 1000 - Date.now(), cap);
  return backoff(attempt, options);
}

function backoff(attempt: number, options: RetryOptions): number {
  const base = options.baseDelayMs ?? 500;
  return clamp(base * 2 ** (attempt - 1), options.maxDelayMs ?? 30_000);
}

function clamp(ms: number, cap: number): number {
  return Math.min(Math.max(0, ms), cap);
}

function networkReason(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: { code?: string } }).cause;
  return cause?.code ? `${error.message} (${cause.code})` : error.message;
}
