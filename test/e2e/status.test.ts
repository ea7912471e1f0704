/**
 * The bundled CLI (dist/cli) as a user runs it: `shipshape status` in
 * every workspace state and format, and `shipshape escalate` against the
 * GitHub issues stand-in. Run `npm run build` first.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBundle, runCLI } from '../helpers/run-bundle.ts';
import { canaries, expectNoLeak } from '../helpers/canaries.ts';
import { startGitHubStandIn } from '../integration/status/github-stand-in.ts';
import {
  hostile,
  projectWithWorkspace,
  type WorkspaceState,
} from '../unit/status/status-fixtures.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function project(state: WorkspaceState): Promise<string> {
  const created = await projectWithWorkspace(state);
  cleanups.push(created.cleanup);
  return created.dir;
}

describe('shipshape status (bundled CLI)', () => {
  it.each([
    ['empty', 'PENDING', 7],
    ['partial', 'PENDING', 5],
    ['go', 'GO', 0],
    ['no-go', 'NO-GO', 0],
  ] as const)(
    'reports a %s workspace as %s in JSON',
    async (state, verdict, missing) => {
      const dir = await project(state);
      const result = await runCLI(['status', '--json'], { cwd: dir });
      expect(result.exitCode).toBe(0);
      const status = JSON.parse(result.stdout) as {
        verdict: string;
        notEvaluated: string[];
        schema: string;
      };
      expect(status.schema).toBe('shipshape-status/1');
      expect(status.verdict).toBe(verdict);
      expect(status.notEvaluated).toHaveLength(missing);
    },
  );

  it('prints escaped Markdown by default and writes HTML with --out', async () => {
    const dir = await project('no-go');
    const markdown = await runCLI(['status'], { cwd: dir });
    expect(markdown.exitCode).toBe(0);
    expect(markdown.stdout).toContain('### Open blockers');
    expect(markdown.stdout).not.toContain(hostile.mention);
    expect(markdown.stdout).not.toMatch(/^::/m);
    const html = await runCLI(
      ['status', '--format', 'html', '--out', 'status.html'],
      { cwd: dir },
    );
    expect(html.exitCode).toBe(0);
    expect(html.stdout).toBe('');
    const page = await readFile(join(dir, 'status.html'), 'utf8');
    expect(page).toContain('<svg');
    expect(page).not.toContain('<img');
  });

  it('exits 2 naming the flag or file for bad input', async () => {
    const dir = await project('empty');
    const format = await runCLI(['status', '--format', 'pdf'], { cwd: dir });
    expect(format.exitCode).toBe(2);
    expect(format.stderr).toContain('--format must be markdown, json or html');
    await writeFile(
      join(dir, 'policy.yaml'),
      'escalation: {after-hours: soon}\n',
    );
    const policy = await runCLI(['status'], { cwd: dir });
    expect(policy.exitCode).toBe(2);
    expect(policy.stderr).toContain('policy.yaml');
    expect(policy.stderr).not.toContain('    at ');
  });
});

describe('shipshape escalate (bundled CLI)', () => {
  it('opens issues once across runs and prints what it did, without leaking the token', async () => {
    const dir = await project('no-go');
    const policy = join(dir, 'policy.yaml');
    await writeFile(
      policy,
      `${await readFile(policy, 'utf8')}escalation: {github-issues: {mention-owners: true}}\n`,
    );
    const github = await startGitHubStandIn('acme/widgets', canaries.npmToken);
    cleanups.push(github.close);
    const env = {
      GITHUB_TOKEN: canaries.npmToken,
      GITHUB_REPOSITORY: 'acme/widgets',
      GITHUB_API_URL: github.url,
    };
    const first = await runCLI(['escalate', '--json'], { cwd: dir, env });
    expect(first.exitCode).toBe(0);
    const result = JSON.parse(first.stdout) as {
      actions: { action: string }[];
    };
    expect(result.actions.map((a) => a.action)).toEqual(['created', 'created']);
    const second = await runCLI(['escalate'], { cwd: dir, env });
    expect(second.exitCode).toBe(0);
    expect(second.stdout).toContain('github-issue unchanged LICENSE_DENIED #1');
    expect(github.issues).toHaveLength(2);
    const journal = await readFile(
      join(dir, '.shipshape', 'journal.jsonl'),
      'utf8',
    );
    expectNoLeak(
      [first.stdout, first.stderr, second.stdout, second.stderr, journal].join(
        '\n',
      ),
    );
  });

  it('exits 1 when escalation of a NO-GO release fails, and plans with --dry-run', async () => {
    const dir = await project('no-go');
    const policy = join(dir, 'policy.yaml');
    await writeFile(
      policy,
      `${await readFile(policy, 'utf8')}escalation: {github-issues: {}}\n`,
    );
    const failed = await runCLI(['escalate'], {
      cwd: dir,
      env: { GITHUB_REPOSITORY: 'acme/widgets' },
    });
    expect(failed.exitCode).toBe(1);
    expect(failed.stdout).toContain('GITHUB_TOKEN is not set');
    const planned = await runCLI(['escalate', '--dry-run'], { cwd: dir });
    expect(planned.exitCode).toBe(0);
    expect(planned.stdout).toContain('dry run: nothing sent');
    expect(planned.stdout).toContain('github-issue planned LICENSE_DENIED');
  });
});

describe('the root action in mode: status (bundled)', () => {
  it('writes the escaped status to the job summary, sets the outputs and comments on the tracking issue', async () => {
    const dir = await project('no-go');
    const github = await startGitHubStandIn('acme/widgets', canaries.npmToken);
    cleanups.push(github.close);
    github.issues.push({
      number: 5,
      title: 'tracking',
      body: '',
      state: 'open',
      labels: [],
      comments: [],
    });
    const run = await runBundle('run', {
      cwd: dir,
      inputs: {
        mode: 'status',
        'tracking-issue': '5',
        'github-token': canaries.npmToken,
      },
      env: { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'acme/widgets' },
    });
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('❌ NO-GO');
    expect(run.summary).not.toContain(hostile.mention);
    expect(run.outputs['markdown']).toContain('### Open blockers');
    expect(
      JSON.parse(await readFile(run.outputs['status'] ?? '', 'utf8')),
    ).toMatchObject({ verdict: 'NO-GO' });
    expect(github.issues[0]?.comments).toHaveLength(1);
    expect(run.stdout).not.toMatch(/^::error::x/m);
    // The runner's own masking command carries the value by design.
    expectNoLeak(
      run.everything
        .split('\n')
        .filter((line) => !line.startsWith('::add-mask::'))
        .join('\n'),
    );
    expect(run.stdout).toContain(`::add-mask::${canaries.npmToken}`);
  });
});
