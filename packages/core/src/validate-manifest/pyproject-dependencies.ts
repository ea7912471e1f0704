/**
 * The dependencies a `pyproject.toml` declares, for lockfiles that do not
 * repeat them (poetry.lock): PEP 621 `[project]` requirements, Poetry's
 * `[tool.poetry.dependencies]`, and as development dependencies Poetry
 * groups, `dev-dependencies` and PEP 735 `[dependency-groups]`.
 */
import { parse } from 'smol-toml';
import { isRecord } from '../input/json-document.ts';
import { escapePointerToken } from '../input/json-pointer.ts';
import type { DeclaredDependency } from '../lockfiles/locked-package.ts';

const maxRequirementLength = 1024;

/**
 * Lists the declared dependencies; undefined when the text is not TOML,
 * so that the caller can report it.
 */
export function pyprojectDependencies(
  text: string,
): DeclaredDependency[] | undefined {
  let data: unknown;
  try {
    data = parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(data)) return [];
  const lines = text.split(/\r?\n/);
  return [
    ...projectDependencies(data, lines),
    ...poetryDependencies(data, lines),
    ...groupDependencies(data, lines),
  ];
}

function projectDependencies(
  data: Record<string, unknown>,
  lines: readonly string[],
): DeclaredDependency[] {
  const project = isRecord(data['project']) ? data['project'] : {};
  const declared = requirementList(
    project['dependencies'],
    '/project/dependencies',
    false,
    lines,
  );
  const optional = isRecord(project['optional-dependencies'])
    ? project['optional-dependencies']
    : {};
  for (const [extra, list] of Object.entries(optional)) {
    const pointer = `/project/optional-dependencies/${escapePointerToken(extra)}`;
    declared.push(...requirementList(list, pointer, false, lines));
  }
  return declared;
}

function groupDependencies(
  data: Record<string, unknown>,
  lines: readonly string[],
): DeclaredDependency[] {
  const groups = isRecord(data['dependency-groups'])
    ? data['dependency-groups']
    : {};
  return Object.entries(groups).flatMap(([group, list]) =>
    requirementList(
      list,
      `/dependency-groups/${escapePointerToken(group)}`,
      true,
      lines,
    ),
  );
}

function requirementList(
  list: unknown,
  pointer: string,
  dev: boolean,
  lines: readonly string[],
): DeclaredDependency[] {
  if (!Array.isArray(list)) return [];
  const declared: DeclaredDependency[] = [];
  list.forEach((item: unknown, index) => {
    if (typeof item !== 'string') return;
    const requirement = parseRequirement(item);
    if (!requirement) return;
    declared.push({
      ...requirement,
      dev,
      source: {
        pointer: `${pointer}/${index}`,
        ...lineOf(lines, (line) => line.includes(item)),
      },
    });
  });
  return declared;
}

/** Splits a PEP 508 requirement into its name and version part. */
export function parseRequirement(
  text: string,
): { name: string; range: string } | undefined {
  if (text.length > maxRequirementLength) return undefined;
  const match = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*/.exec(
    text,
  );
  if (!match) return undefined;
  const name = match[1] ?? '';
  const rest = text.slice(match[0].length).split(';')[0]?.trim() ?? '';
  // "name (>=1,<2)" is the older spelling of "name >=1,<2".
  const range =
    rest.startsWith('(') && rest.endsWith(')')
      ? rest.slice(1, -1).trim()
      : rest;
  return { name, range };
}

function poetryDependencies(
  data: Record<string, unknown>,
  lines: readonly string[],
): DeclaredDependency[] {
  const tool = isRecord(data['tool']) ? data['tool'] : {};
  const poetry = isRecord(tool['poetry']) ? tool['poetry'] : {};
  const tables: [Record<string, unknown>, string, boolean][] = [];
  if (isRecord(poetry['dependencies'])) {
    tables.push([poetry['dependencies'], '/tool/poetry/dependencies', false]);
  }
  if (isRecord(poetry['dev-dependencies'])) {
    tables.push([
      poetry['dev-dependencies'],
      '/tool/poetry/dev-dependencies',
      true,
    ]);
  }
  const groups = isRecord(poetry['group']) ? poetry['group'] : {};
  for (const [group, body] of Object.entries(groups)) {
    if (isRecord(body) && isRecord(body['dependencies'])) {
      const pointer = `/tool/poetry/group/${escapePointerToken(group)}/dependencies`;
      tables.push([body['dependencies'], pointer, true]);
    }
  }
  return tables.flatMap(([table, pointer, dev]) =>
    Object.entries(table)
      .filter(([name]) => name.toLowerCase() !== 'python')
      .map(([name, spec]) => ({
        name,
        range: poetrySpec(spec),
        dev,
        source: {
          pointer: `${pointer}/${escapePointerToken(name)}`,
          ...lineOf(lines, (line) => startsKey(line, name)),
        },
      })),
  );
}

// Poetry writes a version string, or a table with `version`, `git` and
// `rev`, or `path`.
function poetrySpec(spec: unknown): string {
  if (typeof spec === 'string') return spec;
  if (Array.isArray(spec)) return '';
  if (!isRecord(spec)) return '';
  if (typeof spec['path'] === 'string') return `file:${spec['path']}`;
  if (typeof spec['git'] === 'string') {
    const rev = typeof spec['rev'] === 'string' ? spec['rev'] : '';
    return `@ ${spec['git']}@${rev}`;
  }
  return typeof spec['version'] === 'string' ? spec['version'] : '';
}

function startsKey(line: string, name: string): boolean {
  const trimmed = line.trimStart();
  return (
    trimmed.startsWith(`${name} `) ||
    trimmed.startsWith(`${name}=`) ||
    trimmed.startsWith(`"${name}"`)
  );
}

function lineOf(
  lines: readonly string[],
  test: (line: string) => boolean,
): { line?: number } {
  const index = lines.findIndex(test);
  return index < 0 ? {} : { line: index + 1 };
}
