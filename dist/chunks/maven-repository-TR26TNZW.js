import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  ProbeRecorder,
  authorizationHeader,
  recordStatus,
  versionExists
} from "./chunk-4BOIBMMC.js";
import "./chunk-DIPXMY6K.js";
import "./chunk-GUYOKWKK.js";

// packages/core/src/publish-dry-run/maven-pom.ts
import { createHash } from "node:crypto";
import { readFile, readdir } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
var maxPOMBytes = 1024 * 1024;
function projectElements(xml) {
  if (/<!DOCTYPE/i.test(xml))
    throw new Error("the POM has a DOCTYPE declaration, which is refused");
  const text = xml.replace(/<!--[\s\S]*?-->/g, "").replace(/<\?[\s\S]*?\?>/g, "");
  const elements = /* @__PURE__ */ new Map();
  const stack = [];
  for (const match of text.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>/g)) {
    const [whole, closing, rawName = "", selfClosing] = match;
    const name = rawName.replace(/^.*:/, "");
    const at = match.index;
    if (closing) {
      const open = stack.pop();
      if (!open || open.name !== name)
        throw new Error(`the POM is not well-formed near </${name}>`);
      if (stack.length === 1 && stack[0]?.name === "project")
        elements.set(name, text.slice(open.start, at).trim());
    } else if (!selfClosing) {
      stack.push({ name, start: at + whole.length });
    } else if (stack.length === 1) elements.set(name, "");
  }
  if (stack.length > 0)
    throw new Error("the POM is not well-formed (unclosed elements)");
  return elements;
}
async function checkCentralRules(artifactPath, coordinates) {
  const dir = dirname(artifactPath);
  const stem = `${coordinates.artifactId}-${coordinates.version}`;
  const pomPath = join(dir, `${stem}.pom`);
  const problems = [];
  let elements;
  try {
    const data = await readFile(pomPath);
    if (data.length > maxPOMBytes)
      throw new Error(`over the ${maxPOMBytes} byte cap`);
    elements = projectElements(data.toString("utf8"));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return [{ message: `${stem}.pom cannot be read: ${detail}` }];
  }
  problems.push(...checkPOMElements(elements, coordinates));
  problems.push(
    ...await checkCompanions(dir, stem, elements, basename(artifactPath))
  );
  return problems;
}
function checkPOMElements(elements, coordinates) {
  const problems = [];
  for (const name of [
    "name",
    "description",
    "url",
    "licenses",
    "developers",
    "scm"
  ]) {
    if (!elements.get(name))
      problems.push({ message: `the POM has no <${name}>` });
  }
  const licenses = elements.get("licenses") ?? "";
  if (licenses && !/<license>[\s\S]*<name>\s*\S/.test(licenses))
    problems.push({ message: "the POM <licenses> names no licence" });
  const scm = elements.get("scm") ?? "";
  if (scm && !/<(url|connection)>\s*\S/.test(scm))
    problems.push({ message: "the POM <scm> has no url or connection" });
  const groupId = elements.get("groupId");
  for (const [key, expected] of Object.entries(coordinates)) {
    const actual = key === "groupId" ? groupId : elements.get(key);
    if (actual === void 0 && key !== "artifactId" && elements.has("parent"))
      continue;
    if (actual !== expected)
      problems.push({
        message: `the POM <${key}> is "${actual ?? ""}", the release says "${expected}"`
      });
  }
  return problems;
}
async function checkCompanions(dir, stem, elements, mainFile) {
  const present = new Set(await readdir(dir));
  const problems = [];
  const packaging = elements.get("packaging") ?? "jar";
  const files = [`${stem}.pom`];
  if (packaging !== "pom") {
    files.push(mainFile, `${stem}-sources.jar`, `${stem}-javadoc.jar`);
  }
  for (const file of new Set(files)) {
    if (!present.has(file)) {
      problems.push({ message: `${file} is missing` });
      continue;
    }
    if (!present.has(`${file}.asc`))
      problems.push({ message: `${file}.asc (signature) is missing` });
    for (const algorithm of ["md5", "sha1"]) {
      const sum = `${file}.${algorithm}`;
      if (!present.has(sum))
        problems.push({ message: `${sum} (checksum) is missing` });
      else if (!await checksumMatches(join(dir, file), join(dir, sum), algorithm))
        problems.push({ message: `${sum} does not match ${file}` });
    }
  }
  return problems;
}
async function checksumMatches(file, sumFile, algorithm) {
  const expected = (await readFile(sumFile, "utf8")).trim().split(/\s+/)[0]?.toLowerCase();
  const actual = createHash(algorithm).update(await readFile(file)).digest("hex");
  return expected === actual;
}

