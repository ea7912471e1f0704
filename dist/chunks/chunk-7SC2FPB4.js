import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  canRequestOIDCToken,
  oidcUnavailable
} from "./chunk-F3XKGT7Q.js";
import {
  loadTrustedRoot,
  verifySignature
} from "./chunk-R7TBQJ4V.js";
import {
  bundleText,
  messageSignatureBundle
} from "./chunk-QJQJR76F.js";
import {
  syncDirectory,
  tempSuffix
} from "./chunk-MUGHQZOG.js";
import {
  policySection
} from "./chunk-62XS2I6U.js";
import {
  resolveProjectPath
} from "./chunk-BE3HX54U.js";
import {
  readTextFile,
  systemReason
} from "./chunk-E73ZUZ5O.js";
import {
  sha256Hex
} from "./chunk-YP2N6HGM.js";
import {
  UserError
} from "./chunk-RLB5E7YF.js";

// packages/core/src/sign/signing-policy.ts
import { isAbsolute, resolve } from "node:path";
var signMethods = ["keyless", "key", "gpg", "pkcs11"];
var publicGood = {
  fulcioURL: "https://fulcio.sigstore.dev",
  rekorURL: "https://rekor.sigstore.dev",
  tsaURL: "https://timestamp.sigstore.dev"
};
var defaultPKCS11Module = "/usr/lib/softhsm/libsofthsm2.so";
function signingPolicy(policy, dir) {
  const section = policySection(policy, "signing");
  const keyless = record(section["keyless"]);
  const pkcs11 = record(section["pkcs11"]);
  const gpg = record(section["gpg"]);
  const path = (value) => typeof value === "string" ? absolute(dir, value) : void 0;
  return {
    methods: Array.isArray(section["methods"]) ? section["methods"] : [...signMethods],
    requireHardwareKey: section["require-hardware-key"] === true,
    minRemainingDays: numberOr(section["min-remaining-days"], 0),
    ca: path(section["ca"]),
    identities: identityRules(section["identities"]),
    keyless: {
      fulcioURL: stringOr(keyless["fulcio-url"], publicGood.fulcioURL),
      rekorURL: stringOr(keyless["rekor-url"], publicGood.rekorURL),
      tsaURL: stringOr(keyless["tsa-url"], publicGood.tsaURL),
      trustedRoot: path(keyless["trusted-root"])
    },
    pkcs11: {
      module: stringOr(pkcs11["module"], defaultPKCS11Module),
      slot: typeof pkcs11["slot"] === "number" ? pkcs11["slot"] : void 0,
      tokenLabel: optionalString(pkcs11["token-label"]),
      label: optionalString(pkcs11["label"]),
      pinEnv: stringOr(pkcs11["pin-env"], "PKCS11_PIN")
    },
    gpg: {
      keyId: optionalString(gpg["key-id"]),
      home: path(gpg["home"])
    }
  };
}
function identityRules(value) {
  if (!Array.isArray(value)) return [];
  return value.map((item) => {
    const rule = record(item);
    return {
      issuer: stringOr(rule["issuer"], ""),
      subject: optionalString(rule["subject"]),
      subjectPattern: optionalString(rule["subject-pattern"])
    };
  });
}
function record(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : {};
}
function stringOr(value, fallback) {
  return typeof value === "string" && value !== "" ? value : fallback;
}
function optionalString(value) {
  return typeof value === "string" && value !== "" ? value : void 0;
}
function numberOr(value, fallback) {
  return typeof value === "number" ? value : fallback;
}
function absolute(dir, path) {
  return isAbsolute(path) ? path : resolve(dir, path);
}

// packages/core/src/sign/signer-factory.ts
import { resolve as resolve3 } from "node:path";

