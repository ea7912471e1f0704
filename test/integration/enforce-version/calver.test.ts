import { afterEach, describe, expect, it } from 'vitest';
import { GitRepo } from '../../helpers/git-repo.ts';
import { codes, projectFiles, runStageIn } from './release-project.ts';

let repo: GitRepo | undefined;
afterEach(async () => {
  await repo?.cleanup();
  repo = undefined;
});

async function calverHistory(
  versioning: Record<string, unknown>,
  previous: string | undefined,
  messages: string[],
  declared: string,
): Promise<GitRepo> {
  repo = await GitRepo.create();
  await repo.commit('chore: start (REL-1)', {
    files: projectFiles({ version: previous ?? declared, versioning }),
  });
  if (previous) repo.tag(`v${previous}`);
  for (const message of messages) await repo.commit(message);
  await repo.commit('chore: release (REL-9)', {
    files: projectFiles({ version: declared, versioning }),
  });
  return repo;
}

const monthly = { scheme: 'calver', format: 'YYYY.0M.MICRO' };
const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('calver', () => {
  it('accepts a version naming this month and rejects one naming last month', async () => {
    const ok = await runStageIn(
      await calverHistory(
        monthly,
        '2026.11.0',
        ['fix: a (REL-2)'],
        '2026.12.0',
      ),
      { today: day('2026-12-03') },
    );
    expect(codes(ok.report, 'error')).toEqual([]);
    expect(ok.report['bump']).toBe('calendar');
    await repo?.cleanup();
    const stale = await runStageIn(
      await calverHistory(
        monthly,
        '2026.10.0',
        ['fix: a (REL-2)'],
        '2026.11.0',
      ),
      { today: day('2026-12-03') },
    );
    expect(codes(stale.report, 'error')).toEqual(['VERSION_DATE_MISMATCH']);
    expect(stale.report.findings[0]?.message).toContain('2026-12-03');
  });

  it('counts MICRO up within a month and refuses the same version', async () => {
    const ok = await runStageIn(
      await calverHistory(
        monthly,
        '2026.12.0',
        ['fix: a (REL-2)'],
        '2026.12.1',
      ),
      { today: day('2026-12-20'), next: true },
    );
    expect(codes(ok.report, 'error')).toEqual([]);
    expect(ok.report['next']).toBe('2026.12.1');
    await repo?.cleanup();
    const same = await runStageIn(
      await calverHistory(
        monthly,
        '2026.12.1',
        ['fix: a (REL-2)'],
        '2026.12.1',
      ),
      { today: day('2026-12-20') },
    );
    expect(codes(same.report, 'error')).toEqual(['VERSION_SAME_AS_PREVIOUS']);
    await repo?.cleanup();
    const lower = await runStageIn(
      await calverHistory(
        monthly,
        '2026.12.4',
        ['fix: a (REL-2)'],
        '2026.12.2',
      ),
      { today: day('2026-12-20') },
    );
    expect(codes(lower.report, 'error')).toEqual(['VERSION_NOT_INCREASED']);
  });

  it('rolls over the month: the next version after 2026.11.7 on 1 December is 2026.12.0', async () => {
    const { report } = await runStageIn(
      await calverHistory(
        monthly,
        '2026.11.7',
        ['fix: a (REL-2)'],
        '2026.12.0',
      ),
      { today: new Date('2026-12-01T00:00:01Z') },
    );
    expect(codes(report, 'error')).toEqual([]);
    expect(report['next']).toBe('2026.12.0');
  });

  it('rolls over the year in UTC: 2026.12.4 then 2027.01.0 on 1 January', async () => {
    const { report } = await runStageIn(
      await calverHistory(
        monthly,
        '2026.12.4',
        ['fix: a (REL-2)'],
        '2027.01.0',
      ),
      { today: new Date('2027-01-01T00:30:00Z') },
    );
    expect(codes(report, 'error')).toEqual([]);
    expect(report['next']).toBe('2027.01.0');
    await repo?.cleanup();
    // 23:30 on 31 December UTC is still 2026, whatever the local zone.
    const early = await runStageIn(
      await calverHistory(
        monthly,
        '2026.12.4',
        ['fix: a (REL-2)'],
        '2027.01.0',
      ),
      { today: new Date('2026-12-31T23:30:00Z') },
    );
    expect(codes(early.report, 'error')).toEqual(['VERSION_DATE_MISMATCH']);
  });

  it('allows a date within the release window and not beyond it', async () => {
    const daily = {
      scheme: 'calver',
      format: 'YYYY.0M.0D',
      'release-window': 2,
    };
    const ok = await runStageIn(
      await calverHistory(daily, '2026.11.30', [], '2026.12.01'),
      { today: day('2026-12-03') },
    );
    expect(codes(ok.report, 'error')).toEqual([]);
    await repo?.cleanup();
    const late = await runStageIn(
      await calverHistory(daily, '2026.11.20', [], '2026.11.30'),
      { today: day('2026-12-03') },
    );
    expect(codes(late.report, 'error')).toEqual(['VERSION_DATE_MISMATCH']);
    await repo?.cleanup();
    const noWindow = await runStageIn(
      await calverHistory(
        { ...daily, 'release-window': 0 },
        '2026.11.30',
        [],
        '2026.12.02',
      ),
      { today: day('2026-12-03') },
    );
    expect(codes(noWindow.report, 'error')).toEqual(['VERSION_DATE_MISMATCH']);
  });

  it('reads short years, weeks and modifiers', async () => {
    const short = { scheme: 'calver', format: 'YY.0W.MICRO' };
    const ok = await runStageIn(
      await calverHistory(short, '26.47.0', [], '26.49.0-beta'),
      { today: day('2026-12-03') },
    );
    expect(codes(ok.report, 'error')).toEqual([]);
    await repo?.cleanup();
    const final = await runStageIn(
      await calverHistory(short, '26.49.0-beta', [], '26.49.0'),
      { today: day('2026-12-03') },
    );
    expect(codes(final.report, 'error')).toEqual([]);
  });

  it('rejects a version that does not fit the format', async () => {
    const { report } = await runStageIn(
      await calverHistory(monthly, '2026.11.0', [], '2026.12'),
      { today: day('2026-12-03') },
    );
    expect(codes(report, 'error')).toEqual(['VERSION_FORMAT_MISMATCH']);
    expect(report.findings[0]?.remediation).toContain('2026.12.0');
  });

  it('refuses an unknown format token with exit 2 naming versioning.format', async () => {
    await expect(
      runStageIn(
        await calverHistory(
          { scheme: 'calver', format: 'YYYY.QQ' },
          undefined,
          [],
          '2026.1',
        ),
      ),
    ).rejects.toMatchObject({
      name: 'UserError',
      code: 'POLICY_FORMAT_INVALID',
      source: { file: 'policy.yaml', field: 'versioning.format' },
    });
  });
});

