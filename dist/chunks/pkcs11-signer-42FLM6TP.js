import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  bundleText,
  messageSignatureBundle
} from "./chunk-QJQJR76F.js";
import "./chunk-GB7SY7OV.js";
import "./chunk-E73ZUZ5O.js";
import {
  digestFile
} from "./chunk-YP2N6HGM.js";
import {
  UserError
} from "./chunk-RLB5E7YF.js";
import "./chunk-GUYOKWKK.js";

// packages/core/src/sign/pkcs11-signer.ts
import { spawn } from "node:child_process";
import { createHash, createPublicKey } from "node:crypto";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
var PKCS11Signer = class _PKCS11Signer {
  method = "pkcs11";
  hardwareBacked = true;
  #options;
  #publicKey;
  #temp;
  /** How pkcs11-tool finds the private key: by id when it has one. */
  #select;
  constructor(options, publicKey, temp, select) {
    this.#options = options;
    this.#publicKey = publicKey;
    this.#temp = temp;
    this.#select = select;
  }
  /** Reads the public key from the token; exit 2 when it is not there. */
  static async create(options) {
    const temp = await mkdtemp(join(tmpdir(), "shipshape-pkcs11-"));
    try {
      const der = join(temp, "public.der");
      const run = await runTool(
        [
          ...selectArgs(options),
          "--read-object",
          "--type",
          "pubkey",
          "--label",
          options.label,
          "--output-file",
          der
        ],
        options
      );
      if (run.code !== 0) {
        throw new UserError(
          "SIGN_PKCS11_KEY_MISSING",
          `no public key labelled "${options.label}" on the PKCS#11 token (module ${options.module}): ${firstLine(run.stderr)}`,
          { field: "pkcs11.label" }
        );
      }
      const publicKey = createPublicKey({
        key: await readFile(der),
        format: "der",
        type: "spki"
      });
      const type = publicKey.asymmetricKeyType;
      const curve = publicKey.asymmetricKeyDetails?.namedCurve;
      if (!(type === "rsa" || type === "ec" && curve === "prime256v1")) {
        throw new UserError(
          "SIGN_KEY_UNSUPPORTED",
          `the token key "${options.label}" is ${type ?? "unknown"}${curve ? ` (${curve})` : ""}; use EC P-256 or RSA`,
          { field: "pkcs11.label" }
        );
      }
      const id = await privateKeyId(options);
      const select = id ? ["--id", id] : ["--label", options.label];
      return new _PKCS11Signer(options, publicKey, temp, select);
    } catch (error) {
      await rm(temp, { recursive: true, force: true });
      throw error;
    }
  }
  readiness(_options) {
    return Promise.resolve([]);
  }
  async signFile(path) {
    const sha256 = await digestFile(path);
    const digest = Buffer.from(sha256, "hex");
    const rsa = this.#publicKey.asymmetricKeyType === "rsa";
    const input = rsa ? path : join(this.#temp, "digest");
    const output = join(this.#temp, "signature");
    if (!rsa) await writeFile(input, digest);
    const mechanism = rsa ? ["--mechanism", "SHA256-RSA-PKCS"] : ["--mechanism", "ECDSA", "--signature-format", "openssl"];
    const run = await runTool(
      [
        ...selectArgs(this.#options),
        "--login",
        "--pin",
        this.#options.pin,
        "--sign",
        ...mechanism,
        ...this.#select,
        "--input-file",
        input,
        "--output-file",
        output
      ],
      this.#options
    );
    if (run.code !== 0) {
      throw new UserError(
        "SIGN_PKCS11_FAILED",
        `the PKCS#11 token could not sign ${path}: ${firstLine(run.stderr)}`,
        { file: path, field: "pkcs11" }
      );
    }
    const signature = await readFile(output);
    await rm(output, { force: true });
    const bundle = messageSignatureBundle({
      digest,
      hash: "sha256",
      signature,
      keyHint: this.#hint()
    });
    return { suffix: ".sigstore.json", content: bundleText(bundle), sha256 };
  }
  identity() {
    return {
      publicKeyPEM: this.#publicKey.export({ type: "spki", format: "pem" }).toString(),
      // The mechanisms signFile uses: SHA256-RSA-PKCS, or ECDSA over a
      // SHA-256 digest with a P-256 key.
      algorithm: this.#publicKey.asymmetricKeyType === "rsa" ? "rsa-pkcs1-sha256" : "ecdsa-p256-sha256"
    };
  }
  async close() {
    await rm(this.#temp, { recursive: true, force: true });
  }
  #hint() {
    const der = this.#publicKey.export({ type: "spki", format: "der" });
    return createHash("sha256").update(der).digest("hex");
  }
};
async function privateKeyId(options) {
  const run = await runTool(
    [
      ...selectArgs(options),
      "--login",
      "--pin",
      options.pin,
      "--list-objects",
      "--type",
      "privkey"
    ],
    options
  );
  let label;
  for (const line of run.stdout.split("\n")) {
    const field = /^\s*(label|ID):\s*(.*)$/.exec(line);
    if (field?.[1] === "label") label = field[2]?.trim();
    if (field?.[1] === "ID" && label === options.label) {
      const id = field[2]?.trim() ?? "";
      if (/^[0-9a-f]+$/i.test(id)) return id;
    }
  }
  return void 0;
}
function selectArgs(options) {
  const args = ["--module", options.module];
  if (options.slot !== void 0) args.push("--slot", String(options.slot));
  if (options.tokenLabel !== void 0)
    args.push("--token-label", options.tokenLabel);
  return args;
}
function runTool(args, options) {
  return new Promise((done, fail) => {
    const child = spawn("pkcs11-tool", args, {
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"]
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => stdout += chunk);
    child.stderr.setEncoding("utf8").on("data", (chunk) => stderr += chunk);
    child.on("error", (error) => {
      fail(
        new UserError(
          "PKCS11_UNAVAILABLE",
          `cannot run pkcs11-tool (${error.message}); install OpenSC (apt-get install -y opensc)`,
          { field: "method" }
        )
      );
    });
    child.on("close", (code) => {
      done({
        code: code ?? -1,
        stdout,
        stderr: stderr.split(options.pin).join("***")
      });
    });
  });
}
function firstLine(text) {
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  const error = lines.find((line) => /error/i.test(line)) ?? lines[0];
  return error?.slice(0, 200) ?? "no reason given";
}
export {
  PKCS11Signer
};
