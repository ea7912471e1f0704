// The GitHub REST API cannot run here: a local http.createServer on
// 127.0.0.1 answers GET /repos/{owner}/{repo}/issues/{n} with the fields
// of the real response that enforce-version reads (state, labels).
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitRepo } from '../../helpers/git-repo.ts';
import { canaries, expectNoLeak } from '../../helpers/canaries.ts';
import { codes, projectFiles, runStageIn } from './release-project.ts';

const issues: Record<number, { state: string; labels: { name: string }[] }> = {
  12: { state: 'closed', labels: [{ name: 'approved' }] },
  13: { state: 'open', labels: [{ name: 'wontfix' }, { name: 'approved' }] },
  14: { state: 'open', labels: [] },
};

let server: Server;
let apiURL: string;
let requests: IncomingMessage[];
let status: number | undefined;
let repo: GitRepo | undefined;

beforeEach(async () => {
  requests = [];
  status = undefined;
  server = createServer((request, response) => {
    requests.push(request);
    const match = /^\/repos\/acme\/widgets\/issues\/(\d+)$/.exec(
      request.url ?? '',
    );
    const issue = match ? issues[Number(match[1])] : undefined;
    if (status) {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end('{"message":"nope"}');
    } else if (
      !issue ||
      request.headers.authorization !== `Bearer ${canaries.npmToken}`
    ) {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end('{"message":"Not Found"}');
    } else {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ number: Number(match?.[1]), ...issue }));
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  apiURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await new Promise((done) => server.close(done));
  await repo?.cleanup();
  repo = undefined;
});

async function released(
  messages: string[],
  versioning: Record<string, unknown> = {},
) {
  repo = await GitRepo.create();
  const policy = { tickets: '#[0-9]+|REL-[0-9]+', ...versioning };
  await repo.commit('chore: a (REL-1)', {
    files: projectFiles({ version: '1.3.0', versioning: policy }),
  });
  repo.tag('v1.3.0');
  for (const message of messages) await repo.commit(message);
  await repo.commit('chore: release (REL-9)', {
    files: projectFiles({ version: '1.4.0', versioning: policy }),
  });
  return repo;
}

function run(target: GitRepo, token: string | null = canaries.npmToken) {
  return runStageIn(target, {
    githubToken: token ?? undefined,
    githubAPIURL: apiURL,
    repository: 'acme/widgets',
  });
}

describe('GitHub issue checks of #123 tickets', () => {
  it('accepts references to existing issues and rejects a missing one', async () => {
    const { report } = await run(
      await released(['feat: a (#12)', 'fix: b (#99)']),
    );
    expect(codes(report, 'error')).toEqual(['TICKET_ISSUE_NOT_FOUND']);
    expect(report.findings[0]?.message).toContain('acme/widgets#99');
    expect(requests.map((request) => request.url).sort()).toEqual([
      '/repos/acme/widgets/issues/12',
      '/repos/acme/widgets/issues/99',
    ]);
    expect(requests[0]?.headers.accept).toBe('application/vnd.github+json');
  });

  it('applies the label and state rules', async () => {
    const versioning = {
      'github-issues': {
        'require-labels': ['approved'],
        'forbid-labels': ['wontfix'],
        state: 'closed',
      },
    };
    const { report } = await run(
      await released(
        ['feat: a (#12)', 'feat: b (#13)', 'feat: c (#14)'],
        versioning,
      ),
    );
    const errors = codes(report, 'error').sort();
    expect(errors).toEqual([
      'TICKET_ISSUE_LABEL_FORBIDDEN',
      'TICKET_ISSUE_LABEL_MISSING',
      'TICKET_ISSUE_STATE',
      'TICKET_ISSUE_STATE',
    ]);
    expect(report.findings.some((f) => f.message.includes('#12'))).toBe(false);
  });

  it('asks nothing without a token', async () => {
    const { report } = await run(await released(['fix: b (#99)']), null);
    expect(codes(report, 'error')).toEqual([]);
    expect(requests).toHaveLength(0);
  });

  it('keeps the token out of the report, the journal and the log, and registers it as a secret', async () => {
    const { report, logger, workspace } = await run(
      await released(['fix: b (#99)']),
    );
    const text = [
      JSON.stringify(report),
      await readFile(join(workspace, 'journal.jsonl'), 'utf8'),
      JSON.stringify(logger.records),
    ].join('\n');
    expectNoLeak(text);
  });

  it('stops with exit 2 when GitHub fails, rather than passing unchecked tickets', async () => {
    status = 502;
    await expect(run(await released(['fix: b (#12)']))).rejects.toMatchObject({
      name: 'UserError',
      code: 'GITHUB_API_ERROR',
    });
  });

  it('stops with exit 2 when the repository is unknown', async () => {
    const target = await released(['fix: b (#12)']);
    await expect(
      runStageIn(
        target,
        { githubToken: canaries.npmToken, githubAPIURL: apiURL },
        { GITHUB_REPOSITORY: 'not a repo' },
      ),
    ).rejects.toMatchObject({ code: 'GITHUB_REPOSITORY_MISSING' });
    expect(requests).toHaveLength(0);
  });

  it('stops with exit 2 when GitHub refuses the token', async () => {
    status = 401;
    await expect(run(await released(['fix: b (#12)']))).rejects.toMatchObject({
      name: 'UserError',
      code: 'GITHUB_ACCESS_DENIED',
    });
  });
});
