/**
 * JSON Schema validation of release.yaml and policy.yaml against the
 * schemas published in `schemas/`, through validators generated ahead of
 * time (scripts/generate-validators.mjs) so no command compiles a schema
 * at start-up. Problems come back as data with a JSON pointer, so callers
 * can turn them into findings or errors.
 */
import type { ErrorObject } from 'ajv';
import {
  validateManifest,
  validatePolicy,
  type GeneratedValidator,
} from './generated/config-validators.js';

/** One schema violation. */
export interface SchemaProblem {
  /** JSON pointer of the offending value (or of its parent for a missing key). */
  pointer: string;
  /** The key involved, for unknown and missing keys. */
  key?: string;
  message: string;
  kind: 'unknown-key' | 'missing' | 'type' | 'enum' | 'format' | 'other';
}

/** Validates parsed release.yaml data; an empty list means valid. */
export function checkManifestSchema(data: unknown): SchemaProblem[] {
  return runValidator(validateManifest, data);
}

/** Validates parsed policy.yaml data; an empty list means valid. */
export function checkPolicySchema(data: unknown): SchemaProblem[] {
  return runValidator(validatePolicy, data);
}

function runValidator(
  validate: GeneratedValidator,
  data: unknown,
): SchemaProblem[] {
  if (validate(data)) return [];
  const problems = (validate.errors ?? [])
    .filter(
      (error) => !['if', 'anyOf', 'oneOf', '$ref'].includes(error.keyword),
    )
    .map(toProblem);
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.pointer}|${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toProblem(error: ErrorObject): SchemaProblem {
  const pointer = error.instancePath;
  const params = error.params as Record<string, unknown>;
  const field =
    pointer === ''
      ? 'the document'
      : `"${pointer.slice(1).replaceAll('/', '.')}"`;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params['additionalProperty']);
      return {
        pointer: `${pointer}/${key}`,
        key,
        kind: 'unknown-key',
        message: `unknown key "${key}" in ${field}`,
      };
    }
    case 'required': {
      const key = String(params['missingProperty']);
      return {
        pointer,
        key,
        kind: 'missing',
        message: `${field} is missing the required key "${key}"`,
      };
    }
    case 'type':
      return {
        pointer,
        kind: 'type',
        message: `${field} must be ${articleFor(String(params['type']))}`,
      };
    case 'enum':
      return {
        pointer,
        kind: 'enum',
        message: `${field} must be one of: ${(params['allowedValues'] as unknown[]).join(', ')}`,
      };
    case 'pattern':
    case 'format':
      return {
        pointer,
        kind: 'format',
        message: `${field} ${error.message ?? 'is malformed'}`,
      };
    default:
      return {
        pointer,
        kind: 'other',
        message: `${field} ${error.message ?? 'is invalid'}`,
      };
  }
}

function articleFor(type: string): string {
  const names: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    string: 'a string',
    boolean: 'true or false',
    number: 'a number',
    integer: 'a whole number',
    null: 'null',
  };
  return type
    .split(',')
    .map((part) => names[part] ?? part)
    .join(' or ');
}
