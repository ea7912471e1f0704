import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  ArchiveProblem,
  readTarEntry
} from "./chunk-EXF3VDHB.js";
import {
  ProbeRecorder,
  authFailed,
  authorizationHeader,
  jsonBody,
  permissionDenied,
  recordStatus,
  versionExists
} from "./chunk-4BOIBMMC.js";
import "./chunk-DIPXMY6K.js";
import {
  isRecord
} from "./chunk-E73ZUZ5O.js";
import "./chunk-RLB5E7YF.js";
import "./chunk-GUYOKWKK.js";

// packages/core/src/publish-dry-run/oci-registry.ts
import { readFile, stat } from "node:fs/promises";
import { join } from "node:path";
var manifestTypes = [
  "application/vnd.oci.image.manifest.v1+json",
  "application/vnd.oci.image.index.v1+json",
  "application/vnd.docker.distribution.manifest.v2+json",
  "application/vnd.docker.distribution.manifest.list.v2+json"
].join(", ");
var OCIRegistryProbe = class {
  kind = "container";
  async probe(target) {
    const recorder = new ProbeRecorder(target);
    await checkLayout(target, recorder);
    const base = target.registry.url.replace(/\/+$/, "");
    const name = repositoryName(target);
    const challenge = await readChallenge(target, recorder, base);
    if (challenge === void 0) return recorder.result();
    const auth = await authenticate(target, recorder, base, name, challenge);
    if (auth === void 0) return recorder.result();
    await checkTag(target, recorder, base, name, auth);
    await checkPush(target, recorder, base, name, auth);
    return recorder.result();
  }
};
function repositoryName(target) {
  return (target.artifact.coordinates ?? target.artifact.name).toLowerCase();
}
async function checkLayout(target, recorder) {
  try {
    const index = await readLayoutIndex(target.artifactPath);
    const manifests = isRecord(index) && Array.isArray(index["manifests"]) ? index["manifests"] : [];
    const listed = manifests.some(
      (entry) => isRecord(entry) && entry["digest"] === target.artifact.digest
    );
    if (listed) {
      recorder.set(
        "packageValid",
        true,
        "index.json lists the manifest digest"
      );
      return;
    }
    fail(
      target,
      recorder,
      `index.json does not list ${target.artifact.digest}`
    );
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    fail(target, recorder, detail);
  }
}
async function readLayoutIndex(path) {
  const info = await stat(path);
  if (info.isDirectory()) {
    const marker = await readFile(join(path, "oci-layout"), "utf8").catch(
      () => ""
    );
    if (!marker.includes("imageLayoutVersion"))
      throw new ArchiveProblem("the folder has no oci-layout file");
    return JSON.parse(
      await readFile(join(path, "index.json"), "utf8")
    );
  }
  const entry = await readTarEntry(
    path,
    (item) => item.replace(/^\.\//, "") === "index.json"
  );
  if (!entry) throw new ArchiveProblem("the archive has no index.json");
  return JSON.parse(entry.text);
}
function fail(target, recorder, detail) {
  recorder.set("packageValid", false, detail);
  recorder.find({
    code: "PUBLISH_PACKAGE_INVALID",
    severity: "error",
    message: `${target.artifact.path} is not an OCI image layout holding the release's image: ${detail}`,
    remediation: "Point the artifact path at an OCI image layout folder or archive (e.g. `skopeo copy \u2026 oci:DIR:TAG`) and set digest to its manifest digest."
  });
}
async function readChallenge(target, recorder, base) {
  try {
    const response = await target.http.send({
      method: "GET",
      url: `${base}/v2/`
    });
    recorder.set("reachable", true, `GET /v2/ answered ${response.status}`);
    if (response.status === 200) return { scheme: "none", params: {} };
    const header = response.headers["www-authenticate"] ?? "";
    if (response.status === 401 && /^bearer /i.test(header))
      return { scheme: "bearer", params: challengeParams(header) };
    if (response.status === 401 && /^basic/i.test(header))
      return { scheme: "basic", params: challengeParams(header) };
    recordStatus(recorder, target, response, "reachable", "GET /v2/");
  } catch (error) {
    recorder.fault("reachable", error);
  }
  return void 0;
}
function challengeParams(header) {
  const params = {};
  for (const match of header.matchAll(/(\w+)="([^"]*)"/g)) {
    const [, key = "", value = ""] = match;
    params[key.toLowerCase()] = value;
  }
  return params;
}
async function authenticate(target, recorder, base, name, challenge) {
  if (challenge.scheme === "none") {
    recorder.set(
      "authenticated",
      "not checked",
      "the registry asks for no credentials"
    );
    return {};
  }
  if (!target.credential) {
    recorder.set(
      "authenticated",
      false,
      "the registry asks for credentials and none are configured"
    );
    recorder.find(authFailed(target, "no credential configured"));
    return void 0;
  }
  try {
    const headers = challenge.scheme === "basic" ? authorizationHeader(target.credential, "Basic") : await fetchToken(target, recorder, challenge, name);
    if (!headers) return void 0;
    const response = await target.http.send({
      method: "GET",
      url: `${base}/v2/`,
      headers
    });
    if (!recordStatus(
      recorder,
      target,
      response,
      "authenticated",
      "GET /v2/ with credentials"
    ))
      return void 0;
    recorder.set(
      "authenticated",
      true,
      `${challenge.scheme} credentials accepted`
    );
    return headers;
  } catch (error) {
    recorder.fault("authenticated", error);
    return void 0;
  }
}
async function fetchToken(target, recorder, challenge, name) {
  const realm = challenge.params["realm"];
  if (!realm) {
    recorder.set("authenticated", false, "the Bearer challenge names no realm");
    return void 0;
  }
  const url = new URL(realm);
  if (challenge.params["service"])
    url.searchParams.set("service", challenge.params["service"]);
  url.searchParams.set("scope", `repository:${name}:push,pull`);
  const response = await target.http.send({
    method: "GET",
    url: url.toString(),
    headers: authorizationHeader(target.credential, "Basic"),
    accept: ["application/json"]
  });
  if (!recordStatus(recorder, target, response, "authenticated", "token request"))
    return void 0;
  const body = jsonBody(response);
  const token = isRecord(body) ? body["token"] ?? body["access_token"] : void 0;
  if (typeof token !== "string" || token.length === 0) {
    recorder.set("authenticated", false, "the token service returned no token");
    recorder.find(authFailed(target, "the token service returned no token"));
    return void 0;
  }
  return { authorization: `Bearer ${token}` };
}
async function checkTag(target, recorder, base, name, auth) {
  const tag = target.releaseVersion;
  try {
    const response = await target.http.send({
      method: "HEAD",
      url: `${base}/v2/${name}/manifests/${encodeURIComponent(tag)}`,
      headers: { ...auth, accept: manifestTypes }
    });
    if (response.status === 404) {
      recorder.set("versionFree", true, `tag ${tag} does not exist`);
      return;
    }
    if (!recordStatus(
      recorder,
      target,
      response,
      "versionFree",
      `HEAD manifests/${tag}`
    ))
      return;
    const digest = response.headers["docker-content-digest"];
    recorder.set(
      "versionFree",
      false,
      `tag ${tag} exists (${digest ?? "digest unknown"})`
    );
    recorder.find(versionExists(target, `${name}:${tag}`));
  } catch (error) {
    recorder.fault("versionFree", error);
  }
}
async function checkPush(target, recorder, base, name, auth) {
  try {
    const response = await target.http.send({
      method: "POST",
      url: `${base}/v2/${name}/blobs/uploads/`,
      headers: { ...auth, "content-length": "0" }
    });
    if (response.status === 401 || response.status === 403) {
      recorder.set(
        "allowed",
        false,
        `opening an upload session: ${response.status}`
      );
      recorder.find(
        permissionDenied(
          target,
          `push to ${name} refused (${response.status})`
        )
      );
      return;
    }
    if (!recordStatus(
      recorder,
      target,
      response,
      "allowed",
      "POST blobs/uploads/"
    ))
      return;
    recorder.set(
      "allowed",
      true,
      "an upload session opened (and was cancelled)"
    );
    await cancelUpload(target, base, response.headers["location"], auth);
  } catch (error) {
    recorder.fault("allowed", error);
  }
}
async function cancelUpload(target, base, location, auth) {
  if (!location) return;
  const url = new URL(location, `${base}/`).toString();
  try {
    await target.http.send({ method: "DELETE", url, headers: auth });
  } catch (error) {
    target.logger.warn(`could not cancel the upload session: ${String(error)}`);
  }
}
export {
  OCIRegistryProbe,
  challengeParams
};
