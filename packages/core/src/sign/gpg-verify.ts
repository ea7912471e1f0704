/**
 * Verifies a detached OpenPGP signature with `gpg --verify`, reading the
 * machine status lines, never the human text: the signature holds only
 * with GOODSIG and VALIDSIG from the expected key, and never with an
 * expired or revoked key.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../errors.ts';
import { runGPG, type StatusLine } from './gpg-run.ts';

/** What a detached signature is checked against. */
export interface GPGExpectation {
  /** An armored or binary public key file; imported into a temporary home. */
  keyFile?: string;
  /** The fingerprint that must have signed (primary or signing subkey). */
  fingerprint?: string;
  /** GNUPGHOME to use when no key file is given. */
  home?: string;
  env: NodeJS.ProcessEnv;
}

/** Outcome of a gpg verification. */
export interface GPGCheck {
  problems: string[];
  log: string[];
  identity?: string;
}

const refusals: Record<string, string> = {
  BADSIG: 'the signature does not match the file',
  EXPKEYSIG: 'the signing key has expired',
  REVKEYSIG: 'the signing key has been revoked',
  EXPSIG: 'the signature has expired',
  ERRSIG: 'the signature could not be checked',
  NO_PUBKEY: 'the signing key is not known',
};

/** Verifies `signature` (detached) over `file`. */
export async function checkGPGSignature(
  file: string,
  signature: string,
  expect: GPGExpectation,
): Promise<GPGCheck> {
  const temp = expect.keyFile
    ? await mkdtemp(join(tmpdir(), 'shipshape-gpg-'))
    : undefined;
  try {
    const home = temp ?? expect.home;
    const expected = temp
      ? await importKey(expect.keyFile ?? '', temp, expect.env)
      : expect.fingerprint
        ? [expect.fingerprint]
        : [];
    if (expected.length === 0) {
      throw new UserError(
        'VERIFY_KEY_REQUIRED',
        "give the signer's OpenPGP public key (--key) or its fingerprint",
        { field: 'key' },
      );
    }
    const run = await runGPG(
      ['--trust-model', 'always', '--verify', signature, file],
      { home, env: expect.env },
    );
    return judge(run.status, run.messages, expected);
  } finally {
    if (temp) {
      await runGPGConf(temp, expect.env);
      await rm(temp, { recursive: true, force: true });
    }
  }
}

function judge(
  status: StatusLine[],
  messages: string[],
  expected: string[],
): GPGCheck {
  const check: GPGCheck = {
    problems: [],
    log: messages.map((line) => `gpg: ${line.replace(/^gpg: /, '')}`),
  };
  for (const line of status) {
    const why = refusals[line.keyword];
    if (why) check.problems.push(why);
  }
  const good = status.find((line) => line.keyword === 'GOODSIG');
  const valid = status.find((line) => line.keyword === 'VALIDSIG');
  if (!good || !valid) {
    if (check.problems.length === 0)
      check.problems.push('gpg reported no good signature');
    return check;
  }
  const signing = (valid.args[0] ?? '').toUpperCase();
  const primary = (valid.args[9] ?? signing).toUpperCase();
  const wanted = expected.map((fpr) => fpr.toUpperCase().replace(/^0X/, ''));
  const matches = wanted.some(
    (fpr) => signing.endsWith(fpr) || primary.endsWith(fpr),
  );
  if (!matches) {
    check.problems.push(
      `the signature is from key ${primary}, not the expected ${wanted.join(' or ')}`,
    );
  }
  check.identity = primary;
  if (check.problems.length === 0)
    check.log.push(`GOODSIG and VALIDSIG from ${primary}`);
  return check;
}

async function importKey(
  keyFile: string,
  home: string,
  env: NodeJS.ProcessEnv,
): Promise<string[]> {
  const run = await runGPG(['--import', keyFile], { home, env });
  const fingerprints = run.status
    .filter((line) => line.keyword === 'IMPORT_OK')
    .map((line) => line.args[1] ?? '')
    .filter((fpr) => fpr !== '');
  if (fingerprints.length === 0) {
    throw new UserError(
      'VERIFY_KEY_UNREADABLE',
      `${keyFile} holds no OpenPGP public key`,
      { file: keyFile, field: 'key' },
    );
  }
  return fingerprints;
}

/** Stops the agent of a temporary home so no process outlives the run. */
export async function runGPGConf(
  home: string,
  env: NodeJS.ProcessEnv,
): Promise<void> {
  const { spawn } = await import('node:child_process');
  await new Promise<void>((done) => {
    const child = spawn('gpgconf', ['--kill', 'gpg-agent'], {
      env: { ...env, GNUPGHOME: home },
      stdio: 'ignore',
    });
    child.on('error', () => {
      done();
    });
    child.on('close', () => {
      done();
    });
  });
}
