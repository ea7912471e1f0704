/**
 * Maven Central's rules for a release, checked on the files beside the
 * artifact: the POM's required elements, and the sources and javadoc jars,
 * signatures and checksums Central insists on. The POM is read with a small
 * element scanner that refuses DOCTYPE declarations (no entities at all).
 */
import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Largest POM read. */
const maxPOMBytes = 1024 * 1024;

/** The direct children of `<project>` with their text content. */
export function projectElements(xml: string): Map<string, string> {
  if (/<!DOCTYPE/i.test(xml))
    throw new Error('the POM has a DOCTYPE declaration, which is refused');
  const text = xml
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\?[\s\S]*?\?>/g, '');
  const elements = new Map<string, string>();
  const stack: { name: string; start: number }[] = [];
  for (const match of text.matchAll(/<(\/?)([A-Za-z_][\w.:-]*)[^>]*?(\/?)>/g)) {
    const [whole, closing, rawName = '', selfClosing] = match;
    const name = rawName.replace(/^.*:/, '');
    const at = match.index;
    if (closing) {
      const open = stack.pop();
      if (!open || open.name !== name)
        throw new Error(`the POM is not well-formed near </${name}>`);
      if (stack.length === 1 && stack[0]?.name === 'project')
        elements.set(name, text.slice(open.start, at).trim());
    } else if (!selfClosing) {
      stack.push({ name, start: at + whole.length });
    } else if (stack.length === 1) elements.set(name, '');
  }
  if (stack.length > 0)
    throw new Error('the POM is not well-formed (unclosed elements)');
  return elements;
}

/** One rule a Central release breaks. */
export interface CentralProblem {
  message: string;
}

/** Coordinates of a Maven artifact. */
export interface MavenCoordinates {
  groupId: string;
  artifactId: string;
  version: string;
}

/** Checks the POM and the companion files against Central's rules. */
export async function checkCentralRules(
  artifactPath: string,
  coordinates: MavenCoordinates,
): Promise<CentralProblem[]> {
  const dir = dirname(artifactPath);
  const stem = `${coordinates.artifactId}-${coordinates.version}`;
  const pomPath = join(dir, `${stem}.pom`);
  const problems: CentralProblem[] = [];
  let elements: Map<string, string>;
  try {
    const data = await readFile(pomPath);
    if (data.length > maxPOMBytes)
      throw new Error(`over the ${maxPOMBytes} byte cap`);
    elements = projectElements(data.toString('utf8'));
  } catch (error: unknown) {
    const detail = error instanceof Error ? error.message : String(error);
    return [{ message: `${stem}.pom cannot be read: ${detail}` }];
  }
  problems.push(...checkPOMElements(elements, coordinates));
  problems.push(
    ...(await checkCompanions(dir, stem, elements, basename(artifactPath))),
  );
  return problems;
}

function checkPOMElements(
  elements: Map<string, string>,
  coordinates: MavenCoordinates,
): CentralProblem[] {
  const problems: CentralProblem[] = [];
  for (const name of [
    'name',
    'description',
    'url',
    'licenses',
    'developers',
    'scm',
  ]) {
    if (!elements.get(name))
      problems.push({ message: `the POM has no <${name}>` });
  }
  const licenses = elements.get('licenses') ?? '';
  if (licenses && !/<license>[\s\S]*<name>\s*\S/.test(licenses))
    problems.push({ message: 'the POM <licenses> names no licence' });
  const scm = elements.get('scm') ?? '';
  if (scm && !/<(url|connection)>\s*\S/.test(scm))
    problems.push({ message: 'the POM <scm> has no url or connection' });
  const groupId = elements.get('groupId');
  for (const [key, expected] of Object.entries(coordinates)) {
    const actual = key === 'groupId' ? groupId : elements.get(key);
    // groupId and version may be inherited from <parent>.
    if (actual === undefined && key !== 'artifactId' && elements.has('parent'))
      continue;
    if (actual !== expected)
      problems.push({
        message: `the POM <${key}> is "${actual ?? ''}", the release says "${expected}"`,
      });
  }
  return problems;
}

async function checkCompanions(
  dir: string,
  stem: string,
  elements: Map<string, string>,
  mainFile: string,
): Promise<CentralProblem[]> {
  const present = new Set(await readdir(dir));
  const problems: CentralProblem[] = [];
  const packaging = elements.get('packaging') ?? 'jar';
  const files = [`${stem}.pom`];
  if (packaging !== 'pom') {
    files.push(mainFile, `${stem}-sources.jar`, `${stem}-javadoc.jar`);
  }
  for (const file of new Set(files)) {
    if (!present.has(file)) {
      problems.push({ message: `${file} is missing` });
      continue;
    }
    if (!present.has(`${file}.asc`))
      problems.push({ message: `${file}.asc (signature) is missing` });
    for (const algorithm of ['md5', 'sha1'] as const) {
      const sum = `${file}.${algorithm}`;
      if (!present.has(sum))
        problems.push({ message: `${sum} (checksum) is missing` });
      else if (
        !(await checksumMatches(join(dir, file), join(dir, sum), algorithm))
      )
        problems.push({ message: `${sum} does not match ${file}` });
    }
  }
  return problems;
}

async function checksumMatches(
  file: string,
  sumFile: string,
  algorithm: 'md5' | 'sha1',
): Promise<boolean> {
  const expected = (await readFile(sumFile, 'utf8'))
    .trim()
    .split(/\s+/)[0]
    ?.toLowerCase();
  const actual = createHash(algorithm)
    .update(await readFile(file))
    .digest('hex');
  return expected === actual;
}
