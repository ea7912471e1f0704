import { afterEach, describe, expect, it } from 'vitest';
import { GitRepo } from '../../helpers/git-repo.ts';
import { codes, projectFiles, runStageIn } from './release-project.ts';

let repo: GitRepo | undefined;
afterEach(async () => {
  await repo?.cleanup();
  repo = undefined;
});

/** A repository with release `previous` tagged, then `messages`, declaring `declared`. */
async function history(
  previous: string | undefined,
  messages: string[],
  declared: string,
  release: Record<string, unknown> = {},
): Promise<GitRepo> {
  repo = await GitRepo.create();
  await repo.commit('chore: start (REL-1)', {
    files: projectFiles({ version: previous ?? '0.0.0' }),
  });
  if (previous) repo.tag(`v${previous}`);
  for (const [index, message] of messages.entries()) {
    const last = index === messages.length - 1;
    await repo.commit(message, {
      files: last ? projectFiles({ version: declared, release }) : {},
    });
  }
  if (messages.length === 0) {
    await repo.commit('chore: release (REL-9)', {
      files: projectFiles({ version: declared, release }),
    });
  }
  return repo;
}

describe('semver: the declared bump against the commits', () => {
  it('accepts a minor bump after a feature', async () => {
    const { report } = await runStageIn(
      await history('1.3.0', ['feat: clamp sizes (REL-1234)'], '1.4.0'),
    );
    expect(codes(report, 'error')).toEqual([]);
    expect(report['bump']).toBe('minor');
    expect(report['requiredBump']).toBe('minor');
    expect(report['previousVersion']).toBe('1.3.0');
  });

  it('rejects a patch bump after a feature and names the feature commit', async () => {
    const { report } = await runStageIn(
      await history(
        '1.3.0',
        ['feat: clamp sizes (REL-1234)', 'fix: round sizes (REL-1230)'],
        '1.3.1',
      ),
    );
    expect(report.ok).toBe(false);
    const finding = report.findings.find(
      (f) => f.code === 'VERSION_BUMP_TOO_LOW',
    );
    expect(finding?.message).toContain('feat: clamp sizes (REL-1234)');
    expect(finding?.message).not.toContain('fix: round sizes');
    expect(finding?.message).toContain('at least 1.4.0');
    expect(finding?.location?.file).toBe('release.yaml');
    expect(finding?.location?.line).toBeGreaterThan(0);
  });

  it('accepts a patch after a fix or a perf change and rejects the same version', async () => {
    const accepted = await runStageIn(
      await history(
        '1.3.0',
        ['perf: cache (REL-2)', 'fix: x (REL-3)'],
        '1.3.1',
      ),
    );
    expect(codes(accepted.report, 'error')).toEqual([]);
    await repo?.cleanup();
    const same = await runStageIn(
      await history('1.3.0', ['fix: x (REL-3)'], '1.3.0'),
    );
    expect(codes(same.report, 'error')).toEqual(['VERSION_SAME_AS_PREVIOUS']);
  });

  it('rejects a version lower than the previous release', async () => {
    const { report } = await runStageIn(
      await history('1.3.0', ['fix: x (REL-3)'], '1.2.9'),
    );
    expect(codes(report, 'error')).toEqual(['VERSION_NOT_INCREASED']);
  });

  it('requires a major bump for type! and accepts it', async () => {
    const rejected = await runStageIn(
      await history(
        '1.3.0',
        ['feat(api)!: drop the old size API (REL-5)'],
        '1.4.0',
      ),
    );
    expect(codes(rejected.report, 'error')).toEqual(['VERSION_BUMP_TOO_LOW']);
    expect(rejected.report['requiredBump']).toBe('major');
    await repo?.cleanup();
    const accepted = await runStageIn(
      await history(
        '1.3.0',
        ['feat(api)!: drop the old size API (REL-5)'],
        '2.0.0',
      ),
    );
    expect(codes(accepted.report, 'error')).toEqual([]);
  });

  it.each([
    'BREAKING CHANGE: sizes are now in rem',
    'BREAKING-CHANGE: sizes are now in rem',
  ])('requires a major bump for the footer "%s"', async (footer) => {
    const { report } = await runStageIn(
      await history(
        '1.3.0',
        [`fix: sizes (REL-6)\n\nBody text.\n\n${footer}\n`],
        '1.3.1',
      ),
    );
    expect(codes(report, 'error')).toEqual(['VERSION_BUMP_TOO_LOW']);
    expect(report['requiredBump']).toBe('major');
  });

  it('does not count "BREAKING CHANGE" in the middle of a line as a footer', async () => {
    const { report } = await runStageIn(
      await history(
        '1.3.0',
        ['fix: no BREAKING CHANGE: here (REL-6)'],
        '1.3.1',
      ),
    );
    expect(codes(report, 'error')).toEqual([]);
  });

  it('asks only a minor bump for a breaking change below 1.0.0', async () => {
    const minor = await runStageIn(
      await history('0.3.0', ['feat!: new API (REL-7)'], '0.4.0'),
    );
    expect(codes(minor.report, 'error')).toEqual([]);
    expect(minor.report['requiredBump']).toBe('minor');
    await repo?.cleanup();
    const patch = await runStageIn(
      await history('0.3.0', ['feat!: new API (REL-7)'], '0.3.1'),
    );
    expect(codes(patch.report, 'error')).toEqual(['VERSION_BUMP_TOO_LOW']);
  });

  it('passes a higher bump than required with a note', async () => {
    const { report } = await runStageIn(
      await history('1.3.0', ['fix: x (REL-3)'], '2.0.0'),
    );
    expect(codes(report, 'error')).toEqual([]);
    expect(codes(report, 'note')).toContain('VERSION_BUMP_HIGHER');
  });

  it('lists the commits that drove the decision in the decision record', async () => {
    const { report } = await runStageIn(
      await history(
        '1.3.0',
        ['docs: readme (REL-1)', 'feat: a (REL-2)', 'fix: b (REL-3)'],
        '1.4.0',
      ),
    );
    const decision = report['decision'] as {
      commits: {
        subject: string;
        type: string;
        bump: string;
        breaking: boolean;
      }[];
      commitCount: number;
      rationale: string;
      previousTag: string;
    };
    expect(decision.commitCount).toBe(3);
    expect(decision.previousTag).toBe('v1.3.0');
    expect(decision.commits.map((c) => [c.type, c.bump])).toEqual([
      ['fix', 'patch'],
      ['feat', 'minor'],
    ]);
    expect(decision.rationale).toContain('minor');
  });

  it('treats a history without a release tag as the first release', async () => {
    const { report } = await runStageIn(
      await history(undefined, ['feat: a (REL-2)'], '1.0.0'),
    );
    expect(codes(report, 'error')).toEqual([]);
    expect(codes(report, 'note')).toContain('VERSION_FIRST_RELEASE');
    expect(report['bump']).toBe('first');
    expect(report['previousVersion']).toBeNull();
  });

  it('rejects a declared version that is not semver', async () => {
    const { report } = await runStageIn(
      await history('1.3.0', ['fix: x (REL-3)'], '1.4'),
    );
    expect(codes(report, 'error')).toContain('VERSION_UNPARSABLE');
  });
});

