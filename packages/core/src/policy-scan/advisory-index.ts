/**
 * Advisories indexed by (ecosystem, package name), so each component is
 * checked only against the records that name it. Names are compared as
 * each ecosystem does: PyPI normalised, NuGet case-insensitive, the rest
 * exactly (an npm record naming `Axios` does not match `axios`).
 */
import { normalizePythonName } from '../sbom-reader/package-url.ts';
import type { Advisory, AdvisoryPackage } from './osv-advisories.ts';

/** One (advisory, affected entry) pair filed under a package. */
export interface IndexedAffected {
  advisory: Advisory;
  affected: AdvisoryPackage;
}

/** Advisories by ecosystem and package name. */
export class AdvisoryIndex {
  readonly #entries = new Map<string, IndexedAffected[]>();
  readonly size: number;

  constructor(advisories: readonly Advisory[]) {
    this.size = advisories.length;
    for (const advisory of advisories) {
      for (const affected of advisory.affected) {
        const key = indexKey(affected.ecosystem, affected.name);
        const list = this.#entries.get(key);
        if (list) list.push({ advisory, affected });
        else this.#entries.set(key, [{ advisory, affected }]);
      }
    }
  }

  /** The entries for one package (empty when none). */
  lookup(ecosystem: string, name: string): readonly IndexedAffected[] {
    return this.#entries.get(indexKey(ecosystem, name)) ?? [];
  }
}

function indexKey(ecosystem: string, name: string): string {
  const base = ecosystem.split(':')[0] ?? ecosystem;
  const key =
    base === 'PyPI'
      ? normalizePythonName(name)
      : base === 'NuGet'
        ? name.toLowerCase()
        : name;
  return `${base}\u0000${key}`;
}
