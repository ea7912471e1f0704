/**
 * SPDX 2.2/2.3 JSON → normalised components: one per package. The
 * packages the document describes are marked as its subject.
 */
import { isRecord } from '../input/json-document.ts';
import {
  exportMarkers,
  hashKey,
  markerBoolean,
  purlFields,
} from './component-fields.ts';
import {
  assertComponentCount,
  boundedString,
  sbomLimits,
  type SBOMComponent,
} from './sbom-components.ts';

/** Every package of an SPDX document, in document order. */
export function componentsFromSPDX(
  document: Record<string, unknown>,
  file: string,
): SBOMComponent[] {
  const packages = document['packages'];
  if (!Array.isArray(packages)) return [];
  assertComponentCount(packages.length, file);
  const described = describedIds(document);
  const components: SBOMComponent[] = [];
  for (const entry of packages) {
    if (!isRecord(entry)) continue;
    const name = boundedString(entry['name']);
    if (name === undefined) continue;
    const bomRef = boundedString(entry['SPDXID']);
    components.push({
      name,
      version: boundedString(entry['versionInfo']),
      ...purlFields(purlOf(entry['externalRefs'])),
      licenses:
        licenseField(entry['licenseConcluded']) ??
        licenseField(entry['licenseDeclared']),
      hashes: checksums(entry['checksums']),
      classification: classification(entry['annotations']),
      bomRef,
      subject: bomRef !== undefined && described.has(bomRef),
    });
  }
  return components;
}

function describedIds(document: Record<string, unknown>): Set<string> {
  const ids = new Set<string>();
  const describes = document['documentDescribes'];
  if (Array.isArray(describes)) {
    for (const id of describes) if (typeof id === 'string') ids.add(id);
  }
  const relationships = document['relationships'];
  if (!Array.isArray(relationships)) return ids;
  for (const relation of relationships) {
    if (
      isRecord(relation) &&
      relation['relationshipType'] === 'DESCRIBES' &&
      relation['spdxElementId'] === document['SPDXID'] &&
      typeof relation['relatedSpdxElement'] === 'string'
    ) {
      ids.add(relation['relatedSpdxElement']);
    }
  }
  return ids;
}

/** An SPDX licence field; NOASSERTION and NONE count as unknown. */
function licenseField(value: unknown): string | undefined {
  const text = boundedString(value, sbomLimits.licenseLength);
  if (text === undefined || text === 'NOASSERTION' || text === 'NONE') {
    return undefined;
  }
  return text;
}

function purlOf(refs: unknown): string | undefined {
  if (!Array.isArray(refs)) return undefined;
  for (const ref of refs) {
    if (isRecord(ref) && ref['referenceType'] === 'purl') {
      return boundedString(ref['referenceLocator']);
    }
  }
  return undefined;
}

function checksums(list: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!Array.isArray(list)) return result;
  for (const entry of list) {
    if (!isRecord(entry)) continue;
    const alg = boundedString(entry['algorithm']);
    const value = boundedString(entry['checksumValue']);
    if (alg && value) result[hashKey(alg)] = value.toLowerCase();
  }
  return result;
}

// SPDX 2.x has no export-control field: markers ride in annotation
// comments as `shipshape:export:eccn=5D002`.
function classification(annotations: unknown): SBOMComponent['classification'] {
  const result: SBOMComponent['classification'] = { cryptoProperties: false };
  if (!Array.isArray(annotations)) return result;
  for (const annotation of annotations) {
    if (!isRecord(annotation)) continue;
    const comment = boundedString(annotation['comment']) ?? '';
    const [key = '', value = ''] = comment.split('=', 2);
    if (key.trim() === exportMarkers.eccn) result.eccn = value.trim();
    if (key.trim() === exportMarkers.usesEncryption) {
      result.usesEncryption = markerBoolean(value);
    }
  }
  return result;
}