describe('semver: tags', () => {
  it('takes the highest version tag reachable from HEAD, not the newest, and not tags on other branches', async () => {
    repo = await GitRepo.create();
    await repo.commit('chore: a (REL-1)', {
      files: projectFiles({ version: '2.0.0' }),
    });
    repo.tag('v2.0.0');
    await repo.commit('chore: backport (REL-1)');
    repo.tag('v1.9.9');
    repo.git('checkout', '-q', '-b', 'other');
    await repo.commit('feat: elsewhere (REL-1)');
    repo.tag('v5.0.0');
    repo.git('checkout', '-q', 'main');
    await repo.commit('fix: here (REL-2)', {
      files: projectFiles({ version: '2.0.1' }),
    });
    const { report } = await runStageIn(repo);
    expect(report['previousVersion']).toBe('2.0.0');
    expect(codes(report, 'error')).toEqual([]);
  });

  it('accepts bare version tags and notes tags with the prefix that do not parse', async () => {
    repo = await GitRepo.create();
    await repo.commit('chore: a (REL-1)', {
      files: projectFiles({ version: '1.3.0' }),
    });
    repo.tag('1.3.0');
    repo.tag('vnext');
    repo.tag('v1.2');
    await repo.commit('feat: b (REL-2)', {
      files: projectFiles({ version: '1.4.0' }),
    });
    const { report } = await runStageIn(repo);
    expect(report['previousVersion']).toBe('1.3.0');
    expect(codes(report, 'error')).toEqual([]);
    const note = report.findings.find(
      (f) => f.code === 'VERSION_TAG_UNPARSABLE',
    );
    expect(note?.severity).toBe('note');
    expect(note?.message).toContain('vnext');
    expect(note?.message).toContain('v1.2');
  });

  it('reads annotated tags the same as lightweight ones', async () => {
    repo = await GitRepo.create();
    await repo.commit('chore: a (REL-1)', {
      files: projectFiles({ version: '1.3.0' }),
    });
    repo.tag('v1.3.0', { message: 'release 1.3.0' });
    await repo.commit('fix: b (REL-2)', {
      files: projectFiles({ version: '1.3.0' }),
    });
    const { report } = await runStageIn(repo);
    expect(codes(report, 'error')).toEqual(['VERSION_SAME_AS_PREVIOUS']);
  });

  it('uses the release tag-prefix in a monorepo and ignores other packages', async () => {
    repo = await GitRepo.create();
    const release = { 'tag-prefix': 'widget-lib@' };
    await repo.commit('chore: a (REL-1)', {
      files: projectFiles({ version: '1.3.0', release }),
    });
    repo.tag('widget-lib@1.3.0');
    repo.tag('v9.0.0');
    await repo.commit('feat: other package (REL-1)');
    repo.tag('widget-docs@4.0.0');
    await repo.commit('fix: widget (REL-2)', {
      files: projectFiles({ version: '1.3.1', release }),
    });
    const { report } = await runStageIn(repo);
    expect(report['previousVersion']).toBe('1.3.0');
    expect((report['decision'] as { previousTag: string }).previousTag).toBe(
      'widget-lib@1.3.0',
    );
    expect(codes(report, 'error')).toEqual(['VERSION_BUMP_TOO_LOW']);
  });

  it('uses the policy tag-prefix', async () => {
    repo = await GitRepo.create();
    const versioning = { 'tag-prefix': 'release-' };
    await repo.commit('chore: a (REL-1)', {
      files: projectFiles({ version: '1.3.0', versioning }),
    });
    repo.tag('release-1.3.0');
    repo.tag('v7.0.0');
    await repo.commit('feat: b (REL-2)', {
      files: projectFiles({ version: '1.4.0', versioning }),
    });
    const { report } = await runStageIn(repo);
    expect(report['previousVersion']).toBe('1.3.0');
    expect(codes(report, 'error')).toEqual([]);
  });

  it('does not take the release own tag at HEAD for the previous release', async () => {
    repo = await GitRepo.create();
    await repo.commit('chore: a (REL-1)', {
      files: projectFiles({ version: '1.3.0' }),
    });
    repo.tag('v1.3.0');
    await repo.commit('feat: b (REL-2)', {
      files: projectFiles({ version: '1.4.0' }),
    });
    repo.tag('v1.4.0');
    const { report } = await runStageIn(repo);
    expect(report['previousVersion']).toBe('1.3.0');
    expect(codes(report, 'error')).toEqual([]);
  });
});

