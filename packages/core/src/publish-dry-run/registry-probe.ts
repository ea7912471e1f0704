/**
 * The contract between the publish-dry-run stage and one registry kind: a
 * `RegistryProbe` answers, without publishing anything, whether a publish
 * of one artifact to one registry would succeed. Each answer is true, false
 * or "not checked", always with a reason.
 */
import type { Artifact } from '../manifest/release-manifest.ts';
import type { Logger } from '../logger.ts';
import {
  HttpFault,
  type HttpClient,
  type HttpResponse,
} from '../net/http-client.ts';

/** One cell of the table: a yes, a no, or a question the registry cannot answer. */
export type CheckValue = true | false | 'not checked';

/** A cell with the reason behind it. */
export interface Check {
  value: CheckValue;
  reason: string;
}

/** The five questions asked of every (artifact, target) pair. */
export const checkNames = [
  'reachable',
  'authenticated',
  'allowed',
  'versionFree',
  'packageValid',
] as const;

export type CheckName = (typeof checkNames)[number];

/** Stable codes of the findings this stage reports. */
export type PublishFindingCode =
  | 'PUBLISH_AUTH_FAILED'
  | 'PUBLISH_PERMISSION_DENIED'
  | 'PUBLISH_VERSION_EXISTS'
  | 'PUBLISH_REGISTRY_UNREACHABLE'
  | 'PUBLISH_RATE_LIMITED'
  | 'PUBLISH_SERVER_ERROR'
  | 'PUBLISH_PACKAGE_INVALID'
  | 'PUBLISH_OTP_REQUIRED'
  | 'PUBLISH_CREDENTIAL_MISSING'
  | 'PUBLISH_CREDENTIAL_SHARED'
  | 'PUBLISH_CREDENTIAL_EXPIRED'
  | 'PUBLISH_TOKEN_TOO_BROAD'
  | 'PUBLISH_TOKEN_SCOPE'
  | 'PUBLISH_IDENTITY_MISMATCH'
  | 'PUBLISH_UNEXPECTED_ANSWER'
  | 'PUBLISH_PROVENANCE_NOT_READY'
  | 'PUBLISH_TARGET_UNKNOWN'
  | 'PUBLISH_NO_TARGETS';

/** A problem a probe found; the stage adds location and owner. */
export interface ProbeFinding {
  code: PublishFindingCode;
  severity: 'error' | 'warning' | 'note';
  message: string;
  remediation: string;
}

/** A registry as configured in policy.yaml `registries`. */
export interface RegistryConfig {
  kind: 'npm' | 'pypi' | 'maven' | 'nuget' | 'container';
  url: string;
  environment: string;
  credentials?: string;
  user?: string;
  /** The user the credential should belong to (checked where the registry tells). */
  'expected-identity'?: string;
}

/** A credential read from its environment variable (already masked). */
export interface Credential {
  /** The variable it came from, for messages. */
  variable: string;
  user?: string;
  secret: string;
}

/** Everything a probe gets for one (artifact, target) pair. */
export interface ProbeTarget {
  artifact: Artifact;
  /** Absolute path of the artifact file or folder. */
  artifactPath: string;
  /** release.version from the manifest. */
  releaseVersion: string;
  registryName: string;
  registry: RegistryConfig;
  credential?: Credential;
  http: HttpClient;
  logger: Logger;
  /** A private temporary folder, removed after the probe. */
  tempDir: string;
  /** Reads an environment variable the stage allows probes to see. */
  readEnv(name: string): string | undefined;
  /** Real time, for token expiry. */
  now(): Date;
}

/** A probe's answer for one (artifact, target) pair. */
export interface ProbeResult {
  checks: Record<CheckName, Check>;
  findings: ProbeFinding[];
}

/** Probes one kind of registry. */
export interface RegistryProbe {
  readonly kind: RegistryConfig['kind'];
  probe(target: ProbeTarget): Promise<ProbeResult>;
}

/** Collects checks and findings while a probe runs. */
export class ProbeRecorder {
  readonly checks: Record<CheckName, Check>;
  readonly findings: ProbeFinding[] = [];
  readonly #target: ProbeTarget;

  constructor(target: ProbeTarget) {
    this.#target = target;
    const unchecked = (): Check => ({
      value: 'not checked',
      reason: 'not reached: an earlier check failed',
    });
    this.checks = {
      reachable: unchecked(),
      authenticated: unchecked(),
      allowed: unchecked(),
      versionFree: unchecked(),
      packageValid: unchecked(),
    };
  }

  /** Sets one cell. */
  set(name: CheckName, value: CheckValue, reason: string): void {
    this.checks[name] = { value, reason };
  }

  /** Adds a finding. */
  find(finding: ProbeFinding): void {
    this.findings.push(finding);
  }

