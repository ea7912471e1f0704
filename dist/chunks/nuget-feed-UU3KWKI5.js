import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  ArchiveProblem,
  readZipEntry
} from "./chunk-EXF3VDHB.js";
import {
  ProbeRecorder,
  jsonBody,
  recordStatus,
  versionExists
} from "./chunk-4BOIBMMC.js";
import "./chunk-DIPXMY6K.js";
import {
  isRecord
} from "./chunk-E73ZUZ5O.js";
import "./chunk-RLB5E7YF.js";
import "./chunk-GUYOKWKK.js";

// packages/core/src/publish-dry-run/nuget-feed.ts
var NuGetFeedProbe = class {
  kind = "nuget";
  async probe(target) {
    const recorder = new ProbeRecorder(target);
    const identity = await readNuspec(target, recorder);
    const reason = "NuGet has no way to test an API key without pushing";
    recorder.set("authenticated", "not checked", reason);
    recorder.set("allowed", "not checked", reason);
    const flat = await findFlatContainer(target, recorder);
    if (flat && identity) await checkVersion(target, recorder, flat, identity);
    return recorder.result();
  }
};
async function readNuspec(target, recorder) {
  const problems = [];
  let identity;
  try {
    const entry = await readZipEntry(
      target.artifactPath,
      (path) => /^[^/]+\.nuspec$/.test(path)
    );
    if (!entry) problems.push("the package holds no .nuspec");
    const text = entry?.text ?? "";
    if (/<!DOCTYPE/i.test(text))
      problems.push("the .nuspec has a DOCTYPE declaration");
    const value = (name) => new RegExp(`<${name}>\\s*([^<]+?)\\s*</${name}>`).exec(text)?.[1];
    for (const name of ["id", "version", "authors", "description"])
      if (entry && !value(name)) problems.push(`the .nuspec has no <${name}>`);
    const id = value("id");
    const version = value("version");
    if (id && version) identity = { id, version };
  } catch (error) {
    if (!(error instanceof ArchiveProblem)) throw error;
    problems.push(error.message);
  }
  if (problems.length === 0) {
    recorder.set(
      "packageValid",
      true,
      ".nuspec has id, version, authors and description"
    );
    return identity;
  }
  recorder.set("packageValid", false, problems.join("; "));
  for (const problem of problems)
    recorder.find({
      code: "PUBLISH_PACKAGE_INVALID",
      severity: "error",
      message: `${target.artifact.path} would be refused by the feed: ${problem}`,
      remediation: "Re-pack with `dotnet pack` after completing the package metadata."
    });
  return identity;
}
async function findFlatContainer(target, recorder) {
  const url = target.registry.url;
  try {
    const response = await target.http.send({
      method: "GET",
      url,
      accept: ["application/json"]
    });
    recorder.set(
      "reachable",
      true,
      `the service index answered ${response.status}`
    );
    if (!recordStatus(
      recorder,
      target,
      response,
      "versionFree",
      "GET service index"
    ))
      return void 0;
    const body = jsonBody(response);
    const resources = isRecord(body) && Array.isArray(body["resources"]) ? body["resources"] : [];
    const flat = resources.find(
      (item) => isRecord(item) && String(item["@type"]).startsWith("PackageBaseAddress/3.0.0")
    );
    if (isRecord(flat) && typeof flat["@id"] === "string")
      return flat["@id"].replace(/\/+$/, "");
    recorder.set(
      "versionFree",
      "not checked",
      "the service index lists no PackageBaseAddress/3.0.0"
    );
  } catch (error) {
    recorder.fault("reachable", error);
  }
  return void 0;
}
async function checkVersion(target, recorder, flat, identity) {
  const id = identity.id.toLowerCase();
  try {
    const response = await target.http.send({
      method: "GET",
      url: `${flat}/${encodeURIComponent(id)}/index.json`,
      accept: ["application/json"]
    });
    if (response.status === 404) {
      recorder.set("versionFree", true, `${identity.id} is not on the feed`);
      return;
    }
    if (!recordStatus(
      recorder,
      target,
      response,
      "versionFree",
      "GET flat container"
    ))
      return;
    const body = jsonBody(response);
    const versions = isRecord(body) && Array.isArray(body["versions"]) ? body["versions"] : [];
    const wanted = identity.version.toLowerCase();
    if (versions.some((item) => String(item).toLowerCase() === wanted)) {
      recorder.set("versionFree", false, `${identity.version} is on the feed`);
      recorder.find(
        versionExists(target, `${identity.id} ${identity.version}`)
      );
    } else {
      recorder.set(
        "versionFree",
        true,
        `${identity.version} is not on the feed`
      );
    }
  } catch (error) {
    recorder.fault("versionFree", error);
  }
}
export {
  NuGetFeedProbe
};
