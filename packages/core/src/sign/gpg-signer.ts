/**
 * Method `gpg`: detached ASCII-armored signatures (`<file>.asc`) made by
 * the real `gpg`, so keys in an agent or on a smartcard work as usual.
 */
import { digestFile } from '../hashing/file-digest.ts';
import { UserError } from '../errors.ts';
import { parseColonKeys, runGPG, type GPGKeyInfo } from './gpg-run.ts';
import type {
  ReadinessOptions,
  SignatureOutput,
  Signer,
  SignerIdentity,
  SignerProblem,
} from './signer.ts';

/** Where the key lives and how to unlock it. */
export interface GPGSignerOptions {
  keyId: string;
  home?: string;
  passphrase?: string;
  env: NodeJS.ProcessEnv;
}

const dayMs = 24 * 60 * 60 * 1000;

/** Signs through gpg with one key. */
export class GPGSigner implements Signer {
  readonly method = 'gpg' as const;
  readonly #options: GPGSignerOptions;
  readonly #key: GPGKeyInfo;

  private constructor(options: GPGSignerOptions, key: GPGKeyInfo) {
    this.#options = options;
    this.#key = key;
  }

  /** Finds the secret key; exit 2 when gpg does not hold it. */
  static async create(options: GPGSignerOptions): Promise<GPGSigner> {
    const list = await runGPG(
      [
        '--with-colons',
        '--fixed-list-mode',
        '--list-secret-keys',
        options.keyId,
      ],
      { home: options.home, env: options.env },
    );
    const [secret] = parseColonKeys(list.stdout);
    if (list.code !== 0 || !secret) {
      throw new UserError(
        'SIGN_GPG_KEY_MISSING',
        `gpg holds no secret key "${options.keyId}"${options.home ? ` in ${options.home}` : ''}; import it or set signing.gpg.key-id`,
        { field: 'key' },
      );
    }
    // The public listing carries the validity (expired, revoked).
    const pub = await runGPG(
      ['--with-colons', '--fixed-list-mode', '--list-keys', secret.fingerprint],
      { home: options.home, env: options.env },
    );
    const [info] = parseColonKeys(pub.stdout);
    return new GPGSigner(options, {
      ...(info ?? secret),
      onCard: secret.onCard,
    });
  }

  get hardwareBacked(): boolean {
    return this.#key.onCard;
  }

  readiness(options: ReadinessOptions): Promise<SignerProblem[]> {
    const key = this.#key;
    const problems: SignerProblem[] = [];
    if (key.validity === 'r') {
      problems.push({
        code: 'SIGN_KEY_REVOKED',
        message: `the OpenPGP key ${key.fingerprint} has been revoked`,
        remediation: 'sign with a key that is not revoked',
      });
    }
    if (
      key.validity === 'e' ||
      (key.expires !== undefined && key.expires * 1000 <= options.now.getTime())
    ) {
      problems.push({
        code: 'SIGN_KEY_EXPIRED',
        message: `the OpenPGP key ${key.fingerprint} has expired`,
        remediation:
          "extend the key's expiry (gpg --quick-set-expire) or use another key",
      });
    } else if (
      key.expires !== undefined &&
      key.expires * 1000 <
        options.now.getTime() + options.minRemainingDays * dayMs
    ) {
      problems.push({
        code: 'SIGN_KEY_EXPIRES_SOON',
        message: `the OpenPGP key ${key.fingerprint} expires ${new Date(key.expires * 1000).toISOString()}, within signing.min-remaining-days (${options.minRemainingDays})`,
        remediation:
          "extend the key's expiry or lower signing.min-remaining-days",
      });
    }
    return Promise.resolve(problems);
  }

  async signFile(path: string): Promise<SignatureOutput> {
    const run = await runGPG(
      [
        '--local-user',
        this.#key.fingerprint,
        ...digestArgs(this.#key.signingKeyAlgorithm),
        '--armor',
        '--detach-sign',
        '--output',
        '-',
        path,
      ],
      {
        home: this.#options.home,
        env: this.#options.env,
        passphrase: this.#options.passphrase,
      },
    );
    if (
      run.code !== 0 ||
      !run.status.some((line) => line.keyword === 'SIG_CREATED')
    ) {
      const reason = run.status.find(
        (line) =>
          line.keyword === 'FAILURE' ||
          line.keyword === 'KEYEXPIRED' ||
          line.keyword === 'KEYREVOKED',
      );
      throw new UserError(
        'SIGN_GPG_FAILED',
        `gpg could not sign ${path}${reason ? ` (${reason.keyword})` : ''}; check the key and its passphrase`,
        { file: path, field: 'key' },
      );
    }
    return {
      suffix: '.asc',
      content: run.stdout,
      sha256: await digestFile(path),
    };
  }

  identity(): SignerIdentity {
    return {
      fingerprint: this.#key.fingerprint,
      gnupgHome: this.#options.home,
      algorithm: signatureAlgorithm(this.#key.signingKeyAlgorithm),
    };
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

// The hash each key type signs with: gpg is told it (--digest-algo), so
// the algorithm in the report is the one the signature uses.
const digests: Record<string, string> = {
  rsa: 'SHA256',
  'ecdsa-p256': 'SHA256',
  'ecdsa-p384': 'SHA384',
  'ecdsa-p521': 'SHA512',
  ed25519: 'SHA256',
};

function digestArgs(keyAlgorithm: string | undefined): string[] {
  const digest = keyAlgorithm === undefined ? undefined : digests[keyAlgorithm];
  return digest === undefined ? [] : ['--digest-algo', digest];
}

/** As policy.yaml names algorithms; undefined for a key gpg did not name. */
function signatureAlgorithm(
  keyAlgorithm: string | undefined,
): string | undefined {
  if (keyAlgorithm === undefined) return undefined;
  const digest = digests[keyAlgorithm];
  if (digest === undefined) return undefined;
  if (keyAlgorithm === 'ed25519') return 'ed25519';
  if (keyAlgorithm === 'rsa') return 'rsa-pkcs1-sha256';
  return `${keyAlgorithm}-${digest.toLowerCase()}`;
}
