/**
 * The HTTP client against a local server with fault modes: every limit
 * (deadline, size, content type, retries, Retry-After cap) is shown to cut.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HttpClient,
  HttpFault,
  retryAfterSeconds,
  safeURL,
} from '@shipshape/core/net/http-client';
import {
  faultHandler,
  startStandIn,
  type StandIn,
} from '../../helpers/registries/stand-ins.ts';

let server: StandIn;
const state = { hits: {} as Record<string, number> };

beforeAll(async () => {
  server = await startStandIn(faultHandler(state));
});
afterAll(async () => {
  await server.stop();
});

async function fault(promise: Promise<unknown>): Promise<HttpFault> {
  try {
    await promise;
  } catch (error: unknown) {
    if (error instanceof HttpFault) return error;
    throw error;
  }
  throw new Error('expected an HttpFault');
}

describe('HttpClient', () => {
  it('fails fast on a 429 whose Retry-After is over the cap, saying when to retry', async () => {
    const client = new HttpClient({ maxRetryAfterSeconds: 5 });
    const started = Date.now();
    const error = await fault(
      client.send({ method: 'GET', url: `${server.url}/rate-limited-long/x` }),
    );
    expect(error.kind).toBe('rate-limited');
    expect(error.message).toMatch(/rate-limited; retry after 1934 s/);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('waits out a 429 whose Retry-After fits the cap, then succeeds', async () => {
    const client = new HttpClient({ maxRetryAfterSeconds: 5 });
    const started = Date.now();
    const response = await client.send({
      method: 'GET',
      url: `${server.url}/rate-limited-short/x`,
    });
    expect(response.status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('retries a 5xx on an idempotent request a bounded number of times', async () => {
    state.hits['server-error'] = 0;
    const client = new HttpClient({ retries: 2, retryDelayMs: 10 });
    const error = await fault(
      client.send({ method: 'GET', url: `${server.url}/server-error/x` }),
    );
    expect(error.kind).toBe('server-error');
    expect(state.hits['server-error']).toBe(3);
  });

  it('never retries a POST', async () => {
    state.hits['server-error'] = 0;
    const client = new HttpClient({ retries: 2, retryDelayMs: 10 });
    await fault(
      client.send({ method: 'POST', url: `${server.url}/server-error/x` }),
    );
    expect(state.hits['server-error']).toBe(1);
  });

  it('retries a connection reset, then reports the registry unreachable', async () => {
    state.hits['reset'] = 0;
    const client = new HttpClient({ retries: 1, retryDelayMs: 10 });
    const error = await fault(
      client.send({ method: 'GET', url: `${server.url}/reset/x` }),
    );
    expect(error.kind).toBe('unreachable');
    expect(state.hits['reset']).toBe(2);
  });

  it('cuts a slow-loris body at the request timeout', async () => {
    const client = new HttpClient({ requestTimeoutMs: 600, retries: 0 });
    const started = Date.now();
    const error = await fault(
      client.send({ method: 'GET', url: `${server.url}/slow-loris/x` }),
    );
    expect(error.kind).toBe('timeout');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('stops at the overall deadline however many retries remain', async () => {
    const client = new HttpClient({
      requestTimeoutMs: 400,
      deadlineMs: 900,
      retries: 10,
      retryDelayMs: 10,
    });
    const started = Date.now();
    await fault(
      client.send({ method: 'GET', url: `${server.url}/slow-loris/x` }),
    );
    await fault(
      client.send({ method: 'GET', url: `${server.url}/slow-loris/x` }),
    );
    await fault(
      client.send({ method: 'GET', url: `${server.url}/slow-loris/x` }),
    );
    expect(Date.now() - started).toBeLessThan(1500);
  });

  it('cuts a huge body at the size cap', async () => {
    const client = new HttpClient({ maxBodyBytes: 1024 * 1024 });
    const error = await fault(
      client.send({ method: 'GET', url: `${server.url}/huge/x` }),
    );
    expect(error.kind).toBe('too-large');
  });

  it('refuses an HTML page where JSON was expected', async () => {
    const client = new HttpClient();
    const error = await fault(
      client.send({
        method: 'GET',
        url: `${server.url}/html/x`,
        accept: ['application/json'],
      }),
    );
    expect(error.kind).toBe('content-type');
    expect(error.message).toContain('text/html');
  });

  it('never puts URL userinfo, query or header values in an error', async () => {
    const client = new HttpClient({ retries: 0 });
    const url =
      server.url.replace('http://', 'http://user:CANARY-pa55@') +
      '/server-error/x?token=CANARY-q';
    const error = await fault(
      client.send({
        method: 'GET',
        url,
        headers: { authorization: 'Bearer CANARY-header' },
      }),
    );
    expect(error.message).not.toMatch(/CANARY|user:/);
    expect(safeURL('https://a:b@host/p?x=1#f')).toBe('https://host/p');
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    expect(retryAfterSeconds('120')).toBe(120);
    expect(
      retryAfterSeconds(new Date(Date.now() + 30_000).toUTCString()),
    ).toBeGreaterThan(25);
    expect(retryAfterSeconds('soon')).toBeUndefined();
  });
});