// packages/core/src/sign/key-material.ts
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  X509Certificate
} from "node:crypto";
import { resolve as resolve2 } from "node:path";
var maxKeyBytes = 64 * 1024;
async function loadSigningKey(options) {
  options.secrets.add(options.passphrase);
  if (options.ref === "ephemeral") return ephemeralKey();
  if (options.ref.includes("-----BEGIN") || options.ref.includes("\n")) {
    options.secrets.add(options.ref);
    throw new UserError(
      "SIGN_KEY_INLINE",
      "the key reference holds key material; pass the key through an environment variable and give key: env:NAME",
      { field: "key" }
    );
  }
  const pem = await readKeyText(options);
  options.secrets.add(pem);
  for (const block of privateKeyBlocks(pem)) options.secrets.add(block);
  let privateKey;
  try {
    privateKey = createPrivateKey({ key: pem, passphrase: options.passphrase });
  } catch {
    throw new UserError(
      "SIGN_KEY_UNREADABLE",
      `the signing key ${options.ref} is not a PEM private key, or its passphrase is wrong`,
      { field: "key" }
    );
  }
  return toSigningKey(privateKey, certificatesIn(pem), options.ref, false);
}
function toSigningKey(privateKey, certificates, source, ephemeral) {
  const algorithm = keyAlgorithm(privateKey, source);
  const publicKey = createPublicKey(privateKey);
  const der = publicKey.export({ type: "spki", format: "der" });
  return {
    privateKey,
    publicKey,
    publicKeyPEM: publicKey.export({ type: "spki", format: "pem" }).toString(),
    algorithm,
    hint: createHash("sha256").update(der).digest("hex"),
    certificates,
    ephemeral,
    source
  };
}
function ephemeralKey() {
  const { privateKey } = generateKeyPairSync("ec", { namedCurve: "P-256" });
  return toSigningKey(privateKey, [], "ephemeral", true);
}
async function readKeyText(options) {
  if (options.ref.startsWith("env:")) {
    const name = options.ref.slice(4);
    const value = options.env[name];
    if (!value) {
      throw new UserError(
        "SIGN_KEY_MISSING",
        `the environment variable ${name} named by key "${options.ref}" is not set`,
        { field: "key" }
      );
    }
    return value;
  }
  return readTextFile(resolve2(options.cwd, options.ref), {
    maxBytes: maxKeyBytes,
    displayName: options.ref
  });
}
function keyAlgorithm(key, source) {
  const type = key.asymmetricKeyType;
  const curve = key.asymmetricKeyDetails?.namedCurve;
  if (type === "ed25519") return "ed25519";
  if (type === "ec" && curve === "prime256v1") return "ecdsa-p256";
  if (type === "ec" && curve === "secp384r1") return "ecdsa-p384";
  throw new UserError(
    "SIGN_KEY_UNSUPPORTED",
    `the signing key ${source} is ${type ?? "unknown"}${curve ? ` (${curve})` : ""}; use ECDSA P-256, ECDSA P-384 or Ed25519`,
    { field: "key" }
  );
}
var certificatePattern = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;
function certificatesIn(pem) {
  const certificates = [];
  for (const match of pem.matchAll(certificatePattern)) {
    try {
      certificates.push(new X509Certificate(match[0]));
    } catch {
      throw new UserError(
        "SIGN_CERT_UNREADABLE",
        "a certificate beside the signing key is not valid PEM",
        { field: "key" }
      );
    }
  }
  return certificates;
}
function privateKeyBlocks(pem) {
  const pattern = /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]+?-----END [A-Z ]*PRIVATE KEY-----/g;
  return [...pem.matchAll(pattern)].map((match) => match[0]);
}

// packages/core/src/sign/key-signer.ts
import { createHash as createHash2, createSign, sign as signOneShot } from "node:crypto";
import { closeSync, openSync, readSync } from "node:fs";

