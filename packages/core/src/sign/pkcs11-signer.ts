/**
 * Method `pkcs11`: the private key never leaves the token. OpenSC's
 * `pkcs11-tool` signs the SHA-256 digest of each file (ECDSA) or the file
 * itself (RSA PKCS#1 v1.5 with SHA-256) through the PKCS#11 module, and
 * the signature goes into a Sigstore v0.3 bundle verified with the token's
 * public key, which is read from the token once.
 */
import { spawn } from 'node:child_process';
import { createHash, createPublicKey, type KeyObject } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../errors.ts';
import { digestFile } from '../hashing/file-digest.ts';
import { bundleText, messageSignatureBundle } from './sigstore-bundle.ts';
import type {
  ReadinessOptions,
  SignatureOutput,
  Signer,
  SignerIdentity,
  SignerProblem,
} from './signer.ts';

/** The module, token and key to sign with. */
export interface PKCS11SignerOptions {
  module: string;
  slot?: number;
  tokenLabel?: string;
  /** Label of the key pair on the token. */
  label: string;
  /** The user PIN (already registered as a secret by the caller). */
  pin: string;
  env: NodeJS.ProcessEnv;
}

/** Signs through a PKCS#11 module with pkcs11-tool. */
export class PKCS11Signer implements Signer {
  readonly method = 'pkcs11' as const;
  readonly hardwareBacked = true;
  readonly #options: PKCS11SignerOptions;
  readonly #publicKey: KeyObject;
  readonly #temp: string;
  /** How pkcs11-tool finds the private key: by id when it has one. */
  readonly #select: string[];

  private constructor(
    options: PKCS11SignerOptions,
    publicKey: KeyObject,
    temp: string,
    select: string[],
  ) {
    this.#options = options;
    this.#publicKey = publicKey;
    this.#temp = temp;
    this.#select = select;
  }

  /** Reads the public key from the token; exit 2 when it is not there. */
  static async create(options: PKCS11SignerOptions): Promise<PKCS11Signer> {
    const temp = await mkdtemp(join(tmpdir(), 'shipshape-pkcs11-'));
    try {
      const der = join(temp, 'public.der');
      const run = await runTool(
        [
          ...selectArgs(options),
          '--read-object',
          '--type',
          'pubkey',
          '--label',
          options.label,
          '--output-file',
          der,
        ],
        options,
      );
      if (run.code !== 0) {
        throw new UserError(
          'SIGN_PKCS11_KEY_MISSING',
          `no public key labelled "${options.label}" on the PKCS#11 token (module ${options.module}): ${firstLine(run.stderr)}`,
          { field: 'pkcs11.label' },
        );
      }
      const publicKey = createPublicKey({
        key: await readFile(der),
        format: 'der',
        type: 'spki',
      });
      const type = publicKey.asymmetricKeyType;
      const curve = publicKey.asymmetricKeyDetails?.namedCurve;
      if (!(type === 'rsa' || (type === 'ec' && curve === 'prime256v1'))) {
        throw new UserError(
          'SIGN_KEY_UNSUPPORTED',
          `the token key "${options.label}" is ${type ?? 'unknown'}${curve ? ` (${curve})` : ''}; use EC P-256 or RSA`,
          { field: 'pkcs11.label' },
        );
      }
      const id = await privateKeyId(options);
      const select = id ? ['--id', id] : ['--label', options.label];
      return new PKCS11Signer(options, publicKey, temp, select);
    } catch (error: unknown) {
      await rm(temp, { recursive: true, force: true });
      throw error;
    }
  }

  readiness(_options: ReadinessOptions): Promise<SignerProblem[]> {
    // A bare key pair on a token has no validity period; certificates on
    // the token are not read, so none is checked here.
    return Promise.resolve([]);
  }

