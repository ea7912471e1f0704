/**
 * The npm probe. It reads name and version from the packed tarball, asks
 * the registry who the token belongs to (`/-/whoami`), whether the version
 * is in the packument, what the registry says about the account's
 * two-factor mode and the package's collaborators where it exposes them,
 * and runs `npm publish --dry-run` on the tarball with a throwaway
 * userconfig (never the user's ~/.npmrc, and no token: the dry run needs
 * none). In GitHub Actions it also checks readiness for provenance.
 */
import { ArchiveProblem, readTarEntry } from './archive-reader.ts';
import { invalid, runDryRun } from './npm-cli-dry-run.ts';
import {
  authorizationHeader,
  jsonBody,
  ProbeRecorder,
  recordStatus,
  versionExists,
  type ProbeResult,
  type ProbeTarget,
  type RegistryProbe,
} from './registry-probe.ts';
import { isRecord } from '../input/json-document.ts';

interface PackageIdentity {
  name: string;
  version: string;
  repository: boolean;
}

/** Probes an npm registry (npmjs.org, verdaccio, GitHub Packages, …). */
export class NpmRegistryProbe implements RegistryProbe {
  readonly kind = 'npm' as const;

  async probe(target: ProbeTarget): Promise<ProbeResult> {
    const recorder = new ProbeRecorder(target);
    const identity = await readIdentity(target, recorder);
    const base = target.registry.url.replace(/\/+$/, '');
    if (!(await checkReachable(target, recorder, base)))
      return recorder.result();
    const user = await checkWhoami(target, recorder, base);
    if (identity) {
      await checkPackument(target, recorder, base, identity);
      if (user) await checkAccess(target, recorder, base, identity, user);
      await runDryRun(target, recorder, base);
      checkProvenance(target, recorder, identity);
    }
    if (user) await checkTwoFactor(target, recorder, base);
    return recorder.result();
  }
}

async function readIdentity(
  target: ProbeTarget,
  recorder: ProbeRecorder,
): Promise<PackageIdentity | undefined> {
  try {
    const entry = await readTarEntry(
      target.artifactPath,
      (path) => path === 'package/package.json',
    );
    const data: unknown = entry ? JSON.parse(entry.text) : undefined;
    if (
      isRecord(data) &&
      typeof data['name'] === 'string' &&
      typeof data['version'] === 'string'
    ) {
      return {
        name: data['name'],
        version: data['version'],
        repository: data['repository'] !== undefined,
      };
    }
    invalid(
      target,
      recorder,
      'package/package.json with a name and version is missing',
    );
  } catch (error: unknown) {
    const detail =
      error instanceof ArchiveProblem || error instanceof SyntaxError
        ? error.message
        : String(error);
    invalid(target, recorder, detail);
  }
  return undefined;
}

async function checkReachable(
  target: ProbeTarget,
  recorder: ProbeRecorder,
  base: string,
): Promise<boolean> {
  try {
    await target.http.send({ method: 'GET', url: `${base}/-/ping` });
    recorder.set('reachable', true, 'GET /-/ping answered');
    return true;
  } catch (error: unknown) {
    recorder.fault('reachable', error);
    return false;
  }
}

async function checkWhoami(
  target: ProbeTarget,
  recorder: ProbeRecorder,
  base: string,
): Promise<string | undefined> {
  if (!target.credential) return undefined;
  try {
    const response = await target.http.send({
      method: 'GET',
      url: `${base}/-/whoami`,
      headers: authorizationHeader(target.credential, 'Bearer'),
      accept: ['application/json'],
    });
    if (
      !recordStatus(
        recorder,
        target,
        response,
        'authenticated',
        'GET /-/whoami',
      )
    )
      return undefined;
    const body = jsonBody(response);
    const user = isRecord(body) ? body['username'] : undefined;
    if (typeof user === 'string' && user.length > 0) {
      recorder.set('authenticated', true, `token belongs to ${user}`);
      checkIdentity(target, recorder, user);
      return user;
    }
    recorder.set(
      'authenticated',
      false,
      '/-/whoami named no user for the token',
    );
    recorder.find({
      code: 'PUBLISH_AUTH_FAILED',
      severity: 'error',
      message: `registry "${target.registryName}" does not recognise the token (/-/whoami named no user)`,
      remediation: `Replace the token in ${target.credential.variable} with a valid publish token for ${target.registry.url}.`,
    });
  } catch (error: unknown) {
    recorder.fault('authenticated', error);
  }
  return undefined;
}

function checkIdentity(
  target: ProbeTarget,
  recorder: ProbeRecorder,
  user: string,
): void {
  const expected = target.registry['expected-identity'];
  if (expected === undefined || expected === user) return;
  recorder.set(
    'authenticated',
    false,
    `token belongs to ${user}, not ${expected}`,
  );
  recorder.find({
    code: 'PUBLISH_IDENTITY_MISMATCH',
    severity: 'error',
    message: `the token in ${target.credential?.variable ?? 'the credential'} belongs to "${user}", not the expected-identity "${expected}" of registry "${target.registryName}"`,
    remediation: `Store a token of ${expected} in ${target.credential?.variable ?? 'the credential variable'}, or correct registries.${target.registryName}.expected-identity.`,
  });
}

