/**
 * Rule 4: the lockfile an artifact names exists inside the project and
 * reads; every package it locks carries an integrity hash; and no release
 * (non-development) dependency is declared as a range.
 */
import { basename, dirname, join } from 'node:path';
import { UserError } from '../errors.ts';
import type { Finding, Location } from '../findings.ts';
import { isRecord, readJSONFile } from '../input/json-document.ts';
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
import { declaredDependencies } from './declared-dependencies.ts';
import { pinVerdict } from './pinned-range.ts';
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
  const declared = await declaredDependencies(
    context.lockfile,
    context.real,
    context.file,
  );
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
