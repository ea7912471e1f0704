/**
 * A TUF repository on 127.0.0.1 for keyless tests. @tufjs/repo-mock makes
 * and signs the metadata (its dist/repo.js is imported directly: the
 * package's index loads a nock major that clashes with @sigstore/mock's),
 * and a real HTTP server serves it laid out as tuf-repo-cdn.sigstore.dev
 * is: `<n>.root.json`, `timestamp.json`, `snapshot.json`, `targets.json`
 * and `targets/<name>`.
 */
import { createServer, type Server } from 'node:http';
import { writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { initializeTUFRepo } from '@tufjs/repo-mock/dist/repo.js';

export interface TUFMirror {
  url: string;
  /** The repository's initial root.json, for SHIPSHAPE_TUF_ROOT. */
  rootPath: string;
  /** SHIPSHAPE_TUF_MIRROR and SHIPSHAPE_TUF_ROOT for this repository. */
  env: Record<string, string>;
  /** Paths requested so far, in order. */
  requests: string[];
  /** Serves `content` at `path` from now on instead of the genuine file. */
  tamper(path: string, content: string): void;
  close(): Promise<void>;
}

/**
 * Starts a repository holding `targets` (name to content); its initial
 * root.json is written into `dir`.
 */
export async function startTUFMirror(
  targets: Record<string, string>,
  dir: string,
): Promise<TUFMirror> {
  const repo = initializeTUFRepo(
    Object.entries(targets).map(([name, content]) => ({ name, content })),
  );
  const rootText = JSON.stringify(repo.rootMeta.toJSON());
  const files = new Map<string, string>([
    ['/1.root.json', rootText],
    ['/timestamp.json', JSON.stringify(repo.timestampMeta.toJSON())],
    ['/snapshot.json', JSON.stringify(repo.snapshotMeta.toJSON())],
    ['/targets.json', JSON.stringify(repo.targetsMeta.toJSON())],
  ]);
  for (const [name, content] of Object.entries(targets))
    files.set(`/targets/${name}`, content);
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(path);
    const body = files.get(path);
    if (request.method !== 'GET' || body === undefined) {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const rootPath = join(dir, 'tuf-root.json');
  await writeFile(rootPath, rootText);
  return {
    url,
    rootPath,
    env: { SHIPSHAPE_TUF_MIRROR: url, SHIPSHAPE_TUF_ROOT: rootPath },
    requests,
    tamper(path, content) {
      files.set(path, content);
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => {
          done();
        });
      }),
  };
}

/** A URL on 127.0.0.1 where nothing listens: connections are refused. */
export async function refusingURL(): Promise<string> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((done) => {
    server.close(() => {
      done();
    });
  });
  return `http://127.0.0.1:${port}`;
}

/**
 * A server on 127.0.0.1 that accepts connections and never answers, to
 * show that a fetch gives up in time.
 */
export async function startSilentServer(): Promise<{
  url: string;
  close: () => Promise<void>;
}> {
  const server = createServer(() => {
    // Never answers.
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => {
          done();
        });
      }),
  };
}
