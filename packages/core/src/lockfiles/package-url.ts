/**
 * Package URLs (purl) for the ecosystems shipshape reads lockfiles of, with
 * each ecosystem's own name rules: npm scopes as `%40scope`, PyPI names
 * normalised, Maven group and artifact as two segments, Go module paths
 * split on `/`.
 */
import type { Ecosystem } from './locked-package.ts';

/** Percent-encodes one purl segment (name, namespace part or version). */
export function encodePurlSegment(text: string): string {
  return encodeURIComponent(text);
}

/** Normalises a PyPI project name the way PEP 503 does. */
export function normalizePyPIName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

/** Builds the purl of a package; an empty version leaves `@version` out. */
export function toPurl(
  ecosystem: Ecosystem,
  name: string,
  version: string,
): string {
  const at = version === '' ? '' : `@${encodePurlSegment(version)}`;
  return `pkg:${ecosystem}/${purlPath(ecosystem, name)}${at}`;
}

function purlPath(ecosystem: Ecosystem, name: string): string {
  switch (ecosystem) {
    case 'npm':
    case 'golang':
      return name.split('/').map(encodePurlSegment).join('/');
    case 'pypi':
      return encodePurlSegment(normalizePyPIName(name));
    case 'maven':
      return name.split(':').map(encodePurlSegment).join('/');
    case 'nuget':
      return encodePurlSegment(name);
  }
}
