// Runs the bundled action (dist/validate-manifest) and the bundled CLI
// (dist/cli) as a runner and a user would; `npm run build` makes them.
import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { canaries, expectNoLeak } from '../helpers/canaries.ts';
import { runBundle, runCLI } from '../helpers/run-bundle.ts';
import {
  exampleProject,
  positionOf,
  type ExampleProject,
} from '../unit/validate-manifest/example-project.ts';

let project: ExampleProject;

beforeEach(async () => {
  project = await exampleProject();
});

afterEach(async () => {
  await project.cleanup();
});

function runAction(inputs: Record<string, string> = {}) {
  return runBundle('validate-manifest', {
    inputs: { 'working-directory': project.dir, ...inputs },
    cwd: project.dir,
    env: { NPM_STAGING_TOKEN: canaries.npmToken },
  });
}

// Lines the runner reads as workflow commands.
function commandLines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => line.startsWith('::'));
}

describe('the validate-manifest action bundle', () => {
  it('passes the example project: outputs, summary, no annotations', async () => {
    const run = await runAction();
    expect(run.exitCode).toBe(0);
    expect(run.outputs).toMatchObject({
      ok: 'true',
      'error-count': '0',
      'warning-count': '0',
      // For `strategy.matrix.artifact: fromJSON(...)` in the release workflow.
      artifacts: '["widget-lib","widget-docs"]',
    });
    const report = JSON.parse(
      await readFile(run.outputs['report']!, 'utf8'),
    ) as {
      stage: string;
      ok: boolean;
    };
    expect(report).toMatchObject({ stage: 'validate-manifest', ok: true });
    expect(run.summary).toContain('## validate-manifest: ✅ pass');
    expect(
      commandLines(run.stdout).filter((l) => l.startsWith('::error')),
    ).toEqual([]);
    expectNoLeak(run.everything);
  });

  it('fails a broken manifest, annotating each finding at its file and line', async () => {
    await project.replace(
      'release.yaml',
      'license: MIT\n',
      'license: MIT OR Apache 2.0\n',
    );
    await project.replace(
      'release.yaml',
      'targets: [npm-staging]',
      'targets: [npm-stagign]',
    );
    await project.replace(
      'release.yaml',
      'tickets: [REL-1234]',
      'tickets: [REL-1234]\n  colour: blue',
    );
    const text = await project.read('release.yaml');
    const run = await runAction();
    expect(run.exitCode).toBe(1);
    expect(run.outputs).toMatchObject({
      ok: 'false',
      'error-count': '3',
      'warning-count': '0',
    });
    const at = (needle: string) => {
      const { line, column } = positionOf(text, needle);
      return `file=release.yaml,line=${line},col=${column}::`;
    };
    const errors = commandLines(run.stdout).filter((l) =>
      l.startsWith('::error'),
    );
    expect(errors).toHaveLength(3);
    expect(errors.join('\n')).toContain(
      `::error title=MANIFEST_UNKNOWN_KEY,${at('colour')}`,
    );
    expect(errors.join('\n')).toContain(
      `::error title=TARGET_UNKNOWN,${at('npm-stagign')}`,
    );
    expect(errors.join('\n')).toContain(
      `::error title=LICENSE_INVALID,${at('Apache 2.0')}`,
    );
    expect(run.summary).toContain('## validate-manifest: ❌ fail');
    expect(run.summary).toContain('| error | TARGET\\_UNKNOWN |');
    expectNoLeak(run.everything);
  });

  it('never lets a hostile manifest value act as a workflow command', async () => {
    await project.replace(
      'release.yaml',
      'license: MIT\n',
      "license: '::add-mask::x'\n",
    );
    await project.replace(
      'release.yaml',
      'license: MIT OR Apache-2.0',
      "license: 'MIT%0A::error::forged'",
    );
    await project.replace(
      'release.yaml',
      'os: [linux, darwin, win32]',
      'os: [linux, "darwin\\n::warning::forged"]',
    );
    const run = await runAction();
    expect(run.exitCode).toBe(1);
    for (const line of commandLines(run.stdout)) {
      expect(line).toMatch(
        /^::(?:stop-commands::[0-9a-f-]{36}|[0-9a-f-]{36}::|debug::|(?:error|warning|notice) title=[A-Z_]+,file=release\.yaml,line=\d+,col=\d+::)/,
      );
    }
    expect(run.stdout).not.toMatch(/^::add-mask::/m);
    expect(run.stdout).not.toMatch(/^::(?:error|warning)::forged/m);
    // The percent sign is escaped, so %0A cannot turn into a new line.
    expect(run.stdout).toContain('MIT%250A::error::forged');
    // A real line break is shown as an escape.
    expect(run.stdout).toContain('darwin\\u{a}::warning::forged');
  });

  it('exits 2 on a manifest that is not YAML, with one clear line and no report', async () => {
    await project.write('release.yaml', 'release:\n  id: [unclosed\n');
    const run = await runAction();
    expect(run.exitCode).toBe(2);
    const errors = commandLines(run.stdout).filter((l) =>
      l.startsWith('::error'),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /release\.yaml:\d+:\d+: release\.yaml is not valid YAML/,
    );
    expect(run.everything).not.toMatch(/\n\s+at /);
    expect(run.outputs['ok']).toBeUndefined();
    await expect(
      access(join(project.dir, '.shipshape', 'reports')),
    ).rejects.toThrow();
  });

  it('reads the manifest and policy inputs', async () => {
    await project.write('other.yaml', await project.read('release.yaml'));
    await project.write(
      'other-policy.yaml',
      (await project.read('policy.yaml')).replace('npm-staging:', 'npm-stage:'),
    );
    const run = await runAction({
      manifest: 'other.yaml',
      policy: 'other-policy.yaml',
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain(
      '::error title=TARGET_UNKNOWN,file=other.yaml',
    );
    expect(run.stdout).toContain('other-policy.yaml');
  });
});

describe('shipshape validate', () => {
  it('exits 0 with a readable listing for the example project', async () => {
    const run = await runCLI(['validate'], { cwd: project.dir });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toContain(
      'validate-manifest: PASS (0 errors, 0 warnings, 0 notes)',
    );
    expect(run.stdout).toContain(
      'widget-lib: dist/widget-lib-1.4.0.tgz (digest verified)',
    );
  });

  it('exits 1 and prints the report as JSON with --json', async () => {
    await project.replace('release.yaml', "owner: '@acme/docs'", 'owner: TBD');
    const run = await runCLI(['validate', '--json'], { cwd: project.dir });
    expect(run.exitCode).toBe(1);
    const report = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(report).toMatchObject({
      stage: 'validate-manifest',
      ok: false,
      evidence: [],
      findings: [
        {
          code: 'MANIFEST_FIELD_TBD',
          severity: 'error',
          message: expect.stringContaining('TBD') as unknown,
          location: {
            file: 'release.yaml',
            pointer: '/artifacts/1/owner',
            ...positionOf(await project.read('release.yaml'), 'TBD'),
          },
          remediation: expect.any(String) as unknown,
        },
      ],
    });
  });

  it('groups findings by file in the listing', async () => {
    await project.replace(
      'release.yaml',
      'license: MIT\n',
      'license: GPL-2.0\n',
    );
    const run = await runCLI(['validate'], { cwd: project.dir });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toMatch(
      /release\.yaml\n\s+\d+:\d+\s+warning\s+LICENSE_DEPRECATED/,
    );
  });

  it('exits 2 on unreadable input with one line naming the file, and on bad flags', async () => {
    await project.write(
      'release.yaml',
      Buffer.from([0x61, 0x3a, 0x20, 0xff, 0x0a]),
    );
    const run = await runCLI(['validate'], { cwd: project.dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr.trim().split('\n')).toEqual([
      'shipshape validate: release.yaml: release.yaml is not valid UTF-8 text [INPUT_NOT_UTF8]',
    ]);
    expect(
      (await runCLI(['validate', '--bogus'], { cwd: project.dir })).exitCode,
    ).toBe(2);
    expect(
      (
        await runCLI(['validate', '--policy', 'none.yaml'], {
          cwd: project.dir,
        })
      ).exitCode,
    ).toBe(2);
  });
});
