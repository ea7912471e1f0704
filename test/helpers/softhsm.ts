/**
 * A SoftHSM2 token in a temporary folder (its own SOFTHSM2_CONF), with an
 * EC P-256 key pair generated on the token by pkcs11-tool. SoftHSM2 is a
 * real PKCS#11 module: the private key never leaves it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const softHSMModule = '/usr/lib/softhsm/libsofthsm2.so';

/** True when SoftHSM2 and pkcs11-tool are installed. */
export const softHSMAvailable =
  existsSync(softHSMModule) &&
  spawnSync('softhsm2-util', ['--version']).status === 0 &&
  spawnSync('pkcs11-tool', ['--help']).status !== null;

export interface SoftHSMToken {
  dir: string;
  env: NodeJS.ProcessEnv;
  pin: string;
  tokenLabel: string;
  /** Generates a key pair on the token under `label`. */
  generateKey(label: string, type?: string): void;
  cleanup(): Promise<void>;
}

/** Initialises a fresh token with the given user PIN. */
export async function makeSoftHSMToken(pin = '246810'): Promise<SoftHSMToken> {
  const dir = await mkdtemp(join(tmpdir(), 'softhsm-'));
  await mkdir(join(dir, 'tokens'));
  const conf = join(dir, 'softhsm2.conf');
  await writeFile(
    conf,
    `directories.tokendir = ${join(dir, 'tokens')}\nobjectstore.backend = file\nlog.level = ERROR\n`,
  );
  const env = { ...process.env, SOFTHSM2_CONF: conf };
  const tokenLabel = 'shipshape-test';
  let keys = 0;
  execFileSync(
    'softhsm2-util',
    [
      '--init-token',
      '--free',
      '--label',
      tokenLabel,
      '--so-pin',
      '13579246',
      '--pin',
      pin,
    ],
    { env, stdio: 'pipe' },
  );
  return {
    dir,
    env,
    pin,
    tokenLabel,
    generateKey(label, type = 'EC:prime256v1') {
      keys += 1;
      // pkcs11-tool finds an RSA private key by label only when it has an id.
      const id = keys.toString(16).padStart(2, '0');
      execFileSync(
        'pkcs11-tool',
        [
          '--id',
          id,
          '--module',
          softHSMModule,
          '--token-label',
          tokenLabel,
          '--login',
          '--pin',
          pin,
          '--keypairgen',
          '--key-type',
          type,
          '--label',
          label,
        ],
        { env, stdio: 'pipe' },
      );
    },
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
}
