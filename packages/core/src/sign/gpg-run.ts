/**
 * Runs the real `gpg` in batch mode with loopback pinentry, so agents and
 * smartcards work as they do for the user. Status lines (`[GNUPG:] …`) come
 * back parsed; the passphrase, when there is one, goes in on stdin.
 */
import { UserError } from '../errors.ts';

/** One `[GNUPG:] KEYWORD args…` line. */
export interface StatusLine {
  keyword: string;
  args: string[];
}

/** What a gpg run left behind. */
export interface GPGRun {
  code: number;
  stdout: string;
  status: StatusLine[];
  /** gpg's own messages, for the verification log. */
  messages: string[];
}

/** Options for a gpg run. */
export interface GPGOptions {
  home?: string;
  env: NodeJS.ProcessEnv;
  passphrase?: string;
}

/** Runs gpg with the given arguments after the batch options. */
export async function runGPG(
  args: readonly string[],
  options: GPGOptions,
): Promise<GPGRun> {
  // Loaded when gpg is first run: child_process and what it pulls in cost
  // start-up time that key and keyless signing should not pay.
  const { spawn } = await import('node:child_process');
  const env: NodeJS.ProcessEnv = { ...options.env, LC_ALL: 'C' };
  if (options.home) env['GNUPGHOME'] = options.home;
  const base = [
    '--batch',
    '--no-tty',
    '--status-fd',
    '2',
    '--pinentry-mode',
    'loopback',
  ];
  if (options.passphrase !== undefined) base.push('--passphrase-fd', '0');
  return new Promise((done, fail) => {
    const child = spawn('gpg', [...base, ...args], { env, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout
      .setEncoding('utf8')
      .on('data', (chunk: string) => (stdout += chunk));
    child.stderr
      .setEncoding('utf8')
      .on('data', (chunk: string) => (stderr += chunk));
    child.on('error', (error) => {
      fail(
        new UserError(
          'GPG_UNAVAILABLE',
          `cannot run gpg (${error.message}); install GnuPG (apt-get install -y gpg)`,
          { field: 'method' },
        ),
      );
    });
    child.on('close', (code) => {
      done({ code: code ?? -1, stdout, ...splitStatus(stderr) });
    });
    child.stdin.end(
      options.passphrase === undefined ? '' : `${options.passphrase}\n`,
    );
  });
}

function splitStatus(stderr: string): {
  status: StatusLine[];
  messages: string[];
} {
  const status: StatusLine[] = [];
  const messages: string[] = [];
  for (const line of stderr.split('\n')) {
    if (line.startsWith('[GNUPG:] ')) {
      const [keyword = '', ...args] = line.slice(9).split(' ');
      status.push({ keyword, args });
    } else if (line.trim() !== '') {
      messages.push(line);
    }
  }
  return { status, messages };
}

/** A key as `gpg --with-colons --list-keys` describes it. */
export interface GPGKeyInfo {
  fingerprint: string;
  /** Validity field: `e` expired, `r` revoked, others usable. */
  validity: string;
  /** Expiry as seconds since 1970, or undefined when it never expires. */
  expires?: number;
  /** Capabilities of the primary key (e.g. `scESC`). */
  capabilities: string;
  /** True when the secret key lives on a card (`--list-secret-keys`). */
  onCard: boolean;
  userIds: string[];
  /**
   * The public-key algorithm of the first usable key or subkey that can
   * sign (`rsa`, `ecdsa-p256`, `ed25519`, …), when the listing names it.
   */
  signingKeyAlgorithm?: string;
}

/** Parses `--with-colons` output of --list-keys or --list-secret-keys. */
export function parseColonKeys(text: string): GPGKeyInfo[] {
  const keys: GPGKeyInfo[] = [];
  let current: GPGKeyInfo | undefined;
  for (const line of text.split('\n')) {
    const fields = line.split(':');
    const type = fields[0];
    if (type === 'pub' || type === 'sec') {
      const expires = fields[6] ? Number(fields[6]) : undefined;
      current = {
        fingerprint: '',
        validity: fields[1] ?? '',
        expires,
        capabilities: fields[11] ?? '',
        // Field 15 of a secret key: `+` on disk, `#` a stub, otherwise
        // the serial number of the card that holds it.
        onCard: type === 'sec' && !['', '+', '#'].includes(fields[14] ?? ''),
        userIds: [],
        signingKeyAlgorithm: (fields[11] ?? '').includes('s')
          ? openPGPAlgorithm(fields)
          : undefined,
      };
      keys.push(current);
    } else if (
      (type === 'sub' || type === 'ssb') &&
      current &&
      current.signingKeyAlgorithm === undefined &&
      (fields[11] ?? '').includes('s') &&
      !['e', 'r'].includes(fields[1] ?? '')
    ) {
      current.signingKeyAlgorithm = openPGPAlgorithm(fields);
    } else if (type === 'fpr' && current && current.fingerprint === '') {
      current.fingerprint = fields[9] ?? '';
    } else if (type === 'uid' && current) {
      current.userIds.push(fields[9] ?? '');
    }
  }
  return keys;
}

// OpenPGP public-key algorithm ids (RFC 4880 and RFC 6637) with gpg's
// curve names (field 17 of a --with-colons key line).
const openPGPCurves: Record<string, string> = {
  nistp256: 'p256',
  nistp384: 'p384',
  nistp521: 'p521',
};

function openPGPAlgorithm(fields: readonly string[]): string | undefined {
  const algorithm = fields[3];
  const curve = fields[16] ?? '';
  if (algorithm === '1' || algorithm === '3') return 'rsa';
  if (algorithm === '19') {
    const name = openPGPCurves[curve];
    return name ? `ecdsa-${name}` : undefined;
  }
  if (algorithm === '22' && curve.toLowerCase() === 'ed25519') return 'ed25519';
  return undefined;
}
