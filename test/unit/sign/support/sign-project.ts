/**
 * A temporary project with a few small files, a stage context over it,
 * and signing keys made with node:crypto for the tests of method key.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  createStageContext,
  RecordingLogger,
  SecretRegistry,
  type StageContext,
} from '@shipshape/core';
import { tempDir } from '../../../helpers/temp-project.ts';

export interface SignProject {
  dir: string;
  context: StageContext;
  logger: RecordingLogger;
  cleanup: () => Promise<void>;
}

/** A project with `a.txt` and `dist/b.bin`. */
export async function makeSignProject(
  env: NodeJS.ProcessEnv = {},
): Promise<SignProject> {
  const temp = await tempDir('shipshape-sign-');
  await writeFile(join(temp.dir, 'a.txt'), 'artifact a\n');
  await mkdir(join(temp.dir, 'dist'));
  await writeFile(join(temp.dir, 'dist', 'b.bin'), Buffer.from([0, 1, 2, 3]));
  const logger = new RecordingLogger();
  const context = createStageContext({
    cwd: temp.dir,
    env: { PATH: process.env['PATH'], HOME: temp.dir, ...env },
    logger,
    secrets: new SecretRegistry(),
    actor: 'test',
  });
  return { dir: temp.dir, context, logger, cleanup: temp.cleanup };
}

/** A PEM key pair of the given kind. */
export function makeKeyPair(kind: 'p256' | 'p384' | 'ed25519' = 'p256'): {
  privatePEM: string;
  publicPEM: string;
} {
  const pair =
    kind === 'ed25519'
      ? generateKeyPairSync('ed25519')
      : generateKeyPairSync('ec', {
          namedCurve: kind === 'p256' ? 'P-256' : 'P-384',
        });
  return {
    privatePEM: pair.privateKey
      .export({ type: 'pkcs8', format: 'pem' })
      .toString(),
    publicPEM: pair.publicKey
      .export({ type: 'spki', format: 'pem' })
      .toString(),
  };
}
