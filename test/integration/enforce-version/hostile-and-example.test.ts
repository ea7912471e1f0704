import { execFileSync } from 'node:child_process';
import { cp, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GitRepo } from '../../helpers/git-repo.ts';
import { exampleDir } from '../../helpers/temp-project.ts';
import { codes, projectFiles, runStageIn } from './release-project.ts';

let repo: GitRepo | undefined;
afterEach(async () => {
  await repo?.cleanup();
  repo = undefined;
});

const hostileSubjects = [
  'feat: ::error file=release.yaml::forged annotation',
  'feat: ::add-mask::everything',
  'feat: \u001b[31mred\u001b[0m and \u202eright-to-left',
  'feat: zero\u200bwidth %0A::set-output name=ok::true',
  'feat: $(id) `whoami` ";echo${IFS}hi;#',
];

describe('hostile commit subjects', () => {
  it('are escaped in every finding message and the decision rationale', async () => {
    repo = await GitRepo.create();
    await repo.commit('chore: a (REL-1)', {
      files: projectFiles({ version: '1.3.0' }),
    });
    repo.tag('v1.3.0');
    for (const subject of hostileSubjects) await repo.commit(subject);
    await repo.commit('fix: release (REL-2)', {
      files: projectFiles({ version: '1.3.1' }),
    });
    const { report } = await runStageIn(repo);
    expect(codes(report, 'error')).toContain('VERSION_BUMP_TOO_LOW');
    expect(codes(report, 'error')).toContain('COMMIT_TICKET_MISSING');
    for (const finding of report.findings) {
      // eslint-disable-next-line no-control-regex -- looking for raw control characters
      expect(finding.message).not.toMatch(/[\u0000-\u001f\u202e\u200b]/u);
    }
    const messages = report.findings
      .map((finding) => finding.message)
      .join('\n');
    expect(messages).toContain('\\u{1b}[31mred');
    expect(messages).toContain('\\u{202e}');
  });

  it('a 1 MB subject is decided quickly; only its first 64 KiB are read', async () => {
    repo = await GitRepo.create();
    await repo.commit('chore: a (REL-1)', {
      files: projectFiles({ version: '1.3.0' }),
    });
    repo.tag('v1.3.0');
    await repo.commit(
      `feat${'('.repeat(500_000)}: ${'!'.repeat(500_000)} REL-3`,
    );
    await repo.commit(
      `fix: REL-4 ${' '.repeat(200_000)}x\n\n${'BREAKING CHANGE'.repeat(20_000)}`,
    );
    await repo.commit(`fix: ${'x'.repeat(70_000)} REL-5`);
    await repo.commit('fix: release (REL-2)', {
      files: projectFiles({ version: '1.3.1' }),
    });
    const start = performance.now();
    const { report } = await runStageIn(repo);
    expect(performance.now() - start).toBeLessThan(3_000);
    // The first has no ticket within 64 KiB; the third has it past 64 KiB.
    expect(codes(report, 'error')).toEqual([
      'COMMIT_TICKET_MISSING',
      'COMMIT_TICKET_MISSING',
    ]);
  });
});

describe('the example project in a git repository', () => {
  it('accepts 1.4.0 after tag v1.3.0 and feature commits with REL tickets', async () => {
    repo = await GitRepo.create();
    const project = join(repo.dir, 'acme-widgets');
    await mkdir(project);
    await cp(exampleDir, project, { recursive: true });
    execFileSync('git', ['add', '-A'], { cwd: repo.dir, env: repo.env() });
    await repo.commit('chore: import acme-widgets 1.3.0 (REL-1100)');
    repo.tag('v1.3.0');
    await repo.commit('feat: clampSize takes min and max bounds (REL-1234)');
    await repo.commit('fix: round sizes before clamping (REL-1230)');
    const { report } = await runStageIn(repo, {}, {}, 'acme-widgets');
    expect(codes(report, 'error')).toEqual([]);
    expect(report['version']).toBe('1.4.0');
    expect(report['previousVersion']).toBe('1.3.0');
    expect(report['bump']).toBe('minor');
    expect(report['requiredBump']).toBe('minor');
    await rm(join(project, '.shipshape'), { recursive: true, force: true });
  });
});
