/**
 * Starts a throwaway verdaccio 6.8.0 on 127.0.0.1 with its own temporary
 * config and storage, creates a user and returns that user's token. Used by
 * the demo (`npm start`), the publish-dry-run tests and the benchmark.
 *
 *   const registry = await startVerdaccio({ user: 'demo', password: 'pw' });
 *   registry.url    // http://127.0.0.1:PORT
 *   registry.token  // the user's bearer token
 *   await registry.stop();  // closes the server and removes its folder
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);

/**
 * @param {{user?: string, password?: string, packages?: Record<string, {access: string, publish: string}>}} [options]
 * @returns {Promise<{url: string, port: number, token: string, user: string, password: string, storage: string, stop: () => Promise<void>}>}
 */
export async function startVerdaccio(options = {}) {
  const user = options.user ?? 'release-bot';
  const password = options.password ?? 'verdaccio-demo-password';
  const dir = await mkdtemp(join(tmpdir(), 'shipshape-verdaccio-'));
  const storage = join(dir, 'storage');
  const packages = options.packages ?? {
    '**': { access: '$all', publish: '$authenticated' },
  };
  const config = {
    self_path: join(dir, 'config.yaml'),
    storage,
    auth: { htpasswd: { file: join(dir, 'htpasswd'), max_users: 1000 } },
    uplinks: {},
    packages,
    log: { type: 'stdout', format: 'pretty', level: 'fatal' },
    server: { keepAliveTimeout: 1 },
  };
  await writeFile(config.self_path, JSON.stringify(config));
  const { runServer } = require('verdaccio');
  const app = await runServer(config);
  const server = await new Promise((resolve, reject) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
    listening.on('error', reject);
  });
  const port = server.address().port;
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    server.closeAllConnections?.();
    await new Promise((resolve) => server.close(() => resolve()));
    await rm(dir, { recursive: true, force: true });
  };
  try {
    const token = await addUser(url, user, password);
    return { url, port, token, user, password, storage, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Creates a user through the CouchDB-style login endpoint; returns its token. */
export async function addUser(url, user, password) {
  const response = await fetch(
    `${url}/-/user/org.couchdb.user:${encodeURIComponent(user)}`,
    {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: user, password, type: 'user', roles: [] }),
    },
  );
  const body = await response.json();
  if (!response.ok || typeof body.token !== 'string') {
    throw new Error(
      `verdaccio refused to create user ${user}: ${response.status}`,
    );
  }
  return body.token;
}
