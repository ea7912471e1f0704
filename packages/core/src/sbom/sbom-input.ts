/**
 * An SBOM made by another tool (`--input`, or `dependencies.sbom` in the
 * manifest): its components as the cross-check sees them, and the same
 * document annotated with the release subject instead of regenerated.
 */
import { isRecord } from '../input/json-document.ts';
import type { ComponentRef } from './sbom-crosscheck.ts';
import {
  spdxDate,
  subjectProperties,
  type SBOMSubject,
} from './sbom-document.ts';
import type { SBOMFormat } from './sbom-schema.ts';

/** Components of a CycloneDX or SPDX document (nested ones included). */
export function componentsOf(
  document: unknown,
  format: SBOMFormat,
): ComponentRef[] {
  if (!isRecord(document)) return [];
  if (format === 'spdx') {
    const packages = Array.isArray(document['packages'])
      ? document['packages']
      : [];
    return packages.filter(isRecord).map((entry) => ({
      name: textOf(entry['name']),
      purl: spdxPurl(entry),
    }));
  }
  const found: ComponentRef[] = [];
  const stack: unknown[] = [...listOf(document['components'])];
  while (stack.length > 0) {
    const entry = stack.pop();
    if (!isRecord(entry)) continue;
    const group =
      typeof entry['group'] === 'string' && entry['group'] !== ''
        ? `${entry['group']}/`
        : '';
    found.push({
      name: `${group}${textOf(entry['name'])}`,
      purl: typeof entry['purl'] === 'string' ? entry['purl'] : undefined,
    });
    stack.push(...listOf(entry['components']));
  }
  return found;
}

function spdxPurl(entry: Record<string, unknown>): string | undefined {
  const refs = listOf(entry['externalRefs']);
  const purl = refs.find(
    (ref) => isRecord(ref) && ref['referenceType'] === 'purl',
  );
  return isRecord(purl) && typeof purl['referenceLocator'] === 'string'
    ? purl['referenceLocator']
    : undefined;
}

/**
 * Returns a copy of the document with the subject's `shipshape:*` facts
 * added (CycloneDX metadata properties, SPDX document annotations) and
 * the components named in `remove` left out.
 */
export function annotateSBOM(
  document: Record<string, unknown>,
  format: SBOMFormat,
  subject: SBOMSubject,
  timestamp: Date,
  remove: ReadonlySet<string>,
): Record<string, unknown> {
  const facts = subjectProperties(subject);
  if (format === 'cyclonedx') {
    const metadata = isRecord(document['metadata']) ? document['metadata'] : {};
    const existing = listOf(metadata['properties']);
    const components = Array.isArray(document['components'])
      ? document['components'].filter(
          (c) =>
            !(
              isRecord(c) &&
              typeof c['purl'] === 'string' &&
              remove.has(c['purl'])
            ),
        )
      : undefined;
    return {
      ...document,
      metadata: {
        ...metadata,
        properties: [
          ...existing,
          ...facts.map(([name, value]) => ({ name, value })),
        ],
      },
      ...(components ? { components } : {}),
    };
  }
  const annotations = listOf(document['annotations']);
  const packages = Array.isArray(document['packages'])
    ? document['packages'].filter(
        (p) => !(isRecord(p) && remove.has(spdxPurl(p) ?? '')),
      )
    : undefined;
  return {
    ...document,
    annotations: [
      ...annotations,
      ...facts.map(([name, value]) => ({
        annotationType: 'OTHER',
        annotator: 'Tool: shipshape',
        annotationDate: spdxDate(timestamp),
        comment: `${name}=${value}`,
      })),
    ],
    ...(packages ? { packages } : {}),
  };
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : [];
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