// packages/core/src/sign/certificate-checks.ts
var codeSigningOID = "1.3.6.1.5.5.7.3.3";
var dayMs = 24 * 60 * 60 * 1e3;
var maxChainLength = 8;
async function checkCertificates(chain, publicKey, options) {
  const [leaf, ...intermediates] = chain;
  if (!leaf) {
    return options.caFile ? [
      {
        code: "SIGN_CERT_MISSING",
        message: "signing.ca is set, but the signing key comes without a certificate",
        remediation: "put the signing certificate (and any intermediates) in the key's PEM after the private key"
      }
    ] : [];
  }
  const problems = [...checkValidity(leaf, options)];
  if (!publicKey.equals(leaf.publicKey)) {
    problems.push({
      code: "SIGN_CERT_KEY_MISMATCH",
      message: `the certificate "${oneLine(leaf.subject)}" is for another key than the signing key`
    });
  }
  const usages = leaf.keyUsage;
  if (!usages?.includes(codeSigningOID)) {
    problems.push({
      code: "SIGN_CERT_NOT_CODE_SIGNING",
      message: `the certificate "${oneLine(leaf.subject)}" does not allow code signing (extended key usage ${codeSigningOID})`,
      remediation: "use a certificate issued for code signing"
    });
  }
  if (options.caFile) {
    const anchors = await readCABundle(options.caFile);
    const trouble = chainProblem(leaf, intermediates, anchors, options.now);
    if (trouble)
      problems.push({
        code: "SIGN_CERT_UNTRUSTED",
        message: trouble,
        remediation: "sign with a certificate issued under signing.ca"
      });
  }
  return problems;
}
function checkValidity(cert, options) {
  const from = new Date(cert.validFrom);
  const to = new Date(cert.validTo);
  const now = options.now.getTime();
  const name = oneLine(cert.subject);
  if (from.getTime() > now) {
    return [
      {
        code: "SIGN_CERT_NOT_YET_VALID",
        message: `the certificate "${name}" is not valid before ${from.toISOString()}`
      }
    ];
  }
  if (to.getTime() <= now) {
    return [
      {
        code: "SIGN_CERT_EXPIRED",
        message: `the certificate "${name}" expired ${to.toISOString()}`,
        remediation: "renew the signing certificate"
      }
    ];
  }
  if (to.getTime() < now + options.minRemainingDays * dayMs) {
    return [
      {
        code: "SIGN_CERT_EXPIRES_SOON",
        message: `the certificate "${name}" expires ${to.toISOString()}, within signing.min-remaining-days (${options.minRemainingDays})`,
        remediation: "renew the signing certificate"
      }
    ];
  }
  return [];
}
function chainProblem(leaf, intermediates, anchors, now) {
  let current = leaf;
  for (let depth = 0; depth < maxChainLength; depth += 1) {
    const anchor = anchors.find((ca) => issued(ca, current));
    if (anchor) {
      return isCurrent(anchor, now) ? void 0 : `the CA certificate "${oneLine(anchor.subject)}" is not valid now`;
    }
    const next = intermediates.find(
      (ca) => ca !== current && issued(ca, current)
    );
    if (!next) break;
    if (!next.ca) return `"${oneLine(next.subject)}" is not a CA certificate`;
    if (!isCurrent(next, now))
      return `the intermediate certificate "${oneLine(next.subject)}" is not valid now`;
    current = next;
  }
  return `the certificate "${oneLine(leaf.subject)}" does not chain to a CA in signing.ca`;
}
function issued(issuer, cert) {
  return cert.checkIssued(issuer) && cert.verify(issuer.publicKey);
}
function isCurrent(cert, now) {
  return new Date(cert.validFrom) <= now && now < new Date(cert.validTo);
}
async function readCABundle(path) {
  const text = await readTextFile(path, {
    maxBytes: 4 * 1024 * 1024,
    displayName: path
  });
  const certificates = certificatesIn(text);
  if (certificates.length === 0) {
    throw new UserError(
      "SIGN_CA_EMPTY",
      `${path} (signing.ca) holds no PEM certificate`,
      { file: path, field: "signing.ca" }
    );
  }
  return certificates;
}
function oneLine(text) {
  return text.replace(/\s*\n\s*/g, ", ");
}

