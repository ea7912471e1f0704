import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runStatusAction } from '../../../packages/action/src/status-mode.ts';
import { parseOutputFile } from '../../helpers/run-bundle.ts';
import { canaries, expectNoLeak } from '../../helpers/canaries.ts';
import { tempDir } from '../../helpers/temp-project.ts';
import { startGitHubStandIn } from '../../integration/status/github-stand-in.ts';
import { hostile, projectWithWorkspace } from './status-fixtures.ts';

const saved = { ...process.env };
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const key of Object.keys(process.env))
    if (!(key in saved)) Reflect.deleteProperty(process.env, key);
  Object.assign(process.env, saved);
  process.exitCode = undefined;
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

// @actions/core keeps the summary file path of its first use, so every
// test shares one runner folder and truncates its files.
let runnerDir: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  runnerDir = await tempDir('shipshape-runner-');
});
afterAll(async () => {
  await runnerDir.cleanup();
});

async function runner(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
) {
  const output = join(runnerDir.dir, 'output');
  const summary = join(runnerDir.dir, 'summary');
  await writeFile(output, '');
  await writeFile(summary, '');
  Object.assign(process.env, {
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: runnerDir.dir,
    ...env,
  });
  for (const [name, value] of Object.entries(inputs))
    process.env[`INPUT_${name.toUpperCase()}`] = value;
  await runStatusAction();
  const exitCode = process.exitCode;
  process.exitCode = undefined;
  return {
    exitCode,
    outputs: parseOutputFile(await readFile(output, 'utf8')),
    summary: await readFile(summary, 'utf8'),
  };
}

describe('runStatusAction (mode: status)', () => {
  it('writes the Markdown to the job summary, sets the outputs and posts the daily comment', async () => {
    const project = await projectWithWorkspace('no-go');
    cleanups.push(project.cleanup);
    const github = await startGitHubStandIn('acme/widgets', canaries.npmToken);
    cleanups.push(github.close);
    github.issues.push({
      number: 12,
      title: 'tracking',
      body: '',
      state: 'open',
      labels: [],
      comments: [],
    });
    const run = await runner(
      {
        'working-directory': project.dir,
        'tracking-issue': '12',
        'github-token': canaries.npmToken,
      },
      { GITHUB_API_URL: github.url, GITHUB_REPOSITORY: 'acme/widgets' },
    );
    expect(run.exitCode).toBe(0);
    expect(run.summary).toContain('## Release status: acme-widgets');
    expect(run.summary).not.toContain(hostile.mention);
    expect(run.outputs['markdown']).toContain('❌ NO-GO');
    const status = JSON.parse(
      await readFile(run.outputs['status'] ?? '', 'utf8'),
    ) as { verdict: string };
    expect(status.verdict).toBe('NO-GO');
    expect(github.issues[0]?.comments).toHaveLength(1);
    expect(github.issues[0]?.comments[0]?.body).toMatch(
      /^<!-- shipshape-daily-status: \d{4}-\d{2}-\d{2} -->\n## Release status/,
    );
    expectNoLeak(JSON.stringify(run) + JSON.stringify(github.issues));
  });

  it('refuses a tracking-issue that is not a number with exit 2', async () => {
    const project = await projectWithWorkspace('empty');
    cleanups.push(project.cleanup);
    const run = await runner({
      'working-directory': project.dir,
      'tracking-issue': '12; rm -rf /',
    });
    expect(run.exitCode).toBe(2);
    expect(run.outputs).toEqual({});
  });

  it('still produces the status when posting to the tracking issue fails', async () => {
    const project = await projectWithWorkspace('go');
    cleanups.push(project.cleanup);
    const run = await runner(
      {
        'working-directory': project.dir,
        'tracking-issue': '3',
        'github-token': canaries.npmToken,
      },
      {
        GITHUB_API_URL: 'http://127.0.0.1:9',
        GITHUB_REPOSITORY: 'acme/widgets',
      },
    );
    expect(run.exitCode).toBe(0);
    expect(run.outputs['markdown']).toContain('✅ GO');
  });
});
