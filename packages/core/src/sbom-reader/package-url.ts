/**
 * Package URLs (purl): parsing into parts, and the OSV ecosystem and
 * package name that advisories use for each purl type.
 */

/** The parts of a package URL, percent-decoded. */
export interface PackageURL {
  type: string;
  namespace?: string;
  name: string;
  version?: string;
  qualifiers: Record<string, string>;
}

/** Longest purl accepted; longer strings are treated as absent. */
export const maxPurlLength = 2048;

/**
 * Parses `pkg:type/namespace/name@version?qualifiers#subpath`. Returns
 * undefined for anything that is not a well-formed purl, so a bad purl
 * in an SBOM makes its component unmatched rather than the scan fail.
 */
export function parsePackageURL(text: string): PackageURL | undefined {
  if (text.length > maxPurlLength || !text.startsWith('pkg:')) return undefined;
  let rest = text.slice(4).replace(/^\/+/, '');
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  const query = rest.indexOf('?');
  const qualifiers = query >= 0 ? parseQualifiers(rest.slice(query + 1)) : {};
  if (query >= 0) rest = rest.slice(0, query);
  const slash = rest.indexOf('/');
  if (slash <= 0) return undefined;
  const type = rest.slice(0, slash).toLowerCase();
  let path = rest.slice(slash + 1).replace(/\/+$/, '');
  let version: string | undefined;
  const at = path.lastIndexOf('@');
  if (at > path.lastIndexOf('/')) {
    version = decode(path.slice(at + 1));
    path = path.slice(0, at);
  }
  const segments = path.split('/').map(decode);
  if (segments.some((segment) => segment === undefined)) return undefined;
  const parts = segments as string[];
  const name = parts.pop();
  if (!name) return undefined;
  const namespace = parts.length > 0 ? parts.join('/') : undefined;
  return { type, namespace, name, version, qualifiers };
}

function parseQualifiers(text: string): Record<string, string> {
  const qualifiers: Record<string, string> = Object.create(null) as Record<
    string,
    string
  >;
  for (const pair of text.split('&')) {
    const equals = pair.indexOf('=');
    if (equals <= 0) continue;
    const value = decode(pair.slice(equals + 1));
    if (value !== undefined) {
      qualifiers[pair.slice(0, equals).toLowerCase()] = value;
    }
  }
  return qualifiers;
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

// purl type → OSV ecosystem name. Types missing here get no ecosystem and
// so never match an advisory.
const ecosystemByType: Record<string, string> = {
  npm: 'npm',
  pypi: 'PyPI',
  maven: 'Maven',
  golang: 'Go',
  nuget: 'NuGet',
  cargo: 'crates.io',
  gem: 'RubyGems',
  composer: 'Packagist',
  hex: 'Hex',
  pub: 'Pub',
};

/** The OSV ecosystem of a purl type, or undefined when not known. */
export function ecosystemOfPurl(purl: PackageURL): string | undefined {
  return Object.hasOwn(ecosystemByType, purl.type)
    ? ecosystemByType[purl.type]
    : undefined;
}

/**
 * The package name as OSV records spell it for this purl: `@scope/name`
 * for npm, `group:artifact` for Maven, the full module path for Go, and
 * the PEP 503 normalised name for PyPI.
 */
export function osvPackageName(purl: PackageURL): string {
  const { type, namespace, name } = purl;
  switch (type) {
    case 'maven':
      return namespace ? `${namespace}:${name}` : name;
    case 'pypi':
      return normalizePythonName(name);
    case 'npm':
    case 'golang':
    case 'composer':
      return namespace ? `${namespace}/${name}` : name;
    default:
      return namespace ? `${namespace}/${name}` : name;
  }
}

/** PEP 503 name normalisation: lower case, runs of `-_.` become `-`. */
export function normalizePythonName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}
