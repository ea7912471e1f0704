/**
 * The release policy (policy.yaml): loading with schema validation. Each
 * section's type lives beside the stage that applies it; missing sections
 * mean that stage's documented defaults.
 */
import { access } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UserError } from '../errors.ts';
import { readYAMLFile, type SourceDocument } from '../input/yaml-document.ts';
import { isRecord } from '../input/json-document.ts';
import { checkPolicySchema } from '../schema/config-schemas.ts';
import { schemaError } from '../manifest/release-manifest.ts';

/**
 * policy.yaml as written, keys as in YAML. Stages read their own section
 * and apply their defaults (see each stage's `*-policy.ts`).
 */
export type ReleasePolicy = Record<string, unknown>;

/** A policy read from disk, or the defaults when there is none. */
export interface LoadedPolicy {
  /** Absolute path, or undefined when defaults apply. */
  path?: string;
  file?: string;
  /** Folder that relative paths in the policy resolve against. */
  dir: string;
  document?: SourceDocument;
  policy: ReleasePolicy;
}

/** Options for loading a policy. */
export interface LoadPolicyOptions {
  /** The path the user gave; undefined means `policy.yaml` if present. */
  file?: string;
  cwd?: string;
}

/**
 * Loads policy.yaml. An explicitly named policy must exist; the default
 * `policy.yaml` may be absent, and then every section takes its defaults.
 */
export async function loadPolicy(
  options: LoadPolicyOptions = {},
): Promise<LoadedPolicy> {
  const cwd = options.cwd ?? process.cwd();
  const file = options.file ?? 'policy.yaml';
  const path = resolve(cwd, file);
  if (options.file === undefined && !(await exists(path))) {
    return { dir: cwd, policy: {} };
  }
  const document = await readYAMLFile(path, file);
  const data = document.data ?? {};
  const problems = checkPolicySchema(data);
  if (problems.length > 0) throw schemaError(file, document, problems);
  if (!isRecord(data)) {
    throw new UserError('POLICY_NOT_MAPPING', `${file} must be a mapping`, {
      file,
    });
  }
  return { path, file, dir: dirname(path), document, policy: data };
}

/** Reads one section of a policy as a record (empty when absent). */
export function policySection(
  policy: ReleasePolicy,
  name: string,
): Record<string, unknown> {
  const section = policy[name];
  return isRecord(section) ? section : {};
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
