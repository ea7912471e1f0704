/**
 * Whether a package URL falls in a scope: same type, namespace and name,
 * and the same version when the scope names one. Qualifiers are ignored.
 */
import { parsePackageURL } from '../sbom-reader/package-url.ts';

/** True when `purl` is covered by `scope` (see the module comment). */
export function scopeMatches(scope: string, purl: string): boolean {
  const want = parsePackageURL(scope);
  const have = parsePackageURL(purl);
  if (!want || !have) return false;
  const sameName =
    want.type === have.type &&
    normalize(want.type, want.namespace) ===
      normalize(have.type, have.namespace) &&
    normalize(want.type, want.name) === normalize(have.type, have.name);
  return (
    sameName && (want.version === undefined || want.version === have.version)
  );
}

// purl types whose names are case-insensitive.
function normalize(type: string, text: string | undefined): string {
  if (text === undefined) return '';
  return ['pypi', 'nuget', 'github'].includes(type) ? text.toLowerCase() : text;
}
