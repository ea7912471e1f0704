/**
 * Version ranges of runtimes, each in its own syntax: npm semver ranges for
 * JavaScript runtimes, PEP 440 specifiers for Python, Maven ranges or plain
 * comparators for the JVM, plain comparators for the rest. Input is capped
 * in length and every pattern is linear, so hostile ranges cost nothing.
 */
import semver from 'semver';

type RangeCheck = (range: string) => string | undefined;

const maxRangeLength = 256;

const semverRange: RangeCheck = (range) =>
  semver.validRange(range) === null
    ? 'it is not an npm semver range'
    : undefined;

const comparator =
  /^(?:>=|<=|==|!=|~=|>|<|=|\^|~)?v?\d{1,9}(?:\.\d{1,9}){0,3}(?:\.[x*])?\+?$/;

const genericRange: RangeCheck = (range) => {
  for (const alternative of range.split('||')) {
    const clauses = joinOperators(alternative)
      .split(/[\s,]+/)
      .filter(Boolean);
    if (clauses.length === 0) return 'an alternative of "||" is empty';
    const bad = clauses.find(
      (clause) => clause !== '*' && !comparator.test(clause),
    );
    if (bad !== undefined) return `"${bad}" is not a version or comparison`;
  }
  return undefined;
};

const mavenRange =
  /^[[(]\s*(?:v?\d{1,9}(?:\.\d{1,9}){0,3})?\s*,\s*(?:v?\d{1,9}(?:\.\d{1,9}){0,3})?\s*[\])]$|^\[\s*\d{1,9}(?:\.\d{1,9}){0,3}\s*\]$/;

const jvmRange: RangeCheck = (range) =>
  mavenRange.test(range) ? undefined : genericRange(range);

const pep440Clause =
  /^(?:~=|===|==|!=|<=|>=|<|>)?\d{1,9}(?:!\d{1,9})?(?:\.\d{1,9}){0,5}(?:(?:a|b|rc)\d{1,9})?(?:\.post\d{1,9})?(?:\.dev\d{1,9})?(?:\.\*)?$/;

const pythonRange: RangeCheck = (range) => {
  const clauses = range
    .split(',')
    .map((clause) => joinOperators(clause.trim()));
  const bad = clauses.find((clause) => !pep440Clause.test(clause));
  return bad === undefined
    ? undefined
    : `"${bad}" is not a PEP 440 version specifier`;
};

// Operators written apart from their version: ">= 3.9" is ">=3.9".
function joinOperators(text: string): string {
  return text.replace(/(>=|<=|==|!=|~=|===|>|<|=|\^|~)\s+/g, '$1');
}

const checks: Record<string, RangeCheck> = {
  node: semverRange,
  nodejs: semverRange,
  deno: semverRange,
  bun: semverRange,
  python: pythonRange,
  pypy: pythonRange,
  java: jvmRange,
  jvm: jvmRange,
  jre: jvmRange,
  jdk: jvmRange,
  kotlin: jvmRange,
  dotnet: genericRange,
  go: genericRange,
  ruby: genericRange,
  php: genericRange,
  rust: genericRange,
  erlang: genericRange,
  elixir: genericRange,
  perl: genericRange,
  swift: genericRange,
  dart: genericRange,
  lua: genericRange,
};

/** Runtime names that `compatibility.runtime` may start with. */
export const runtimeNames: readonly string[] = Object.keys(checks);

/** Why `range` is not a range of runtime `name`, or undefined when it is. */
export function rangeProblem(name: string, range: string): string | undefined {
  if (range.length > maxRangeLength) {
    return `it is longer than ${maxRangeLength} characters`;
  }
  const key = name.toLowerCase();
  const check = Object.hasOwn(checks, key) ? checks[key] : undefined;
  return check ? check(range) : 'the runtime is unknown';
}
