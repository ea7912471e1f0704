import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  UserError
} from "./chunk-RLB5E7YF.js";

// packages/core/src/sign/oidc-token.ts
var sigstoreAudience = "sigstore";
function canRequestOIDCToken(env) {
  return Boolean(
    env["ACTIONS_ID_TOKEN_REQUEST_URL"] && env["ACTIONS_ID_TOKEN_REQUEST_TOKEN"]
  );
}
function oidcUnavailable() {
  return new UserError(
    "SIGN_OIDC_UNAVAILABLE",
    `keyless signing needs the job's OIDC token, and this job cannot request one: add "permissions: id-token: write" to the job (ACTIONS_ID_TOKEN_REQUEST_URL is not set)`,
    { field: "method" }
  );
}
async function requestOIDCToken(env, secrets) {
  const url = env["ACTIONS_ID_TOKEN_REQUEST_URL"];
  const bearer = env["ACTIONS_ID_TOKEN_REQUEST_TOKEN"];
  if (!url || !bearer) throw oidcUnavailable();
  secrets.add(bearer);
  const target = new URL(url);
  target.searchParams.set("audience", sigstoreAudience);
  let response;
  try {
    response = await fetch(target, {
      headers: {
        Authorization: `Bearer ${bearer}`,
        Accept: "application/json"
      },
      signal: AbortSignal.timeout(3e4)
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(
      "SIGN_OIDC_FAILED",
      `cannot request the OIDC token from the Actions runtime: ${reason}`,
      { field: "method" }
    );
  }
  if (!response.ok) {
    throw new UserError(
      "SIGN_OIDC_FAILED",
      `the Actions runtime refused the OIDC token request (HTTP ${response.status}); check "permissions: id-token: write"`,
      { field: "method" }
    );
  }
  const body = await response.json().catch(() => ({}));
  if (typeof body.value !== "string" || body.value === "") {
    throw new UserError(
      "SIGN_OIDC_FAILED",
      "the Actions runtime answered without a token",
      { field: "method" }
    );
  }
  secrets.add(body.value);
  return body.value;
}

export {
  canRequestOIDCToken,
  oidcUnavailable,
  requestOIDCToken
};
