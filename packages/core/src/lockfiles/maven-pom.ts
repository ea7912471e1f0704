/**
 * Maven `pom.xml`: the dependencies the project declares (not the ones
 * Maven would resolve transitively). `${property}` versions are resolved
 * from `<properties>` and the project's own coordinates; a version left to
 * a parent or an imported BOM stays unknown (empty).
 */
import {
  childOf,
  childrenOf,
  parseXML,
  type XMLElement,
} from './xml-reader.ts';
import { lockfileError } from './lockfile-error.ts';
import { PackageSet } from './package-set.ts';
import { toPurl } from './package-url.ts';
import type { DeclaredDependency, Lockfile } from './locked-package.ts';

/** Reads a pom.xml. */
export function readMavenPom(text: string, file: string): Lockfile {
  const project = parseXML(text, file);
  if (project.name.replace(/^.*:/, '') !== 'project')
    throw lockfileError(file, 'the root element must be <project>', {
      line: project.line,
    });
  const properties = propertiesOf(project);
  const resolve = (value: string) =>
    value.replace(
      /\$\{([^}]{1,200})\}/g,
      (whole, key: string) => properties.get(key) ?? whole,
    );
  const set = new PackageSet();
  const declared: DeclaredDependency[] = [];
  const dependencies = childrenOf(
    childOf(project, 'dependencies'),
    'dependency',
  );
  for (const dependency of dependencies) {
    const group = resolve(textOf(dependency, 'groupId'));
    const artifact = resolve(textOf(dependency, 'artifactId'));
    if (group === '' || artifact === '')
      throw lockfileError(
        file,
        '<dependency> needs <groupId> and <artifactId>',
        { line: dependency.line },
      );
    const raw = resolve(textOf(dependency, 'version'));
    const version = /^[^[(${,]+$/.test(raw) ? raw : '';
    const scope = textOf(dependency, 'scope');
    const name = `${group}:${artifact}`;
    const dev = scope === 'test';
    declared.push({ name, range: raw, dev, source: { line: dependency.line } });
    set.add({
      name,
      version,
      purl: toPurl('maven', name, version),
      hashes: [],
      dev,
      optional: textOf(dependency, 'optional') === 'true',
      dependsOn: [],
      source: { line: dependency.line },
    });
  }
  const root = rootOf(project, resolve);
  return {
    file,
    ecosystem: 'maven',
    format: 'pom.xml',
    root,
    packages: set.toList(),
    declared,
  };
}

function rootOf(
  project: XMLElement,
  resolve: (value: string) => string,
): Lockfile['root'] {
  const parent = childOf(project, 'parent');
  const group = resolve(
    textOf(project, 'groupId') || textOf(parent, 'groupId'),
  );
  const artifact = resolve(textOf(project, 'artifactId'));
  const version = resolve(
    textOf(project, 'version') || textOf(parent, 'version'),
  );
  if (group === '' || artifact === '') return undefined;
  return {
    name: `${group}:${artifact}`,
    version,
    purl: toPurl('maven', `${group}:${artifact}`, version),
  };
}

function propertiesOf(project: XMLElement): Map<string, string> {
  const properties = new Map<string, string>();
  for (const property of childOf(project, 'properties')?.children ?? [])
    properties.set(property.name, property.text);
  const version =
    textOf(project, 'version') || textOf(childOf(project, 'parent'), 'version');
  properties.set('project.version', version);
  properties.set(
    'project.groupId',
    textOf(project, 'groupId') || textOf(childOf(project, 'parent'), 'groupId'),
  );
  properties.set('project.artifactId', textOf(project, 'artifactId'));
  return properties;
}

function textOf(element: XMLElement | undefined, name: string): string {
  return childOf(element, name)?.text ?? '';
}
