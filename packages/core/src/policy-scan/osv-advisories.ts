/**
 * Loads OSV advisories from a folder of `.json` files (searched
 * recursively) or from an OSV export archive, keeping only what the scan
 * needs. Records that are not OSV are refused naming the file; withdrawn
 * records and GIT ranges are dropped.
 */
import {
  closeSync,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
} from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../errors.ts';
import { isRecord } from '../input/json-document.ts';
import { readBoundedFile } from '../input/text-file.ts';
import {
  archiveLimits,
  isArchiveName,
  readArchiveEntries,
} from './archive-entries.ts';
import type { RangeEvent, VersionRange } from './affected-ranges.ts';

/** A severity entry of an OSV record (`CVSS_V3`, `CVSS_V4`, …). */
export interface SeverityScore {
  type: string;
  score: string;
}

/** One `affected` entry, reduced to what matching needs. */
export interface AdvisoryPackage {
  ecosystem: string;
  name: string;
  ranges: VersionRange[];
  versions: string[];
  severity: SeverityScore[];
}

/** An OSV record, reduced to what the scan needs. */
export interface Advisory {
  id: string;
  aliases: string[];
  summary?: string;
  severity: SeverityScore[];
  /** `database_specific.severity`, e.g. `HIGH` or `MODERATE`. */
  databaseSeverity?: string;
  affected: AdvisoryPackage[];
  /** Where the record came from (file, or archive!entry). */
  source: string;
}

/** Limits on advisory input. */
export const advisoryLimits = {
  fileBytes: 8 * 1024 * 1024,
  files: 500_000,
  idLength: 200,
  stringLength: 4096,
} as const;

/**
 * Says whether a package name (as written in an OSV record) may concern
 * the scan. Records naming no such package are skipped unparsed.
 */
export type AdvisoryFilter = (name: string) => boolean;

/**
 * Reads every advisory under `path` (a folder or an archive). `display`
 * is the name used in messages. With a `filter`, records whose text names
 * no package the filter accepts are skipped without being parsed: they
 * could not match, and parsing tens of thousands of them costs seconds.
 */
export async function loadAdvisories(
  path: string,
  display: string,
  filter?: AdvisoryFilter,
): Promise<Advisory[]> {
  const info = statOrFail(path, display);
  if (info.isDirectory()) return loadFolder(path, display, filter);
  if (isArchiveName(path)) {
    const bytes = await readBoundedFile(
      path,
      archiveLimits.archiveBytes,
      display,
    );
    return readArchiveEntries(bytes, display)
      .filter((entry) => entry.name.endsWith('.json'))
      .flatMap((entry) =>
        parseIfRelevant(
          entry.data.toString('utf8'),
          `${display}!${entry.name}`,
          filter,
        ),
      );
  }
  throw new UserError(
    'ADVISORIES_NOT_FOLDER',
    `${display} is neither a folder of OSV .json files nor a .zip or .tar.gz OSV export`,
    { file: display },
  );
}

function statOrFail(path: string, display: string) {
  try {
    return lstatSync(path);
  } catch {
    throw new UserError(
      'ADVISORIES_MISSING',
      `advisories not found at ${display}`,
      {
        file: display,
      },
    );
  }
}

// Synchronous reads: tens of thousands of small files load faster one
// after another than through the promise machinery.
function loadFolder(
  root: string,
  display: string,
  filter: AdvisoryFilter | undefined,
): Advisory[] {
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  if (files.length > advisoryLimits.files) {
    throw new UserError(
      'ADVISORIES_TOO_MANY',
      `${display} holds more than ${advisoryLimits.files} advisory files`,
      { file: display },
    );
  }
  const prefix = display.replace(/\/$/, '');
  return files.flatMap((file) => {
    const name = `${prefix}/${file.slice(root.length).replace(/^\/+/, '')}`;
    return parseIfRelevant(readSmallFile(file, name), name, filter);
  });
}

// Every `"name": "…"` string in the record; a name with escapes is
// always parsed, since the raw text is not the name.
const namePattern = /"name"\s*:\s*"([^"\\]*)(\\?)/g;

function parseIfRelevant(
  text: string,
  source: string,
  filter: AdvisoryFilter | undefined,
): Advisory[] {
  if (!filter) return [advisoryFromText(text, source)];
  for (const match of text.matchAll(namePattern)) {
    if (match[2] === '\\' || filter(match[1] ?? '')) {
      return [advisoryFromText(text, source)];
    }
  }
  return [];
}

// One open, fstat, read and close per file: the size check needs no
// separate stat, and the buffer is reused while records are small.
let shared = Buffer.alloc(64 * 1024);

