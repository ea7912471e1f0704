/**
 * Reads any CycloneDX 1.4–1.6 or SPDX 2.2/2.3 JSON SBOM into one flat list
 * of normalised components. Used by policy-scan (and open to the sbom
 * stage): callers see the same shape whichever format the SBOM has.
 */
import { UserError } from '../errors.ts';
import { isRecord, readJSONFile } from '../input/json-document.ts';
import { componentsFromCycloneDX } from './cyclonedx-components.ts';
import { componentsFromSPDX } from './spdx-components.ts';

/** Export-control markers found on a component. */
export interface ComponentClassification {
  /** Export Control Classification Number, e.g. `5D002`. */
  eccn?: string;
  /** True or false when the SBOM says; undefined when it is silent. */
  usesEncryption?: boolean;
  /** True when the component carries CycloneDX `cryptoProperties`. */
  cryptoProperties: boolean;
}

/** One component of an SBOM, whatever its format. */
export interface SBOMComponent {
  /** The name as the SBOM writes it. */
  name: string;
  version?: string;
  /** The package URL, when the SBOM gives a well-formed one. */
  purl?: string;
  /** OSV ecosystem (`npm`, `PyPI`, `Maven`, `Go`, `NuGet`, …) from the purl. */
  ecosystem?: string;
  /** The package name as OSV spells it for the ecosystem (from the purl). */
  packageName?: string;
  /** An SPDX expression, or undefined when missing or NOASSERTION/NONE. */
  licenses?: string;
  /** Digests keyed by lower-case algorithm without dashes (`sha256`). */
  hashes: Record<string, string>;
  classification: ComponentClassification;
  /** CycloneDX `bom-ref` or SPDX `SPDXID`. */
  bomRef?: string;
  /**
   * True for what the SBOM describes (CycloneDX `metadata.component`, SPDX
   * `documentDescribes` packages) rather than one of its dependencies.
   */
  subject: boolean;
}

/** An SBOM read from disk. */
export interface SBOMComponents {
  /** The name used in messages (as the user gave the path). */
  file: string;
  format: 'cyclonedx' | 'spdx';
  specVersion: string;
  components: SBOMComponent[];
}

/** Limits on SBOM input, beyond the JSON size and depth caps. */
export const sbomLimits = {
  bytes: 128 * 1024 * 1024,
  components: 200_000,
  /** Longer licence strings are treated as unparseable. */
  licenseLength: 4096,
  nameLength: 1024,
} as const;

/**
 * Reads an SBOM file and returns its components. Refuses (exit 2) files
 * that are too large, not JSON, not CycloneDX 1.4–1.6 or SPDX 2.2/2.3, or
 * list more than `sbomLimits.components` components.
 */
export async function readSBOM(
  path: string,
  displayName: string,
): Promise<SBOMComponents> {
  const data = await readJSONFile(path, displayName, sbomLimits.bytes);
  return sbomComponentsFromJSON(data, displayName);
}

/** Normalises an already-parsed SBOM document (see `readSBOM`). */
export function sbomComponentsFromJSON(
  data: unknown,
  file: string,
): SBOMComponents {
  if (!isRecord(data)) throw notSBOM(file);
  if (data['bomFormat'] === 'CycloneDX') {
    const specVersion = String(data['specVersion']);
    if (!['1.4', '1.5', '1.6'].includes(specVersion)) {
      throw unsupported(file, 'specVersion', `CycloneDX ${specVersion}`);
    }
    return {
      file,
      format: 'cyclonedx',
      specVersion,
      components: componentsFromCycloneDX(data, file),
    };
  }
  if (typeof data['spdxVersion'] === 'string') {
    const specVersion = data['spdxVersion'].replace(/^SPDX-/, '');
    if (!['2.2', '2.3'].includes(specVersion)) {
      throw unsupported(file, 'spdxVersion', data['spdxVersion']);
    }
    return {
      file,
      format: 'spdx',
      specVersion,
      components: componentsFromSPDX(data, file),
    };
  }
  throw notSBOM(file);
}

/** Refuses an SBOM with more components than the limit. */
export function assertComponentCount(count: number, file: string): void {
  if (count > sbomLimits.components) {
    throw new UserError(
      'SBOM_TOO_MANY_COMPONENTS',
      `${file} lists more than ${sbomLimits.components} components; split the SBOM`,
      { file },
    );
  }
}

/** A short string field, or undefined when absent, empty or over-long. */
export function boundedString(
  value: unknown,
  max: number = sbomLimits.nameLength,
): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= max
    ? value
    : undefined;
}

function notSBOM(file: string): UserError {
  return new UserError(
    'SBOM_FORMAT_UNKNOWN',
    `${file} is neither a CycloneDX JSON SBOM (bomFormat "CycloneDX") nor an SPDX JSON document (spdxVersion)`,
    { file },
  );
}

function unsupported(file: string, field: string, what: string): UserError {
  return new UserError(
    'SBOM_VERSION_UNSUPPORTED',
    `${file}: ${what} is not supported; expected CycloneDX 1.4–1.6 or SPDX 2.2/2.3`,
    { file, field },
  );
}
