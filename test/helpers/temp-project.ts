/**
 * Temporary copies of the example project, so tests can plant defects.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../..');
export const exampleDir = join(repoRoot, 'examples', 'acme-widgets');
export const fixturesDir = join(repoRoot, 'test', 'fixtures');

/** Makes an empty temporary folder; `cleanup` removes it. */
export async function tempDir(
  prefix = 'shipshape-test-',
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** Copies the example project into a temporary folder. */
export async function copyExample(): Promise<{
  dir: string;
  cleanup: () => Promise<void>;
}> {
  const temp = await tempDir('shipshape-example-');
  await cp(exampleDir, temp.dir, { recursive: true });
  return temp;
}
