/**
 * Picks and opens the signer for a run: the method asked for, or the first
 * of the policy's methods that this environment can use.
 */
import { resolve } from 'node:path';
import { UserError } from '../errors.ts';
import { loadTrustedRoot } from './bundle-verify.ts';
import type { StageContext } from '../stage.ts';
import { loadSigningKey } from './key-material.ts';
import { KeySigner } from './key-signer.ts';
import { canRequestOIDCToken, oidcUnavailable } from './oidc-token.ts';
import {
  signMethods,
  type SigningPolicy,
  type SignMethod,
} from './signing-policy.ts';
import type { Signer } from './signer.ts';
import type { TrustedRootFile } from './tuf-trusted-root.ts';

/** What a signer is made from; everything but the policy is optional. */
export interface SignerSettings {
  policy: SigningPolicy;
  /** Default: the first usable method of `policy.methods`. */
  method?: SignMethod;
  /**
   * key: a PEM path, `env:NAME` or `ephemeral`; gpg: a key id or
   * fingerprint; pkcs11: the key label on the token. Default: from the
   * policy (gpg, pkcs11) or $SHIPSHAPE_SIGNING_KEY (key).
   */
  key?: string;
  /** Passphrase of a PEM key or an OpenPGP key. */
  passphrase?: string;
  /** GNUPGHOME for gpg. Default: signing.gpg.home, then $GNUPGHOME. */
  gnupgHome?: string;
}

/** Why each method can or cannot be used here. */
export function methodUsability(
  settings: SignerSettings,
  env: NodeJS.ProcessEnv,
): Record<SignMethod, string | undefined> {
  const { policy } = settings;
  const key = settings.key;
  return {
    keyless: canRequestOIDCToken(env)
      ? undefined
      : 'no OIDC token (add "permissions: id-token: write" to the job)',
    key:
      (key ?? env['SHIPSHAPE_SIGNING_KEY'])
        ? undefined
        : 'no key given (--key or SHIPSHAPE_SIGNING_KEY)',
    gpg:
      (key ?? policy.gpg.keyId)
        ? undefined
        : 'no OpenPGP key id (--key or signing.gpg.key-id)',
    pkcs11:
      (key ?? policy.pkcs11.label) && env[policy.pkcs11.pinEnv]
        ? undefined
        : `no token key label (signing.pkcs11.label) or PIN ($${policy.pkcs11.pinEnv})`,
  };
}

/** The method to use: the one asked for, or the first usable one. */
export function chooseMethod(
  settings: SignerSettings,
  env: NodeJS.ProcessEnv,
): SignMethod {
  if (settings.method !== undefined) {
    // Callers may pass text from a command line or an action input.
    if ((signMethods as readonly string[]).includes(settings.method)) {
      return settings.method;
    }
    throw new UserError(
      'SIGN_METHOD_UNKNOWN',
      `unknown signing method "${settings.method.slice(0, 40)}"; use one of ${signMethods.join(', ')}`,
      { field: 'method' },
    );
  }
  const usability = methodUsability(settings, env);
  const usable = settings.policy.methods.find(
    (method) => usability[method] === undefined,
  );
  if (usable) return usable;
  const reasons = settings.policy.methods
    .map((method) => `${method}: ${usability[method] ?? ''}`)
    .join('; ');
  throw new UserError(
    'SIGN_NO_METHOD',
    `none of the allowed signing methods can be used here (${reasons})`,
    { field: 'signing.methods' },
  );
}

/** Opens the signer for `method`. */
export async function openSigner(
  context: StageContext,
  method: SignMethod,
  settings: SignerSettings,
): Promise<Signer> {
  const { policy } = settings;
  const env = context.env;
  context.secrets.add(settings.passphrase);
  switch (method) {
    case 'key': {
      const ref = settings.key ?? env['SHIPSHAPE_SIGNING_KEY'];
      if (!ref)
        throw new UserError(
          'SIGN_KEY_MISSING',
          'method key needs a key: --key PATH, --key env:NAME, or --key ephemeral',
          { field: 'key' },
        );
      const key = await loadSigningKey({
        ref,
        passphrase: settings.passphrase,
        cwd: context.cwd,
        env,
        secrets: context.secrets,
      });
      return new KeySigner(key);
    }
    case 'gpg': {
      const keyId = settings.key ?? policy.gpg.keyId;
      if (!keyId)
        throw new UserError(
          'SIGN_GPG_KEY_MISSING',
          'method gpg needs a key id: --key or signing.gpg.key-id',
          { field: 'key' },
        );
      // Each method's module loads only when used: keyless pulls in the
      // Sigstore clients, which the key method does not need.
      const { GPGSigner } = await import('./gpg-signer.ts');
      return GPGSigner.create({
        keyId,
        home: settings.gnupgHome ?? policy.gpg.home ?? env['GNUPGHOME'],
        passphrase: settings.passphrase,
        env,
      });
    }
    case 'pkcs11': {
      const label = settings.key ?? policy.pkcs11.label;
      const pin = env[policy.pkcs11.pinEnv];
      if (!label)
        throw new UserError(
          'SIGN_PKCS11_KEY_MISSING',
          'method pkcs11 needs the key label: --key or signing.pkcs11.label',
          { field: 'signing.pkcs11.label' },
        );
      if (!pin)
        throw new UserError(
          'SIGN_PKCS11_PIN_MISSING',
          `method pkcs11 needs the token PIN in $${policy.pkcs11.pinEnv}`,
          { field: 'signing.pkcs11.pin-env' },
        );
      context.secrets.add(pin);
      const { PKCS11Signer } = await import('./pkcs11-signer.ts');
      return PKCS11Signer.create({
        module: policy.pkcs11.module,
        slot: policy.pkcs11.slot,
        tokenLabel: policy.pkcs11.tokenLabel,
        label,
        pin,
        env,
      });
    }
    case 'keyless': {
      if (!canRequestOIDCToken(env)) throw oidcUnavailable();
      // Each bundle is verified offline right after signing; without the
      // instance's trusted root that would fail after Rekor had already
      // published the entry, so the root is obtained and read first.
      const trustedRoot = await keylessTrustedRoot(context, policy);
      const { KeylessSigner } = await import('./keyless-signer.ts');
      return new KeylessSigner({
        endpoints: policy.keyless,
        identities: policy.identities,
        env,
        secrets: context.secrets,
        trustedRoot,
      });
    }
  }
}

/**
 * The configured trusted root (policy, then $SHIPSHAPE_TRUSTED_ROOT), or
 * else the one fetched through TUF.
 */
async function keylessTrustedRoot(
  context: StageContext,
  policy: SigningPolicy,
): Promise<TrustedRootFile> {
  const { configuredTrustedRoot, fetchTrustedRoot } =
    await import('./tuf-trusted-root.ts');
  const configured =
    policy.keyless.trustedRoot ?? context.env['SHIPSHAPE_TRUSTED_ROOT'];
  if (configured) {
    const path = resolve(context.cwd, configured);
    await loadTrustedRoot(path);
    return configuredTrustedRoot(path);
  }
  const fetched = await fetchTrustedRoot(context.env, context.cwd);
  context.logger.info(
    `keyless: trusted root fetched through ${fetched.origin}`,
  );
  return fetched;
}
