/**
 * The GitHub Actions OIDC token for keyless signing, fetched just in time
 * and only in the signing step. The request token and the identity token
 * are registered as secrets before they are used.
 */
import { UserError } from '../errors.ts';
import type { SecretRegistry } from '../secrets/secret-registry.ts';

/** The audience Fulcio expects. */
export const sigstoreAudience = 'sigstore';

/** True when the job can request an OIDC token. */
export function canRequestOIDCToken(env: NodeJS.ProcessEnv): boolean {
  return Boolean(
    env['ACTIONS_ID_TOKEN_REQUEST_URL'] &&
    env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'],
  );
}

/** The error for a job without `permissions: id-token: write`. */
export function oidcUnavailable(): UserError {
  return new UserError(
    'SIGN_OIDC_UNAVAILABLE',
    'keyless signing needs the job\'s OIDC token, and this job cannot request one: add "permissions: id-token: write" to the job (ACTIONS_ID_TOKEN_REQUEST_URL is not set)',
    { field: 'method' },
  );
}

/** Requests an identity token for Fulcio from the Actions runtime. */
export async function requestOIDCToken(
  env: NodeJS.ProcessEnv,
  secrets: SecretRegistry,
): Promise<string> {
  const url = env['ACTIONS_ID_TOKEN_REQUEST_URL'];
  const bearer = env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
  if (!url || !bearer) throw oidcUnavailable();
  secrets.add(bearer);
  const target = new URL(url);
  target.searchParams.set('audience', sigstoreAudience);
  let response: Response;
  try {
    response = await fetch(target, {
      headers: {
        Authorization: `Bearer ${bearer}`,
        Accept: 'application/json',
      },
      signal: AbortSignal.timeout(30_000),
    });
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(
      'SIGN_OIDC_FAILED',
      `cannot request the OIDC token from the Actions runtime: ${reason}`,
      { field: 'method' },
    );
  }
  if (!response.ok) {
    throw new UserError(
      'SIGN_OIDC_FAILED',
      `the Actions runtime refused the OIDC token request (HTTP ${response.status}); check "permissions: id-token: write"`,
      { field: 'method' },
    );
  }
  const body = (await response.json().catch(() => ({}))) as { value?: unknown };
  if (typeof body.value !== 'string' || body.value === '') {
    throw new UserError(
      'SIGN_OIDC_FAILED',
      'the Actions runtime answered without a token',
      { field: 'method' },
    );
  }
  secrets.add(body.value);
  return body.value;
}
