import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));

// packages/core/src/input/canonical-json.ts
function canonicalJSON(value, indent = 2) {
  return `${JSON.stringify(sortKeys(value), null, indent)}
`;
}
function canonicalLine(value) {
  return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== "object") return value;
  const sorted = {};
  for (const key of Object.keys(value).sort()) {
    const child = value[key];
    if (child !== void 0) sorted[key] = sortKeys(child);
  }
  return sorted;
}

export {
  canonicalJSON,
  canonicalLine
};
