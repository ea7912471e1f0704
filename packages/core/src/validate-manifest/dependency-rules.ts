/**
 * Rule 4: the lockfile an artifact names exists inside the project and
 * reads; every package it locks carries an integrity hash; and no release
 * (non-development) dependency is declared as a range.
 */
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.ts';
import type { Finding, Location } from '../findings.ts';
import { isRecord, parseJSON, readJSONFile } from '../input/json-document.ts';
import { readTextFile } from '../input/text-file.ts';
import type {
  DeclaredDependency,
  Lockfile,
} from '../lockfiles/locked-package.ts';
import { readLockfile } from '../lockfiles/read-lockfile.ts';
import { limits } from '../limits.ts';
import { visibleText } from '../text/visible-text.ts';
import { ownerOf } from './artifact-rules.ts';
import { jsonPointerLine } from './json-lines.ts';
import {
  artifactEntries,
  displayPath,
  manifestFinding,
  recordField,
  textField,
  valueAt,
  type ArtifactEntry,
  type ManifestView,
} from './manifest-view.ts';
import { pinVerdict } from './pinned-range.ts';
import { pyprojectDependencies } from './pyproject-dependencies.ts';
import { checkPathField } from './project-paths.ts';

/** Dependency findings for every artifact that names a lockfile. */
export async function checkDependencyRules(
  view: ManifestView,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const entry of artifactEntries(view)) {
    const dependencies = recordField(entry.fields, 'dependencies') ?? {};
    const lockfile = textField(dependencies, 'lockfile');
    if (lockfile === undefined) continue;
    findings.push(...(await checkLockfile(view, entry, lockfile)));
  }
  return findings;
}

async function checkLockfile(
  view: ManifestView,
  entry: ArtifactEntry,
  path: string,
): Promise<Finding[]> {
  const pointer = `${entry.pointer}/dependencies/lockfile`;
  const resolved = await checkPathField(view, {
    pointer,
    path,
    missingCode: 'LOCKFILE_MISSING',
    what: 'the lockfile',
    allowDirectory: false,
    ...ownerOf(entry),
  });
  if (!resolved.ok) return [resolved.finding];
  const file = displayPath(view, resolved.file.absolute);
  let lockfile: Lockfile;
  try {
    lockfile = await readLockfile(resolved.file.real, file);
  } catch (error: unknown) {
    if (!(error instanceof UserError)) throw error;
    return [invalidFinding(view, entry, pointer, error)];
  }
  const context: LockfileContext = {
    view,
    entry,
    file,
    real: resolved.file.real,
    lockfile,
    texts: new Map(),
  };
  return [
    ...(await integrityFindings(context)),
    ...(await unpinnedFindings(context)),
  ];
}

interface LockfileContext {
  view: ManifestView;
  entry: ArtifactEntry;
  /** The lockfile as findings name it. */
  file: string;
  real: string;
  lockfile: Lockfile;
  /** Texts read to find the line of a JSON pointer, by path. */
  texts: Map<string, Promise<string | undefined>>;
}

function invalidFinding(
  view: ManifestView,
  entry: ArtifactEntry,
  pointer: string,
  error: UserError,
): Finding {
  return manifestFinding(view, {
    code: 'LOCKFILE_INVALID',
    message: `the lockfile cannot be used: ${error.message}`,
    remediation:
      'Regenerate the lockfile with its package manager, or name a lockfile format shipshape reads.',
    pointer,
    ...ownerOf(entry),
    details: { reason: error.code },
  });
}

// ----- integrity -----

async function integrityFindings(context: LockfileContext): Promise<Finding[]> {
  const { lockfile } = context;
  const missing = lockfile.packages.filter((item) => item.hashes.length === 0);
  if (missing.length === 0) return [];
  if (missing.length === lockfile.packages.length) {
    // A format that records no hashes at all gets one finding, not one per
    // package (pom.xml, go.mod, requirements without --hash).
    return [
      lockfileFinding(context, {
        code: 'LOCKFILE_NO_INTEGRITY',
        message: `${context.file} (${lockfile.format}) records no integrity hash for any of its ${lockfile.packages.length} packages`,
        remediation:
          'Use a lockfile that records hashes: package-lock.json, yarn.lock, pnpm-lock.yaml, poetry.lock, requirements.txt with --hash (pip-compile --generate-hashes), go.sum or packages.lock.json.',
        location: { file: context.file },
      }),
    ];
  }
  const raw = await rawJSON(context);
  const findings: Finding[] = [];
  for (const item of missing) {
    const pointer = item.source.pointer;
    // npm bundles some packages inside their parent's tarball; the parent's
    // integrity hash covers them.
    if (raw !== undefined && pointer !== undefined && isBundled(raw, pointer)) {
      continue;
    }
    findings.push(
      lockfileFinding(context, {
        code: 'LOCKFILE_NO_INTEGRITY',
        message: `${context.file} locks ${visibleText(item.name, 120)}@${visibleText(item.version, 60)} without an integrity hash`,
        remediation:
          'Regenerate the lockfile from the registry so that every package records its hash; a package that cannot carry one (a git or local dependency) should be published to a registry first.',
        location: await lockfileLocation(context, pointer, item.source.line),
        component: item.purl,
      }),
    );
  }
  return findings;
}

function isBundled(raw: unknown, pointer: string): boolean {
  const entry = valueAt(raw, pointer);
  return (
    isRecord(entry) && (entry['inBundle'] === true || entry['bundled'] === true)
  );
}

// The lockfile's JSON, for facts the common model does not keep.
async function rawJSON(context: LockfileContext): Promise<unknown> {
  if (context.lockfile.ecosystem !== 'npm' || !context.file.endsWith('.json')) {
    return undefined;
  }
  return readJSONFile(context.real, context.file, limits.dataBytes);
}

