/**
 * Lockfile injection checks: a package resolved over plain HTTP, or from
 * a host the policy does not allow, could be swapped for another file
 * without the lockfile's consumers noticing.
 */
import type { Finding } from '../findings.ts';
import type { Lockfile } from '../lockfiles/locked-package.ts';

/** Findings for insecure or foreign `resolved` URLs in a lockfile. */
export function checkResolvedURLs(
  lockfile: Lockfile,
  allowedHosts: readonly string[],
  owner?: string,
): Finding[] {
  const findings: Finding[] = [];
  const foreign = new Map<string, Lockfile['packages']>();
  const allowed = new Set(allowedHosts);
  for (const entry of lockfile.packages) {
    const resolved = entry.resolved;
    if (!resolved?.includes('://')) continue;
    const location = {
      file: lockfile.file,
      pointer: entry.source.pointer,
      line: entry.source.line,
    };
    const url = parseURL(resolved);
    if (!url || !['https:', 'git+https:'].includes(url.protocol)) {
      findings.push({
        code: 'SBOM_RESOLVED_INSECURE',
        severity: 'error',
        message: `${entry.name}@${entry.version} resolves from ${resolved.slice(0, 200)}, which is not HTTPS; anyone on the path can swap the package`,
        location,
        owner,
        component: entry.purl,
        remediation: 'Regenerate the lockfile against an HTTPS registry.',
      });
      continue;
    }
    const host = url.hostname.toLowerCase();
    if (!allowed.has(host))
      foreign.set(host, [...(foreign.get(host) ?? []), entry]);
  }
  for (const [host, entries] of [...foreign].sort()) {
    const first = entries[0];
    const examples = entries.slice(0, 3).map((e) => `${e.name}@${e.version}`);
    findings.push({
      code: 'SBOM_RESOLVED_FOREIGN_HOST',
      severity: 'error',
      message: `${entries.length} package${entries.length === 1 ? '' : 's'} in ${lockfile.file} resolve from ${host}, which policy sbom.allowed-hosts does not list (${examples.join(', ')}${entries.length > 3 ? ', …' : ''})`,
      location: {
        file: lockfile.file,
        pointer: first?.source.pointer,
        line: first?.source.line,
      },
      owner,
      component: first?.purl,
      remediation: `Add ${host} to sbom.allowed-hosts in policy.yaml if it is your registry; otherwise regenerate the lockfile.`,
      details: { host, count: entries.length },
    });
  }
  return findings;
}

function parseURL(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** Formats whose lockfile records an integrity hash for every download. */
const hashedFormats =
  /^(package-lock|yarn classic|pnpm|packages\.lock\.json|poetry)/;

/**
 * A warning when packages of a lockfile that normally records integrity
 * hashes have none (git or local dependencies, or a hand-edited file):
 * nothing pins what those downloads contain.
 */
export function checkIntegrity(lockfile: Lockfile, owner?: string): Finding[] {
  if (!hashedFormats.test(lockfile.format)) return [];
  const missing = lockfile.packages.filter(
    (entry) => entry.hashes.length === 0,
  );
  const first = missing[0];
  if (!first) return [];
  const examples = missing.slice(0, 3).map((e) => `${e.name}@${e.version}`);
  return [
    {
      code: 'SBOM_NO_INTEGRITY',
      severity: 'warning',
      message: `${missing.length} package${missing.length === 1 ? '' : 's'} in ${lockfile.file} have no integrity hash (${examples.join(', ')}${missing.length > 3 ? ', …' : ''}); nothing pins what they contain`,
      location: {
        file: lockfile.file,
        pointer: first.source.pointer,
        line: first.source.line,
      },
      owner,
      component: first.purl,
      remediation:
        'Install from a registry that serves integrity hashes and regenerate the lockfile.',
      details: { count: missing.length },
    },
  ];
}
