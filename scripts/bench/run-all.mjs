// Runs every benchmark in scripts/bench/ (except this file), one after
// another so they do not compete for the two cores. Exits non-zero when
// any benchmark fails.
import { spawnSync } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';

const dir = import.meta.dirname;
const self = basename(import.meta.filename);
const scripts = (await readdir(dir))
  .filter((name) => name.endsWith('.mjs') && name !== self)
  .sort();

let failed = 0;
for (const script of scripts) {
  console.log(`\n== ${script}`);
  const result = spawnSync(process.execPath, [join(dir, script)], {
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    failed += 1;
    console.log(
      `${script} failed with exit code ${result.status ?? result.signal}`,
    );
  }
}
console.log(
  `\n${scripts.length - failed} of ${scripts.length} benchmarks finished`,
);
process.exitCode = failed === 0 ? 0 : 1;
