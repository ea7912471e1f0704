import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  chooseMethod,
  openSigner,
  signFiles,
  signMethods,
  signingPolicy
} from "./chunk-7SC2FPB4.js";
import {
  verifySignature
} from "./chunk-R7TBQJ4V.js";
import {
  loadPolicy
} from "./chunk-62XS2I6U.js";
import {
  UserError
} from "./chunk-RLB5E7YF.js";

// packages/core/src/dossier/index-signer.ts
import { basename, dirname } from "node:path";
async function makeIndexSigner(context, options) {
  const loaded = await loadPolicy({
    file: context.policyFile,
    cwd: context.cwd
  });
  const policy = signingPolicy(loaded.policy, loaded.dir);
  const settings = {
    policy,
    method: asMethod(options.method),
    key: options.key
  };
  const method = chooseMethod(settings, context.env);
  const signer = await openSigner(context, method, settings);
  if (method === "keyless") {
    await signer.readiness({
      now: context.now(),
      minRemainingDays: policy.minRemainingDays,
      caFile: policy.ca
    }).catch(async (error) => {
      await signer.close();
      throw error;
    });
  }
  const raw = signer.identity();
  const identity = {};
  for (const field of [
    "publicKeyPEM",
    "fingerprint",
    "certificateIdentity",
    "certificateOIDCIssuer"
  ]) {
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
        { signer, policy }
      );
      return signed.map((item) => item.signature);
    },
    close: () => signer.close()
  };
}
function asMethod(method) {
  if (method === void 0 || method === "") return void 0;
  if (signMethods.includes(method)) {
    return method;
  }
  throw new UserError(
    "SIGN_METHOD_UNKNOWN",
    `unknown signing method "${method.slice(0, 40)}"; use one of ${signMethods.join(", ")}`,
    { field: "signing-method" }
  );
}
function dossierVerifierDefaults(cwd, env) {
  return {
    verifier: {
      async verify({ file, signature, identity, key, trustedRoot }) {
        const result = await verifySignature({
          file,
          ...signature.endsWith(".asc") ? { signature } : { bundle: signature },
          key,
          publicKeyPEM: key ? void 0 : identity["publicKeyPEM"],
          fingerprint: identity["fingerprint"],
          certificateIdentity: identity["certificateIdentity"],
          certificateOIDCIssuer: identity["certificateOIDCIssuer"],
          // A root the auditor chose wins over the one the dossier carries.
          trustedRoot: env["SHIPSHAPE_TRUSTED_ROOT"] ?? trustedRoot,
          cwd,
          env
        });
        return result.ok ? void 0 : result.problems.join("; ");
      }
    },
    // The SBOM schemas are large; they load only when a dossier holds SBOMs.
    validateSBOM: async (document, name) => {
      const { validateSBOM } = await import("./sbom-schema-7FXJ3ZL4.js");
      return validateSBOM(document, name).problems.map(
        (problem) => `${problem.pointer || "/"}: ${problem.message}`
      );
    }
  };
}

export {
  makeIndexSigner,
  dossierVerifierDefaults
};
