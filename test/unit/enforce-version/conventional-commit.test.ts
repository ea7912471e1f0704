import { describe, expect, it } from 'vitest';
import { parseConventionalCommit } from '@shipshape/core/enforce-version/conventional-commit';
import { parseCommitLog } from '@shipshape/core/enforce-version/git-history';

describe('Conventional Commits', () => {
  it.each([
    ['feat: add a thing', 'feat', false, 'minor'],
    ['Feat(ui): add a thing', 'feat', false, 'minor'],
    ['fix: repair', 'fix', false, 'patch'],
    ['perf(core): faster', 'perf', false, 'patch'],
    ['docs: words', 'docs', false, 'none'],
    ['chore!: drop node 18', 'chore', true, 'major'],
    ['feat(api)!: remove v1', 'feat', true, 'major'],
    ['Merge branch main', undefined, false, 'none'],
    ['feat:no space', undefined, false, 'none'],
    ['feat: ', undefined, false, 'none'],
  ])(
    'reads "%s" as type %s, breaking %s, bump %s',
    (message, type, breaking, bump) => {
      const parsed = parseConventionalCommit(message);
      expect(parsed.type).toBe(type);
      expect(parsed.breaking).toBe(breaking);
      expect(parsed.bump).toBe(bump);
    },
  );

  it.each([
    'fix: x\n\nBREAKING CHANGE: gone',
    'fix: x\n\nbody\n\nBREAKING-CHANGE: gone',
    'fix: x\n\nBREAKING CHANGE #12',
  ])('counts the breaking footer in %j', (message) => {
    expect(parseConventionalCommit(message).bump).toBe('major');
  });

  it('ignores a footer-like text that is not at the start of a line, or in the subject', () => {
    expect(
      parseConventionalCommit('fix: x\n\nsee BREAKING CHANGE: no').bump,
    ).toBe('patch');
    expect(parseConventionalCommit('fix: BREAKING CHANGE: no').bump).toBe(
      'patch',
    );
    expect(
      parseConventionalCommit('fix: x\n\nBreaking change: lower case').bump,
    ).toBe('patch');
  });

  it('reads a 64 KB adversarial subject in well under 50 ms', () => {
    const inputs = [
      `feat${'('.repeat(65_536)}`,
      `${'a'.repeat(65_536)}!`,
      `fix(${'x'.repeat(65_536)}`,
      `fix: x\n${'BREAKING CHANGE'.repeat(5_000)}`,
    ];
    for (const input of inputs) {
      const start = performance.now();
      parseConventionalCommit(input);
      expect(performance.now() - start).toBeLessThan(50);
    }
  });
});

describe('the git log reader', () => {
  const sha = 'a'.repeat(40);
  it('splits NUL-separated records, whatever the message holds', () => {
    const output = `${sha}\0Ann\0ann@x.test\0feat: a\n\nbody\n\x1f\x1e\0${'b'.repeat(40)}\0Bo\0bo@x.test\0fix: b\n\0`;
    const commits = parseCommitLog(output);
    expect(commits.map((c) => [c.authorName, c.message])).toEqual([
      ['Ann', 'feat: a\n\nbody\n\x1f\x1e'],
      ['Bo', 'fix: b\n'],
    ]);
  });

  it('refuses output it cannot align to commits', () => {
    expect(() => parseCommitLog(`${sha}\0Ann\0a@x\0msg\0with nul\0`)).toThrow(
      /cannot read/,
    );
  });
});