// packages/core/src/publish-dry-run/maven-repository.ts
var MavenRepositoryProbe = class {
  kind = "maven";
  async probe(target) {
    const recorder = new ProbeRecorder(target);
    const coordinates = mavenCoordinates(target, recorder);
    if (!coordinates) return recorder.result();
    await checkPackage(target, recorder, coordinates);
    const base = `${target.registry.url.replace(/\/+$/, "")}/`;
    const state = await checkReachable(target, recorder, base);
    if (state === "unreachable") return recorder.result();
    if (state === "collection") await checkWriteAccess(target, recorder, base);
    await checkVersion(target, recorder, base, coordinates);
    return recorder.result();
  }
};
function mavenCoordinates(target, recorder) {
  const [groupId, artifactId, extra] = (target.artifact.coordinates ?? "").split(":");
  if (groupId && artifactId && extra === void 0)
    return { groupId, artifactId, version: target.releaseVersion };
  invalid(target, recorder, "coordinates must be groupId:artifactId");
  return void 0;
}
function invalid(target, recorder, detail) {
  recorder.set("packageValid", false, detail);
  recorder.find({
    code: "PUBLISH_PACKAGE_INVALID",
    severity: "error",
    message: `${target.artifact.name} would be refused as a Maven release: ${detail}`,
    remediation: "Fix the POM and generate the sources and javadoc jars, .asc signatures and .md5/.sha1 checksums beside the artifact (e.g. maven-source-plugin, maven-javadoc-plugin, maven-gpg-plugin)."
  });
}
async function checkPackage(target, recorder, coordinates) {
  const problems = await checkCentralRules(target.artifactPath, coordinates);
  if (problems.length === 0) {
    recorder.set(
      "packageValid",
      true,
      "POM, sources, javadoc, signatures and checksums meet Central's rules"
    );
    return;
  }
  recorder.set(
    "packageValid",
    false,
    `${problems.length} Central rule(s) broken`
  );
  for (const problem of problems) invalid(target, recorder, problem.message);
}
async function checkReachable(target, recorder, base) {
  try {
    const response = await target.http.send({
      method: "PROPFIND",
      url: base,
      headers: {
        ...authorizationHeader(target.credential, "Basic"),
        depth: "0"
      }
    });
    recorder.set("reachable", true, `PROPFIND answered ${response.status}`);
    if (response.status === 207) return "collection";
    if (response.status === 401 || response.status === 403) {
      recordStatus(
        recorder,
        target,
        response,
        "authenticated",
        "PROPFIND on the repository"
      );
      return "refused";
    }
    recorder.set(
      "authenticated",
      "not checked",
      `the repository does not answer PROPFIND (${response.status}), so write access cannot be tested without uploading`
    );
    recorder.set(
      "allowed",
      "not checked",
      "no non-mutating write test available"
    );
    return "no-dav";
  } catch (error) {
    recorder.fault("reachable", error);
    return "unreachable";
  }
}
async function checkWriteAccess(target, recorder, base) {
  try {
    const response = await target.http.send({
      method: "MKCOL",
      url: base,
      headers: authorizationHeader(target.credential, "Basic")
    });
    if (response.status === 405) {
      recorder.set(
        "authenticated",
        target.credential ? true : "not checked",
        "write methods accepted the credential"
      );
      recorder.set(
        "allowed",
        true,
        "MKCOL on the existing root was authorised (405: nothing created)"
      );
      return;
    }
    if (recordStatus(
      recorder,
      target,
      response,
      "allowed",
      "MKCOL on the repository root"
    ))
      recorder.set(
        "allowed",
        "not checked",
        `MKCOL answered ${response.status}`
      );
    else if (response.status === 401)
      recorder.set("allowed", false, "not authenticated");
  } catch (error) {
    recorder.fault("allowed", error);
  }
}
async function checkVersion(target, recorder, base, coordinates) {
  const { groupId, artifactId, version } = coordinates;
  const path = `${groupId.split(".").join("/")}/${artifactId}/${version}/${artifactId}-${version}.pom`;
  try {
    const response = await target.http.send({
      method: "HEAD",
      url: `${base}${path}`,
      headers: authorizationHeader(target.credential, "Basic")
    });
    if (response.status === 404) {
      recorder.set("versionFree", true, `${version} is not in the repository`);
      return;
    }
    if (!recordStatus(recorder, target, response, "versionFree", `HEAD ${path}`))
      return;
    recorder.set("versionFree", false, `${path} exists`);
    recorder.find(versionExists(target, `${groupId}:${artifactId}:${version}`));
  } catch (error) {
    recorder.fault("versionFree", error);
  }
}
export {
  MavenRepositoryProbe
};
