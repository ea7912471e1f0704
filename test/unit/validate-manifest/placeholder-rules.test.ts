import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findPlaceholder } from '@shipshape/core/validate-manifest/placeholder-text';
import {
  codesOf,
  exampleProject,
  onlyFinding,
  positionOf,
  type ExampleProject,
} from './example-project.ts';

describe('findPlaceholder', () => {
  it.each([
    ['TBD', 'TBD'],
    ['tbd', 'tbd'],
    ['  todo ', 'todo'],
    ['FIXME: real owner', 'FIXME'],
    ['REL-XXXX', 'XXXX'],
    ['sha256:xxxxxxxx', 'xxxxxxxx'],
    ['???', '???'],
    ['owner is <team>', '<team>'],
    ['sha256:<64 hex>', '<64 hex>'],
    ['to be determined', 'to be determined'],
    ['To Be Decided later', 'To Be Decided'],
    ['please fill in', 'fill in'],
    ['MIT (TBC)', 'TBC'],
  ])('finds the placeholder in %j', (text, placeholder) => {
    expect(findPlaceholder(text)?.text).toBe(placeholder);
  });

  it.each([
    'todos-app',
    'TODOS',
    'Xxxl',
    'fixmeup',
    'xx',
    'node >=18 <20 || >22',
    'Acme Widgets <widgets@acme.example>',
    'see <https://acme.example/notes>',
    'MIT OR Apache-2.0',
    'acme-widgets-1.4.0',
    'fill-in-the-blanks-lib',
  ])('finds no placeholder in %j', (text) => {
    expect(findPlaceholder(text)).toBeUndefined();
  });

  it('reports the earliest placeholder of several', () => {
    expect(findPlaceholder('x <name> then TODO')).toEqual({
      index: 2,
      text: '<name>',
    });
  });

  it('scans a 64 KiB hostile string in well under 50 ms', () => {
    const hostile = `${'<'.repeat(32 * 1024)}${'a'.repeat(32 * 1024)}`;
    const started = performance.now();
    findPlaceholder(hostile);
    findPlaceholder('?'.repeat(65536));
    expect(performance.now() - started).toBeLessThan(50);
  });
});

describe('validate-manifest placeholder rule', () => {
  let project: ExampleProject;

  beforeEach(async () => {
    project = await exampleProject();
  });

  afterEach(async () => {
    await project.cleanup();
  });

  it('points at the exact line and column of each placeholder', async () => {
    await project.replace(
      'release.yaml',
      'tickets: [REL-1234]',
      'tickets: [REL-XXXX]',
    );
    await project.replace('release.yaml', "owner: '@acme/docs'", 'owner: TBD');
    await project.replace(
      'release.yaml',
      'license: MIT\n',
      "license: 'MIT <fill in>'\n",
    );
    const report = await project.validate();
    const text = await project.read('release.yaml');
    const found = report.findings.filter(
      (f) => f.code === 'MANIFEST_FIELD_TBD',
    );
    expect(
      found.map((f) => [
        f.location?.pointer,
        f.location?.line,
        f.location?.column,
      ]),
    ).toEqual([
      ['/release/tickets/0', ...Object.values(positionOf(text, 'XXXX'))],
      ['/artifacts/1/license', ...Object.values(positionOf(text, '<fill in>'))],
      ['/artifacts/1/owner', ...Object.values(positionOf(text, 'TBD'))],
    ]);
    // The placeholder says it best: no echo from the licence rule.
    expect(codesOf(report)).not.toContain('LICENSE_INVALID');
    expect(report.ok).toBe(false);
  });

  it('flags a whitespace-only string as empty', async () => {
    await project.replace(
      'release.yaml',
      'notes: CHANGELOG.md#140',
      "notes: '   '",
    );
    const finding = onlyFinding(
      await project.validate(),
      'MANIFEST_FIELD_EMPTY',
    );
    expect(finding.location?.pointer).toBe('/release/notes');
    expect(finding.owner).toBe('@acme/release-engineering');
  });

  it('flags a placeholder digest once, not also as a schema problem', async () => {
    await project.replace(
      'release.yaml',
      'sha256:dd7156ff9e73c4613541b57e701b01843661481d875968abd8994f2f66e84c41',
      "'sha256:<64 hex>'",
    );
    const report = await project.validate();
    expect(codesOf(report)).toEqual(['MANIFEST_FIELD_TBD']);
  });

  it('reports every problem of a manifest with a thousand artifacts', async () => {
    const text = await project.read('release.yaml');
    const digest =
      'sha256:dd7156ff9e73c4613541b57e701b01843661481d875968abd8994f2f66e84c41';
    const extra = Array.from(
      { length: 998 },
      (_, i) =>
        `  - {name: a${i}, kind: file, path: dist/widget-docs-1.4.0.tar.gz, digest: '${digest}', license: TODO, owner: '@acme/docs'}\n`,
    ).join('');
    await project.write('release.yaml', `${text}${extra}`);
    const started = performance.now();
    const report = await project.validate();
    expect(
      report.findings.filter((f) => f.code === 'MANIFEST_FIELD_TBD'),
    ).toHaveLength(998);
    expect(report.findings).toHaveLength(998);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('accepts values that merely contain the letters of a marker', async () => {
    await project.replace(
      'release.yaml',
      'name: widget-docs',
      'name: todos-docs',
    );
    await project.replace(
      'release.yaml',
      'id: acme-widgets-1.4.0',
      'id: xxl-widgets-1.4.0',
    );
    expect((await project.validate()).findings).toEqual([]);
  });
});
