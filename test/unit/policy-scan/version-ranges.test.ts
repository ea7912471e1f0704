import { describe, expect, it } from 'vitest';
import {
  isAffected,
  type AffectedPackage,
} from '@shipshape/core/policy-scan/affected-ranges';
import {
  comparePEP440,
  parsePEP440,
} from '@shipshape/core/policy-scan/pep440-version';
import { compareMavenVersions } from '@shipshape/core/policy-scan/maven-version';
import { versionScheme } from '@shipshape/core/policy-scan/version-schemes';

function ordered(ecosystem: string, versions: string[]): void {
  const scheme = versionScheme(ecosystem);
  if (!scheme) throw new Error(`no scheme for ${ecosystem}`);
  for (let index = 1; index < versions.length; index += 1) {
    const a = scheme.parse(versions[index - 1] ?? '');
    const b = scheme.parse(versions[index] ?? '');
    expect(a, versions[index - 1]).toBeDefined();
    expect(b, versions[index]).toBeDefined();
    expect(
      scheme.compare(a, b),
      `${versions[index - 1]} < ${versions[index]}`,
    ).toBeLessThan(0);
    expect(scheme.compare(b, a)).toBeGreaterThan(0);
  }
}

function range(
  events: AffectedPackage['ranges'][number]['events'],
  versions: string[] = [],
): AffectedPackage {
  return { ranges: [{ type: 'ECOSYSTEM', events }], versions };
}

describe('PyPI (PEP 440)', () => {
  it('orders dev, pre, final, post and local releases as PEP 440 says', () => {
    ordered('PyPI', [
      '1.0.dev0',
      '1.0a1.dev1',
      '1.0a1',
      '1.0b2',
      '1.0rc1',
      '1.0',
      '1.0+local.1',
      '1.0.post1.dev0',
      '1.0.post1',
      '1.1',
      '1!0.1',
    ]);
  });

  it('normalises spellings: alpha, c, -N post releases, v prefix, trailing zeros', () => {
    const same = (a: string, b: string) => {
      const left = parsePEP440(a);
      const right = parsePEP440(b);
      expect(left && right && comparePEP440(left, right), `${a} == ${b}`).toBe(
        0,
      );
    };
    same('1.0alpha1', '1.0a1');
    same('1.0c1', '1.0rc1');
    same('1.0-1', '1.0.post1');
    same('v2.0', '2.0.0');
    expect(parsePEP440('not a version')).toBeUndefined();
  });

  it('matches introduced/fixed ranges by PEP 440 order, where string order would be wrong', () => {
    const pypi = versionScheme('PyPI');
    const affected = range([{ introduced: '0' }, { fixed: '2.20.0' }]);
    expect(isAffected('2.19.1', affected, pypi)).toBe(true);
    expect(isAffected('2.20.0rc1', affected, pypi)).toBe(true);
    expect(isAffected('2.20.0', affected, pypi)).toBe(false);
    expect(isAffected('2.100.0', affected, pypi)).toBe(false);
  });
});

describe('Maven (ComparableVersion order)', () => {
  it('orders qualifiers alpha < beta < milestone < rc < snapshot < release < sp', () => {
    ordered('Maven', [
      '1.0-alpha1',
      '1.0-beta2',
      '1.0-M3',
      '1.0-rc1',
      '1.0-SNAPSHOT',
      '1.0',
      '1.0-sp1',
      '1.0.1',
      '1.10',
    ]);
  });

  it('treats 1.0, 1.0.0, 1 and 1.0.Final as the same version', () => {
    expect(compareMavenVersions('1.0', '1.0.0')).toBe(0);
    expect(compareMavenVersions('1', '1.0.Final')).toBe(0);
    expect(compareMavenVersions('1.0-ga', '1')).toBe(0);
  });

  it('matches a last_affected range inclusively', () => {
    const maven = versionScheme('Maven');
    const affected = range([
      { introduced: '2.0-beta9' },
      { last_affected: '2.14.1' },
    ]);
    expect(isAffected('2.14.1', affected, maven)).toBe(true);
    expect(isAffected('2.0', affected, maven)).toBe(true);
    expect(isAffected('2.15.0', affected, maven)).toBe(false);
    expect(isAffected('1.2.17', affected, maven)).toBe(false);
  });
});

