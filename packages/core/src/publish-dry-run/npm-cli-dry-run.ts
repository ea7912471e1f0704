/**
 * `npm publish --dry-run` on the packed tarball, run with a throwaway
 * userconfig, global config and cache in the probe's temporary folder:
 * never the user's ~/.npmrc, and no token (the dry run needs none). npm
 * validates the package and refuses a version already published.
 */
import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  versionExists,
  type ProbeRecorder,
  type ProbeTarget,
} from './registry-probe.ts';

/** Records an npm package that would be refused. */
export function invalid(
  target: ProbeTarget,
  recorder: ProbeRecorder,
  detail: string,
): void {
  recorder.set('packageValid', false, detail);
  recorder.find({
    code: 'PUBLISH_PACKAGE_INVALID',
    severity: 'error',
    message: `${target.artifact.path} is not a publishable npm package: ${detail}`,
    remediation:
      'Re-create the tarball with `npm pack` and fix what npm reports.',
  });
}

/** Runs the npm CLI's dry run and records package validity. */
export async function runDryRun(
  target: ProbeTarget,
  recorder: ProbeRecorder,
  base: string,
): Promise<void> {
  const userconfig = join(target.tempDir, 'npmrc');
  await writeFile(userconfig, `registry=${base}/\n`, { mode: 0o600 });
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'] ?? '',
    HOME: target.tempDir,
    npm_config_userconfig: userconfig,
    npm_config_globalconfig: join(target.tempDir, 'global-npmrc'),
    npm_config_cache: join(target.tempDir, 'cache'),
    npm_config_update_notifier: 'false',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
  };
  const args = [
    'publish',
    '--dry-run',
    '--json',
    `--registry=${base}/`,
    '--ignore-scripts',
    target.artifactPath,
  ];
  const timeout = Math.max(1000, Math.min(60_000, target.http.remainingMs()));
  const outcome = await new Promise<{
    code: number;
    output: string;
    missing?: boolean;
  }>((done) => {
    execFile(
      'npm',
      args,
      { env, cwd: target.tempDir, timeout, maxBuffer: 4 << 20 },
      (error, stdout, stderr) => {
        if (error?.code === 'ENOENT') {
          done({ code: 127, output: '', missing: true });
          return;
        }
        const code = error
          ? typeof error.code === 'number'
            ? error.code
            : 1
          : 0;
        done({ code, output: `${stdout}\n${stderr}` });
      },
    );
  });
  if (outcome.missing) {
    recorder.set(
      'packageValid',
      'not checked',
      'npm is not on PATH, so `npm publish --dry-run` could not run',
    );
    return;
  }
  if (outcome.code === 0) {
    recorder.set(
      'packageValid',
      true,
      'npm publish --dry-run accepted the tarball',
    );
    return;
  }
  if (
    /previously published|cannot publish over|EPUBLISHCONFLICT/i.test(
      outcome.output,
    )
  ) {
    recorder.set(
      'packageValid',
      true,
      'npm publish --dry-run refused only because the version exists',
    );
    if (recorder.checks.versionFree.value !== false) {
      recorder.set(
        'versionFree',
        false,
        'npm publish --dry-run: version exists',
      );
      recorder.find(versionExists(target, target.artifact.name));
    }
    return;
  }
  const line =
    /npm error (?!code)(.+)/.exec(outcome.output)?.[1] ??
    `npm exited ${outcome.code}`;
  invalid(target, recorder, `npm publish --dry-run: ${line.slice(0, 300)}`);
}
