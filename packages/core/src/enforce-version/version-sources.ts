/**
 * Reading the version a project declares in its own build files:
 * package.json, pyproject.toml, pom.xml and .csproj. Each reader returns
 * the version string, or undefined when the file declares none.
 */
import { basename } from 'node:path';
import { parseJSON, isRecord } from '../input/json-document.ts';

/** A reader for one kind of version file. */
type VersionReader = (text: string, file: string) => string | undefined;

/** The version declared in a file, by the file's name; null when the kind is unknown. */
export function versionReaderFor(path: string): VersionReader | null {
  const name = basename(path).toLowerCase();
  if (name === 'package.json') return readPackageJSON;
  if (name === 'pyproject.toml') return readPyproject;
  if (name === 'pom.xml') return readPom;
  if (name.endsWith('.csproj')) return readCsproj;
  return null;
}

function readPackageJSON(text: string, file: string): string | undefined {
  const data = parseJSON(text, file);
  return isRecord(data) && typeof data['version'] === 'string'
    ? data['version']
    : undefined;
}

// A deliberately small TOML reading: `version = "…"` in [project] (PEP
// 621) or [tool.poetry]. A version written as a multi-line or literal
// string, or declared `dynamic`, is not read.
function readPyproject(text: string): string | undefined {
  let section = '';
  const found: Record<string, string> = {};
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const header = /^\[([^\]]{1,200})\]/.exec(line);
    if (header) {
      section = (header[1] ?? '').trim();
      continue;
    }
    const value = /^version\s*=\s*"([^"\\]{1,128})"/.exec(line);
    if (value && !(section in found)) found[section] = value[1] ?? '';
  }
  return found['project'] ?? found['tool.poetry'];
}

// The project's own <version>: a direct child of <project>, not the one in
// <parent>, a dependency or a plugin.
function readPom(text: string): string | undefined {
  const body = withoutXMLComments(text);
  const project = /<project\b[^>]*>/.exec(body);
  if (!project) return undefined;
  let depth = 0;
  const tag = /<(\/?)([A-Za-z][\w.-]*)[^>]*?(\/?)>/g;
  tag.lastIndex = project.index + project[0].length;
  for (let match = tag.exec(body); match; match = tag.exec(body)) {
    const [, closing, name, selfClosing] = match;
    if (selfClosing) continue;
    if (closing) {
      depth -= 1;
      if (depth < 0) return undefined;
      continue;
    }
    if (depth === 0 && name === 'version') {
      const end = body.indexOf('</version>', tag.lastIndex);
      return end < 0 ? undefined : body.slice(tag.lastIndex, end).trim();
    }
    depth += 1;
  }
  return undefined;
}

function readCsproj(text: string): string | undefined {
  const body = withoutXMLComments(text);
  const element = (name: string) =>
    new RegExp(`<${name}>\\s*([^<]{1,128}?)\\s*</${name}>`).exec(body)?.[1];
  const prefix = element('VersionPrefix');
  const suffix = element('VersionSuffix');
  return (
    element('PackageVersion') ??
    element('Version') ??
    (prefix ? (suffix ? `${prefix}-${suffix}` : prefix) : undefined)
  );
}

function withoutXMLComments(text: string): string {
  return text.replace(/<!--[\s\S]*?-->/g, '');
}