  /** Records an HTTP fault as the cell it breaks and its finding. */
  fault(name: CheckName, error: unknown): void {
    if (!(error instanceof HttpFault)) throw error;
    const { code, remediation } = faultAdvice(error, this.#target);
    this.set(name, false, error.message);
    if (name !== 'reachable' && error.kind === 'unreachable')
      this.set('reachable', false, error.message);
    this.find({ code, severity: 'error', message: error.message, remediation });
  }

  /** The result so far. */
  result(): ProbeResult {
    return { checks: this.checks, findings: this.findings };
  }
}

function faultAdvice(
  error: HttpFault,
  target: ProbeTarget,
): { code: PublishFindingCode; remediation: string } {
  const where = `registry "${target.registryName}" (${target.registry.url})`;
  switch (error.kind) {
    case 'unreachable':
    case 'timeout':
    case 'bad-url':
      return {
        code: 'PUBLISH_REGISTRY_UNREACHABLE',
        remediation: `Check the url of ${where} in policy.yaml, the network path from this runner, and that the registry is up.`,
      };
    case 'rate-limited':
      return {
        code: 'PUBLISH_RATE_LIMITED',
        remediation: `Re-run the dry run after the time the registry asks for, or ask the operator of ${where} for a higher rate limit.`,
      };
    case 'server-error':
    case 'too-large':
    case 'content-type':
      return {
        code:
          error.kind === 'server-error'
            ? 'PUBLISH_SERVER_ERROR'
            : 'PUBLISH_UNEXPECTED_ANSWER',
        remediation: `The registry misbehaved; check the status of ${where} and that its url points at the registry's API, not a web page or proxy.`,
      };
  }
}

/** The finding for a 401 from a registry. */
export function authFailed(target: ProbeTarget, detail: string): ProbeFinding {
  const variable = target.registry.credentials ?? '(none configured)';
  return {
    code: 'PUBLISH_AUTH_FAILED',
    severity: 'error',
    message: `registry "${target.registryName}" rejected the credential: ${detail}`,
    remediation: `Replace the secret in ${variable} with a valid, unexpired ${target.registry.kind} publish credential for ${target.registry.url}.`,
  };
}

/** The finding for a 403 from a registry. */
export function permissionDenied(
  target: ProbeTarget,
  detail: string,
): ProbeFinding {
  const variable = target.registry.credentials ?? '(none configured)';
  return {
    code: 'PUBLISH_PERMISSION_DENIED',
    severity: 'error',
    message: `registry "${target.registryName}" refused publishing: ${detail}`,
    remediation: `Grant the identity behind ${variable} publish (write/push) rights on this package in ${target.registry.url}.`,
  };
}

/** The finding for a version that is already in the registry. */
export function versionExists(target: ProbeTarget, what: string): ProbeFinding {
  return {
    code: 'PUBLISH_VERSION_EXISTS',
    severity: 'error',
    message: `${what} is already in registry "${target.registryName}"; published versions are immutable`,
    remediation:
      'Bump release.version (and the artifact) to a version not yet published.',
  };
}

/** Records the usual reading of a status code on `name`; true when 2xx. */
export function recordStatus(
  recorder: ProbeRecorder,
  target: ProbeTarget,
  response: HttpResponse,
  name: CheckName,
  what: string,
): boolean {
  if (response.status === 401) {
    recorder.set('authenticated', false, `${what}: 401`);
    recorder.find(authFailed(target, `${what} answered 401`));
    return false;
  }
  if (response.status === 403) {
    recorder.set('allowed', false, `${what}: 403`);
    recorder.find(permissionDenied(target, `${what} answered 403`));
    return false;
  }
  if (response.status >= 200 && response.status < 300) return true;
  recorder.set(name, false, `${what}: unexpected ${response.status}`);
  recorder.find({
    code: 'PUBLISH_UNEXPECTED_ANSWER',
    severity: 'error',
    message: `registry "${target.registryName}": ${what} answered ${response.status}`,
    remediation: `Check that ${target.registry.url} is a ${target.registry.kind} registry and the path is right.`,
  });
  return false;
}

/** Basic or Bearer authorization header for a credential. */
export function authorizationHeader(
  credential: Credential | undefined,
  scheme: 'Basic' | 'Bearer',
): Record<string, string> {
  if (!credential) return {};
  if (scheme === 'Bearer')
    return { authorization: `Bearer ${credential.secret}` };
  const pair = `${credential.user ?? ''}:${credential.secret}`;
  return {
    authorization: `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`,
  };
}

/** Parses a JSON body, or undefined when it is not JSON. */
export function jsonBody(response: HttpResponse): unknown {
  try {
    return JSON.parse(response.body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}
