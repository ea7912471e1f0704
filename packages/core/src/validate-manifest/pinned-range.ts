/**
 * Whether a declared dependency is pinned to one version, in the rules of
 * its own ecosystem. A range lets the next install pick a different
 * version than the one that was tested and locked.
 */
import type { Ecosystem } from '../lockfiles/locked-package.ts';

/** The verdict on one declared version spec. */
export type PinVerdict = 'pinned' | 'unpinned' | 'local' | 'unknown';

const maxSpecLength = 1024;
const exactSemver =
  /^[=v]{0,2}\d{1,15}\.\d{1,15}\.\d{1,15}(?:-[0-9A-Za-z.-]{1,128})?(?:\+[0-9A-Za-z.-]{1,128})?$/;
const commitRef = /#[0-9a-f]{7,64}$/i;

/** Judges a declared spec such as `^1.2.0`, `==2.0.1` or `[1.0,2.0)`. */
export function pinVerdict(ecosystem: Ecosystem, spec: string): PinVerdict {
  const text = spec.trim();
  if (text.length > maxSpecLength) return 'unpinned';
  switch (ecosystem) {
    case 'npm':
      return npmVerdict(text);
    case 'pypi':
      return pythonVerdict(text);
    case 'maven':
      return mavenVerdict(text);
    case 'nuget':
      // NuGet resolves the lowest version a range allows, so only floating
      // versions (1.*, *) move between installs.
      return text.includes('*') ? 'unpinned' : 'pinned';
    case 'golang':
      // Go's minimal version selection always builds the listed versions.
      return 'pinned';
  }
}

function npmVerdict(spec: string): PinVerdict {
  if (/^(?:file|link|workspace|portal|catalog):/.test(spec)) return 'local';
  const alias = /^npm:(?:@[^@/]+\/)?[^@]+@(.+)$/.exec(spec);
  if (alias) return npmVerdict(alias[1] ?? '');
  if (exactSemver.test(spec)) return 'pinned';
  if (
    /^(?:git\+|git:|github:|gitlab:|bitbucket:|[\w.-]+\/[\w.-]+#)/.test(spec)
  ) {
    return commitRef.test(spec) ? 'pinned' : 'unpinned';
  }
  if (/^https?:\/\//.test(spec)) {
    // A tarball URL names one file; a git host URL needs a commit.
    return spec.includes('.git') && !commitRef.test(spec)
      ? 'unpinned'
      : 'pinned';
  }
  return 'unpinned';
}

function pythonVerdict(spec: string): PinVerdict {
  if (spec.startsWith('file:')) return 'local';
  // A direct reference (`@ git+https://…`) is pinned by a commit or a hash.
  if (spec.startsWith('@')) {
    return /@[0-9a-f]{7,64}$|#sha256=[0-9a-f]{64}$/i.test(spec)
      ? 'pinned'
      : 'unpinned';
  }
  // Environment markers (`; python_version < "3.11"`) do not change the pin.
  const version = spec.split(';')[0]?.trim() ?? '';
  if (version === '' || version.includes(',')) return 'unpinned';
  if (/^===?\s*[0-9][0-9A-Za-z.!+-]*$/.test(version)) return 'pinned';
  // Poetry reads a bare version as an exact one.
  return /^[0-9][0-9A-Za-z.!+-]*$/.test(version) && !version.includes('*')
    ? 'pinned'
    : 'unpinned';
}

function mavenVerdict(spec: string): PinVerdict {
  // Managed by a parent or BOM, or a property shipshape could not resolve.
  if (spec === '' || spec.includes('${')) return 'unknown';
  if (/^\[[^,\]]+\]$/.test(spec)) return 'pinned';
  if (/[[\](),]|^(?:LATEST|RELEASE)$|\+$/.test(spec)) return 'unpinned';
  return 'pinned';
}
