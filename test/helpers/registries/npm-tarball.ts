/** Packs a tiny npm package tarball (package/ prefix, as `npm pack` does). */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create } from 'tar';

export async function writeNpmTarball(
  dir: string,
  name: string,
  version: string,
): Promise<string> {
  const src = await mkdtemp(join(tmpdir(), 'shipshape-pack-'));
  await mkdir(join(src, 'package'));
  await writeFile(
    join(src, 'package', 'package.json'),
    JSON.stringify({
      name,
      version,
      license: 'MIT',
      main: 'index.js',
      repository: { type: 'git', url: 'https://example.invalid/acme.git' },
    }),
  );
  await writeFile(
    join(src, 'package', 'index.js'),
    'export const answer = 42;\n',
  );
  const path = join(
    dir,
    `${name.replace('/', '-').replace('@', '')}-${version}.tgz`,
  );
  await create({ gzip: true, file: path, cwd: src, portable: true }, [
    'package',
  ]);
  await rm(src, { recursive: true, force: true });
  return path;
}

/** Really publishes a tarball (test setup only: "a taken version"). */
export async function npmPublish(
  registry: string,
  token: string,
  tarball: string,
): Promise<void> {
  const home = await mkdtemp(join(tmpdir(), 'shipshape-npmrc-'));
  const host = registry.replace(/^https?:/, '');
  await writeFile(
    join(home, 'npmrc'),
    `registry=${registry}/\n${host}/:_authToken=${token}\n`,
    { mode: 0o600 },
  );
  try {
    await new Promise<void>((done, fail) => {
      execFile(
        'npm',
        ['publish', `--registry=${registry}/`, tarball],
        {
          env: {
            PATH: process.env['PATH'] ?? '',
            HOME: home,
            npm_config_userconfig: join(home, 'npmrc'),
            npm_config_cache: join(home, 'cache'),
          },
        },
        (error) => {
          if (error) fail(new Error(`npm publish failed: ${error.message}`));
          else done();
        },
      );
    });
  } finally {
    await rm(home, { recursive: true, force: true });
  }
}
