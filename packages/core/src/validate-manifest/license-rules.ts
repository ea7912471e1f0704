/**
 * Rule 5: each artifact's licence is a valid SPDX expression; identifiers
 * the SPDX licence list has deprecated are flagged with their successor.
 */
import parseSPDX from 'spdx-expression-parse';
import licenseIds from 'spdx-license-ids/index.json' with { type: 'json' };
import type { Finding } from '../findings.ts';
import { visibleText } from '../text/visible-text.ts';
import deprecatedIds from './deprecated-license-ids.json' with { type: 'json' };
import { ownerOf } from './artifact-rules.ts';
import {
  artifactEntries,
  manifestFinding,
  type ArtifactEntry,
  type ManifestView,
} from './manifest-view.ts';

const deprecatedLicenses = new Set(deprecatedIds.licenses);
const deprecatedExceptions = new Set(deprecatedIds.exceptions);

// Successors named by the SPDX licence list for deprecated identifiers that
// do not follow the GNU "-only" / "-or-later" pattern.
const successors: Record<string, string> = {
  'BSD-2-Clause-FreeBSD': 'BSD-2-Clause-Views',
  'BSD-2-Clause-NetBSD': 'BSD-2-Clause',
  'bzip2-1.0.5': 'bzip2-1.0.6',
  'eCos-2.0': 'GPL-2.0-or-later WITH eCos-exception-2.0',
  'GPL-2.0-with-autoconf-exception': 'GPL-2.0-only WITH Autoconf-exception-2.0',
  'GPL-2.0-with-bison-exception': 'GPL-2.0-or-later WITH Bison-exception-2.2',
  'GPL-2.0-with-classpath-exception':
    'GPL-2.0-only WITH Classpath-exception-2.0',
  'GPL-2.0-with-font-exception': 'GPL-2.0-only WITH Font-exception-2.0',
  'GPL-2.0-with-GCC-exception': 'GPL-2.0-only WITH GCC-exception-2.0',
  'GPL-3.0-with-autoconf-exception': 'GPL-3.0-only WITH Autoconf-exception-3.0',
  'GPL-3.0-with-GCC-exception': 'GPL-3.0-only WITH GCC-exception-3.1',
  'Nokia-Qt-exception-1.1': 'Qt-LGPL-exception-1.1',
  Nunit: 'zlib-acknowledgement',
  'StandardML-NJ': 'SMLNJ',
  wxWindows: 'LGPL-2.0-or-later WITH WxWindows-exception-3.1',
};

const maxExpressionLength = 1024;

/** Licence findings for every artifact. */
export function checkLicenseRules(view: ManifestView): Finding[] {
  const findings: Finding[] = [];
  for (const entry of artifactEntries(view)) {
    const license = entry.fields['license'];
    // Missing, blank or non-string licences are schema findings already.
    if (typeof license !== 'string' || license.trim() === '') continue;
    findings.push(...checkExpression(view, entry, license));
  }
  return findings;
}

function checkExpression(
  view: ManifestView,
  entry: ArtifactEntry,
  license: string,
): Finding[] {
  const pointer = `${entry.pointer}/license`;
  const parsed = parseExpression(license);
  const staleExceptions = parsed.ok ? [] : deprecatedExceptionsIn(license);
  if (staleExceptions.length > 0) {
    // The parser knows no deprecated exceptions; with their successors the
    // expression may be fine, and then the deprecation is the finding.
    return staleExceptions.map((id) =>
      deprecatedFinding(view, entry, license, id),
    );
  }
  if (!parsed.ok) {
    const suggestion = suggestIdentifier(license);
    return [
      manifestFinding(view, {
        code: 'LICENSE_INVALID',
        message: `license "${visibleText(license, 120)}" is not a valid SPDX expression: ${parsed.reason}`,
        remediation: suggestion
          ? `Write "${suggestion}".`
          : 'Use SPDX identifiers (https://spdx.org/licenses/) joined by AND, OR and WITH, e.g. "MIT OR Apache-2.0"; for a licence not on the list, write LicenseRef-<name>.',
        pointer,
        charIndex: parsed.offset,
        ...ownerOf(entry),
      }),
    ];
  }
  return deprecatedIn(parsed.tree).map((id) =>
    deprecatedFinding(view, entry, license, id),
  );
}

