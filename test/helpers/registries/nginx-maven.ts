/**
 * Starts nginx as a Maven repository: WebDAV (PUT DELETE MKCOL, and
 * PROPFIND from dav-ext), reads open to all, basic auth on every other
 * method. Its pid file, logs and temp folders live in a temporary prefix.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import {
  chmod,
  mkdir,
  mkdtemp,
  readdir,
  rm,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitFor } from './free-port.ts';

export interface MavenRepository {
  url: string;
  root: string;
  files(): Promise<string[]>;
  stop(): Promise<void>;
}

const davExt = '/usr/lib/nginx/modules/ngx_http_dav_ext_module.so';

export async function startNginxMaven(
  users: Record<string, string>,
): Promise<MavenRepository> {
  const dir = await mkdtemp(join(tmpdir(), 'shipshape-maven-'));
  const root = join(dir, 'repo');
  await mkdir(join(root, 'releases'), { recursive: true });
  await mkdir(join(dir, 'logs'));
  const port = await freePort();
  const htpasswd = Object.entries(users)
    .map(([user, password]) =>
      execFileSync('htpasswd', ['-Bbn', user, password], {
        encoding: 'utf8',
      }).trim(),
    )
    .join('\n');
  await writeFile(join(dir, 'htpasswd'), `${htpasswd}\n`);
  // Run as root, nginx's workers drop to an unprivileged user: they must
  // be able to read the password file and write the repository.
  await chmod(dir, 0o755);
  await chmod(join(dir, 'htpasswd'), 0o644);
  await chmod(root, 0o777);
  await chmod(join(root, 'releases'), 0o777);
  const conf = [
    existsSync(davExt) ? `load_module ${davExt};` : '',
    'daemon off;',
    'worker_processes 1;',
    `pid ${join(dir, 'nginx.pid')};`,
    `error_log ${join(dir, 'logs', 'error.log')} error;`,
    'events { worker_connections 64; }',
    'http {',
    `  access_log off;`,
    `  client_body_temp_path ${join(dir, 'body')};`,
    `  proxy_temp_path ${join(dir, 'proxy')};`,
    `  fastcgi_temp_path ${join(dir, 'fastcgi')};`,
    `  uwsgi_temp_path ${join(dir, 'uwsgi')};`,
    `  scgi_temp_path ${join(dir, 'scgi')};`,
    `  server {`,
    `    listen 127.0.0.1:${port};`,
    `    root ${root};`,
    '    location / {',
    '      dav_methods PUT DELETE MKCOL;',
    existsSync(davExt) ? '      dav_ext_methods PROPFIND OPTIONS;' : '',
    '      create_full_put_path on;',
    '      limit_except GET HEAD {',
    '        auth_basic "maven";',
    `        auth_basic_user_file ${join(dir, 'htpasswd')};`,
    '      }',
    '    }',
    '  }',
    '}',
  ].join('\n');
  await writeFile(join(dir, 'nginx.conf'), conf);
  const child = spawn('nginx', ['-c', join(dir, 'nginx.conf'), '-p', dir], {
    stdio: 'ignore',
  });
  const url = `http://127.0.0.1:${port}/releases`;
  const stop = async () => {
    // SIGQUIT lets the master stop its workers; SIGKILL only if it hangs.
    const exited = new Promise<void>((done) => {
      if (child.exitCode !== null) done();
      else
        child.once('exit', () => {
          done();
        });
    });
    child.kill('SIGQUIT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
    await rm(dir, { recursive: true, force: true });
  };

  try {
    await waitFor(
      async () => (await fetch(`${url}/`, { method: 'HEAD' })).status < 500,
      'nginx',
    );
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    root,
    files: async () =>
      (await readdir(root, { recursive: true, withFileTypes: true }))
        .map((entry) => join(entry.parentPath, entry.name))
        .sort(),
    stop,
  };
}