// ----- unpinned release dependencies -----

async function unpinnedFindings(context: LockfileContext): Promise<Finding[]> {
  const declared = await declaredDependencies(context);
  const findings: Finding[] = [];
  for (const { dependency, file } of declared) {
    if (dependency.dev) continue;
    if (
      pinVerdict(context.lockfile.ecosystem, dependency.range) !== 'unpinned'
    ) {
      continue;
    }
    findings.push(
      lockfileFinding(context, {
        code: 'DEPENDENCY_UNPINNED',
        message: `release dependency ${visibleText(dependency.name, 120)} is declared as the range "${visibleText(dependency.range, 80)}" in ${file}`,
        remediation: `Declare the exact version the lockfile holds (e.g. "${visibleText(dependency.name, 120)}": "${lockedVersion(context.lockfile, dependency.name) ?? '<version>'}"), or move it to the development dependencies if the release does not ship it.`,
        location: await declaredLocation(context, file, dependency),
      }),
    );
  }
  return findings;
}

interface DeclaredIn {
  dependency: DeclaredDependency;
  /** The file that declares it, as findings name it. */
  file: string;
}

// npm v1, yarn and poetry lockfiles do not repeat what the project
// declares; it is then read from the package.json or pyproject.toml beside
// the lockfile. A project file that cannot be read adds nothing here.
async function declaredDependencies(
  context: LockfileContext,
): Promise<DeclaredIn[]> {
  const { lockfile } = context;
  const beside = { npm: 'package.json', pypi: 'pyproject.toml' } as const;
  const projectFile =
    lockfile.ecosystem === 'npm' || lockfile.ecosystem === 'pypi'
      ? beside[lockfile.ecosystem]
      : undefined;
  if (lockfile.declared.length > 0 || projectFile === undefined) {
    return lockfile.declared.map((dependency) => ({
      dependency,
      file: context.file,
    }));
  }
  const path = join(dirname(context.real), projectFile);
  const file = join(dirname(context.file), projectFile).split('\\').join('/');
  let text: string;
  try {
    text = await readTextFile(path, {
      maxBytes: limits.configBytes,
      displayName: file,
    });
  } catch (error: unknown) {
    if (error instanceof UserError) return [];
    throw error;
  }
  const declared =
    projectFile === 'package.json'
      ? packageJSONDependencies(parseJSONOrUndefined(text, file))
      : (pyprojectDependencies(text) ?? []);
  return declared.map((dependency) => ({ dependency, file }));
}

function parseJSONOrUndefined(text: string, file: string): unknown {
  try {
    return parseJSON(text, file);
  } catch (error: unknown) {
    if (error instanceof UserError) return undefined;
    throw error;
  }
}

/** The dependencies a package.json declares. */
export function packageJSONDependencies(data: unknown): DeclaredDependency[] {
  if (!isRecord(data)) return [];
  const declared: DeclaredDependency[] = [];
  const fields = [
    ['dependencies', false],
    ['optionalDependencies', false],
    ['devDependencies', true],
  ] as const;
  for (const [field, dev] of fields) {
    const map = data[field];
    if (!isRecord(map)) continue;
    for (const [name, range] of Object.entries(map)) {
      if (typeof range !== 'string') continue;
      const pointer = `/${field}/${name.replaceAll('~', '~0').replaceAll('/', '~1')}`;
      declared.push({ name, range, dev, source: { pointer } });
    }
  }
  return declared;
}

function lockedVersion(lockfile: Lockfile, name: string): string | undefined {
  return lockfile.packages.find((item) => item.name === name)?.version;
}

// ----- locations -----

async function declaredLocation(
  context: LockfileContext,
  file: string,
  dependency: DeclaredDependency,
): Promise<Location> {
  if (file === context.file) {
    return lockfileLocation(
      context,
      dependency.source.pointer,
      dependency.source.line,
    );
  }
  const path = join(dirname(context.real), basename(file));
  return locationIn(
    context,
    path,
    file,
    dependency.source.pointer,
    dependency.source.line,
  );
}

function lockfileLocation(
  context: LockfileContext,
  pointer: string | undefined,
  line: number | undefined,
): Promise<Location> {
  return locationIn(context, context.real, context.file, pointer, line);
}

async function locationIn(
  context: LockfileContext,
  path: string,
  file: string,
  pointer: string | undefined,
  line?: number,
): Promise<Location> {
  const location: Location = { file };
  if (pointer !== undefined) location.pointer = pointer;
  if (line !== undefined) return { ...location, line };
  if (pointer === undefined || !file.endsWith('.json')) return location;
  // Positions are found in JSON text only for the few entries reported.
  let text = context.texts.get(path);
  if (!text) {
    text = readTextFile(path, {
      maxBytes: limits.dataBytes,
      displayName: file,
    }).catch(() => undefined);
    context.texts.set(path, text);
  }
  const found = jsonPointerLine((await text) ?? '', pointer);
  return found === undefined ? location : { ...location, line: found };
}

function lockfileFinding(
  context: LockfileContext,
  spec: {
    code: 'LOCKFILE_NO_INTEGRITY' | 'DEPENDENCY_UNPINNED';
    message: string;
    remediation: string;
    location: Location;
    component?: string;
  },
): Finding {
  return {
    code: spec.code,
    severity: 'error',
    message: `${context.entry.label}: ${spec.message}`,
    location: spec.location,
    ...ownerOf(context.entry),
    remediation: spec.remediation,
    ...(spec.component === undefined ? {} : { component: spec.component }),
  };
}