describe('semver: prereleases', () => {
  it('accepts 1.4.0 after 1.4.0-rc.1 for a feature, and a further rc', async () => {
    const final = await runStageIn(
      await history('1.4.0-rc.1', ['feat: a (REL-2)'], '1.4.0'),
    );
    expect(codes(final.report, 'error')).toEqual([]);
    expect(final.report['bump']).toBe('minor');
    await repo?.cleanup();
    const rc = await runStageIn(
      await history('1.4.0-rc.1', ['fix: a (REL-2)'], '1.4.0-rc.2'),
    );
    expect(codes(rc.report, 'error')).toEqual([]);
    expect(rc.report['bump']).toBe('prerelease');
  });

  it('rejects 1.4.0 after 1.4.0-rc.1 when a breaking change landed', async () => {
    const { report } = await runStageIn(
      await history('1.4.0-rc.1', ['feat!: a (REL-2)'], '1.4.0'),
    );
    expect(codes(report, 'error')).toEqual(['VERSION_BUMP_TOO_LOW']);
    expect(report['next']).toBe('2.0.0');
  });

  it('accepts a release candidate of the next minor after a feature', async () => {
    const { report } = await runStageIn(
      await history('1.3.0', ['feat: a (REL-2)'], '1.4.0-rc.1'),
    );
    expect(codes(report, 'error')).toEqual([]);
  });

  it('rejects a release candidate of a patch after a feature', async () => {
    const { report } = await runStageIn(
      await history('1.3.0', ['feat: a (REL-2)'], '1.3.1-rc.1'),
    );
    expect(codes(report, 'error')).toEqual(['VERSION_BUMP_TOO_LOW']);
  });
});

describe('semver: the next version', () => {
  it.each([
    ['1.3.0', ['docs: a (REL-1)'], '1.3.1'],
    ['1.3.0', ['fix: a (REL-1)'], '1.3.1'],
    ['1.3.0', ['feat: a (REL-1)', 'fix: b (REL-1)'], '1.4.0'],
    ['1.3.0', ['refactor!: a (REL-1)'], '2.0.0'],
    ['0.3.2', ['refactor!: a (REL-1)'], '0.4.0'],
    ['1.4.0-rc.1', ['fix: a (REL-1)'], '1.4.0'],
  ])(
    'after %s and %j the next version is %s',
    async (previous, messages, next) => {
      const { report } = await runStageIn(
        await history(previous, messages, '9.9.9'),
        { next: true },
      );
      expect(report['next']).toBe(next);
    },
  );
});
