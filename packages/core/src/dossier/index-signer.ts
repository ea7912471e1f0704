/**
 * Binds the dossier to the sign stage's machinery: the index is signed
 * with the same method and key as the artifacts (through `signFiles`),
 * and verify-dossier checks signatures with `verifySignature` and SBOMs
 * with `validateSBOM`.
 */
import { basename, dirname } from 'node:path';
import { loadPolicy } from '../policy/release-policy.ts';
import { signFiles } from '../sign/sign-files.ts';
import { chooseMethod, openSigner } from '../sign/signer-factory.ts';
import {
  signingPolicy,
  signMethods,
  type SignMethod,
} from '../sign/signing-policy.ts';
import { verifySignature } from '../sign/verify-signature.ts';
import { UserError } from '../errors.ts';
import type { StageContext } from '../stage.ts';
import type {
  DossierSigner,
  DossierVerifier,
  SignerIdentityFacts,
} from './dossier-signing.ts';
import type { SBOMValidator } from './verify-dossier.ts';

/** Opens a signer for the dossier index with the sign stage's settings. */
export async function makeIndexSigner(
  context: StageContext,
  options: { method?: string; key?: string },
): Promise<DossierSigner> {
  const loaded = await loadPolicy({
    file: context.policyFile,
    cwd: context.cwd,
  });
  const policy = signingPolicy(loaded.policy, loaded.dir);
  const settings = {
    policy,
    method: asMethod(options.method),
    key: options.key,
  };
  const method = chooseMethod(settings, context.env);
  const signer = await openSigner(context, method, settings);
  if (method === 'keyless') {
    // A keyless identity is known once Fulcio has issued the certificate
    // (readiness asks for it); the index must name it to be verifiable.
    await signer
      .readiness({
        now: context.now(),
        minRemainingDays: policy.minRemainingDays,
        caFile: policy.ca,
      })
      .catch(async (error: unknown) => {
        await signer.close();
        throw error;
      });
  }
  const raw = signer.identity();
  const identity: SignerIdentityFacts = {};
  for (const field of [
    'publicKeyPEM',
    'fingerprint',
    'certificateIdentity',
    'certificateOIDCIssuer',
  ] as const) {
    const value = raw[field];
    if (value) identity[field] = value;
  }
  return {
    method,
    identity,
    async sign(file) {
      const signed = await signFiles(
        { ...context, cwd: dirname(file) },
        [basename(file)],
        { signer, policy },
      );
      return signed.map((item) => item.signature);
    },
    close: () => signer.close(),
  };
}

function asMethod(method: string | undefined): SignMethod | undefined {
  if (method === undefined || method === '') return undefined;
  if ((signMethods as readonly string[]).includes(method)) {
    return method as SignMethod;
  }
  throw new UserError(
    'SIGN_METHOD_UNKNOWN',
    `unknown signing method "${method.slice(0, 40)}"; use one of ${signMethods.join(', ')}`,
    { field: 'signing-method' },
  );
}

/** The verifier and SBOM validator verify-dossier uses by default. */
export function dossierVerifierDefaults(
  cwd: string,
  env: NodeJS.ProcessEnv,
): { verifier: DossierVerifier; validateSBOM: SBOMValidator } {
  return {
    verifier: {
      async verify({ file, signature, identity, key, trustedRoot }) {
        const result = await verifySignature({
          file,
          ...(signature.endsWith('.asc')
            ? { signature }
            : { bundle: signature }),
          key,
          publicKeyPEM: key ? undefined : identity['publicKeyPEM'],
          fingerprint: identity['fingerprint'],
          certificateIdentity: identity['certificateIdentity'],
          certificateOIDCIssuer: identity['certificateOIDCIssuer'],
          // A root the auditor chose wins over the one the dossier carries.
          trustedRoot: env['SHIPSHAPE_TRUSTED_ROOT'] ?? trustedRoot,
          cwd,
          env,
        });
        return result.ok ? undefined : result.problems.join('; ');
      },
    },
    // The SBOM schemas are large; they load only when a dossier holds SBOMs.
    validateSBOM: async (document, name) => {
      const { validateSBOM } = await import('../sbom/sbom-schema.ts');
      return validateSBOM(document, name).problems.map(
        (problem) => `${problem.pointer || '/'}: ${problem.message}`,
      );
    },
  };
}