describe('hybrid', () => {
  const hybrid = { scheme: 'hybrid', format: 'YYYY.MINOR.MICRO' };

  it('needs a MINOR bump for a feature within the same year', async () => {
    const low = await runStageIn(
      await calverHistory(hybrid, '2026.3.1', ['feat: a (REL-2)'], '2026.3.2'),
      { today: day('2026-12-03') },
    );
    expect(codes(low.report, 'error')).toEqual(['VERSION_BUMP_TOO_LOW']);
    expect(low.report['next']).toBe('2026.4.0');
    await repo?.cleanup();
    const ok = await runStageIn(
      await calverHistory(hybrid, '2026.3.1', ['feat: a (REL-2)'], '2026.4.0'),
      { today: day('2026-12-03') },
    );
    expect(codes(ok.report, 'error')).toEqual([]);
    expect(ok.report['bump']).toBe('minor');
  });

  it('lets a breaking change stand on MINOR when the format has no MAJOR', async () => {
    const { report } = await runStageIn(
      await calverHistory(hybrid, '2026.3.1', ['feat!: a (REL-2)'], '2026.4.0'),
      { today: day('2026-12-03') },
    );
    expect(codes(report, 'error')).toEqual([]);
    expect(report['requiredBump']).toBe('minor');
  });

  it('resets the counters in a new year', async () => {
    const { report } = await runStageIn(
      await calverHistory(hybrid, '2026.9.3', ['feat: a (REL-2)'], '2027.0.0'),
      { today: day('2027-01-02') },
    );
    expect(codes(report, 'error')).toEqual([]);
    expect(report['bump']).toBe('calendar');
  });

  it('still requires the calendar part to be this year', async () => {
    const { report } = await runStageIn(
      await calverHistory(hybrid, '2025.9.3', ['fix: a (REL-2)'], '2025.9.4'),
      { today: day('2026-12-03') },
    );
    expect(codes(report, 'error')).toEqual(['VERSION_DATE_MISMATCH']);
  });
});