// packages/core/src/sign/key-signer.ts
var chunkBytes = 1024 * 1024;
var maxEd25519Bytes = 1024 * 1024 * 1024;
var KeySigner = class {
  method = "key";
  hardwareBacked = false;
  #key;
  #buffer = Buffer.allocUnsafe(chunkBytes);
  constructor(key) {
    this.#key = key;
  }
  signFile(path) {
    try {
      return Promise.resolve(this.#signNow(path));
    } catch (error) {
      return Promise.reject(
        error instanceof Error ? error : new Error(String(error))
      );
    }
  }
  #signNow(path) {
    const signed = this.#signStream(path);
    const bundle = messageSignatureBundle({
      digest: signed.digest,
      hash: signed.hash,
      signature: signed.signature,
      keyHint: this.#key.hint
    });
    return {
      suffix: ".sigstore.json",
      content: bundleText(bundle),
      sha256: signed.sha256
    };
  }
  /** True for a key made up for this run: it proves integrity only. */
  get ephemeral() {
    return this.#key.ephemeral;
  }
  readiness(options) {
    return checkCertificates(
      this.#key.certificates,
      this.#key.publicKey,
      options
    );
  }
  identity() {
    return {
      publicKeyPEM: this.#key.publicKeyPEM,
      algorithm: signatureAlgorithms[this.#key.algorithm]
    };
  }
  close() {
    return Promise.resolve();
  }
  #signStream(path) {
    const hash = this.#key.algorithm === "ecdsa-p384" ? "sha384" : "sha256";
    const sha256 = createHash2("sha256");
    const digest = hash === "sha256" ? sha256 : createHash2(hash);
    const signer = this.#key.algorithm === "ed25519" ? void 0 : createSign(hash);
    const whole = [];
    let total = 0;
    const fd = openSync(path, "r");
    try {
      for (; ; ) {
        const bytesRead = readSync(fd, this.#buffer, 0, chunkBytes, null);
        if (bytesRead === 0) break;
        const chunk = this.#buffer.subarray(0, bytesRead);
        sha256.update(chunk);
        if (digest !== sha256) digest.update(chunk);
        total += bytesRead;
        if (signer) signer.update(chunk);
        else if (total > maxEd25519Bytes) throw ed25519TooLarge(path);
        else whole.push(Buffer.from(chunk));
      }
    } finally {
      closeSync(fd);
    }
    const signature = signer ? signer.sign(this.#key.privateKey) : signOneShot(null, Buffer.concat(whole), this.#key.privateKey);
    const sha256Hex2 = sha256.digest("hex");
    return {
      sha256: sha256Hex2,
      digest: digest === sha256 ? Buffer.from(sha256Hex2, "hex") : digest.digest(),
      hash,
      signature
    };
  }
};
function ed25519TooLarge(path) {
  return new UserError(
    "SIGN_FILE_TOO_LARGE",
    `${path} is larger than 1 GiB; Ed25519 signs a whole file in memory, so use an ECDSA key for files this large`,
    { file: path }
  );
}
var signatureAlgorithms = {
  "ecdsa-p256": "ecdsa-p256-sha256",
  "ecdsa-p384": "ecdsa-p384-sha384",
  ed25519: "ed25519"
};

// packages/core/src/sign/signer-factory.ts
function methodUsability(settings, env) {
  const { policy } = settings;
  const key = settings.key;
  return {
    keyless: canRequestOIDCToken(env) ? void 0 : 'no OIDC token (add "permissions: id-token: write" to the job)',
    key: key ?? env["SHIPSHAPE_SIGNING_KEY"] ? void 0 : "no key given (--key or SHIPSHAPE_SIGNING_KEY)",
    gpg: key ?? policy.gpg.keyId ? void 0 : "no OpenPGP key id (--key or signing.gpg.key-id)",
    pkcs11: (key ?? policy.pkcs11.label) && env[policy.pkcs11.pinEnv] ? void 0 : `no token key label (signing.pkcs11.label) or PIN ($${policy.pkcs11.pinEnv})`
  };
}
function chooseMethod(settings, env) {
  if (settings.method !== void 0) {
    if (signMethods.includes(settings.method)) {
      return settings.method;
    }
    throw new UserError(
      "SIGN_METHOD_UNKNOWN",
      `unknown signing method "${settings.method.slice(0, 40)}"; use one of ${signMethods.join(", ")}`,
      { field: "method" }
    );
  }
  const usability = methodUsability(settings, env);
  const usable = settings.policy.methods.find(
    (method) => usability[method] === void 0
  );
  if (usable) return usable;
  const reasons = settings.policy.methods.map((method) => `${method}: ${usability[method] ?? ""}`).join("; ");
  throw new UserError(
    "SIGN_NO_METHOD",
    `none of the allowed signing methods can be used here (${reasons})`,
    { field: "signing.methods" }
  );
}
async function openSigner(context, method, settings) {
  const { policy } = settings;
  const env = context.env;
  context.secrets.add(settings.passphrase);
  switch (method) {
    case "key": {
      const ref = settings.key ?? env["SHIPSHAPE_SIGNING_KEY"];
      if (!ref)
        throw new UserError(
          "SIGN_KEY_MISSING",
          "method key needs a key: --key PATH, --key env:NAME, or --key ephemeral",
          { field: "key" }
        );
      const key = await loadSigningKey({
        ref,
        passphrase: settings.passphrase,
        cwd: context.cwd,
        env,
        secrets: context.secrets
      });
      return new KeySigner(key);
    }
    case "gpg": {
      const keyId = settings.key ?? policy.gpg.keyId;
      if (!keyId)
        throw new UserError(
          "SIGN_GPG_KEY_MISSING",
          "method gpg needs a key id: --key or signing.gpg.key-id",
          { field: "key" }
        );
      const { GPGSigner } = await import("./gpg-signer-P5ERHGDM.js");
      return GPGSigner.create({
        keyId,
        home: settings.gnupgHome ?? policy.gpg.home ?? env["GNUPGHOME"],
        passphrase: settings.passphrase,
        env
      });
    }
    case "pkcs11": {
      const label = settings.key ?? policy.pkcs11.label;
      const pin = env[policy.pkcs11.pinEnv];
      if (!label)
        throw new UserError(
          "SIGN_PKCS11_KEY_MISSING",
          "method pkcs11 needs the key label: --key or signing.pkcs11.label",
          { field: "signing.pkcs11.label" }
        );
      if (!pin)
        throw new UserError(
          "SIGN_PKCS11_PIN_MISSING",
          `method pkcs11 needs the token PIN in $${policy.pkcs11.pinEnv}`,
          { field: "signing.pkcs11.pin-env" }
        );
      context.secrets.add(pin);
      const { PKCS11Signer } = await import("./pkcs11-signer-42FLM6TP.js");
      return PKCS11Signer.create({
        module: policy.pkcs11.module,
        slot: policy.pkcs11.slot,
        tokenLabel: policy.pkcs11.tokenLabel,
        label,
        pin,
        env
      });
    }
    case "keyless": {
      if (!canRequestOIDCToken(env)) throw oidcUnavailable();
      const trustedRoot = await keylessTrustedRoot(context, policy);
      const { KeylessSigner } = await import("./keyless-signer-JQL5ZPJJ.js");
      return new KeylessSigner({
        endpoints: policy.keyless,
        identities: policy.identities,
        env,
        secrets: context.secrets,
        trustedRoot
      });
    }
  }
}
async function keylessTrustedRoot(context, policy) {
  const { configuredTrustedRoot, fetchTrustedRoot } = await import("./tuf-trusted-root-WIZW4H2G.js");
  const configured = policy.keyless.trustedRoot ?? context.env["SHIPSHAPE_TRUSTED_ROOT"];
  if (configured) {
    const path = resolve3(context.cwd, configured);
    await loadTrustedRoot(path);
    return configuredTrustedRoot(path);
  }
  const fetched = await fetchTrustedRoot(context.env, context.cwd);
  context.logger.info(
    `keyless: trusted root fetched through ${fetched.origin}`
  );
  return fetched;
}

// packages/core/src/sign/sign-files.ts
import { randomBytes } from "node:crypto";
import { renameSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import {
  basename,
  dirname,
  isAbsolute as isAbsolute2,
  join,
  relative,
  resolve as resolve4
} from "node:path";
async function signFiles(context, files, options = {}) {
  const policy = options.policy ?? signingPolicy({}, context.cwd);
  const settings = {
    policy,
    method: options.method,
    key: options.key,
    passphrase: options.passphrase,
    gnupgHome: options.gnupgHome
  };
  const signer = options.signer ?? await openSigner(context, chooseMethod(settings, context.env), settings);
  try {
    if (!options.skipReadiness) {
      const problems = await signer.readiness({
        now: context.now(),
        minRemainingDays: policy.minRemainingDays,
        caFile: policy.ca
      });
      if (problems.length > 0) throw readinessError(problems);
    }
    const signed = [];
    for (const file of files) {
      signed.push(
        await signOne(context, signer, file, policy.keyless.trustedRoot)
      );
    }
    return signed;
  } finally {
    if (!options.signer) await signer.close();
  }
}
async function signOne(context, signer, file, trustedRoot) {
  const path = await requireProjectFile(context.cwd, file);
  return signPath(context, signer, path, file, trustedRoot);
}
async function signPath(context, signer, path, file, trustedRoot) {
  const output = await signer.signFile(path);
  const signaturePath = `${path}${output.suffix}`;
  const pending = join(
    dirname(path),
    `.${basename(signaturePath)}.${randomBytes(6).toString("hex")}${tempSuffix}`
  );
  await writePending(pending, output.content);
  const identity = signer.identity();
  let verification;
  try {
    verification = await verifySignature({
      file: path,
      ...output.suffix === ".asc" ? { signature: pending } : { bundle: pending },
      trustedRoot: trustedRoot ?? identity.trustedRoot,
      publicKeyPEM: identity.publicKeyPEM,
      fingerprint: identity.fingerprint,
      gnupgHome: identity.gnupgHome,
      certificateIdentity: identity.certificateIdentity,
      certificateOIDCIssuer: identity.certificateOIDCIssuer,
      cwd: context.cwd,
      env: context.env
    });
  } catch (error) {
    await rm(pending, { force: true });
    throw error;
  }
  if (!verification.ok) {
    await rm(pending, { force: true });
    throw new UserError(
      "SIGN_VERIFY_FAILED",
      `the fresh signature of ${file} does not verify: ${verification.problems.join("; ")}`,
      { file }
    );
  }
  renameSync(pending, signaturePath);
  return {
    file,
    method: signer.method,
    signature: `${file}${output.suffix}`,
    signatureSHA256: sha256Hex(output.content),
    sha256: output.sha256,
    verification
  };
}
async function requireProjectFile(cwd, file) {
  const given = isAbsolute2(file) ? relative(cwd, file) : file;
  const resolved = await resolveProjectPath(cwd, cwd, given, false);
  if (!resolved.ok) {
    throw new UserError(
      "SIGN_PATH_REFUSED",
      `refusing to sign ${file}: ${resolved.detail}`,
      { file, field: "path" }
    );
  }
  return resolved.absolute;
}
function readinessError(problems) {
  const list = problems.map((problem) => `${problem.message} [${problem.code}]`).join("; ");
  const code = problems[0]?.code ?? "SIGN_KEY_INVALID";
  return new UserError(code, `the signing key cannot be used: ${list}`, {
    field: "key"
  });
}
async function writePending(path, content) {
  try {
    writeFileSync(path, content, { flag: "wx", mode: 420 });
  } catch (error) {
    await rm(path, { force: true });
    throw new UserError(
      "WRITE_FAILED",
      `cannot write ${path}: ${systemReason(error)}`,
      { file: path }
    );
  }
}
async function syncSignatureFolders(cwd, signed) {
  const folders = new Set(
    signed.map((item) => dirname(resolve4(cwd, item.signature)))
  );
  for (const folder of folders) await syncDirectory(folder);
}

export {
  signMethods,
  signingPolicy,
  chooseMethod,
  openSigner,
  signFiles,
  signPath,
  syncSignatureFolders
};
