/**
 * The shared vocabulary of shipshape's core. Stages are imported from their
 * own folders (`@shipshape/core/<stage>/<file>`), so that an entry bundles
 * only the stages it runs.
 */
export * from './findings.ts';
export * from './errors.ts';
export * from './logger.ts';
export * from './clock.ts';
export * from './report.ts';
export * from './limits.ts';
export * from './stage.ts';
export * from './input/text-file.ts';
export * from './input/yaml-document.ts';
export * from './input/json-document.ts';
export * from './input/json-pointer.ts';
export * from './input/canonical-json.ts';
export * from './hashing/file-digest.ts';
export * from './paths/project-path.ts';
export * from './secrets/secret-registry.ts';
export * from './text/visible-text.ts';
export * from './workspace/atomic-write.ts';
export * from './workspace/release-workspace.ts';
export * from './journal/journal.ts';
export * from './manifest/release-manifest.ts';
export * from './policy/release-policy.ts';
export * from './schema/config-schemas.ts';
