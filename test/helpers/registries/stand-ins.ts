/**
 * Small protocol-level stand-ins on 127.0.0.1 for what cannot run here:
 * PyPI's JSON API, a NuGet v3 feed, and a registry that misbehaves on
 * purpose (401, 403, 429, 5xx, slow-loris, HTML, huge bodies). Every
 * request is recorded so tests can prove nothing was uploaded.
 */
import {
  createServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';

export interface StandIn {
  url: string;
  requests: { method: string; url: string }[];
  stop(): Promise<void>;
}

type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/** Serves `handler` on a free port of 127.0.0.1. */
export async function startStandIn(handler: Handler): Promise<StandIn> {
  const requests: { method: string; url: string }[] = [];
  const server = createServer((request, response) => {
    requests.push({ method: request.method ?? '', url: request.url ?? '' });
    handler(request, response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    stop: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => {
          done();
        });
      }),
  };
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

/** PyPI's JSON API for the given published versions per project. */
export function pypiHandler(published: Record<string, string[]>): Handler {
  return (request, response) => {
    const match = /^\/pypi\/([^/]+)\/([^/]+)\/json$/.exec(request.url ?? '');
    const versions = match ? published[match[1] ?? ''] : undefined;
    if (match && versions?.includes(decodeURIComponent(match[2] ?? '')))
      json(response, 200, { info: { name: match[1], version: match[2] } });
    else json(response, 404, { message: 'Not Found' });
  };
}

/** A NuGet v3 feed: service index at /v3/index.json, flat container. */
export function nugetHandler(published: Record<string, string[]>): Handler {
  return (request, response) => {
    const host = `http://${request.headers.host ?? ''}`;
    if (request.url === '/v3/index.json') {
      json(response, 200, {
        version: '3.0.0',
        resources: [
          { '@id': `${host}/v3/flat/`, '@type': 'PackageBaseAddress/3.0.0' },
          { '@id': `${host}/api/v2/package`, '@type': 'PackagePublish/2.0.0' },
        ],
      });
      return;
    }
    const match = /^\/v3\/flat\/([^/]+)\/index\.json$/.exec(request.url ?? '');
    const versions = match ? published[match[1] ?? ''] : undefined;
    if (versions) json(response, 200, { versions });
    else json(response, 404, {});
  };
}

/** Fault modes, chosen by the first path segment. */
export function faultHandler(state: { hits: Record<string, number> }): Handler {
  return (request, response) => {
    const mode = (request.url ?? '').split('/')[1] ?? '';
    state.hits[mode] = (state.hits[mode] ?? 0) + 1;
    switch (mode) {
      case 'unauthorized':
        json(response, 401, { error: 'bad token' });
        return;
      case 'forbidden':
        json(response, 403, { error: 'forbidden' });
        return;
      case 'rate-limited-long':
        response.writeHead(429, {
          'retry-after': '1934',
          'content-type': 'text/html',
        });
        response.end('<html>slow down</html>');
        return;
      case 'rate-limited-short':
        if ((state.hits[mode] ?? 0) === 1) {
          response.writeHead(429, { 'retry-after': '1' });
          response.end();
        } else json(response, 200, { ok: true });
        return;
      case 'server-error':
        json(response, 503, { error: 'down' });
        return;
      case 'reset':
        request.socket.destroy();
        return;
      case 'slow-loris':
        response.writeHead(200, { 'content-type': 'application/json' });
        {
          const timer = setInterval(() => {
            if (response.destroyed) clearInterval(timer);
            else response.write(' ');
          }, 200);
          response.on('close', () => {
            clearInterval(timer);
          });
        }
        return;
      case 'html':
        response.writeHead(200, { 'content-type': 'text/html' });
        response.end('<html>login page</html>');
        return;
      case 'huge':
        response.writeHead(200, { 'content-type': 'application/json' });
        {
          const chunk = Buffer.alloc(64 * 1024, 32);
          const pump = () => {
            while (!response.destroyed && response.write(chunk));
            if (!response.destroyed) response.once('drain', pump);
          };
          pump();
        }
        return;
      default:
        json(response, 200, { ok: true });
    }
  };
}
