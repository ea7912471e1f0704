/**
 * Validation of CycloneDX (1.4, 1.5, 1.6) and SPDX (2.2, 2.3) JSON against
 * the official schemas vendored in `schemas/vendor/`. The schemas'
 * `uniqueItems` keyword makes a plain ajv run quadratic in list length, so
 * it is swapped for a keyword that checks uniqueness with a set: the whole
 * check stays linear in the document's size.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import bom14 from '../../../../schemas/vendor/bom-1.4.schema.json' with { type: 'json' };
import bom15 from '../../../../schemas/vendor/bom-1.5.schema.json' with { type: 'json' };
import bom16 from '../../../../schemas/vendor/bom-1.6.schema.json' with { type: 'json' };
import spdxLicenses from '../../../../schemas/vendor/spdx.schema.json' with { type: 'json' };
import jsf from '../../../../schemas/vendor/jsf-0.82.schema.json' with { type: 'json' };
import spdx22 from '../../../../schemas/vendor/spdx-schema-2.2.json' with { type: 'json' };
import spdx23 from '../../../../schemas/vendor/spdx-schema-2.3.json' with { type: 'json' };
import { canonicalLine } from '../input/canonical-json.ts';
import { isRecord } from '../input/json-document.ts';

/** SBOM formats shipshape validates. */
export type SBOMFormat = 'cyclonedx' | 'spdx';

/** One way a document breaks its schema. */
export interface SBOMSchemaProblem {
  /** JSON pointer of the offending value. */
  pointer: string;
  message: string;
}

/** The outcome of `validateSBOM`; no problems means valid. */
export interface SBOMValidation {
  /** The format the document claims, or undefined when it claims none. */
  format?: SBOMFormat;
  specVersion?: string;
  problems: SBOMSchemaProblem[];
}

const schemas: Record<string, object> = {
  'cyclonedx 1.4': bom14,
  'cyclonedx 1.5': bom15,
  'cyclonedx 1.6': bom16,
  'spdx 2.2': spdx22,
  'spdx 2.3': spdx23,
};

/** CycloneDX and SPDX versions shipshape validates. */
export const supportedVersions: Record<SBOMFormat, readonly string[]> = {
  cyclonedx: ['1.4', '1.5', '1.6'],
  spdx: ['2.2', '2.3'],
};

const uniqueKeyword = 'x-shipshape-unique-items';
let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

/**
 * Validates a parsed SBOM against the schema of the format and version it
 * declares. `displayName` names the document in problem messages. Never
 * throws for a bad document: every problem is returned as data.
 */
export function validateSBOM(
  document: unknown,
  displayName: string,
): SBOMValidation {
  const { format, specVersion } = identifySBOM(document);
  if (!format) {
    return {
      problems: [
        {
          pointer: '',
          message: `${displayName} is neither CycloneDX JSON (bomFormat "CycloneDX") nor SPDX JSON (spdxVersion "SPDX-2.x")`,
        },
      ],
    };
  }
  if (!specVersion || !supportedVersions[format].includes(specVersion)) {
    return {
      format,
      specVersion,
      problems: [
        {
          pointer: format === 'cyclonedx' ? '/specVersion' : '/spdxVersion',
          message: `${displayName} declares ${format} version ${JSON.stringify(specVersion)}; shipshape validates ${supportedVersions[format].join(', ')}`,
        },
      ],
    };
  }
  const validate = validatorFor(`${format} ${specVersion}`);
  if (validate(document)) return { format, specVersion, problems: [] };
  return { format, specVersion, problems: toProblems(validate.errors ?? []) };
}

/** Reads the format and version a document claims to be. */
export function identifySBOM(document: unknown): {
  format?: SBOMFormat;
  specVersion?: string;
} {
  if (!isRecord(document)) return {};
  if (document['bomFormat'] === 'CycloneDX') {
    const version = document['specVersion'];
    return {
      format: 'cyclonedx',
      specVersion: typeof version === 'string' ? version : undefined,
    };
  }
  const spdx = document['spdxVersion'];
  if (typeof spdx === 'string' && spdx.startsWith('SPDX-')) {
    return { format: 'spdx', specVersion: spdx.slice('SPDX-'.length) };
  }
  return {};
}

// Schemas are compiled on first use (a few hundred milliseconds for a
// CycloneDX schema). Precompiled ajv standalone code for all five schemas
// was measured at 2.1 MB and loaded in about as long under load, so it
// was not adopted: the whole-process benchmark meets its goal without it.
function validatorFor(key: string): ValidateFunction {
  const found = compiled.get(key);
  if (found) return found;
  const schema = schemas[key];
  if (!schema) throw new Error(`no schema for ${key}`);
  const validate = instance().compile(withSetUniqueness(schema));
  compiled.set(key, validate);
  return validate;
}

function instance(): Ajv {
  if (ajv) return ajv;
  ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false });
  const addFormats = addFormatsModule as unknown as (target: Ajv) => Ajv;
  addFormats(ajv);
  // Neither format changes what a machine can do with the value; the
  // Python reference run (corpus SOURCES.md) does not check them either.
  ajv.addFormat('iri-reference', true);
  ajv.addFormat('idn-email', /^[^\s@]+@[^\s@]+$/);
  ajv.addKeyword({
    keyword: uniqueKeyword,
    type: 'array',
    errors: true,
    validate: function unique(
      this: unknown,
      enabled: boolean,
      data: unknown[],
    ) {
      if (!enabled) return true;
      const seen = new Set<string>();
      for (const item of data) {
        const key = canonicalLine(item);
        if (seen.has(key)) return false;
        seen.add(key);
      }
      return true;
    },
  });
  ajv.addSchema(withSetUniqueness(spdxLicenses));
  ajv.addSchema(withSetUniqueness(jsf));
  return ajv;
}

/** A deep copy of a schema with `uniqueItems` replaced by the set check. */
function withSetUniqueness(schema: unknown): object {
  return JSON.parse(JSON.stringify(schema), (key: string, value: unknown) => {
    if (isRecord(value) && 'uniqueItems' in value) {
      const { uniqueItems, ...rest } = value;
      return { ...rest, [uniqueKeyword]: uniqueItems };
    }
    return value;
  }) as object;
}

function toProblems(errors: readonly ErrorObject[]): SBOMSchemaProblem[] {
  const seen = new Set<string>();
  const problems: SBOMSchemaProblem[] = [];
  for (const error of errors) {
    const message =
      error.keyword === uniqueKeyword
        ? 'must not contain duplicate items'
        : error.keyword === 'additionalProperties'
          ? `has the unknown key "${String((error.params as Record<string, unknown>)['additionalProperty'])}"`
          : (error.message ?? 'is invalid');
    const key = `${error.instancePath}|${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ pointer: error.instancePath, message });
  }
  return problems;
}
