/**
 * Field conversions shared by the CycloneDX and SPDX readers: hashes,
 * purls, licence text and export-control markers.
 */
import {
  ecosystemOfPurl,
  osvPackageName,
  parsePackageURL,
} from './package-url.ts';
import type { SBOMComponent } from './sbom-components.ts';

/** Property (CycloneDX) or annotation (SPDX) names for export markers. */
export const exportMarkers = {
  eccn: 'shipshape:export:eccn',
  usesEncryption: 'shipshape:export:uses-encryption',
} as const;

/** `SHA-256` → `sha256`, `BLAKE2b-384` → `blake2b384`. */
export function hashKey(algorithm: string): string {
  return algorithm.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** The purl-derived fields of a component (empty when the purl is bad). */
export function purlFields(
  purl: string | undefined,
): Pick<SBOMComponent, 'purl' | 'ecosystem' | 'packageName'> {
  if (purl === undefined) return {};
  const parsed = parsePackageURL(purl);
  if (!parsed) return {};
  return {
    purl,
    ecosystem: ecosystemOfPurl(parsed),
    packageName: osvPackageName(parsed),
  };
}

/** `true`/`yes` → true, `false`/`no` → false, anything else undefined. */
export function markerBoolean(value: string): boolean | undefined {
  const text = value.trim().toLowerCase();
  if (text === 'true' || text === 'yes') return true;
  if (text === 'false' || text === 'no') return false;
  return undefined;
}
