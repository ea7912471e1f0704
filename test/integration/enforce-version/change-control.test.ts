import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { describeError } from '@shipshape/core';
import { GitRepo, type GitPerson } from '../../helpers/git-repo.ts';
import {
  codes,
  projectFiles,
  runStageIn,
  type ProjectFiles,
} from './release-project.ts';

let repo: GitRepo | undefined;
afterEach(async () => {
  await repo?.cleanup();
  repo = undefined;
});

const author: GitPerson = { name: 'Rel Author', email: 'author@example.test' };

async function released(
  messages: string[],
  files: Omit<ProjectFiles, 'version'> & { version?: string } = {},
): Promise<GitRepo> {
  repo = await GitRepo.create();
  await repo.commit('chore: a (REL-1)', {
    files: projectFiles({ ...files, version: '1.3.0' }),
  });
  repo.tag('v1.3.0');
  for (const message of messages) await repo.commit(message);
  await repo.commit('chore: release 1.4.0 (REL-9)', {
    files: projectFiles({ version: '1.4.0', ...files }),
    author,
  });
  return repo;
}

describe('change control: tickets', () => {
  it('rejects a commit without a ticket and accepts one with a ticket in its body', async () => {
    const { report } = await runStageIn(
      await released([
        'feat: untracked change',
        'feat: tracked\n\nRefs: REL-77\n',
      ]),
    );
    const missing = report.findings.filter(
      (f) => f.code === 'COMMIT_TICKET_MISSING',
    );
    expect(missing).toHaveLength(1);
    expect(missing[0]?.message).toContain('feat: untracked change');
    expect(missing[0]?.severity).toBe('error');
  });

  it('checks nothing when the policy has no ticket pattern', async () => {
    const { report } = await runStageIn(
      await released(['feat: untracked'], {
        versioning: { tickets: undefined },
      }),
    );
    expect(codes(report, 'error')).toEqual([]);
  });

  it('requires an incident reference on every commit of a hotfix', async () => {
    const versioning = { incident: 'INC-[0-9]{4,}' };
    const release = { hotfix: true };
    const rejected = await runStageIn(
      await released(['fix: hot (REL-5) INC-1234', 'fix: other (REL-6)'], {
        versioning,
        release,
      }),
    );
    const findings = rejected.report.findings.filter(
      (f) => f.code === 'COMMIT_INCIDENT_MISSING',
    );
    // The unreferenced fix and the release commit itself lack an incident.
    expect(findings).toHaveLength(2);
    await repo?.cleanup();
    const notHotfix = await runStageIn(
      await released(['fix: other (REL-6)'], { versioning }),
    );
    expect(codes(notHotfix.report, 'error')).toEqual([]);
  });

  it('refuses a ticket pattern that does not compile with exit 2 naming policy.yaml and versioning.tickets', async () => {
    const error = await runStageIn(
      await released(['fix: a (REL-2)'], {
        versioning: { tickets: '([A-Z]+-[0-9]+' },
      }),
    ).catch((caught: unknown) => caught);
    expect(error).toMatchObject({
      name: 'UserError',
      code: 'POLICY_PATTERN_INVALID',
      source: { file: 'policy.yaml', field: 'versioning.tickets' },
    });
    const line = describeError(error);
    expect(line).toMatch(
      /^policy\.yaml: versioning\.tickets is not a valid regular expression/,
    );
    expect(line).not.toContain('\n');
  });

  it('refuses backreferences, which RE2 does not run, with exit 2', async () => {
    await expect(
      runStageIn(
        await released(['fix: a (REL-2)'], {
          versioning: { tickets: '(REL)-\\1' },
        }),
      ),
    ).rejects.toMatchObject({ code: 'POLICY_PATTERN_INVALID' });
  });

  it('runs a catastrophic-backtracking pattern on a hostile commit in linear time', async () => {
    const hostile = `fix: ${'a'.repeat(30_000)}!`;
    const start = performance.now();
    const { report } = await runStageIn(
      await released([hostile], { versioning: { tickets: '^fix: (a+)+$' } }),
    );
    expect(performance.now() - start).toBeLessThan(5_000);
    expect(codes(report, 'error')).toContain('COMMIT_TICKET_MISSING');
  });
});

describe('change control: override', () => {
  const lowBump = ['feat: big change (REL-2)'];

  async function withOverride(approvers: string[]) {
    repo = await GitRepo.create();
    await repo.commit('chore: a (REL-1)', {
      files: projectFiles({ version: '1.3.0' }),
    });
    repo.tag('v1.3.0');
    for (const message of lowBump) await repo.commit(message);
    await repo.commit('chore: release 1.3.1 (REL-9)', {
      author,
      files: projectFiles({
        version: '1.3.1',
        release: {
          override: {
            reason: 'Customer contract pins 1.3.x',
            ticket: 'REL-4242',
            approvers,
          },
        },
      }),
    });
    return runStageIn(repo);
  }

  it('lets a too-low bump pass with two approvers who did not author the release, and journals it', async () => {
    const { report, workspace } = await withOverride([
      'lead@example.test',
      'Security Reviewer',
    ]);
    expect(report.ok).toBe(true);
    expect(codes(report, 'warning')).toEqual(['VERSION_OVERRIDDEN']);
    expect(codes(report, 'note')).toContain('VERSION_BUMP_TOO_LOW');
    expect(report['override']).toMatchObject({
      ticket: 'REL-4242',
      overridden: ['VERSION_BUMP_TOO_LOW'],
    });
    const journal = (await readFile(join(workspace, 'journal.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map(
        (line) =>
          JSON.parse(line) as { kind: string; data?: Record<string, unknown> },
      );
    const record = journal.find((entry) => entry.kind === 'override');
    expect(record?.data).toMatchObject({
      reason: 'Customer contract pins 1.3.x',
      ticket: 'REL-4242',
      approvers: ['lead@example.test', 'Security Reviewer'],
    });
  });

  it('rejects an override with one approver, even when named twice', async () => {
    const { report, workspace } = await withOverride([
      'lead@example.test',
      'LEAD@example.test ',
    ]);
    expect(report.ok).toBe(false);
    expect(codes(report, 'error').sort()).toEqual([
      'OVERRIDE_REJECTED',
      'VERSION_BUMP_TOO_LOW',
    ]);
    const journal = await readFile(join(workspace, 'journal.jsonl'), 'utf8');
    expect(journal).not.toContain('"kind":"override"');
  });

  it.each([['author@example.test'], ['Rel Author'], ['@Rel Author']])(
    'rejects an override approved by the release commit author as %s',
    async (self) => {
      const { report } = await withOverride(['lead@example.test', self]);
      expect(report.ok).toBe(false);
      const rejected = report.findings.find(
        (f) => f.code === 'OVERRIDE_REJECTED',
      );
      expect(rejected?.message).toContain('authored the release commit');
    },
  );

  it('cannot override drift', async () => {
    repo = await GitRepo.create();
    await repo.commit('chore: a (REL-1)', {
      files: projectFiles({ version: '1.3.0' }),
    });
    repo.tag('v1.3.0');
    await repo.commit('fix: x (REL-2)', {
      author,
      files: projectFiles({
        version: '1.3.1',
        packageVersion: '1.3.0',
        release: {
          override: {
            reason: 'r',
            ticket: 'REL-1',
            approvers: ['a@x.test', 'b@x.test'],
          },
        },
      }),
    });
    const { report } = await runStageIn(repo);
    expect(codes(report, 'error')).toEqual(['VERSION_DRIFT']);
    expect(codes(report, 'note')).toContain('OVERRIDE_UNUSED');
  });
});
