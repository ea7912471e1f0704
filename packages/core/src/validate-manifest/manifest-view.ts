/**
 * What every validate-manifest rule reads: the parsed manifest (which may
 * not match its schema, so every field is read defensively), where it
 * lives, and how to turn a JSON pointer into a finding at the exact line
 * and column of the user's YAML.
 */
import { relative, sep } from 'node:path';
import type { Finding, Severity } from '../findings.ts';
import { isRecord } from '../input/json-document.ts';
import type { Position, SourceDocument } from '../input/yaml-document.ts';
import type { ValidateManifestCode } from './finding-codes.ts';
import { findPlaceholder } from './placeholder-text.ts';
import type { SourceText } from './source-text.ts';

/** A parsed release.yaml as the rules see it. */
export interface ManifestView {
  /** The manifest as the user named it (used in findings). */
  file: string;
  /** Folder relative paths in the manifest resolve against (absolute). */
  dir: string;
  /** Folder every path must stay inside (absolute). */
  projectRoot: string;
  /** Folder the command runs in; file names in findings are relative to it. */
  cwd: string;
  document: SourceDocument;
  source: SourceText;
  /** The whole document; an empty mapping when it is not one. */
  data: Record<string, unknown>;
  /** Owner of release.yaml itself from CODEOWNERS, for release findings. */
  releaseOwner?: string;
}

/** One entry of `artifacts`, read defensively. */
export interface ArtifactEntry {
  index: number;
  /** JSON pointer of the entry, e.g. `/artifacts/0`. */
  pointer: string;
  fields: Record<string, unknown>;
  /** The artifact's name, or `artifacts[0]` when it has none. */
  label: string;
  /** The declared owner, when it is a usable string. */
  owner?: string;
}

const entriesByView = new WeakMap<ManifestView, ArtifactEntry[]>();

/** The artifact entries that are mappings, in manifest order. */
export function artifactEntries(view: ManifestView): ArtifactEntry[] {
  let entries = entriesByView.get(view);
  if (!entries) {
    entries = readArtifactEntries(view);
    entriesByView.set(view, entries);
  }
  return entries;
}

const indexesByView = new WeakMap<ManifestView, Map<number, ArtifactEntry>>();

/** The artifact entry at position `index` of `artifacts`, if a mapping. */
export function artifactAt(
  view: ManifestView,
  index: number,
): ArtifactEntry | undefined {
  let byIndex = indexesByView.get(view);
  if (!byIndex) {
    byIndex = new Map(
      artifactEntries(view).map((entry) => [entry.index, entry]),
    );
    indexesByView.set(view, byIndex);
  }
  return byIndex.get(index);
}

function readArtifactEntries(view: ManifestView): ArtifactEntry[] {
  const list = view.data['artifacts'];
  if (!Array.isArray(list)) return [];
  const entries: ArtifactEntry[] = [];
  list.forEach((item: unknown, index) => {
    if (!isRecord(item)) return;
    const name = textField(item, 'name');
    const declared = textField(item, 'owner');
    // A placeholder is nobody: such findings then carry no owner.
    const owner =
      declared === undefined || findPlaceholder(declared)
        ? undefined
        : declared;
    entries.push({
      index,
      pointer: `/artifacts/${index}`,
      fields: item,
      label: name ?? `artifacts[${index}]`,
      ...(owner === undefined ? {} : { owner }),
    });
  });
  return entries;
}

/**
 * The owner of the thing at `pointer`: the artifact's declared owner inside
 * an artifact, otherwise the CODEOWNERS owner of release.yaml. Returned as
 * a spreadable object so that an unknown owner adds no key.
 */
export function ownerAt(
  view: ManifestView,
  pointer: string,
): { owner?: string } {
  const match = /^\/artifacts\/(\d+)(?:\/|$)/.exec(pointer);
  const owner = match
    ? artifactAt(view, Number(match[1]))?.owner
    : view.releaseOwner;
  return owner === undefined ? {} : { owner };
}

/** The release section, or an empty mapping. */
export function releaseSection(view: ManifestView): Record<string, unknown> {
  const release = view.data['release'];
  return isRecord(release) ? release : {};
}

/** A non-blank string field, or undefined. */
export function textField(
  fields: Record<string, unknown>,
  key: string,
): string | undefined {
  const value = Object.hasOwn(fields, key) ? fields[key] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A mapping field, or undefined. */
export function recordField(
  fields: Record<string, unknown>,
  key: string,
): Record<string, unknown> | undefined {
  const value = Object.hasOwn(fields, key) ? fields[key] : undefined;
  return isRecord(value) ? value : undefined;
}

/** What a rule says about one place in the manifest. */
export interface ManifestFindingSpec {
  code: ValidateManifestCode;
  severity?: Severity;
  message: string;
  remediation: string;
  pointer: string;
  owner?: string;
  /** Point at the key of `pointer` rather than at its value. */
  atKey?: boolean;
  /** Point at this character of the string value rather than its start. */
  charIndex?: number;
  details?: Record<string, unknown>;
}

/** Builds a finding located in the manifest. */
export function manifestFinding(
  view: ManifestView,
  spec: ManifestFindingSpec,
): Finding {
  const position = locatePointer(view, spec);
  return {
    code: spec.code,
    severity: spec.severity ?? 'error',
    message: spec.message,
    location: {
      file: view.file,
      pointer: spec.pointer,
      ...(position ?? {}),
    },
    ...(spec.owner === undefined ? {} : { owner: spec.owner }),
    remediation: spec.remediation,
    ...(spec.details === undefined ? {} : { details: spec.details }),
  };
}

function locatePointer(
  view: ManifestView,
  spec: ManifestFindingSpec,
): Position | undefined {
  const position = view.document.locate(spec.pointer);
  if (!position) return undefined;
  if (spec.atKey) {
    const key = lastToken(spec.pointer);
    return key === undefined
      ? position
      : view.source.keyPosition(key, position);
  }
  if (spec.charIndex !== undefined) {
    const value = valueAt(view.data, spec.pointer);
    if (typeof value === 'string') {
      return view.source.positionInScalar(position, value, spec.charIndex);
    }
  }
  return position;
}

/** The value at a JSON pointer, or undefined. */
export function valueAt(data: unknown, pointer: string): unknown {
  let current = data;
  for (const token of pointerTokens(pointer)) {
    if (Array.isArray(current)) current = current[Number(token)];
    else if (isRecord(current) && Object.hasOwn(current, token)) {
      current = current[token];
    } else return undefined;
  }
  return current;
}

/** The unescaped tokens of a JSON pointer. */
export function pointerTokens(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((token) => token.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** A field as messages name it: `artifacts[0].digest`. */
export function fieldName(pointer: string): string {
  return pointerTokens(pointer)
    .map((token, index) =>
      /^\d+$/.test(token) ? `[${token}]` : index === 0 ? token : `.${token}`,
    )
    .join('');
}

function lastToken(pointer: string): string | undefined {
  const tokens = pointerTokens(pointer);
  const last = tokens.at(-1);
  // Items of a list have no key to point at.
  return last === undefined || /^\d+$/.test(last) ? undefined : last;
}

/** A path as findings show it: relative to the command's folder, with /. */
export function displayPath(view: ManifestView, absolute: string): string {
  const shown = relative(view.cwd, absolute) || '.';
  return shown.split(sep).join('/');
}
