import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  UserError
} from "./chunk-RLB5E7YF.js";

// packages/core/src/sign/gpg-run.ts
async function runGPG(args, options) {
  const { spawn } = await import("node:child_process");
  const env = { ...options.env, LC_ALL: "C" };
  if (options.home) env["GNUPGHOME"] = options.home;
  const base = [
    "--batch",
    "--no-tty",
    "--status-fd",
    "2",
    "--pinentry-mode",
    "loopback"
  ];
  if (options.passphrase !== void 0) base.push("--passphrase-fd", "0");
  return new Promise((done, fail) => {
    const child = spawn("gpg", [...base, ...args], { env, stdio: "pipe" });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => stdout += chunk);
    child.stderr.setEncoding("utf8").on("data", (chunk) => stderr += chunk);
    child.on("error", (error) => {
      fail(
        new UserError(
          "GPG_UNAVAILABLE",
          `cannot run gpg (${error.message}); install GnuPG (apt-get install -y gpg)`,
          { field: "method" }
        )
      );
    });
    child.on("close", (code) => {
      done({ code: code ?? -1, stdout, ...splitStatus(stderr) });
    });
    child.stdin.end(
      options.passphrase === void 0 ? "" : `${options.passphrase}
`
    );
  });
}
function splitStatus(stderr) {
  const status = [];
  const messages = [];
  for (const line of stderr.split("\n")) {
    if (line.startsWith("[GNUPG:] ")) {
      const [keyword = "", ...args] = line.slice(9).split(" ");
      status.push({ keyword, args });
    } else if (line.trim() !== "") {
      messages.push(line);
    }
  }
  return { status, messages };
}
function parseColonKeys(text) {
  const keys = [];
  let current;
  for (const line of text.split("\n")) {
    const fields = line.split(":");
    const type = fields[0];
    if (type === "pub" || type === "sec") {
      const expires = fields[6] ? Number(fields[6]) : void 0;
      current = {
        fingerprint: "",
        validity: fields[1] ?? "",
        expires,
        capabilities: fields[11] ?? "",
        // Field 15 of a secret key: `+` on disk, `#` a stub, otherwise
        // the serial number of the card that holds it.
        onCard: type === "sec" && !["", "+", "#"].includes(fields[14] ?? ""),
        userIds: [],
        signingKeyAlgorithm: (fields[11] ?? "").includes("s") ? openPGPAlgorithm(fields) : void 0
      };
      keys.push(current);
    } else if ((type === "sub" || type === "ssb") && current && current.signingKeyAlgorithm === void 0 && (fields[11] ?? "").includes("s") && !["e", "r"].includes(fields[1] ?? "")) {
      current.signingKeyAlgorithm = openPGPAlgorithm(fields);
    } else if (type === "fpr" && current && current.fingerprint === "") {
      current.fingerprint = fields[9] ?? "";
    } else if (type === "uid" && current) {
      current.userIds.push(fields[9] ?? "");
    }
  }
  return keys;
}
var openPGPCurves = {
  nistp256: "p256",
  nistp384: "p384",
  nistp521: "p521"
};
function openPGPAlgorithm(fields) {
  const algorithm = fields[3];
  const curve = fields[16] ?? "";
  if (algorithm === "1" || algorithm === "3") return "rsa";
  if (algorithm === "19") {
    const name = openPGPCurves[curve];
    return name ? `ecdsa-${name}` : void 0;
  }
  if (algorithm === "22" && curve.toLowerCase() === "ed25519") return "ed25519";
  return void 0;
}

export {
  runGPG,
  parseColonKeys
};
