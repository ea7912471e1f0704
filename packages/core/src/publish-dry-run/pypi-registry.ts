/**
 * The PyPI probe. It validates the distribution's metadata as `twine check`
 * would, asks the JSON API (`/pypi/<name>/<version>/json`) whether the
 * version exists, and reads the API token's own caveats for its project
 * scope and expiry. PyPI has no endpoint that checks a token without an
 * upload, so "authenticated" is "not checked"; the token's claims stand in.
 * The registry url is the index's base (https://pypi.org, a test index).
 */
import { checkDistribution } from './pypi-metadata.ts';
import { ArchiveProblem } from './archive-reader.ts';
import {
  normalizeProjectName,
  PyPITokenProblem,
  readPyPIToken,
  type PyPITokenClaims,
} from './pypi-token.ts';
import {
  ProbeRecorder,
  recordStatus,
  versionExists,
  type ProbeResult,
  type ProbeTarget,
  type RegistryProbe,
} from './registry-probe.ts';

/** Probes a PyPI-compatible index. */
export class PyPIRegistryProbe implements RegistryProbe {
  readonly kind = 'pypi' as const;

  async probe(target: ProbeTarget): Promise<ProbeResult> {
    const recorder = new ProbeRecorder(target);
    const name = await checkPackage(target, recorder);
    checkToken(target, recorder, name);
    if (name) await checkVersion(target, recorder, name.name, name.version);
    else await checkReachable(target, recorder);
    return recorder.result();
  }
}

async function checkPackage(
  target: ProbeTarget,
  recorder: ProbeRecorder,
): Promise<{ name: string; version: string } | undefined> {
  let problems: string[];
  let metadata;
  try {
    const check = await checkDistribution(target.artifactPath);
    problems = check.problems;
    metadata = check.metadata;
    for (const warning of check.warnings)
      target.logger.warn(`${target.artifact.path}: ${warning}`);
  } catch (error: unknown) {
    if (!(error instanceof ArchiveProblem) && !(error instanceof Error))
      throw error;
    problems = [error.message];
  }
  if (problems.length === 0 && metadata) {
    recorder.set('packageValid', true, 'metadata passes the twine check rules');
    return { name: metadata.name, version: metadata.version };
  }
  recorder.set('packageValid', false, problems.join('; '));
  for (const problem of problems)
    recorder.find({
      code: 'PUBLISH_PACKAGE_INVALID',
      severity: 'error',
      message: `${target.artifact.path} would be refused by PyPI: ${problem}`,
      remediation:
        'Rebuild the distribution (python -m build) after fixing the project metadata, and run `twine check` on it.',
    });
  return undefined;
}

function checkToken(
  target: ProbeTarget,
  recorder: ProbeRecorder,
  distribution: { name: string } | undefined,
): void {
  const credential = target.credential;
  recorder.set(
    'authenticated',
    'not checked',
    'PyPI has no way to test a token without uploading',
  );
  if (!credential) {
    recorder.set('allowed', 'not checked', 'no token configured');
    return;
  }
  let claims: PyPITokenClaims;
  try {
    claims = readPyPIToken(credential.secret);
  } catch (error: unknown) {
    if (!(error instanceof PyPITokenProblem)) throw error;
    recorder.set('authenticated', false, error.message);
    recorder.find({
      code: 'PUBLISH_AUTH_FAILED',
      severity: 'error',
      message: `${credential.variable} does not hold a PyPI API token: ${error.message}`,
      remediation: `Put a PyPI API token (pypi-…) for ${target.registry.url} in ${credential.variable}, or use trusted publishing.`,
    });
    return;
  }
  checkExpiry(target, recorder, claims, credential.variable);
  checkScope(target, recorder, claims, credential.variable, distribution?.name);
}

function checkExpiry(
  target: ProbeTarget,
  recorder: ProbeRecorder,
  claims: PyPITokenClaims,
  variable: string,
): void {
  const now = target.now().getTime();
  const expired = claims.expiresAt && claims.expiresAt.getTime() <= now;
  const early = claims.notBefore && claims.notBefore.getTime() > now;
  if (!expired && !early) return;
  recorder.set(
    'authenticated',
    false,
    expired ? 'the token has expired' : 'the token is not valid yet',
  );
  recorder.find({
    code: 'PUBLISH_CREDENTIAL_EXPIRED',
    severity: 'error',
    message: `the PyPI token in ${variable} ${expired ? `expired at ${claims.expiresAt?.toISOString()}` : `is valid only from ${claims.notBefore?.toISOString()}`}`,
    remediation: `Create a new project-scoped PyPI token and store it in ${variable}.`,
  });
}

function checkScope(
  target: ProbeTarget,
  recorder: ProbeRecorder,
  claims: PyPITokenClaims,
  variable: string,
  project: string | undefined,
): void {
  if (claims.projects === undefined && claims.projectIds === undefined) {
    recorder.set(
      'allowed',
      'not checked',
      'a user-wide token: project ownership is not visible offline',
    );
    recorder.find({
      code: 'PUBLISH_TOKEN_TOO_BROAD',
      severity: 'warning',
      message: `the PyPI token in ${variable} may upload to every project of its user`,
      remediation: `Replace it with a token scoped to ${project ?? 'this project'} only, or use trusted publishing.`,
    });
    return;
  }
  if (claims.projects === undefined || !project) {
    recorder.set(
      'allowed',
      'not checked',
      'the token is scoped by project id, which cannot be matched offline',
    );
    return;
  }
  const wanted = normalizeProjectName(project);
  if (claims.projects.some((item) => normalizeProjectName(item) === wanted)) {
    recorder.set('allowed', true, `the token is scoped to ${project}`);
    return;
  }
  recorder.set(
    'allowed',
    false,
    `the token is scoped to ${claims.projects.join(', ')}`,
  );
  recorder.find({
    code: 'PUBLISH_TOKEN_SCOPE',
    severity: 'error',
    message: `the PyPI token in ${variable} may upload only to ${claims.projects.join(', ')}, not ${project}`,
    remediation: `Create a token scoped to ${project} and store it in ${variable}.`,
  });
}

async function checkReachable(
  target: ProbeTarget,
  recorder: ProbeRecorder,
): Promise<void> {
  try {
    const response = await target.http.send({
      method: 'HEAD',
      url: `${base(target)}/simple/`,
    });
    recorder.set('reachable', true, `the index answered ${response.status}`);
  } catch (error: unknown) {
    recorder.fault('reachable', error);
  }
}

async function checkVersion(
  target: ProbeTarget,
  recorder: ProbeRecorder,
  name: string,
  version: string,
): Promise<void> {
  const path = `/pypi/${encodeURIComponent(normalizeProjectName(name))}/${encodeURIComponent(version)}/json`;
  try {
    const response = await target.http.send({
      method: 'GET',
      url: `${base(target)}${path}`,
      accept: ['application/json'],
    });
    recorder.set('reachable', true, `the JSON API answered ${response.status}`);
    if (response.status === 404) {
      recorder.set(
        'versionFree',
        true,
        `${name} ${version} is not on the index`,
      );
      return;
    }
    if (!recordStatus(recorder, target, response, 'versionFree', `GET ${path}`))
      return;
    recorder.set('versionFree', false, `${name} ${version} is on the index`);
    recorder.find(versionExists(target, `${name} ${version}`));
  } catch (error: unknown) {
    recorder.fault('reachable', error);
  }
}

function base(target: ProbeTarget): string {
  return target.registry.url.replace(/\/+$/, '');
}
