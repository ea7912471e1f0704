/**
 * Node's on-disk compile cache for the bundles. Every action step and CLI
 * call is a new process that compiles about a megabyte of bundled code; with
 * the cache, the second and later processes on the same machine (the next
 * steps of the same job) load V8's compiled code instead.
 *
 * The cache holds code that Node will run, so it is only used from a folder
 * this user owns and nobody else can write: a folder planted by another
 * user in a shared temporary directory is left alone and the process simply
 * compiles from source.
 */
import { lstatSync, mkdirSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What {@link enableCompileCacheSafely} decided, for tests and debugging. */
export type CompileCacheDecision =
  { enabled: true; directory: string } | { enabled: false; reason: string };

/**
 * Turns the compile cache on in `$RUNNER_TEMP` (wiped after each GitHub
 * Actions job) or the system temporary folder. Never throws: start-up must
 * not fail because a cache could not be used. `SHIPSHAPE_COMPILE_CACHE=0`
 * or Node's own `NODE_DISABLE_COMPILE_CACHE` turn it off.
 */
export function enableCompileCacheSafely(
  env: NodeJS.ProcessEnv = process.env,
): CompileCacheDecision {
  if (env['SHIPSHAPE_COMPILE_CACHE'] === '0')
    return { enabled: false, reason: 'SHIPSHAPE_COMPILE_CACHE=0' };
  if (env['NODE_DISABLE_COMPILE_CACHE'])
    return { enabled: false, reason: 'NODE_DISABLE_COMPILE_CACHE is set' };
  // Node 22.8 and later; the bundles also load on older Node (the CLI run
  // by hand), where there is simply no cache.
  const enable = (
    nodeModule as { enableCompileCache?: typeof nodeModule.enableCompileCache }
  ).enableCompileCache;
  if (typeof enable !== 'function')
    return { enabled: false, reason: 'this Node has no compile cache' };
  const uid = process.getuid?.();
  const base = env['RUNNER_TEMP'] || tmpdir();
  const directory = join(
    base,
    `shipshape-compile-cache-${uid === undefined ? 'user' : String(uid)}`,
  );
  try {
    mkdirSync(directory, { mode: 0o700 });
  } catch (error: unknown) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
      return { enabled: false, reason: `cannot create ${directory}` };
  }
  try {
    const stat = lstatSync(directory);
    if (!stat.isDirectory())
      return { enabled: false, reason: `${directory} is not a folder` };
    if (uid !== undefined && stat.uid !== uid)
      return { enabled: false, reason: `${directory} belongs to another user` };
    if ((stat.mode & 0o022) !== 0)
      return { enabled: false, reason: `others can write to ${directory}` };
    const result = enable(directory);
    return result.directory === undefined
      ? { enabled: false, reason: result.message ?? 'Node refused the cache' }
      : { enabled: true, directory: result.directory };
  } catch {
    return { enabled: false, reason: `cannot use ${directory}` };
  }
}
