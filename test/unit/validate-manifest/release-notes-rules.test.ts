import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  githubSlug,
  markdownHeadings,
} from '@shipshape/core/validate-manifest/markdown-headings';
import {
  mentionsVersion,
  urlProblem,
} from '@shipshape/core/validate-manifest/release-notes-rules';
import {
  exampleProject,
  onlyFinding,
  positionOf,
  type ExampleProject,
} from './example-project.ts';

const notesLine = 'notes: CHANGELOG.md#140';

let project: ExampleProject;

beforeEach(async () => {
  project = await exampleProject();
});

afterEach(async () => {
  await project.cleanup();
});

describe('validate-manifest release-notes rule', () => {
  it('refuses an anchor that leads to another version', async () => {
    await project.replace('release.yaml', notesLine, 'notes: CHANGELOG.md#130');
    const finding = onlyFinding(
      await project.validate(),
      'NOTES_SECTION_MISSING',
    );
    expect(finding.message).toContain('"1.3.0"');
    expect(finding.remediation).toBe(
      'The section for 1.4.0 is CHANGELOG.md#140.',
    );
    const text = await project.read('release.yaml');
    expect(finding.location).toMatchObject(
      positionOf(text, 'CHANGELOG.md#130'),
    );
    expect(finding.owner).toBe('@acme/release-engineering');
  });

  it('refuses an anchor no heading has', async () => {
    await project.replace(
      'release.yaml',
      notesLine,
      'notes: CHANGELOG.md#v140',
    );
    const finding = onlyFinding(
      await project.validate(),
      'NOTES_SECTION_MISSING',
    );
    expect(finding.message).toContain('#v140');
  });

  it('refuses a changelog without a section for this version', async () => {
    await project.replace('release.yaml', notesLine, 'notes: CHANGELOG.md');
    await project.replace('CHANGELOG.md', '## 1.4.0', '## 1.4.0-rc.1');
    const finding = onlyFinding(
      await project.validate(),
      'NOTES_SECTION_MISSING',
    );
    expect(finding.remediation).toBe(
      'Add a section headed "## 1.4.0" to CHANGELOG.md.',
    );
  });

  it('leaves a placeholder version to the placeholder rule', async () => {
    await project.replace('release.yaml', 'version: 1.4.0', 'version: TBD');
    const report = await project.validate();
    expect(report.findings.map((f) => f.code)).toEqual(['MANIFEST_FIELD_TBD']);
  });

  it('refuses a changelog that does not exist', async () => {
    await project.replace('release.yaml', notesLine, 'notes: HISTORY.md#140');
    onlyFinding(await project.validate(), 'NOTES_FILE_MISSING');
  });

  it('refuses a changelog that is not UTF-8', async () => {
    await project.write('CHANGELOG.md', Buffer.from([0x23, 0x20, 0xc3, 0x28]));
    onlyFinding(await project.validate(), 'NOTES_FILE_UNREADABLE');
  });

  it('warns about an empty section', async () => {
    await project.write(
      'CHANGELOG.md',
      '# Changelog\n\n## 1.4.0\n\n## 1.3.0\n\n- x\n',
    );
    const report = await project.validate();
    expect(onlyFinding(report, 'NOTES_SECTION_EMPTY').severity).toBe('warning');
    expect(report.ok).toBe(true);
  });

  it.each([
    ['## [1.4.0] - 2026-11-30', 'CHANGELOG.md#140---2026-11-30'],
    ['## v1.4.0', 'CHANGELOG.md#v140'],
    ['Version 1.4.0\n-------------', 'CHANGELOG.md#version-140'],
    [
      '## [1.4.0](https://example.invalid/compare/v1.3.0...v1.4.0) (2026-11-30)',
      'CHANGELOG.md#140-2026-11-30',
    ],
  ])('accepts the heading %j as %s', async (heading, notes) => {
    await project.replace('CHANGELOG.md', '## 1.4.0', heading);
    await project.replace('release.yaml', notesLine, `notes: '${notes}'`);
    expect((await project.validate()).findings).toEqual([]);
  });

  it('ignores headings inside fenced code', async () => {
    await project.write(
      'CHANGELOG.md',
      '# Changelog\n\n```\n## 1.4.0\n```\n\n## 1.3.0\n\n- x\n',
    );
    await project.replace('release.yaml', notesLine, 'notes: CHANGELOG.md');
    onlyFinding(await project.validate(), 'NOTES_SECTION_MISSING');
  });

  it('accepts an https URL and refuses other URLs', async () => {
    await project.replace(
      'release.yaml',
      notesLine,
      'notes: https://acme.example/widgets/releases/1.4.0',
    );
    expect((await project.validate()).findings).toEqual([]);
    await project.replace(
      'release.yaml',
      'notes: https://acme.example/widgets/releases/1.4.0',
      'notes: http://acme.example/notes',
    );
    const finding = onlyFinding(await project.validate(), 'NOTES_URL_INVALID');
    expect(finding.message).toContain('only https:// URLs');
  });
});

describe('release-notes helpers', () => {
  it.each([
    ['https://acme.example/notes', undefined],
    ['http://acme.example/notes', 'only https:// URLs are accepted'],
    ['https://user:secret@acme.example/', 'it carries a user name or password'],
    ['https://', 'it does not parse as a URL'],
    ['https://acme.example/a b', 'it contains whitespace'],
    ['ftp://acme.example/x', 'only https:// URLs are accepted'],
  ])('urlProblem(%j) is %j', (url, problem) => {
    expect(urlProblem(url)).toBe(problem);
  });

  it.each([
    ['1.4.0', true],
    ['v1.4.0', true],
    ['[1.4.0] - 2026-01-02', true],
    ['Release 1.4.0.', true],
    ['11.4.0', false],
    ['1.4.01', false],
    ['1.4.0-rc.1', false],
    ['1.4.0+build', false],
    ['rev1.4.0', false],
  ])('mentionsVersion(%j, 1.4.0) is %s', (text, expected) => {
    expect(mentionsVersion(text, '1.4.0')).toBe(expected);
  });

  it('gives GitHub anchors, numbering repeated headings', () => {
    expect(githubSlug('[1.4.0] - 2026-01-02')).toBe('140---2026-01-02');
    expect(githubSlug('Ünïcode & `code`')).toBe('ünïcode--code');
    const headings = markdownHeadings(
      '## Fixes\n- a\n## Fixes\n- b\n### Fixes ##\n',
    );
    expect(headings.map((h) => [h.level, h.anchor, h.line])).toEqual([
      [2, 'fixes', 1],
      [2, 'fixes-1', 3],
      [3, 'fixes-2', 5],
    ]);
    expect(headings.map((h) => h.hasContent)).toEqual([true, true, false]);
  });

  it('finds headings in a large changelog quickly', () => {
    const text = Array.from(
      { length: 20_000 },
      (_, i) => `## 1.${i}.0\n- change\n`,
    ).join('');
    const started = performance.now();
    expect(markdownHeadings(text)).toHaveLength(20_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
