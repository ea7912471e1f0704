/**
 * Rule 1: release.yaml matches its JSON Schema. Every schema problem is a
 * finding at the line and column of the offending value (of the key, for
 * an unknown key), with a hint at the key that was probably meant.
 */
import manifestSchema from '../../../../schemas/manifest.schema.json' with { type: 'json' };
import type { Finding } from '../findings.ts';
import { isRecord } from '../input/json-document.ts';
import {
  checkManifestSchema,
  type SchemaProblem,
} from '../schema/config-schemas.ts';
import {
  fieldName,
  manifestFinding,
  ownerAt,
  pointerTokens,
  valueAt,
  type ManifestView,
} from './manifest-view.ts';

/** Schema findings for the whole manifest. */
export function checkSchemaRules(view: ManifestView): Finding[] {
  const findings: Finding[] = [];
  for (const problem of checkManifestSchema(view.document.data)) {
    const finding = schemaFinding(view, problem);
    if (finding) findings.push(finding);
  }
  return findings;
}

function schemaFinding(
  view: ManifestView,
  problem: SchemaProblem,
): Finding | undefined {
  const value = valueAt(view.document.data, problem.pointer);
  // Blank strings are reported by the placeholder rule, with a better text.
  if (typeof value === 'string' && value.trim() === '') return undefined;

  if (problem.kind === 'unknown-key') {
    const suggestion = closestKey(problem.key ?? '', allowedKeys(problem));
    return manifestFinding(view, {
      code: 'MANIFEST_UNKNOWN_KEY',
      message: `${problem.message}: release.yaml refuses keys it does not know, so that a typo cannot pass silently`,
      remediation: suggestion
        ? `Rename it to "${suggestion}", or remove it.`
        : `Remove it, or use one of: ${allowedKeys(problem).join(', ')}.`,
      pointer: problem.pointer,
      atKey: true,
      ...ownerAt(view, problem.pointer),
    });
  }
  if (problem.kind === 'missing') {
    return manifestFinding(view, {
      code: 'MANIFEST_FIELD_MISSING',
      message: problem.message,
      remediation: `Add "${problem.key ?? ''}" here; see schemas/manifest.schema.json.`,
      pointer: problem.pointer,
      ...ownerAt(view, problem.pointer),
    });
  }
  if (problem.kind === 'type' && value === null) {
    return manifestFinding(view, {
      code: 'MANIFEST_FIELD_EMPTY',
      message:
        problem.pointer === ''
          ? `${view.file} is empty`
          : `${fieldName(problem.pointer)} is empty`,
      remediation: 'Fill in the real value before the release.',
      pointer: problem.pointer,
      atKey: true,
      ...ownerAt(view, problem.pointer),
    });
  }
  return manifestFinding(view, {
    code: 'MANIFEST_SCHEMA',
    message: problem.message,
    remediation: hintFor(problem.pointer),
    pointer: problem.pointer,
    ...ownerAt(view, problem.pointer),
  });
}

const hints: Record<string, string> = {
  digest:
    'Write the digest as sha256:<64 lower-case hex digits> or sha512:<128 lower-case hex digits>, e.g. the output of `sha256sum FILE`.',
  id: 'Use letters, digits, ".", "_" and "-" only, starting with a letter or digit.',
  kind: 'Use one of: npm, pypi, maven, nuget, container, installer, file.',
  eccn: 'Use EAR99 or an ECCN such as 5D002.',
};

function hintFor(pointer: string): string {
  const key = pointerTokens(pointer).at(-1) ?? '';
  return (
    (Object.hasOwn(hints, key) ? hints[key] : undefined) ??
    'Correct the value as schemas/manifest.schema.json describes it.'
  );
}

// The keys the schema allows where an unknown key was found.
function allowedKeys(problem: SchemaProblem): string[] {
  const parentTokens = pointerTokens(problem.pointer).slice(0, -1);
  let node: unknown = manifestSchema;
  for (const token of parentTokens) {
    node = childSchema(resolveRef(node), token);
    if (node === undefined) return [];
  }
  const properties = resolveRef(node)?.['properties'];
  return isRecord(properties)
    ? Object.keys(properties).filter((key) => key !== '$schema')
    : [];
}

function childSchema(
  schema: Record<string, unknown> | undefined,
  token: string,
): unknown {
  if (!schema) return undefined;
  if (/^\d+$/.test(token)) return schema['items'];
  const properties = schema['properties'];
  return isRecord(properties) ? properties[token] : undefined;
}

function resolveRef(node: unknown): Record<string, unknown> | undefined {
  if (!isRecord(node)) return undefined;
  const ref = node['$ref'];
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return node;
  let target: unknown = manifestSchema;
  for (const token of ref.slice(2).split('/')) {
    target = isRecord(target) ? target[token] : undefined;
  }
  return isRecord(target) ? target : undefined;
}

/** The allowed key closest to `key`, when it is a plausible typo. */
export function closestKey(
  key: string,
  allowed: readonly string[],
): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const distance = editDistance(key.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const tolerance = Math.max(1, Math.floor(key.length / 3));
  return bestDistance <= tolerance ? best : undefined;
}

function editDistance(a: string, b: string): number {
  if (a.length > 64 || b.length > 64) return Infinity;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] ?? Infinity;
}
