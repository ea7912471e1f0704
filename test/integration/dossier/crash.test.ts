import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPipeline } from '@shipshape/core/dossier/pipeline';
import { verifyDossier } from '@shipshape/core/dossier/verify-dossier';
import { dossierVerifierDefaults } from '@shipshape/core/dossier/index-signer';
import { copyExample, repoRoot } from '../../helpers/temp-project.ts';
import {
  archiveOf,
  fixtureContext,
  fixtureOptions,
} from './pipeline-fixture.ts';

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const cli = join(repoRoot, 'dist', 'cli', 'index.js');

/** Assembles the dossier from the workspace with the bundled CLI. */
function runChild(
  dir: string,
  env: Record<string, string>,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const args = [
    cli,
    'run',
    '--from-workspace',
    '--signing-method',
    'key',
    '--key',
    env['SHIPSHAPE_SIGNING_KEY'] ?? '',
  ];
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, {
      cwd: dir,
      env: {
        PATH: process.env['PATH'],
        SOURCE_DATE_EPOCH: '1764763200',
        ...env,
      },
      stdio: 'ignore',
    });
    child.on('error', fail);
    child.on('close', (code, signal) => {
      done({ code, signal });
    });
  });
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

describe('a crash while the dossier is written', () => {
  it('leaves no dossier or a complete one at every write, and a restart cleans up', async () => {
    const temp = await copyExample();
    cleanups.push(temp.cleanup);
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const key = join(temp.dir, 'signing-key.pem');
    await writeFile(key, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const env = { SHIPSHAPE_SIGNING_KEY: key };
    await runPipeline(fixtureContext(temp.dir, env), fixtureOptions());
    const archive = archiveOf(temp.dir);
    const folder = join(temp.dir, '.shipshape', 'dossier');

    // Kill points: every fourth write until a run completes, then each of
    // the writes just before that (the archive and the final renames).
    const check = async (at: number): Promise<boolean> => {
      const result = await runChild(temp.dir, {
        ...env,
        SHIPSHAPE_FAULT_AT: String(at),
      });
      if (result.signal !== 'SIGKILL') {
        expect(result.code).toBe(0);
        return false;
      }
      if (await exists(archive)) {
        const verified = await verifyDossier(
          archive,
          dossierVerifierDefaults(temp.dir, process.env),
        );
        expect(verified.problems, `after a kill at write ${at}`).toEqual([]);
      }
      if (await exists(folder)) {
        const names = await readdir(folder);
        expect(names, `folder after a kill at write ${at}`).toContain(
          'dossier.json.sigstore.json',
        );
      }
      return true;
    };
    let at = 1;
    while (await check(at)) at += 4;
    expect(at).toBeGreaterThan(10);
    // Whichever of these still kills, the outcome must hold.
    await check(at - 1);
    await check(at - 2);
    await check(at - 3);
    expect(await check(at + 50)).toBe(false);

    // The run after the last kill completed: nothing temporary is left.
    const leftovers = (
      await readdir(join(temp.dir, '.shipshape'), { recursive: true })
    ).filter((name) => name.includes('shipshape-tmp'));
    expect(leftovers).toEqual([]);
    expect(
      (
        await verifyDossier(
          archive,
          dossierVerifierDefaults(temp.dir, process.env),
        )
      ).ok,
    ).toBe(true);
  });
});
