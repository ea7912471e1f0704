/**
 * A Sigstore instance's trusted_root.json, as configured or fetched
 * through TUF. When nothing is configured, keyless signing and
 * verification fetch the root from the public-good TUF repository,
 * trusted through the initial root embedded in @sigstore/tuf. Another
 * repository is picked with $SHIPSHAPE_TUF_MIRROR, and then
 * $SHIPSHAPE_TUF_ROOT must give that repository's initial root.json.
 *
 * TUF metadata goes to a fresh private folder under $RUNNER_TEMP or the
 * system's temporary folder, never into the project, and is removed with
 * the fetched root. The whole fetch gives up after 30 seconds.
 */
import { stat, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TrustedRoot } from '@sigstore/protobuf-specs';
import { UserError } from '../errors.ts';

/** The public-good Sigstore instance's TUF repository. */
export const publicGoodMirror = 'https://tuf-repo-cdn.sigstore.dev';

/** A trusted_root.json on disk and where it came from. */
export interface TrustedRootFile {
  /** Absolute path of the file. */
  path: string;
  /** For logs: the configured path, or the TUF mirror it came from. */
  origin: string;
  /** Deletes a fetched root and its TUF cache; a configured file stays. */
  remove(): Promise<void>;
}

/** Limits of one fetch; the defaults suit the public-good mirror. */
export interface TUFFetchOptions {
  /** The whole fetch gives up after this many milliseconds. Default: 30 s. */
  deadline?: number;
  /** Each request gives up after this many milliseconds. Default: 5 s. */
  requestTimeout?: number;
}

/** The TUF repository to ask. */
interface TUFRepository {
  mirrorURL: string;
  /** Initial root.json; undefined for the embedded public-good root. */
  rootPath?: string;
  /** The mirror as shown in messages (no credentials). */
  shown: string;
}

const targetName = 'trusted_root.json';
const defaultDeadline = 30_000;
const defaultRequestTimeout = 5_000;
// A refused connection fails each request in well under a second; a
// mirror that never answers is cut short by the deadline.
const retry = { retries: 2, factor: 2, minTimeout: 250, maxTimeout: 1_000 };

const metadataFailure =
  'the TUF metadata could not be fetched or did not verify';

// What each @sigstore/tuf error code means for the user.
const tufStepFailures: Record<string, string> = {
  TUF_REFRESH_METADATA_ERROR: metadataFailure,
  TUF_FIND_TARGET_ERROR: `the repository has no ${targetName} target`,
  TUF_DOWNLOAD_TARGET_ERROR: `${targetName} could not be downloaded or does not match its TUF metadata`,
  TUF_READ_TARGET_ERROR: `${targetName} could not be read from the TUF cache`,
};

/** Wraps a configured trusted_root.json (absolute path). */
export function configuredTrustedRoot(path: string): TrustedRootFile {
  return { path, origin: path, remove: () => Promise.resolve() };
}

/**
 * Fetches trusted_root.json through TUF (see the module comment). Throws
 * a UserError naming the mirror when the settings are incomplete, the
 * mirror cannot be reached in time, or its metadata does not verify.
 */
export async function fetchTrustedRoot(
  env: NodeJS.ProcessEnv,
  cwd: string,
  options: TUFFetchOptions = {},
): Promise<TrustedRootFile> {
  const repository = tufRepository(env, cwd);
  if (repository.rootPath) await requireRootFile(repository.rootPath);
  const dir = await privateFolder(env['RUNNER_TEMP'] || tmpdir());
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    const work = readTarget(repository, dir, options);
    const text = await withDeadline(work, options.deadline ?? defaultDeadline);
    parseTrustedRoot(text);
    const path = join(dir, targetName);
    await writeFile(path, text, { mode: 0o600 });
    return { path, origin: `TUF from ${repository.shown}`, remove };
  } catch (error: unknown) {
    await remove();
    throw fetchFailed(repository, error);
  }
}

