import { describe, expect, it } from 'vitest';
import semver from 'semver';
import {
  bumpBetween,
  nextSemver,
} from '@shipshape/core/enforce-version/semver-decision';
import { versionReaderFor } from '@shipshape/core/enforce-version/version-sources';
import {
  anchorOf,
  headingNamesVersion,
  readHeadings,
} from '@shipshape/core/enforce-version/changelog-section';
import { compileUserPattern } from '@shipshape/core/enforce-version/user-pattern';
import { applyOverride } from '@shipshape/core/enforce-version/version-override';
import type { Finding } from '@shipshape/core';

const v = (text: string) => semver.parse(text)!;

describe('semver bumps', () => {
  it.each([
    ['1.3.0', '1.4.0', 'minor'],
    ['1.3.0', '2.0.0', 'major'],
    ['1.3.0', '1.3.1', 'patch'],
    ['1.4.0-rc.1', '1.4.0', 'minor'],
    ['2.0.0-rc.1', '2.0.0', 'major'],
    ['1.4.1-rc.1', '1.4.1', 'patch'],
    ['1.4.0-rc.1', '1.4.0-rc.2', 'prerelease'],
  ])('%s → %s is a %s bump', (from, to, bump) => {
    expect(bumpBetween(v(from), v(to))).toBe(bump);
  });

  it('chooses the first release from the declared version, or 0.1.0', () => {
    expect(nextSemver(undefined, 'minor', v('1.0.0'))).toBe('1.0.0');
    expect(nextSemver(undefined, 'minor', undefined)).toBe('0.1.0');
  });
});

describe('version sources', () => {
  it('knows the four kinds by file name and nothing else', () => {
    expect(versionReaderFor('a/package.json')).not.toBeNull();
    expect(versionReaderFor('pyproject.toml')).not.toBeNull();
    expect(versionReaderFor('x/pom.xml')).not.toBeNull();
    expect(versionReaderFor('src/App.CSPROJ')).not.toBeNull();
    expect(versionReaderFor('setup.cfg')).toBeNull();
  });

  it('reads poetry, and a csproj prefix with suffix', () => {
    expect(
      versionReaderFor('pyproject.toml')?.(
        '[tool.poetry]\nversion = "2.1.0"\n',
        'p',
      ),
    ).toBe('2.1.0');
    expect(
      versionReaderFor('A.csproj')?.(
        '<Project><PropertyGroup><VersionPrefix>1.2.0</VersionPrefix><VersionSuffix>rc.1</VersionSuffix></PropertyGroup></Project>',
        'a',
      ),
    ).toBe('1.2.0-rc.1');
  });

  it('refuses a package.json with __proto__ with exit 2', () => {
    expect(() =>
      versionReaderFor('package.json')?.(
        '{"__proto__":{"x":1},"version":"1.0.0"}',
        'package.json',
      ),
    ).toThrow();
  });
});

describe('changelog headings', () => {
  it('finds headings outside code fences with GitHub anchors', () => {
    const headings = readHeadings(
      '# Log\n\n## 1.4.0\n\n```\n## 9.9.9\n```\n### [1.3.0] - 2026-01-01 ##\n',
    );
    expect(headings.map((h) => [h.anchor, h.line])).toEqual([
      ['log', 1],
      ['140', 3],
      ['130---2026-01-01', 8],
    ]);
    expect(anchorOf('Version 2.0 (Beta)')).toBe('version-20-beta');
  });

  it.each([
    ['1.4.0', '1.4.0', true],
    ['v1.4.0 - 2026', '1.4.0', true],
    ['[1.4.0]', '1.4.0', true],
    ['1.4.0-rc.1', '1.4.0', false],
    ['11.4.0', '1.4.0', false],
    ['1.4.0.1', '1.4.0', false],
    ['1.4.01', '1.4.0', false],
  ])('heading "%s" names %s: %s', (heading, version, names) => {
    expect(headingNamesVersion(heading, version)).toBe(names);
  });
});

describe('user patterns', () => {
  it('refuses an overlong pattern with exit 2', () => {
    expect(() =>
      compileUserPattern('a'.repeat(513), 'policy.yaml', 'versioning.tickets'),
    ).toThrow(expect.objectContaining({ code: 'POLICY_PATTERN_TOO_LONG' }));
  });

  // re2js is an automaton, not a backtracker: time grows with the input
  // length, never exponentially. A 64 KiB message (the most matched) is
  // still decided within a second.
  it.each(['(a+)+$', '(a|aa)+$', '(.*a){20}$', '^(\\w+\\s?)*$'])(
    'runs the ReDoS-shaped pattern %s in linear time',
    (source) => {
      const pattern = compileUserPattern(
        source,
        'policy.yaml',
        'versioning.tickets',
      );
      const time = (length: number) => {
        const input = `${'a'.repeat(length)}!`;
        const start = performance.now();
        pattern.test(input);
        return performance.now() - start;
      };
      time(1024);
      const small = time(8 * 1024);
      const large = time(64 * 1024);
      expect(large).toBeLessThan(1_500);
      expect(large).toBeLessThan(Math.max(small, 5) * 8 * 3);
    },
  );
});

describe('override approvers', () => {
  const broken: Finding[] = [
    { code: 'VERSION_BUMP_TOO_LOW', severity: 'error', message: 'too low' },
  ];
  const author = { name: 'Ann Author', email: 'ann@example.test' };
  const release = (approvers: string[]) => ({
    id: 'r',
    version: '1.0.1',
    override: { reason: 'why', ticket: 'REL-1', approvers },
  });

  it('accepts two distinct approvers who are not the author', () => {
    const outcome = applyOverride(
      release(['bo@example.test', 'Cy']),
      broken,
      author,
      { file: 'release.yaml' },
    );
    expect(outcome.applied?.approvers).toEqual(['bo@example.test', 'Cy']);
    expect(outcome.findings.map((f) => [f.code, f.severity])).toEqual([
      ['VERSION_BUMP_TOO_LOW', 'note'],
      ['VERSION_OVERRIDDEN', 'warning'],
    ]);
  });

  it.each([
    [['bo@example.test']],
    [['bo@example.test', ' BO@example.test']],
    [['bo@example.test', 'ANN@example.test']],
    [['bo@example.test', 'ann author']],
    [['bo@example.test', 'Someone Else <ann@example.test>']],
    [['Bo <bo@example.test>', 'bo@example.test']],
  ])('rejects %j', (approvers) => {
    const outcome = applyOverride(release(approvers), broken, author, {
      file: 'release.yaml',
    });
    expect(outcome.applied).toBeUndefined();
    expect(outcome.findings.map((f) => [f.code, f.severity])).toEqual([
      ['VERSION_BUMP_TOO_LOW', 'error'],
      ['OVERRIDE_REJECTED', 'error'],
    ]);
  });

  it('never overrides a version that does not parse', () => {
    const unparsable: Finding[] = [
      { code: 'VERSION_UNPARSABLE', severity: 'error', message: 'x' },
    ];
    const outcome = applyOverride(release(['b', 'c']), unparsable, author, {
      file: 'release.yaml',
    });
    expect(outcome.findings[0]?.severity).toBe('error');
    expect(outcome.applied).toBeUndefined();
  });
});
