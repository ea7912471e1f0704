// Bundles the CLI and every action entry into dist/ with esbuild. Entries
// share chunks, so each action loads only what it uses. `node
// scripts/build.mjs OUTDIR` builds elsewhere (check-dist compares).
import { build } from 'esbuild';
import { readdir, rm, mkdir, rename, writeFile } from 'node:fs/promises';
import { join, basename, resolve } from 'node:path';

import {
  generateValidators,
  target as validatorsFile,
} from './generate-validators.mjs';

const finalDir = process.argv[2] ?? 'dist';

// Refresh the precompiled schema validators first (only when not building
// into a scratch folder for check-dist, which must not touch the tree).
if (process.argv[2] === undefined) {
  await writeFile(validatorsFile, await generateValidators());
}
// Build beside the target and swap it in, so a test running a bundle never
// sees a half-written dist/.
const outdir = `${finalDir}.building-${process.pid}`;
const entryDir = 'packages/action/src/entries';

const entryPoints = { 'cli/index': 'packages/cli/src/bin.ts' };
for (const file of (await readdir(entryDir)).sort()) {
  if (file.endsWith('.ts')) {
    entryPoints[`${basename(file, '.ts')}/index`] = join(entryDir, file);
  }
}

// See scripts/build/actions-core-oidc-shim.mjs for why this is replaced.
const oidcShim = {
  name: 'actions-core-oidc-shim',
  setup(plugin) {
    plugin.onResolve({ filter: /^\.\/oidc-utils\.js$/ }, (args) =>
      args.importer.includes(join('node_modules', '@actions', 'core'))
        ? { path: resolve('scripts/build/actions-core-oidc-shim.mjs') }
        : undefined,
    );
  },
};

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
await build({
  entryPoints,
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  sourcemap: false,
  logLevel: 'warning',
  plugins: [oidcShim],
  // Optional peers of @cyclonedx/cyclonedx-library (XML and its own
  // validators), which shipshape does not use; the library loads them
  // inside try/catch, so leaving them unresolved is safe.
  external: ['libxmljs2', 'xmlbuilder2', 'ajv-formats-draft2019'],
  // @actions/* and some dependencies still call require() for built-ins.
  banner: {
    js: [
      "import { createRequire as __shipshapeCreateRequire } from 'node:module';",
      "import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';",
      'const require = __shipshapeCreateRequire(import.meta.url);',
      'const __filename = __shipshapeFileURLToPath(import.meta.url);',
      "const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));",
    ].join('\n'),
  },
});
await writeFile(join(outdir, 'package.json'), '{ "type": "module" }\n');
const previous = `${finalDir}.previous-${process.pid}`;
await rename(finalDir, previous).catch(() => undefined);
await rename(outdir, finalDir);
await rm(previous, { recursive: true, force: true });