describe('Go (semver with v prefix and pseudo-versions)', () => {
  it('orders pseudo-versions by their timestamp, before the release they precede', () => {
    ordered('Go', [
      'v0.0.0-20210101000000-aaaaaaaaaaaa',
      'v0.0.0-20220906165146-f3363e06e74c',
      'v0.1.0',
      'v1.2.3',
      'v2.0.0+incompatible',
    ]);
  });

  it('matches OSV Go ranges written without the v prefix', () => {
    const go = versionScheme('Go');
    const affected = range([{ introduced: '0' }, { fixed: '0.7.0' }]);
    expect(isAffected('v0.0.0-20220906165146-f3363e06e74c', affected, go)).toBe(
      true,
    );
    expect(isAffected('v0.6.9', affected, go)).toBe(true);
    expect(isAffected('v0.7.0', affected, go)).toBe(false);
  });
});

describe('NuGet', () => {
  it('orders four-part versions and case-insensitive pre-release labels', () => {
    ordered('NuGet', [
      '1.0.0-Alpha',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0',
      '1.0.0.1',
      '1.0.1',
      '13.0.1',
    ]);
    const nuget = versionScheme('NuGet');
    expect(
      nuget?.compare(nuget.parse('1.0.0-BETA'), nuget.parse('1.0.0-beta')),
    ).toBe(0);
  });

  it('matches fixed ranges on four-part versions', () => {
    const nuget = versionScheme('NuGet');
    const affected = range([{ introduced: '0' }, { fixed: '13.0.1' }]);
    expect(isAffected('12.0.3', affected, nuget)).toBe(true);
    expect(isAffected('13.0.1', affected, nuget)).toBe(false);
  });
});

describe('range events', () => {
  const npm = versionScheme('npm');

  it('honours limit events: only versions below a limit are affected', () => {
    const affected = range([{ introduced: '1.0.0' }, { limit: '1.5.0' }]);
    expect(isAffected('1.4.9', affected, npm)).toBe(true);
    expect(isAffected('1.5.0', affected, npm)).toBe(false);
    expect(isAffected('0.9.0', affected, npm)).toBe(false);
  });

  it('handles several introduced/fixed pairs in one range', () => {
    const affected = range([
      { introduced: '0' },
      { fixed: '1.0.1' },
      { introduced: '2.0.0' },
      { fixed: '2.0.3' },
    ]);
    expect(isAffected('1.0.0', affected, npm)).toBe(true);
    expect(isAffected('1.5.0', affected, npm)).toBe(false);
    expect(isAffected('2.0.2', affected, npm)).toBe(true);
    expect(isAffected('2.0.3', affected, npm)).toBe(false);
  });

  it('matches explicit versions lists even for ecosystems without an ordering', () => {
    const affected = range([], ['1.2.3']);
    expect(isAffected('1.2.3', affected, undefined)).toBe(true);
    expect(isAffected('1.2.4', affected, undefined)).toBe(false);
  });

  it('voids a range whose events cannot be read instead of guessing', () => {
    const affected = range([{ introduced: 'banana' }, { fixed: '2.0.0' }]);
    expect(isAffected('1.0.0', affected, npm)).toBe(false);
  });

  it('stays fast on hostile 64 KB version strings', () => {
    const hostile = `1.${'0.'.repeat(32_000)}a`;
    const started = performance.now();
    for (const ecosystem of ['npm', 'PyPI', 'Maven', 'Go', 'NuGet']) {
      const scheme = versionScheme(ecosystem);
      isAffected(
        hostile,
        range([{ introduced: '0' }, { fixed: '2.0.0' }]),
        scheme,
      );
    }
    expect(performance.now() - started).toBeLessThan(200);
  });
});
