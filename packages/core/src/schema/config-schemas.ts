/**
 * JSON Schema validation of release.yaml and policy.yaml against the
 * schemas published in `schemas/`. Problems come back as data with a JSON
 * pointer, so callers can turn them into findings or errors.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import manifestSchema from '../../../../schemas/manifest.schema.json' with { type: 'json' };
import policySchema from '../../../../schemas/policy.schema.json' with { type: 'json' };
import versioning from '../../../../schemas/policy/versioning.schema.json' with { type: 'json' };
import licenses from '../../../../schemas/policy/licenses.schema.json' with { type: 'json' };
import vulnerabilities from '../../../../schemas/policy/vulnerabilities.schema.json' with { type: 'json' };
import exceptions from '../../../../schemas/policy/exceptions.schema.json' with { type: 'json' };
import signing from '../../../../schemas/policy/signing.schema.json' with { type: 'json' };
import registries from '../../../../schemas/policy/registries.schema.json' with { type: 'json' };
import exportControl from '../../../../schemas/policy/export-control.schema.json' with { type: 'json' };
import sbom from '../../../../schemas/policy/sbom.schema.json' with { type: 'json' };
import escalation from '../../../../schemas/policy/escalation.schema.json' with { type: 'json' };
import credentials from '../../../../schemas/policy/credentials.schema.json' with { type: 'json' };

/** One schema violation. */
export interface SchemaProblem {
  /** JSON pointer of the offending value (or of its parent for a missing key). */
  pointer: string;
  /** The key involved, for unknown and missing keys. */
  key?: string;
  message: string;
  kind: 'unknown-key' | 'missing' | 'type' | 'enum' | 'format' | 'other';
}

const policySections = [
  versioning,
  licenses,
  vulnerabilities,
  exceptions,
  signing,
  registries,
  exportControl,
  sbom,
  escalation,
  credentials,
];

let compiled:
  { manifest: ValidateFunction; policy: ValidateFunction } | undefined;

function validators(): {
  manifest: ValidateFunction;
  policy: ValidateFunction;
} {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    for (const section of policySections) ajv.addSchema(section);
    compiled = {
      manifest: ajv.compile(manifestSchema),
      policy: ajv.compile(policySchema),
    };
  }
  return compiled;
}

/** Validates parsed release.yaml data; an empty list means valid. */
export function checkManifestSchema(data: unknown): SchemaProblem[] {
  return runValidator(validators().manifest, data);
}

/** Validates parsed policy.yaml data; an empty list means valid. */
export function checkPolicySchema(data: unknown): SchemaProblem[] {
  return runValidator(validators().policy, data);
}

function runValidator(
  validate: ValidateFunction,
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