  async signFile(path: string): Promise<SignatureOutput> {
    const sha256 = await digestFile(path);
    const digest = Buffer.from(sha256, 'hex');
    const rsa = this.#publicKey.asymmetricKeyType === 'rsa';
    const input = rsa ? path : join(this.#temp, 'digest');
    const output = join(this.#temp, 'signature');
    if (!rsa) await writeFile(input, digest);
    const mechanism = rsa
      ? ['--mechanism', 'SHA256-RSA-PKCS']
      : ['--mechanism', 'ECDSA', '--signature-format', 'openssl'];
    const run = await runTool(
      [
        ...selectArgs(this.#options),
        '--login',
        '--pin',
        this.#options.pin,
        '--sign',
        ...mechanism,
        ...this.#select,
        '--input-file',
        input,
        '--output-file',
        output,
      ],
      this.#options,
    );
    if (run.code !== 0) {
      throw new UserError(
        'SIGN_PKCS11_FAILED',
        `the PKCS#11 token could not sign ${path}: ${firstLine(run.stderr)}`,
        { file: path, field: 'pkcs11' },
      );
    }
    const signature = await readFile(output);
    await rm(output, { force: true });
    const bundle = messageSignatureBundle({
      digest,
      hash: 'sha256',
      signature,
      keyHint: this.#hint(),
    });
    return { suffix: '.sigstore.json', content: bundleText(bundle), sha256 };
  }

  identity(): SignerIdentity {
    return {
      publicKeyPEM: this.#publicKey
        .export({ type: 'spki', format: 'pem' })
        .toString(),
      // The mechanisms signFile uses: SHA256-RSA-PKCS, or ECDSA over a
      // SHA-256 digest with a P-256 key.
      algorithm:
        this.#publicKey.asymmetricKeyType === 'rsa'
          ? 'rsa-pkcs1-sha256'
          : 'ecdsa-p256-sha256',
    };
  }

  async close(): Promise<void> {
    await rm(this.#temp, { recursive: true, force: true });
  }

  #hint(): string {
    const der = this.#publicKey.export({ type: 'spki', format: 'der' });
    return createHash('sha256').update(der).digest('hex');
  }
}

// pkcs11-tool (OpenSC 0.23) sometimes fails C_SignFinal on SoftHSM2 when
// an RSA private key is chosen by label, and not when it is chosen by id.
async function privateKeyId(
  options: PKCS11SignerOptions,
): Promise<string | undefined> {
  const run = await runTool(
    [
      ...selectArgs(options),
      '--login',
      '--pin',
      options.pin,
      '--list-objects',
      '--type',
      'privkey',
    ],
    options,
  );
  let label: string | undefined;
  for (const line of run.stdout.split('\n')) {
    const field = /^\s*(label|ID):\s*(.*)$/.exec(line);
    if (field?.[1] === 'label') label = field[2]?.trim();
    if (field?.[1] === 'ID' && label === options.label) {
      const id = field[2]?.trim() ?? '';
      if (/^[0-9a-f]+$/i.test(id)) return id;
    }
  }
  return undefined;
}

function selectArgs(options: PKCS11SignerOptions): string[] {
  const args = ['--module', options.module];
  if (options.slot !== undefined) args.push('--slot', String(options.slot));
  if (options.tokenLabel !== undefined)
    args.push('--token-label', options.tokenLabel);
  return args;
}

// pkcs11-tool takes the PIN only as an argument: it is visible in the
// process list of this machine while a signature is made.
function runTool(
  args: string[],
  options: PKCS11SignerOptions,
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn('pkcs11-tool', args, {
      env: options.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
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
          'PKCS11_UNAVAILABLE',
          `cannot run pkcs11-tool (${error.message}); install OpenSC (apt-get install -y opensc)`,
          { field: 'method' },
        ),
      );
    });
    child.on('close', (code) => {
      done({
        code: code ?? -1,
        stdout,
        stderr: stderr.split(options.pin).join('***'),
      });
    });
  });
}

/** The error line of pkcs11-tool's output (it also prints what it does). */
function firstLine(text: string): string {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const error = lines.find((line) => /error/i.test(line)) ?? lines[0];
  return error?.slice(0, 200) ?? 'no reason given';
}