function readSmallFile(path: string, name: string): string {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    throw new UserError('INPUT_UNREADABLE', `cannot read ${name}`, {
      file: name,
    });
  }
  try {
    const size = fstatSync(fd).size;
    if (size > advisoryLimits.fileBytes) {
      throw new UserError(
        'ADVISORY_TOO_LARGE',
        `${name} is larger than ${advisoryLimits.fileBytes} bytes`,
        { file: name },
      );
    }
    if (size + 1 > shared.length) shared = Buffer.alloc(size + 1);
    let length = 0;
    for (;;) {
      const read = readSync(fd, shared, length, shared.length - length, null);
      if (read === 0) break;
      length += read;
      if (length === size) break;
      if (length > size) {
        throw new UserError(
          'ADVISORY_TOO_LARGE',
          `${name} grew while it was read`,
          { file: name },
        );
      }
    }
    return decodeUTF8(shared.subarray(0, length), name);
  } finally {
    closeSync(fd);
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });

function decodeUTF8(bytes: Uint8Array, name: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    throw new UserError('INPUT_NOT_UTF8', `${name} is not valid UTF-8 text`, {
      file: name,
    });
  }
}

/**
 * Parses one OSV record. `__proto__` keys are refused outright; nothing
 * from the record is merged into another object, only copied by field.
 */
export function advisoryFromText(text: string, source: string): Advisory {
  if (text.includes('"__proto__"')) {
    throw new UserError(
      'JSON_FORBIDDEN_KEY',
      `${source} uses the forbidden key "__proto__"`,
      {
        file: source,
      },
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(
      'JSON_INVALID',
      `${source} is not valid JSON: ${reason}`,
      {
        file: source,
      },
    );
  }
  return advisoryFromJSON(data, source);
}

/** Reads an OSV record already parsed; see `advisoryFromText`. */
export function advisoryFromJSON(data: unknown, source: string): Advisory {
  const id = isRecord(data)
    ? shortString(data['id'], advisoryLimits.idLength)
    : undefined;
  if (
    !isRecord(data) ||
    id === undefined ||
    !Array.isArray(data['affected'] ?? [])
  ) {
    throw new UserError(
      'ADVISORY_INVALID',
      `${source} is not an OSV record (it needs a string "id" and an "affected" list)`,
      { file: source, field: 'id' },
    );
  }
  const database = data['database_specific'];
  const withdrawn = typeof data['withdrawn'] === 'string';
  return {
    id,
    aliases: stringList(data['aliases']),
    summary: shortString(data['summary'], advisoryLimits.stringLength),
    severity: severities(data['severity']),
    databaseSeverity: isRecord(database)
      ? shortString(database['severity'], 40)
      : undefined,
    affected: withdrawn ? [] : affectedList(data['affected']),
    source,
  };
}

function affectedList(value: unknown): AdvisoryPackage[] {
  if (!Array.isArray(value)) return [];
  const list: AdvisoryPackage[] = [];
  for (const entry of value) {
    if (!isRecord(entry) || !isRecord(entry['package'])) continue;
    const ecosystem = shortString(entry['package']['ecosystem'], 100);
    const name = shortString(entry['package']['name'], 1000);
    if (ecosystem === undefined || name === undefined) continue;
    list.push({
      ecosystem,
      name,
      ranges: ranges(entry['ranges']),
      versions: stringList(entry['versions']),
      severity: severities(entry['severity']),
    });
  }
  return list;
}

function ranges(value: unknown): VersionRange[] {
  if (!Array.isArray(value)) return [];
  const list: VersionRange[] = [];
  for (const range of value) {
    if (!isRecord(range)) continue;
    const type = range['type'];
    if (
      (type !== 'SEMVER' && type !== 'ECOSYSTEM') ||
      !Array.isArray(range['events'])
    ) {
      continue;
    }
    const events: RangeEvent[] = [];
    for (const event of range['events']) {
      if (!isRecord(event)) continue;
      const copy: RangeEvent = {};
      for (const key of [
        'introduced',
        'fixed',
        'last_affected',
        'limit',
      ] as const) {
        const text = shortString(event[key], 256);
        if (text !== undefined) copy[key] = text;
      }
      events.push(copy);
    }
    list.push({ type, events });
  }
  return list;
}

function severities(value: unknown): SeverityScore[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    if (!isRecord(entry)) return [];
    const type = shortString(entry['type'], 40);
    const score = shortString(entry['score'], 400);
    return type && score ? [{ type, score }] : [];
  });
}

function stringList(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (item): item is string => typeof item === 'string' && item.length <= 256,
  );
}

function shortString(value: unknown, max: number): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= max
    ? value
    : undefined;
}
