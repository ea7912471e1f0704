/**
 * Licence decisions with full SPDX expression semantics: an `OR` is met by
 * any allowed branch, an `AND` needs every part, `WITH` exceptions and `+`
 * ranges follow spdx-satisfies, and `LicenseRef-` identifiers match by
 * name. Denied licences are taken out of the allow list first.
 */
import parse from 'spdx-expression-parse';
import satisfies from 'spdx-satisfies';

/** What the licence rules decided for one expression. */
export type LicenseVerdict =
  | { kind: 'allowed'; choice: string[] }
  | { kind: 'denied'; licenses: string[] }
  | { kind: 'not-allowed'; licenses: string[] }
  | { kind: 'unknown'; reason: string };

/** The allow and deny lists, as written in policy.yaml. */
export interface LicenseLists {
  /** Empty means every licence that is not denied is allowed. */
  allow: string[];
  deny: string[];
}

/** Longest expression evaluated; longer ones are `unknown`. */
export const maxExpressionLength = 4096;
/** Most alternative ways to satisfy one expression that are weighed. */
export const maxAlternatives = 256;

type Node = parse.Info;

/** Evaluates one licence expression against the lists. */
export function evaluateLicense(
  expression: string | undefined,
  lists: LicenseLists,
): LicenseVerdict {
  if (expression === undefined)
    return { kind: 'unknown', reason: 'no licence is recorded' };
  if (expression.length > maxExpressionLength) {
    return {
      kind: 'unknown',
      reason: `the licence is longer than ${maxExpressionLength} characters`,
    };
  }
  const tree = parseExpression(expression);
  if (!tree)
    return {
      kind: 'unknown',
      reason: `"${expression}" is not an SPDX expression`,
    };
  const alternatives = alternativesOf(tree);
  if (!alternatives) {
    return {
      kind: 'unknown',
      reason: `"${expression}" has more than ${maxAlternatives} alternatives`,
    };
  }
  const allow = lists.allow.filter((entry) => !lists.deny.includes(entry));
  const isDenied = (leaf: string) => deniedLeaf(leaf, lists.deny);
  const isAllowed = (leaf: string) =>
    !isDenied(leaf) && (allow.length === 0 || matches(leaf, allow));
  const choice = alternatives.find((leaves) => leaves.every(isAllowed));
  if (choice) return { kind: 'allowed', choice };
  // Not allowed: denied when every alternative needs a denied licence.
  const denied = alternatives.map((leaves) => leaves.filter(isDenied));
  if (denied.every((list) => list.length > 0)) {
    return { kind: 'denied', licenses: unique(denied.flat()) };
  }
  const missing = alternatives.flatMap((leaves) =>
    leaves.filter((leaf) => !isAllowed(leaf)),
  );
  return { kind: 'not-allowed', licenses: unique(missing) };
}

/** Parses an SPDX expression; undefined when it is not one. */
export function parseExpression(expression: string): Node | undefined {
  if (expression.length > maxExpressionLength) return undefined;
  try {
    return parse(expression);
  } catch {
    return undefined;
  }
}

/** True for a single licence (optionally with `+` or `WITH`), not AND/OR. */
export function isSimpleLicense(text: string): boolean {
  const tree = parseExpression(text);
  return tree !== undefined && 'license' in tree;
}

// The expression in disjunctive normal form: each alternative is the list
// of licences that together satisfy it. Undefined past maxAlternatives.
function alternativesOf(node: Node): string[][] | undefined {
  if ('license' in node) return [[leafText(node)]];
  const left = alternativesOf(node.left);
  const right = alternativesOf(node.right);
  if (!left || !right) return undefined;
  if (node.conjunction === 'or') {
    return left.length + right.length > maxAlternatives
      ? undefined
      : [...left, ...right];
  }
  if (left.length * right.length > maxAlternatives) return undefined;
  return left.flatMap((a) => right.map((b) => unique([...a, ...b])));
}

function leafText(leaf: parse.LicenseInfo): string {
  const plus = leaf.plus ? '+' : '';
  const exception = leaf.exception ? ` WITH ${leaf.exception}` : '';
  return `${leaf.license}${plus}${exception}`;
}

function matches(leaf: string, list: string[]): boolean {
  if (list.length === 0) return false;
  if (list.includes(leaf)) return true;
  try {
    return satisfies(leaf, list);
  } catch {
    // spdx-satisfies refuses ids outside the SPDX list (e.g. LicenseRef-)
    // inside ranges; exact names were compared above.
    return false;
  }
}

// A denied entry beats an allowed range (GPL-3.0-only stays denied though
// GPL-2.0-or-later is allowed). A range itself (`+`, `-or-later`) is denied
// only when listed as such, since a licensee may pick an earlier version.
function deniedLeaf(leaf: string, deny: string[]): boolean {
  if (deny.includes(leaf)) return true;
  if (/\+|-or-later/.test(leaf)) return false;
  return matches(leaf, deny);
}

function unique(list: string[]): string[] {
  return [...new Set(list)];
}
