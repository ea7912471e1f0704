/** Maven Central's POM rules and the element scanner that reads a POM. */
import { describe, expect, it } from 'vitest';
import { projectElements } from '@shipshape/core/publish-dry-run/maven-pom';
import { goodPOM } from '../../helpers/registries/artifacts.ts';

describe('projectElements', () => {
  it('returns only the direct children of <project>', () => {
    const elements = projectElements(goodPOM('1.0.0'));
    expect(elements.get('artifactId')).toBe('widgets');
    expect(elements.get('version')).toBe('1.0.0');
    expect(elements.has('dependency')).toBe(false);
  });

  it('ignores commented-out elements', () => {
    const elements = projectElements(
      '<project><!-- <scm>x</scm> --><name>n</name></project>',
    );
    expect(elements.has('scm')).toBe(false);
  });

  it('refuses a DOCTYPE (entity expansion) and a malformed POM', () => {
    expect(() =>
      projectElements('<!DOCTYPE x [<!ENTITY a "b">]><project/>'),
    ).toThrow(/DOCTYPE/);
    expect(() => projectElements('<project><name>x</project>')).toThrow(
      /well-formed/,
    );
  });
});