function tufRepository(env: NodeJS.ProcessEnv, cwd: string): TUFRepository {
  const mirror = env['SHIPSHAPE_TUF_MIRROR'];
  const root = env['SHIPSHAPE_TUF_ROOT'];
  if (!mirror) {
    if (root) {
      throw new UserError(
        'TUF_MIRROR_REQUIRED',
        'SHIPSHAPE_TUF_ROOT is set without SHIPSHAPE_TUF_MIRROR: set both to use another TUF repository, or neither for the public-good one',
        { field: 'SHIPSHAPE_TUF_MIRROR' },
      );
    }
    return { mirrorURL: publicGoodMirror, shown: publicGoodMirror };
  }
  const url = parseMirror(mirror);
  const shown = `${url.origin}${url.pathname}`.replace(/\/$/, '');
  if (!root) {
    throw new UserError(
      'TUF_ROOT_REQUIRED',
      `SHIPSHAPE_TUF_MIRROR is set to ${shown}, but SHIPSHAPE_TUF_ROOT is not: give the path of that TUF repository's initial root.json in SHIPSHAPE_TUF_ROOT, or unset SHIPSHAPE_TUF_MIRROR for the public-good repository`,
      { field: 'SHIPSHAPE_TUF_ROOT' },
    );
  }
  return {
    mirrorURL: url.href.replace(/\/$/, ''),
    rootPath: resolve(cwd, root),
    shown,
  };
}

function parseMirror(mirror: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(mirror);
  } catch {
    url = undefined;
  }
  if (url && (url.protocol === 'https:' || url.protocol === 'http:'))
    return url;
  throw new UserError(
    'TUF_MIRROR_INVALID',
    `SHIPSHAPE_TUF_MIRROR is not an http or https URL: "${mirror.slice(0, 80)}"`,
    { field: 'SHIPSHAPE_TUF_MIRROR' },
  );
}

async function requireRootFile(path: string): Promise<void> {
  const info = await stat(path).catch(() => undefined);
  if (info?.isFile()) return;
  throw new UserError(
    'TUF_ROOT_MISSING',
    `SHIPSHAPE_TUF_ROOT names ${path}, which is not a readable file: give the TUF repository's initial root.json`,
    { file: path, field: 'SHIPSHAPE_TUF_ROOT' },
  );
}

async function privateFolder(parent: string): Promise<string> {
  try {
    // mkdtemp makes the folder readable by this user only.
    return await mkdtemp(join(parent, 'shipshape-tuf-'));
  } catch (error: unknown) {
    throw new UserError(
      'TUF_CACHE_UNWRITABLE',
      `cannot make a folder for the TUF metadata in ${parent}: ${errorText(error)}`,
      { file: parent },
    );
  }
}

async function readTarget(
  repository: TUFRepository,
  cachePath: string,
  options: TUFFetchOptions,
): Promise<string> {
  // Loaded on first use: only keyless runs without a trusted root need it.
  // A CommonJS module: its exports arrive as `default` both under Node's
  // loader and in the esbuild bundle (which offers no named exports).
  const { initTUF } = (await import('@sigstore/tuf')).default;
  const client = await initTUF({
    cachePath,
    mirrorURL: repository.mirrorURL,
    rootPath: repository.rootPath,
    timeout: options.requestTimeout ?? defaultRequestTimeout,
    retry,
  }).catch((error: unknown) => {
    // initTUF passes tuf-js's errors on bare; say which step failed.
    throw new Error(metadataFailure, { cause: error });
  });
  return client.getTarget(targetName);
}

async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`no answer within ${ms / 1000} s`));
    }, ms);
  });
  // The abandoned fetch ends on its own request timeout; its late
  // failure must not surface as an unhandled rejection.
  work.catch(() => undefined);
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

function parseTrustedRoot(text: string): void {
  try {
    TrustedRoot.fromJSON(JSON.parse(text));
  } catch (error: unknown) {
    throw new Error(
      `${targetName} is not a Sigstore trusted root (${errorText(error)})`,
      { cause: error },
    );
  }
}

function fetchFailed(repository: TUFRepository, error: unknown): UserError {
  if (error instanceof UserError) return error;
  const mirrorHint = repository.rootPath
    ? ', or check SHIPSHAPE_TUF_MIRROR and SHIPSHAPE_TUF_ROOT'
    : '';
  return new UserError(
    'TUF_FETCH_FAILED',
    `cannot get the Sigstore trusted root through TUF from ${repository.shown}: ${failureReason(error)}; set signing.keyless.trusted-root or SHIPSHAPE_TRUSTED_ROOT to the instance's trusted_root.json to do without TUF${mirrorHint}`,
    { field: 'signing.keyless.trusted-root' },
    { cause: error },
  );
}

function failureReason(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && depth < 6; depth += 1) {
    const code = errorCode(current);
    const step = code === undefined ? undefined : tufStepFailures[code];
    const text = step ?? errorText(current);
    if (text !== '' && !parts.includes(text)) parts.push(text);
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join(': ').slice(0, 400);
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error))
    return undefined;
  return typeof error.code === 'string' ? error.code : undefined;
}

function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const status =
    'statusCode' in error && typeof error.statusCode === 'number'
      ? ` (HTTP ${error.statusCode})`
      : '';
  return `${error.message}${status}`;
}
