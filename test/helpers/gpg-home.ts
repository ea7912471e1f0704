/**
 * A throw-away GNUPGHOME with keys made by the real gpg: a good signing
 * key, an expired one (made under a faked clock in 2020), a revoked one,
 * and one under a passphrase. `cleanup` stops the agent and removes the
 * folder.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** True when gpg is installed. */
export const gpgAvailable = spawnSync('gpg', ['--version']).status === 0;

export interface GPGHome {
  home: string;
  env: NodeJS.ProcessEnv;
  /** Makes a key and returns its fingerprint. */
  makeKey(
    uid: string,
    options?: { expired?: boolean; passphrase?: string },
  ): string;
  /** Revokes a key with the revocation certificate gpg made for it. */
  revoke(fingerprint: string): Promise<void>;
  /** Exports a public key (armored) to a file and returns its path. */
  exportKey(fingerprint: string, file: string): Promise<string>;
  cleanup(): Promise<void>;
}

/** Makes a temporary GNUPGHOME. */
export async function makeGPGHome(): Promise<GPGHome> {
  const home = await mkdtemp(join(tmpdir(), 'gpg-'));
  const env = { ...process.env, GNUPGHOME: home, LC_ALL: 'C' };
  const gpg = (args: string[], input = '') =>
    execFileSync('gpg', ['--batch', '--pinentry-mode', 'loopback', ...args], {
      env,
      input,
      stdio: ['pipe', 'pipe', 'pipe'],
    }).toString();
  return {
    home,
    env,
    makeKey(uid, options = {}) {
      const time = options.expired
        ? ['--faked-system-time', '20200101T000000']
        : [];
      gpg([
        ...time,
        '--passphrase',
        options.passphrase ?? '',
        '--quick-gen-key',
        uid,
        'ed25519',
        'sign',
        options.expired ? '1d' : '2y',
      ]);
      const listing = gpg(['--with-colons', '--list-keys', uid]);
      const fpr = /^fpr:+([0-9A-F]{40}):/m.exec(listing)?.[1];
      if (!fpr) throw new Error(`gpg made no key for ${uid}`);
      return fpr;
    },
    async revoke(fingerprint) {
      const dir = join(home, 'openpgp-revocs.d');
      const file = (await readdir(dir)).find((name) =>
        name.startsWith(fingerprint),
      );
      if (!file)
        throw new Error(`no revocation certificate for ${fingerprint}`);
      // gpg prefixes the armor line with ":" so it is not imported by accident.
      const text = (await readFile(join(dir, file), 'utf8')).replace(
        ':-----BEGIN',
        '-----BEGIN',
      );
      const path = join(home, 'revoke.asc');
      await writeFile(path, text);
      gpg(['--import', path]);
    },
    async exportKey(fingerprint, file) {
      await writeFile(file, gpg(['--armor', '--export', fingerprint]));
      return file;
    },
    async cleanup() {
      spawnSync('gpgconf', ['--kill', 'gpg-agent'], { env });
      await rm(home, { recursive: true, force: true });
    },
  };
}
