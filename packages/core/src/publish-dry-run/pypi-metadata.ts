/**
 * The checks `twine check` makes before an upload, done on the archive
 * itself: a wheel's `*.dist-info/METADATA` or an sdist's `PKG-INFO` must
 * carry a supported Metadata-Version, a valid Name and Version that match
 * the file name, and a long description whose content type PyPI renders.
 */
import { basename } from 'node:path';
import { readTarEntry, readZipEntry } from './archive-reader.ts';
import { normalizeProjectName } from './pypi-token.ts';

/** Core metadata of a distribution. */
export interface DistributionMetadata {
  name: string;
  version: string;
  fields: Map<string, string>;
}

/** What twine would say: problems fail, warnings do not. */
export interface MetadataCheck {
  metadata?: DistributionMetadata;
  problems: string[];
  warnings: string[];
}

const supportedVersions = new Set([
  '1.0',
  '1.1',
  '1.2',
  '2.0',
  '2.1',
  '2.2',
  '2.3',
  '2.4',
]);
const namePattern = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
// PEP 440 public and local versions.
const versionPattern =
  /^v?(\d+!)?\d+(\.\d+)*((a|b|rc)\d+)?(\.post\d+)?(\.dev\d+)?(\+[a-z0-9]+(\.[a-z0-9]+)*)?$/i;
const renderedTypes = ['text/plain', 'text/x-rst', 'text/markdown'];

/** Reads and checks a wheel or sdist's metadata. */
export async function checkDistribution(path: string): Promise<MetadataCheck> {
  const file = basename(path);
  const text = await readMetadataText(path, file);
  if (text === undefined)
    return { problems: [`${file} holds no METADATA / PKG-INFO`], warnings: [] };
  const fields = parseHeaders(text);
  return checkFields(fields, file);
}

async function readMetadataText(
  path: string,
  file: string,
): Promise<string | undefined> {
  if (file.endsWith('.whl')) {
    const entry = await readZipEntry(path, (item) =>
      /^[^/]+\.dist-info\/METADATA$/.test(item),
    );
    return entry?.text;
  }
  if (file.endsWith('.tar.gz')) {
    const entry = await readTarEntry(path, (item) =>
      /^[^/]+\/PKG-INFO$/.test(item),
    );
    return entry?.text;
  }
  return undefined;
}

/** Parses RFC 822 style headers; the body after the blank line is the description. */
export function parseHeaders(text: string): Map<string, string> {
  const fields = new Map<string, string>();
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  let last: string | undefined;
  let index = 0;
  for (; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line === '') break;
    if (/^[ \t]/.test(line) && last) {
      fields.set(last, `${fields.get(last) ?? ''}\n${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    if (!fields.has(last)) fields.set(last, line.slice(colon + 1).trim());
  }
  const body = lines
    .slice(index + 1)
    .join('\n')
    .trim();
  if (body && !fields.has('description')) fields.set('description', body);
  return fields;
}

function checkFields(fields: Map<string, string>, file: string): MetadataCheck {
  const problems: string[] = [];
  const warnings: string[] = [];
  const metadataVersion = fields.get('metadata-version');
  const name = fields.get('name') ?? '';
  const version = fields.get('version') ?? '';
  if (!metadataVersion) problems.push('Metadata-Version is missing');
  else if (!supportedVersions.has(metadataVersion))
    problems.push(
      `Metadata-Version ${metadataVersion} is not one PyPI accepts`,
    );
  if (!namePattern.test(name))
    problems.push(`Name "${name}" is missing or invalid`);
  if (!versionPattern.test(version))
    problems.push(`Version "${version}" is missing or not a PEP 440 version`);
  const prefix = file.split('-')[0] ?? '';
  if (name && normalizeProjectName(prefix) !== normalizeProjectName(name))
    problems.push(
      `the file name ${file} does not start with the project name ${name}`,
    );
  if (version && !file.includes(`-${version}`))
    problems.push(`the file name ${file} does not carry version ${version}`);
  const contentType = (fields.get('description-content-type') ?? '')
    .split(';')[0]
    ?.trim();
  if (!fields.get('description'))
    warnings.push(
      'the long description is missing; PyPI shows an empty project page',
    );
  if (!contentType)
    warnings.push(
      'Description-Content-Type is missing; PyPI assumes reStructuredText',
    );
  else if (!renderedTypes.includes(contentType))
    problems.push(
      `Description-Content-Type ${contentType} is not one PyPI renders`,
    );
  return { metadata: { name, version, fields }, problems, warnings };
}
