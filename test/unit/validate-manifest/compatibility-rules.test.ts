import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rangeProblem } from '@shipshape/core/validate-manifest/runtime-ranges';
import {
  codesOf,
  exampleProject,
  onlyFinding,
  positionOf,
  type ExampleProject,
} from './example-project.ts';

const compatibility =
  "{ os: [linux, darwin, win32], arch: [x64, arm64], runtime: 'node >=20' }";

let project: ExampleProject;

beforeEach(async () => {
  project = await exampleProject();
});

afterEach(async () => {
  await project.cleanup();
});

async function declare(value: string): Promise<void> {
  await project.replace('release.yaml', compatibility, value);
}

describe('validate-manifest compatibility rule', () => {
  it('refuses unknown OS and architecture names, suggesting the known spelling', async () => {
    await declare(
      "{ os: [Linux, darwin, plan9], arch: [x64, arm65], runtime: 'node >=20' }",
    );
    const report = await project.validate();
    const found = report.findings.filter(
      (f) => f.code === 'COMPATIBILITY_UNKNOWN',
    );
    expect(
      found.map((f) => [f.location?.pointer, f.remediation?.slice(0, 15)]),
    ).toEqual([
      ['/artifacts/0/compatibility/os/0', 'Write "linux".'],
      ['/artifacts/0/compatibility/os/2', 'Use one of: aix'],
      ['/artifacts/0/compatibility/arch/1', 'Write "arm64".'],
    ]);
    const text = await project.read('release.yaml');
    expect(found[2]?.location).toMatchObject(positionOf(text, 'arm65'));
    expect(found[0]?.owner).toBe('@acme/widgets');
  });

  it('refuses an unknown runtime', async () => {
    await declare("{ os: [linux], runtime: 'nodee >=20' }");
    const finding = onlyFinding(
      await project.validate(),
      'COMPATIBILITY_UNKNOWN',
    );
    expect(finding.remediation).toBe('Write "node >=20".');
  });

  it('refuses a range that does not parse, pointing at the range', async () => {
    await declare("{ os: [linux], runtime: 'node >=20 <<' }");
    const finding = onlyFinding(
      await project.validate(),
      'COMPATIBILITY_RANGE_INVALID',
    );
    const text = await project.read('release.yaml');
    expect(finding.location).toMatchObject(positionOf(text, '>=20 <<'));
  });

  it.each([
    "{ os: [linux, windows, macos], arch: [amd64, aarch64], runtime: 'python >=3.9,<4' }",
    "{ os: [freebsd], arch: [x86_64], runtime: 'java 17' }",
    "{ runtime: 'dotnet >=8.0' }",
    "{ runtime: 'node ^20.10.0 || >=22' }",
    "{ runtime: 'node' }",
  ])('accepts %s', async (value) => {
    await declare(value);
    expect(codesOf(await project.validate())).toEqual([]);
  });
});

describe('rangeProblem', () => {
  it.each([
    ['node', '>=20', undefined],
    ['node', '^18 || ^20', undefined],
    ['python', '~=3.10', undefined],
    ['python', '>= 3.9, != 3.10.*', undefined],
    ['python', '3.11', undefined],
    ['java', '[17,21)', undefined],
    ['java', '17+', undefined],
    ['go', '>=1.22', undefined],
  ])('accepts %s %j', (name, range, problem) => {
    expect(rangeProblem(name, range)).toBe(problem);
  });

  it.each([
    ['node', '>=twenty'],
    ['python', '>=3.9 || banana'],
    ['python', '^3.9'],
    ['java', '[17,'],
    ['go', '1.22 ||'],
    ['constructor', '>=1'],
    ['toString', '1'],
  ])('refuses %s %j', (name, range) => {
    expect(rangeProblem(name, range)).toBeTypeOf('string');
  });

  it('refuses hostile ranges fast', () => {
    const started = performance.now();
    expect(rangeProblem('node', `${'1'.repeat(200)} `.repeat(10))).toBeTypeOf(
      'string',
    );
    expect(rangeProblem('python', '>='.repeat(120))).toBeTypeOf('string');
    expect(rangeProblem('java', `[${'1.'.repeat(100)}`)).toBeTypeOf('string');
    expect(performance.now() - started).toBeLessThan(50);
  });
});
