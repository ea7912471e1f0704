// Black-box tests of the bundles: dist/enforce-version/index.js as the
// runner runs it (INPUT_* in, GITHUB_OUTPUT out) and dist/cli/index.js.
// Run `npm run build` first.
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { GitRepo } from '../helpers/git-repo.ts';
import { runBundle, runCLI } from '../helpers/run-bundle.ts';
import { canaries, expectNoLeak } from '../helpers/canaries.ts';
import { projectFiles } from '../integration/enforce-version/release-project.ts';

let repo: GitRepo | undefined;
let server: Server | undefined;
afterEach(async () => {
  if (server) await new Promise((done) => server?.close(done));
  server = undefined;
  await repo?.cleanup();
  repo = undefined;
});

async function released(
  messages: string[],
  declared: string,
): Promise<GitRepo> {
  repo = await GitRepo.create();
  await repo.commit('chore: a (REL-1)', {
    files: projectFiles({ version: '1.3.0' }),
  });
  repo.tag('v1.3.0');
  for (const message of messages) await repo.commit(message);
  await repo.commit('chore: release (REL-9)', {
    files: projectFiles({ version: declared }),
  });
  return repo;
}

function gitEnv(target: GitRepo): Record<string, string> {
  return Object.fromEntries(
    Object.entries(target.env()).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );
}

// The runner hides ::add-mask:: lines; everything else must be clean.
function visibleToReaders(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}

describe('the enforce-version action bundle', () => {
  it('passes and sets the decision outputs', async () => {
    const target = await released(
      ['feat: a (REL-2)', 'fix: b (REL-3)'],
      '1.4.0',
    );
    const run = await runBundle('enforce-version', {
      cwd: target.dir,
      env: gitEnv(target),
      inputs: { manifest: 'release.yaml', 'working-directory': target.dir },
    });
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      ok: 'true',
      version: '1.4.0',
      'previous-version': '1.3.0',
      bump: 'minor',
      'required-bump': 'minor',
    });
  });

  it('fails with exit 1 and an annotation when the bump is too low, and commit subjects forge no workflow command', async () => {
    const target = await released(
      [
        'feat: ::error file=forged.yaml::forged %0A::set-output name=ok::true (REL-2)',
      ],
      '1.3.1',
    );
    const run = await runBundle('enforce-version', {
      cwd: target.dir,
      env: gitEnv(target),
      inputs: { 'working-directory': target.dir },
    });
    expect(run.exitCode).toBe(1);
    expect(run.outputs['ok']).toBe('false');
    expect(run.outputs['required-bump']).toBe('minor');
    expect(run.stdout).toMatch(/::error .*title=VERSION_BUMP_TOO_LOW/);
    const lines = run.stdout.split('\n');
    expect(lines.some((line) => line.startsWith('::error file=forged'))).toBe(
      false,
    );
    expect(lines.some((line) => line.startsWith('::set-output'))).toBe(false);
    expect(run.outputs['ok']).toBe('false');
  });

  it('exits 2 naming fetch-depth: 0 in a shallow clone without tags', async () => {
    const target = await released(['feat: a (REL-2)'], '1.4.0');
    const clone = `${target.home}/clone`;
    execFileSync(
      'git',
      ['clone', '-q', '--depth', '1', `file://${target.dir}`, clone],
      {
        env: target.env(),
      },
    );
    const run = await runBundle('enforce-version', {
      cwd: clone,
      env: gitEnv(target),
      inputs: { 'working-directory': clone },
    });
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toContain('fetch-depth: 0');
    expect(run.stdout).not.toMatch(/\n\s+at /);
  });

  it('checks #123 tickets with github-token and never shows the token', async () => {
    // A local stand-in for GET /repos/{owner}/{repo}/issues/{n}.
    server = createServer((request, response) => {
      const known = request.url === '/repos/acme/widgets/issues/12';
      response.writeHead(known ? 200 : 404, {
        'content-type': 'application/json',
      });
      response.end(
        known
          ? '{"number":12,"state":"open","labels":[]}'
          : '{"message":"Not Found"}',
      );
    });
    await new Promise<void>((done) => server?.listen(0, '127.0.0.1', done));
    const port = (server.address() as AddressInfo).port;
    const target = await released(
      ['feat: a (#12 REL-2)', `fix: b (#404 REL-3) ${canaries.npmToken}`],
      '1.4.0',
    );
    const run = await runBundle('enforce-version', {
      cwd: target.dir,
      env: {
        ...gitEnv(target),
        GITHUB_API_URL: `http://127.0.0.1:${port}`,
        GITHUB_REPOSITORY: 'acme/widgets',
      },
      inputs: {
        'working-directory': target.dir,
        'github-token': canaries.npmToken,
      },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('TICKET_ISSUE_NOT_FOUND');
    expect(run.stdout).toContain(`::add-mask::${canaries.npmToken}`);
    expectNoLeak(visibleToReaders(run.everything));
    const { readFile } = await import('node:fs/promises');
    const written = await Promise.all(
      [
        'reports/enforce-version.json',
        'journal.jsonl',
        'evidence/enforce-version/decision.json',
      ].map((file) => readFile(`${target.dir}/.shipshape/${file}`, 'utf8')),
    );
    expect(written[0]).toContain('fix: b (#404 REL-3) ***');
    expectNoLeak(written.join('\n'));
  });
});

describe('shipshape version', () => {
  it('prints the next version with --next', async () => {
    const target = await released(['feat: a (REL-2)'], '9.9.9');
    const run = await runCLI(['version', '--next'], {
      cwd: target.dir,
      env: gitEnv(target),
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe('1.4.0\n');
  });

  it('prints the decision and exits 1 when a rule is broken', async () => {
    const target = await released(['feat!: a (REL-2)'], '1.4.0');
    const human = await runCLI(['version'], {
      cwd: target.dir,
      env: gitEnv(target),
    });
    expect(human.exitCode).toBe(1);
    expect(human.stdout).toContain('enforce-version: FAIL');
    expect(human.stdout).toContain('required major');
    expect(human.stdout).toContain('VERSION_BUMP_TOO_LOW');
    const json = await runCLI(['version', '--json'], {
      cwd: target.dir,
      env: gitEnv(target),
    });
    const report = JSON.parse(json.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      stage: 'enforce-version',
      ok: false,
      requiredBump: 'major',
      next: '2.0.0',
    });
  });

  it('exits 2 with one line outside a git repository', async () => {
    repo = await GitRepo.create();
    const outside = `${repo.home}/project`;
    execFileSync('mkdir', ['-p', outside]);
    for (const [name, text] of Object.entries(
      projectFiles({ version: '1.4.0' }),
    )) {
      execFileSync('tee', [`${outside}/${name}`], {
        input: text,
        stdio: ['pipe', 'ignore', 'inherit'],
      });
    }
    const run = await runCLI(['version'], {
      cwd: outside,
      env: { ...gitEnv(repo), GIT_CEILING_DIRECTORIES: repo.home },
    });
    expect(run.exitCode).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('GIT_NOT_A_REPOSITORY');
  });
});
