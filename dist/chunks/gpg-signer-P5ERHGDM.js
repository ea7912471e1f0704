import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  parseColonKeys,
  runGPG
} from "./chunk-C6KR7WE7.js";
import {
  digestFile
} from "./chunk-YP2N6HGM.js";
import {
  UserError
} from "./chunk-RLB5E7YF.js";
import "./chunk-GUYOKWKK.js";

// packages/core/src/sign/gpg-signer.ts
var dayMs = 24 * 60 * 60 * 1e3;
var GPGSigner = class _GPGSigner {
  method = "gpg";
  #options;
  #key;
  constructor(options, key) {
    this.#options = options;
    this.#key = key;
  }
  /** Finds the secret key; exit 2 when gpg does not hold it. */
  static async create(options) {
    const list = await runGPG(
      [
        "--with-colons",
        "--fixed-list-mode",
        "--list-secret-keys",
        options.keyId
      ],
      { home: options.home, env: options.env }
    );
    const [secret] = parseColonKeys(list.stdout);
    if (list.code !== 0 || !secret) {
      throw new UserError(
        "SIGN_GPG_KEY_MISSING",
        `gpg holds no secret key "${options.keyId}"${options.home ? ` in ${options.home}` : ""}; import it or set signing.gpg.key-id`,
        { field: "key" }
      );
    }
    const pub = await runGPG(
      ["--with-colons", "--fixed-list-mode", "--list-keys", secret.fingerprint],
      { home: options.home, env: options.env }
    );
    const [info] = parseColonKeys(pub.stdout);
    return new _GPGSigner(options, {
      ...info ?? secret,
      onCard: secret.onCard
    });
  }
  get hardwareBacked() {
    return this.#key.onCard;
  }
  readiness(options) {
    const key = this.#key;
    const problems = [];
    if (key.validity === "r") {
      problems.push({
        code: "SIGN_KEY_REVOKED",
        message: `the OpenPGP key ${key.fingerprint} has been revoked`,
        remediation: "sign with a key that is not revoked"
      });
    }
    if (key.validity === "e" || key.expires !== void 0 && key.expires * 1e3 <= options.now.getTime()) {
      problems.push({
        code: "SIGN_KEY_EXPIRED",
        message: `the OpenPGP key ${key.fingerprint} has expired`,
        remediation: "extend the key's expiry (gpg --quick-set-expire) or use another key"
      });
    } else if (key.expires !== void 0 && key.expires * 1e3 < options.now.getTime() + options.minRemainingDays * dayMs) {
      problems.push({
        code: "SIGN_KEY_EXPIRES_SOON",
        message: `the OpenPGP key ${key.fingerprint} expires ${new Date(key.expires * 1e3).toISOString()}, within signing.min-remaining-days (${options.minRemainingDays})`,
        remediation: "extend the key's expiry or lower signing.min-remaining-days"
      });
    }
    return Promise.resolve(problems);
  }
  async signFile(path) {
    const run = await runGPG(
      [
        "--local-user",
        this.#key.fingerprint,
        ...digestArgs(this.#key.signingKeyAlgorithm),
        "--armor",
        "--detach-sign",
        "--output",
        "-",
        path
      ],
      {
        home: this.#options.home,
        env: this.#options.env,
        passphrase: this.#options.passphrase
      }
    );
    if (run.code !== 0 || !run.status.some((line) => line.keyword === "SIG_CREATED")) {
      const reason = run.status.find(
        (line) => line.keyword === "FAILURE" || line.keyword === "KEYEXPIRED" || line.keyword === "KEYREVOKED"
      );
      throw new UserError(
        "SIGN_GPG_FAILED",
        `gpg could not sign ${path}${reason ? ` (${reason.keyword})` : ""}; check the key and its passphrase`,
        { file: path, field: "key" }
      );
    }
    return {
      suffix: ".asc",
      content: run.stdout,
      sha256: await digestFile(path)
    };
  }
  identity() {
    return {
      fingerprint: this.#key.fingerprint,
      gnupgHome: this.#options.home,
      algorithm: signatureAlgorithm(this.#key.signingKeyAlgorithm)
    };
  }
  close() {
    return Promise.resolve();
  }
};
var digests = {
  rsa: "SHA256",
  "ecdsa-p256": "SHA256",
  "ecdsa-p384": "SHA384",
  "ecdsa-p521": "SHA512",
  ed25519: "SHA256"
};
function digestArgs(keyAlgorithm) {
  const digest = keyAlgorithm === void 0 ? void 0 : digests[keyAlgorithm];
  return digest === void 0 ? [] : ["--digest-algo", digest];
}
function signatureAlgorithm(keyAlgorithm) {
  if (keyAlgorithm === void 0) return void 0;
  const digest = digests[keyAlgorithm];
  if (digest === void 0) return void 0;
  if (keyAlgorithm === "ed25519") return "ed25519";
  if (keyAlgorithm === "rsa") return "rsa-pkcs1-sha256";
  return `${keyAlgorithm}-${digest.toLowerCase()}`;
}
export {
  GPGSigner
};
