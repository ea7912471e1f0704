/**
 * The bundled action and CLI (dist/) run as the runner runs them, against
 * a real verdaccio: the table reaches stdout, the `table` output and the
 * job summary, and no form of any credential reaches any of them.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startVerdaccio,
  type RunningVerdaccio,
} from '../../scripts/lib/verdaccio.mjs';
import { canaries, expectNoLeak } from '../helpers/canaries.ts';
import { runBundle, runCLI } from '../helpers/run-bundle.ts';
import { copyExample } from '../helpers/temp-project.ts';

let registry: RunningVerdaccio;
let example: { dir: string; cleanup: () => Promise<void> };
const productionCanary = 'npm_PRODUCTIONcanary0123456789abcdefXYZ';

beforeAll(async () => {
  registry = await startVerdaccio({ password: canaries.password });
  example = await copyExample();
  const policy = join(example.dir, 'policy.yaml');
  const text = await readFile(policy, 'utf8');
  await writeFile(policy, text.replace('http://127.0.0.1:4873', registry.url));
});

afterAll(async () => {
  await example.cleanup();
  await registry.stop();
});

// The runner consumes ::add-mask:: lines (that is how secrets get masked);
// everything else the runner keeps must be clean.
function visible(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}

describe('publish-dry-run bundles', () => {
  it('the action passes with a good token, outputs the table and writes it to the job summary', async () => {
    const run = await runBundle('publish-dry-run', {
      cwd: example.dir,
      inputs: { environment: 'staging' },
      env: {
        NPM_STAGING_TOKEN: registry.token,
        NPM_PRODUCTION_TOKEN: productionCanary,
      },
    });
    expect(run.exitCode, run.stdout + run.stderr).toBe(0);
    const table = JSON.parse(run.outputs['table'] ?? '[]') as Record<
      string,
      unknown
    >[];
    expect(table).toMatchObject([
      {
        artifact: 'widget-lib',
        target: 'npm-staging',
        reachable: true,
        authenticated: true,
        versionFree: true,
        packageValid: true,
      },
    ]);
    expect(run.summary).toContain('### Publish dry run');
    expect(run.summary).toContain('npm-staging');
    expectNoLeak(visible(run.everything), [registry.token, productionCanary]);
    expect(run.stdout).toContain(`::add-mask::${registry.token}`);
    expect(run.stdout).not.toContain(productionCanary);
  });

  it('the action fails with exit code 1 on a bad token and leaks no form of it', async () => {
    const run = await runBundle('publish-dry-run', {
      cwd: example.dir,
      inputs: { environment: 'staging' },
      env: { NPM_STAGING_TOKEN: canaries.npmToken },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toContain('PUBLISH_AUTH_FAILED');
    expect(run.outputs['ok']).toBe('false');
    expectNoLeak(visible(run.everything));
    expect(run.stdout).toContain(`::add-mask::${canaries.npmToken}`);
  });

  it('the CLI prints the table, and the report with --json', async () => {
    const env = { NPM_STAGING_TOKEN: registry.token };
    const human = await runCLI(
      ['publish-dry-run', '--environment', 'staging'],
      { cwd: example.dir, env },
    );
    expect(human.exitCode, human.stderr).toBe(0);
    expect(human.stdout).toMatch(
      /artifact\s+target\s+reachable\s+auth\s+allowed\s+version free\s+package valid/,
    );
    expect(human.stdout).toMatch(
      /widget-lib\s+npm-staging\s+yes\s+yes\s+not checked\s+yes\s+yes/,
    );
    const json = await runCLI(['publish-dry-run', '--json'], {
      cwd: example.dir,
      env,
    });
    expect(JSON.parse(json.stdout)).toMatchObject({
      stage: 'publish-dry-run',
      ok: true,
      environment: 'staging',
    });
    expectNoLeak(human.stdout + human.stderr + json.stdout + json.stderr, [
      registry.token,
    ]);
  });

  it('the CLI exits 2 naming the file for an environment no registry has', async () => {
    const run = await runCLI(['publish-dry-run', '--environment', 'qa'], {
      cwd: example.dir,
      env: {},
    });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/policy\.yaml.*environment "qa"/);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