function deprecatedFinding(
  view: ManifestView,
  entry: ArtifactEntry,
  license: string,
  id: string,
): Finding {
  return manifestFinding(view, {
    code: 'LICENSE_DEPRECATED',
    severity: 'warning',
    message: `license uses the deprecated SPDX identifier "${id}"`,
    remediation: `Write ${successorOf(id)} instead.`,
    pointer: `${entry.pointer}/license`,
    charIndex: license.indexOf(id),
    ...ownerOf(entry),
  });
}

// Deprecated exceptions in an expression that parses once each is replaced
// by its successor.
function deprecatedExceptionsIn(license: string): string[] {
  const words = license.split(/[\s()]+/);
  const stale = words.filter((word) => deprecatedExceptions.has(word));
  if (stale.length === 0) return [];
  let respelt = license;
  for (const id of stale) {
    respelt = respelt.replace(id, successors[id] ?? id);
  }
  return parseExpression(respelt).ok ? stale : [];
}

type ParseResult =
  | { ok: true; tree: parseSPDX.Info }
  | { ok: false; reason: string; offset?: number };

/** Parses an SPDX expression without throwing. */
export function parseExpression(license: string): ParseResult {
  if (license.length > maxExpressionLength) {
    return {
      ok: false,
      reason: `it is longer than ${maxExpressionLength} characters`,
    };
  }
  try {
    return { ok: true, tree: parseSPDX(license) };
  } catch (error: unknown) {
    // The parser throws plain errors, and a TypeError on a dangling operator.
    const message = error instanceof Error ? error.message : String(error);
    const offset = /at offset (\d+)/.exec(message)?.[1];
    return {
      ok: false,
      reason: error instanceof TypeError ? 'it ends too early' : message,
      ...(offset === undefined ? {} : { offset: Number(offset) }),
    };
  }
}

/** The deprecated licence and exception identifiers in a parsed expression. */
export function deprecatedIn(tree: parseSPDX.Info): string[] {
  if ('conjunction' in tree) {
    return [...deprecatedIn(tree.left), ...deprecatedIn(tree.right)];
  }
  const found: string[] = [];
  const id = tree.plus ? `${tree.license}+` : tree.license;
  if (deprecatedLicenses.has(id) || deprecatedLicenses.has(tree.license)) {
    found.push(id);
  }
  if (tree.exception && deprecatedExceptions.has(tree.exception)) {
    found.push(tree.exception);
  }
  return found;
}

function successorOf(id: string): string {
  const named = successors[id];
  if (named) return `"${named}"`;
  const gnu = /^((?:A?GPL|LGPL|GFDL)-\d\.\d)(\+?)$/.exec(id);
  if (gnu?.[2]) return `"${gnu[1] ?? id}-or-later"`;
  if (gnu) {
    return `"${id}-only" (or "${id}-or-later" if "or any later version" applies)`;
  }
  return 'the current identifier from https://spdx.org/licenses/';
}

// "apache 2.0", "MIT License" and "mit" have one obvious SPDX spelling.
const normalizedIds = new Map<string, string>();
for (const id of licenseIds) {
  const key = normalizeLicense(id);
  normalizedIds.set(key, normalizedIds.has(key) ? '' : id);
}

// Respells each operand between AND, OR and WITH; offered only when the
// respelt expression parses.
function suggestIdentifier(license: string): string | undefined {
  const parts = license.split(/(\s+(?:AND|OR|WITH|and|or|with)\s+|[()])/);
  const respelt = parts
    .map((part, index) => {
      if (index % 2 === 1 || part.trim() === '') return part;
      const id = normalizedIds.get(normalizeLicense(part));
      return id ? part.replace(part.trim(), id) : part;
    })
    .join('');
  return respelt !== license && parseExpression(respelt).ok
    ? respelt
    : undefined;
}

function normalizeLicense(text: string): string {
  return text
    .toLowerCase()
    .replace(/\blicen[cs]e\b/g, '')
    .replace(/[\s_-]+/g, '');
}
