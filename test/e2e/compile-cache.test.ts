/**
 * The bundles turn on Node's compile cache in a private folder under
 * $RUNNER_TEMP, and refuse a folder that someone else could have filled
 * with code.
 */
import { chmod, mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCLI } from '../helpers/run-bundle.ts';
import { tempDir } from '../helpers/temp-project.ts';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const folderName = `shipshape-compile-cache-${String(process.getuid?.() ?? 'user')}`;

async function runnerTemp(): Promise<string> {
  const temp = await tempDir('shipshape-cache-');
  cleanups.push(temp.cleanup);
  return temp.dir;
}

async function version(
  temp: string,
  env: Record<string, string> = {},
): Promise<void> {
  const result = await runCLI(['--version'], {
    cwd: temp,
    env: { RUNNER_TEMP: temp, ...env },
  });
  expect(result.exitCode, result.stderr).toBe(0);
  expect(result.stdout).toMatch(/^\d+\.\d+\.\d+/);
}

describe('compile cache', () => {
  it('fills a folder only this user can open', async () => {
    const temp = await runnerTemp();
    await version(temp);
    const folder = join(temp, folderName);
    const info = await stat(folder);
    expect(info.mode & 0o777).toBe(0o700);
    expect((await readdir(folder, { recursive: true })).length).toBeGreaterThan(
      0,
    );
    // A second start reads what the first wrote and still works.
    await version(temp);
  });

  it('leaves a folder others can write alone', async () => {
    const temp = await runnerTemp();
    const folder = join(temp, folderName);
    await mkdir(folder);
    await chmod(folder, 0o777);
    await version(temp);
    expect(await readdir(folder)).toEqual([]);
  });

  it('starts without a cache when the name is taken by a file', async () => {
    const temp = await runnerTemp();
    await writeFile(join(temp, folderName), 'not a folder');
    await version(temp);
  });

  it('is off with SHIPSHAPE_COMPILE_CACHE=0', async () => {
    const temp = await runnerTemp();
    await version(temp, { SHIPSHAPE_COMPILE_CACHE: '0' });
    await expect(stat(join(temp, folderName))).rejects.toThrow(/ENOENT/);
  });
});
