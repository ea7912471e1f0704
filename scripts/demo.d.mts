/** Types of the helpers scripts/demo.mjs exports for the end-to-end tests. */
export function makeHistory(dir: string): string;
export function makeSigningKey(
  dir: string,
): Promise<{ key: string; pub: string }>;
export function prepareDemoProject(registryURL: string): Promise<{
  root: string;
  project: string;
  commit: string;
  key: string;
  pub: string;
}>;
