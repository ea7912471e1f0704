import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  UserError
} from "./chunk-RLB5E7YF.js";

// packages/core/src/manifest/artifact-selection.ts
function selectArtifacts(artifacts, names, manifestFile) {
  if (names === void 0 || names.length === 0) return [...artifacts];
  const known = new Set(artifacts.map((artifact) => artifact.name));
  for (const name of names) {
    if (!known.has(name)) {
      throw new UserError(
        "ARTIFACT_UNKNOWN",
        `${manifestFile} has no artifact named "${name}" (it has: ${[...known].join(", ")})`,
        { file: manifestFile, field: "artifacts" }
      );
    }
  }
  const wanted = new Set(names);
  return artifacts.filter((artifact) => wanted.has(artifact.name));
}
function partFolder(names) {
  if (names === void 0 || names.length === 0) return "";
  const joined = [...names].sort().map((name) => encodeURIComponent(name).replace(/\./g, "%2E")).join("+");
  return `parts/${joined}/`;
}
function withSelection(outcome, names) {
  if (names === void 0 || names.length === 0) return outcome;
  return {
    ...outcome,
    extra: { ...outcome.extra, selectedArtifacts: [...names].sort() }
  };
}

export {
  selectArtifacts,
  partFolder,
  withSelection
};
