/**
 * Starts Debian's `docker-registry` (distribution 2.8) on 127.0.0.1 with a
 * temporary config, filesystem storage and htpasswd (bcrypt) users.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitFor } from './free-port.ts';

export interface DockerRegistry {
  url: string;
  storage: string;
  /** Every file under the storage root (to prove nothing was written). */
  files(): Promise<string[]>;
  stop(): Promise<void>;
}

export async function startDockerRegistry(
  users: Record<string, string>,
): Promise<DockerRegistry> {
  const dir = await mkdtemp(join(tmpdir(), 'shipshape-oci-'));
  const storage = join(dir, 'storage');
  const port = await freePort();
  const htpasswd = Object.entries(users)
    .map(([user, password]) =>
      execFileSync('htpasswd', ['-Bbn', user, password], {
        encoding: 'utf8',
      }).trim(),
    )
    .join('\n');
  await writeFile(join(dir, 'htpasswd'), `${htpasswd}\n`);
  await writeFile(
    join(dir, 'config.yml'),
    [
      'version: 0.1',
      'log: {level: error}',
      `storage: {filesystem: {rootdirectory: ${storage}}, delete: {enabled: true}}`,
      `http: {addr: "127.0.0.1:${port}"}`,
      `auth: {htpasswd: {realm: shipshape-test, path: ${join(dir, 'htpasswd')}}}`,
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(
    'docker-registry',
    ['serve', join(dir, 'config.yml')],
    {
      stdio: 'ignore',
    },
  );
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    const exited = new Promise<void>((done) => {
      if (child.exitCode !== null) done();
      else
        child.once('exit', () => {
          done();
        });
    });
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitFor(
      async () => (await fetch(`${url}/v2/`)).status === 401,
      'docker-registry',
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    storage,
    files: async () =>
      (
        await readdir(storage, { recursive: true, withFileTypes: true }).catch(
          () => [],
        )
      )
        .filter((entry) => entry.isFile())
        .map((entry) => join(entry.parentPath, entry.name))
        .sort(),
    stop,
  };
}
