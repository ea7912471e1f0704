import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));

// packages/core/src/hashing/file-digest.ts
import { createHash } from "node:crypto";
import { open } from "node:fs/promises";
var chunkBytes = 1024 * 1024;
async function digestFile(path, algorithm = "sha256") {
  const hash = createHash(algorithm);
  const buffer = Buffer.allocUnsafe(chunkBytes);
  const handle = await open(path, "r");
  try {
    for (; ; ) {
      const { bytesRead } = await handle.read(buffer, 0, chunkBytes, null);
      if (bytesRead === 0) break;
      hash.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  return hash.digest("hex");
}
function sha256Hex(data) {
  return createHash("sha256").update(data).digest("hex");
}
var digestPattern = /^(sha256|sha512):([0-9a-f]+)$/;
var hexLengths = { sha256: 64, sha512: 128 };
function parseDigestReference(text) {
  const match = digestPattern.exec(text);
  if (!match) return void 0;
  const algorithm = match[1];
  const hex = match[2] ?? "";
  return hex.length === hexLengths[algorithm] ? { algorithm, hex } : void 0;
}

export {
  digestFile,
  sha256Hex,
  parseDigestReference
};