async function checkPackument(
  target: ProbeTarget,
  recorder: ProbeRecorder,
  base: string,
  identity: PackageIdentity,
): Promise<void> {
  try {
    const response = await target.http.send({
      method: 'GET',
      url: `${base}/${identity.name.replace('/', '%2f')}`,
      headers: {
        ...authorizationHeader(target.credential, 'Bearer'),
        accept: 'application/vnd.npm.install-v1+json; q=1.0, application/json',
      },
      accept: ['application/json', 'application/vnd.npm.install-v1+json'],
    });
    if (response.status === 404) {
      recorder.set(
        'versionFree',
        true,
        `${identity.name} is not published yet`,
      );
      return;
    }
    if (
      !recordStatus(recorder, target, response, 'versionFree', 'GET packument')
    )
      return;
    const body = jsonBody(response);
    const versions =
      isRecord(body) && isRecord(body['versions']) ? body['versions'] : {};
    if (Object.hasOwn(versions, identity.version)) {
      recorder.set(
        'versionFree',
        false,
        `${identity.version} is in the packument`,
      );
      recorder.find(
        versionExists(target, `${identity.name}@${identity.version}`),
      );
    } else {
      recorder.set(
        'versionFree',
        true,
        `${identity.version} is not in the packument`,
      );
    }
  } catch (error: unknown) {
    recorder.fault('versionFree', error);
  }
}

// npmjs.org lists a package's collaborators; verdaccio and most private
// registries do not, and then "allowed" stays "not checked".
async function checkAccess(
  target: ProbeTarget,
  recorder: ProbeRecorder,
  base: string,
  identity: PackageIdentity,
  user: string,
): Promise<void> {
  const name = identity.name.replace('/', '%2f');
  try {
    const response = await target.http.send({
      method: 'GET',
      url: `${base}/-/package/${name}/collaborators?format=cli`,
      headers: authorizationHeader(target.credential, 'Bearer'),
    });
    const body = jsonBody(response);
    if (response.status === 200 && isRecord(body)) {
      const right = body[user];
      const allowed = right === 'read-write' || right === 'write';
      recorder.set(
        'allowed',
        allowed,
        `${user} has ${typeof right === 'string' ? right : 'no'} access to ${identity.name}`,
      );
      if (!allowed)
        recorder.find({
          code: 'PUBLISH_PERMISSION_DENIED',
          severity: 'error',
          message: `${user} cannot publish ${identity.name} to registry "${target.registryName}"`,
          remediation: `Add ${user} (the owner of ${target.credential?.variable ?? 'the token'}) as a read-write maintainer of ${identity.name}.`,
        });
      return;
    }
    recorder.set(
      'allowed',
      'not checked',
      `the registry exposes no collaborators for ${identity.name} (${response.status})`,
    );
  } catch {
    recorder.set(
      'allowed',
      'not checked',
      'the registry exposes no access API',
    );
  }
}

// npmjs.org reports the account's two-factor mode; "auth-and-writes"
// means every publish asks for a one-time password, which CI cannot give
// unless the token is an automation or granular token that bypasses it.
async function checkTwoFactor(
  target: ProbeTarget,
  recorder: ProbeRecorder,
  base: string,
): Promise<void> {
  try {
    const response = await target.http.send({
      method: 'GET',
      url: `${base}/-/npm/v1/user`,
      headers: authorizationHeader(target.credential, 'Bearer'),
    });
    const body = jsonBody(response);
    const tfa =
      isRecord(body) && isRecord(body['tfa']) ? body['tfa'] : undefined;
    if (
      response.status === 200 &&
      tfa?.['mode'] === 'auth-and-writes' &&
      tfa['pending'] !== true
    ) {
      recorder.find({
        code: 'PUBLISH_OTP_REQUIRED',
        severity: 'error',
        message: `the account behind ${target.credential?.variable ?? 'the token'} requires a one-time password for every publish to registry "${target.registryName}"`,
        remediation:
          'Use an automation or granular access token with "bypass 2FA", or set up trusted publishing for this package.',
      });
    }
  } catch {
    // No two-factor API: nothing to report, the publish check stands.
  }
}

function checkProvenance(
  target: ProbeTarget,
  recorder: ProbeRecorder,
  identity: PackageIdentity,
): void {
  if (target.readEnv('GITHUB_ACTIONS') !== 'true') return;
  const problems: string[] = [];
  if (!target.readEnv('ACTIONS_ID_TOKEN_REQUEST_URL'))
    problems.push(
      'the job cannot request an OIDC token (grant `permissions: id-token: write`)',
    );
  if (!identity.repository)
    problems.push(
      'package.json has no "repository" field, which provenance must match',
    );
  for (const problem of problems)
    recorder.find({
      code: 'PUBLISH_PROVENANCE_NOT_READY',
      severity: 'warning',
      message: `${identity.name} is not ready for trusted publishing with provenance: ${problem}`,
      remediation:
        'Give the publish job `permissions: id-token: write`, set package.json "repository" to this GitHub repository, and register the workflow as a trusted publisher on the registry.',
    });
}
