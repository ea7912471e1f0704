// Fails when dist/ differs from a fresh build: a stale or extra bundle.
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

async function listFiles(root) {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(root, join(entry.parentPath, entry.name)))
    .sort();
}

const fresh = await mkdtemp(join(tmpdir(), 'shipshape-dist-'));
try {
  const result = spawnSync(process.execPath, ['scripts/build.mjs', fresh], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  const [want, have] = await Promise.all([
    listFiles(fresh),
    listFiles('dist').catch(() => []),
  ]);
  const problems = [];
  for (const file of want) {
    if (!have.includes(file)) problems.push(`missing: dist/${file}`);
    else if (
      !(await readFile(join(fresh, file))).equals(
        await readFile(join('dist', file)),
      )
    ) {
      problems.push(`stale: dist/${file}`);
    }
  }
  for (const file of have)
    if (!want.includes(file)) problems.push(`extra: dist/${file}`);
  if (problems.length > 0) {
    console.error(
      `dist/ is not a fresh build; run "npm run build" and commit dist/:\n  ${problems.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log(`dist/ is fresh (${want.length} files)`);
} finally {
  await rm(fresh, { recursive: true, force: true });
}
