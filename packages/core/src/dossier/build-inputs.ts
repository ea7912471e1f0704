/**
 * What a build was made from, for the dossier index: the commit, the
 * lockfile digests, the tool versions, and the runner and OS.
 */
import { execFile } from 'node:child_process';
import { arch, platform, release } from 'node:os';
import { relative } from 'node:path';
import { digestFile } from '../hashing/file-digest.ts';
import { resolveProjectPath } from '../paths/project-path.ts';
import type { ReleaseManifest } from '../manifest/release-manifest.ts';

/** The version of shipshape written into every dossier. */
export const shipshapeVersion = '0.1.0';

/** Build inputs as recorded in dossier.json. */
export interface BuildInputs {
  lockfiles: { path: string; sha256: string }[];
  tools: Record<string, string>;
  runner: Record<string, string>;
}

/** The commit: GITHUB_SHA, else `git rev-parse HEAD`, else "unknown". */
export async function findCommit(
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<string> {
  const fromEnv = env['GITHUB_SHA'];
  if (fromEnv && /^[0-9a-f]{40,64}$/.test(fromEnv)) return fromEnv;
  return new Promise((done) => {
    execFile(
      'git',
      ['rev-parse', 'HEAD'],
      { cwd, timeout: 5000, env: { PATH: env['PATH'] ?? '' } },
      (error, stdout) => {
        const text = stdout.trim();
        done(!error && /^[0-9a-f]{40,64}$/.test(text) ? text : 'unknown');
      },
    );
  });
}

/** Gathers build inputs; lockfiles that cannot be read are left out. */
export async function gatherBuildInputs(
  manifest: ReleaseManifest | undefined,
  manifestDir: string,
  env: NodeJS.ProcessEnv,
): Promise<BuildInputs> {
  const lockfiles: BuildInputs['lockfiles'] = [];
  const seen = new Set<string>();
  for (const artifact of manifest?.artifacts ?? []) {
    const lockfile = artifact.dependencies?.lockfile;
    if (!lockfile || seen.has(lockfile)) continue;
    seen.add(lockfile);
    const resolved = await resolveProjectPath(
      manifestDir,
      manifestDir,
      lockfile,
      false,
    );
    if (!resolved.ok) continue;
    lockfiles.push({
      path: relative(manifestDir, resolved.absolute).split('\\').join('/'),
      sha256: await digestFile(resolved.real),
    });
  }
  const runner: Record<string, string> = {
    os: platform(),
    arch: arch(),
    'os-release': release(),
  };
  for (const name of [
    'RUNNER_OS',
    'RUNNER_ARCH',
    'RUNNER_ENVIRONMENT',
    'ImageOS',
    'ImageVersion',
  ]) {
    const value = env[name];
    if (value) runner[name] = value.slice(0, 100);
  }
  return {
    lockfiles: lockfiles.sort((a, b) => (a.path < b.path ? -1 : 1)),
    tools: { shipshape: shipshapeVersion, node: process.version },
    runner,
  };
}
