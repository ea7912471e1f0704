/**
 * CycloneDX 1.4–1.6 JSON → normalised components. Nested components are
 * flattened; `metadata.component` is kept and marked as the subject.
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

/** Every component of a CycloneDX document, depth first, in document order. */
export function componentsFromCycloneDX(
  bom: Record<string, unknown>,
  file: string,
): SBOMComponent[] {
  const components: SBOMComponent[] = [];
  const metadata = bom['metadata'];
  const subject = isRecord(metadata) ? metadata['component'] : undefined;
  const stack: [unknown, boolean][] = [];
  pushAll(stack, bom['components'], false);
  if (isRecord(subject)) stack.push([subject, true]);
  while (stack.length > 0) {
    const [entry, isSubject] = stack.pop() ?? [undefined, false];
    if (!isRecord(entry)) continue;
    const component = toComponent(entry, isSubject);
    if (component) components.push(component);
    assertComponentCount(components.length, file);
    pushAll(stack, entry['components'], false);
  }
  return components;
}

function pushAll(
  stack: [unknown, boolean][],
  list: unknown,
  subject: boolean,
): void {
  if (!Array.isArray(list)) return;
  for (let index = list.length - 1; index >= 0; index -= 1) {
    stack.push([list[index], subject]);
  }
}

function toComponent(
  entry: Record<string, unknown>,
  subject: boolean,
): SBOMComponent | undefined {
  const name = boundedString(entry['name']);
  if (name === undefined) return undefined;
  const group = boundedString(entry['group']);
  return {
    name: group ? `${group}/${name}` : name,
    version: boundedString(entry['version']),
    ...purlFields(boundedString(entry['purl'])),
    licenses: licenseExpression(entry['licenses']),
    hashes: hashes(entry['hashes']),
    classification: classification(entry),
    bomRef: boundedString(entry['bom-ref']),
    subject,
  };
}

/**
 * The licence choice as one SPDX expression. Several entries are joined
 * with AND, since a component under several licences must meet each; a
 * free-text `name` that is not an SPDX id makes the whole licence unknown.
 */
function licenseExpression(list: unknown): string | undefined {
  if (!Array.isArray(list) || list.length === 0) return undefined;
  const parts: string[] = [];
  for (const choice of list) {
    if (!isRecord(choice)) return undefined;
    const expression = boundedString(
      choice['expression'],
      sbomLimits.licenseLength,
    );
    const license = choice['license'];
    const id = isRecord(license)
      ? (boundedString(license['id']) ?? boundedString(license['name']))
      : undefined;
    const part = expression ?? id;
    if (part === undefined) return undefined;
    parts.push(parts.length === 0 && list.length === 1 ? part : `(${part})`);
  }
  const joined = parts.join(' AND ');
  return joined.length <= sbomLimits.licenseLength ? joined : undefined;
}

function hashes(list: unknown): Record<string, string> {
  const result: Record<string, string> = {};
  if (!Array.isArray(list)) return result;
  for (const hash of list) {
    if (!isRecord(hash)) continue;
    const alg = boundedString(hash['alg']);
    const content = boundedString(hash['content']);
    if (alg && content) result[hashKey(alg)] = content.toLowerCase();
  }
  return result;
}

function classification(
  entry: Record<string, unknown>,
): SBOMComponent['classification'] {
  const result: SBOMComponent['classification'] = {
    cryptoProperties: isRecord(entry['cryptoProperties']),
  };
  const properties = entry['properties'];
  if (!Array.isArray(properties)) return result;
  for (const property of properties) {
    if (!isRecord(property)) continue;
    const value = boundedString(property['value']);
    if (value === undefined) continue;
    if (property['name'] === exportMarkers.eccn) result.eccn = value.trim();
    if (property['name'] === exportMarkers.usesEncryption) {
      result.usesEncryption = markerBoolean(value);
    }
  }
  return result;
}
