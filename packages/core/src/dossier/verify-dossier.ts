/**
 * `shipshape verify-dossier`: checks a dossier archive offline. The
 * archive is read without trusting it (see tar-reader.ts) and extracted
 * into a fresh private folder; then every digest is checked against the
 * index, the index's signature, every signature inside, the SBOMs against
 * their schemas, and the journal's hash chain. Every check is reported,
 * not only the first that fails. Keyless signatures are checked against
 * the trusted root the sign stage recorded in the dossier unless the
 * verifier is given one of its own.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { UserError } from '../errors.ts';
import { digestFile, sha256Hex } from '../hashing/file-digest.ts';
import { isRecord, parseJSON } from '../input/json-document.ts';
import { decodeUTF8 } from '../input/text-file.ts';
import { verifyJournalText } from '../journal/journal.ts';
import { checkPathSyntax } from '../paths/project-path.ts';
import { describeError } from '../errors.ts';
import {
  defaultArchiveLimits,
  extractEntries,
  readArchive,
  type ArchiveEntry,
  type ArchiveLimits,
} from './tar-reader.ts';
import { isSignatureFile, type DossierVerifier } from './dossier-signing.ts';
import { indexName, type DossierIndex } from './dossier-assembly.ts';

/** One check and its outcome; `skipped` checks neither pass nor fail. */
export interface DossierCheck {
  check:
    | 'archive'
    | 'index'
    | 'digest'
    | 'unlisted'
    | 'index-signature'
    | 'signature'
    | 'sbom-schema'
    | 'journal'
    | 'artifact';
  path?: string;
  status: 'ok' | 'failed' | 'skipped';
  detail?: string;
}

/** The outcome of verifying a dossier. */
export interface DossierVerification {
  ok: boolean;
  file: string;
  verdict?: string;
  release?: { id: string; version: string };
  checks: DossierCheck[];
  /** The failed checks as one line each. */
  problems: string[];
}

/** Checks an SBOM document; returns its schema problems (empty: valid). */
export type SBOMValidator = (
  document: unknown,
  name: string,
) => Promise<string[]> | string[];

/** Options for verifying a dossier. */
export interface VerifyDossierOptions {
  verifier?: DossierVerifier;
  validateSBOM?: SBOMValidator;
  /** A PEM public key the index and artifacts must be signed with. */
  key?: string;
  /** Folder holding the released artifacts, to check their signatures. */
  artifactsDir?: string;
  limits?: ArchiveLimits;
}

/** The trusted root the sign stage keeps for keyless signatures. */
const recordedTrustedRoot = 'evidence/sign/trusted_root.json';

/** What the signature checks use: the options and the recorded root. */
type SignatureOptions = VerifyDossierOptions & { trustedRoot?: string };

/** Verifies a dossier archive; only an unreadable file throws. */
export async function verifyDossier(
  file: string,
  options: VerifyDossierOptions = {},
): Promise<DossierVerification> {
  const checks: DossierCheck[] = [];
  let entries: ArchiveEntry[];
  try {
    entries = await readArchive(file, options.limits ?? defaultArchiveLimits);
  } catch (error: unknown) {
    if (error instanceof UserError && error.code === 'ARCHIVE_REJECTED') {
      checks.push({
        check: 'archive',
        status: 'failed',
        detail: error.message,
      });
      return finish(file, checks);
    }
    throw error;
  }
  checks.push({
    check: 'archive',
    status: 'ok',
    detail: `${entries.length} entries`,
  });
  const root = await extractEntries(entries);
  try {
    return await verifyExtracted(file, root, entries, checks, options);
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

async function verifyExtracted(
  file: string,
  root: string,
  entries: readonly ArchiveEntry[],
  checks: DossierCheck[],
  options: VerifyDossierOptions,
): Promise<DossierVerification> {
  const top = topFolder(entries);
  const base = top ? join(root, top) : root;
  const files = new Map(
    entries
      .filter((entry) => entry.type === 'file')
      .map((entry) => [
        top ? entry.path.slice(top.length + 1) : entry.path,
        entry.data,
      ]),
  );
  const index = readIndex(files, checks);
  if (!index) return finish(file, checks);

  checkDigests(index, files, checks);
  const signing = {
    ...options,
    trustedRoot: files.has(recordedTrustedRoot)
      ? join(base, recordedTrustedRoot)
      : undefined,
  };
  await checkIndexSignature(base, index, files, checks, signing);
  await checkSignatures(base, index, files, checks, signing);
  await checkSBOMs(files, checks, options);
  checkJournal(files, checks);
  if (options.artifactsDir)
    await checkArtifacts(files, checks, options.artifactsDir);
  return {
    ...finish(file, checks),
    verdict: index.verdict,
    release: index.release,
  };
}

function finish(file: string, checks: DossierCheck[]): DossierVerification {
  const problems = checks
    .filter((c) => c.status === 'failed')
    .map(
      (c) => `${c.check}${c.path ? ` ${c.path}` : ''}: ${c.detail ?? 'failed'}`,
    );
  return { ok: problems.length === 0, file, checks, problems };
}

/** The single folder every entry lies in, or undefined. */
function topFolder(entries: readonly ArchiveEntry[]): string | undefined {
  const first = entries[0]?.path.split('/')[0];
  if (!first) return undefined;
  const all = entries.every(
    (e) => e.path === first || e.path.startsWith(`${first}/`),
  );
  return all && entries.some((e) => e.path === `${first}/${indexName}`)
    ? first
    : undefined;
}

function readIndex(
  files: Map<string, Buffer>,
  checks: DossierCheck[],
): DossierIndex | undefined {
  const data = files.get(indexName);
  const fail = (detail: string): undefined => {
    checks.push({ check: 'index', path: indexName, status: 'failed', detail });
    return undefined;
  };
  if (!data) {
    fail('the archive has no dossier.json');
    return;
  }
  let index: unknown;
  try {
    index = parseJSON(decodeUTF8(data, indexName), indexName);
  } catch (error: unknown) {
    fail(describeError(error));
    return;
  }
  if (!isRecord(index) || !Array.isArray(index['files'])) {
    fail('dossier.json has no files list');
    return;
  }
  for (const item of index['files'] as unknown[]) {
    if (
      !isRecord(item) ||
      typeof item['path'] !== 'string' ||
      typeof item['sha256'] !== 'string' ||
      !/^[0-9a-f]{64}$/.test(item['sha256']) ||
      checkPathSyntax(item['path'])
    ) {
      fail(
        `dossier.json lists a malformed file entry: ${JSON.stringify(item).slice(0, 200)}`,
      );
      return;
    }
  }
  checks.push({ check: 'index', path: indexName, status: 'ok' });
  return index as unknown as DossierIndex;
}

function checkDigests(
  index: DossierIndex,
  files: Map<string, Buffer>,
  checks: DossierCheck[],
): void {
  const listed = new Set<string>();
  for (const item of index.files) {
    listed.add(item.path);
    const data = files.get(item.path);
    if (!data) {
      checks.push({
        check: 'digest',
        path: item.path,
        status: 'failed',
        detail: 'listed in the index but missing from the archive',
      });
    } else if (sha256Hex(data) !== item.sha256) {
      checks.push({
        check: 'digest',
        path: item.path,
        status: 'failed',
        detail: 'its SHA-256 does not match the index (the file was changed)',
      });
    } else {
      checks.push({ check: 'digest', path: item.path, status: 'ok' });
    }
  }
  for (const path of files.keys()) {
    if (path === indexName || listed.has(path)) continue;
    if (isSignatureFile(path) && path.startsWith(`${indexName}.`)) continue;
    checks.push({
      check: 'unlisted',
      path,
      status: 'failed',
      detail: 'in the archive but not in the index (a file was added)',
    });
  }
}

async function checkIndexSignature(
  base: string,
  index: DossierIndex,
  files: Map<string, Buffer>,
  checks: DossierCheck[],
  options: SignatureOptions,
): Promise<void> {
  const signatures = [...files.keys()].filter(
    (p) => p.startsWith(`${indexName}.`) && isSignatureFile(p),
  );
  if (signatures.length === 0) {
    const why = index.signing.unsigned ? ` (${index.signing.unsigned})` : '';
    checks.push({
      check: 'index-signature',
      path: indexName,
      status: 'failed',
      detail: `the index is not signed${why}`,
    });
    return;
  }
  for (const signature of signatures) {
    checks.push(
      await verifyOne(
        base,
        indexName,
        signature,
        index,
        options,
        'index-signature',
      ),
    );
  }
}

async function checkSignatures(
  base: string,
  index: DossierIndex,
  files: Map<string, Buffer>,
  checks: DossierCheck[],
  options: SignatureOptions,
): Promise<void> {
  for (const path of [...files.keys()].sort()) {
    if (!isSignatureFile(path) || path.startsWith(`${indexName}.`)) continue;
    const subject = path.replace(/\.(sigstore\.json|asc)$/, '');
    const name = subject.split('/').at(-1) ?? subject;
    if (files.has(subject)) {
      checks.push(
        await verifyOne(base, subject, path, index, options, 'signature'),
      );
    } else if (options.artifactsDir) {
      checks.push(
        await verifyOne(
          base,
          join(options.artifactsDir, name),
          path,
          index,
          options,
          'signature',
          subject,
        ),
      );
    } else {
      checks.push({
        check: 'signature',
        path,
        status: 'skipped',
        detail: `${name} is not in the dossier; pass --artifacts DIR to check this signature against it`,
      });
    }
  }
}

async function verifyOne(
  base: string,
  subject: string,
  signature: string,
  index: DossierIndex,
  options: SignatureOptions,
  check: 'signature' | 'index-signature',
  shownSubject = subject,
): Promise<DossierCheck> {
  if (!options.verifier) {
    return {
      check,
      path: signature,
      status: 'failed',
      detail: 'no signature verifier is available in this build',
    };
  }
  try {
    const problem = await options.verifier.verify({
      file: subject.startsWith('/') ? subject : join(base, subject),
      signature: join(base, signature),
      identity: index.signing.identity ?? {},
      key: options.key,
      trustedRoot: options.trustedRoot,
    });
    return problem
      ? {
          check,
          path: signature,
          status: 'failed',
          detail: `does not verify ${shownSubject}: ${problem}`,
        }
      : { check, path: signature, status: 'ok' };
  } catch (error: unknown) {
    return {
      check,
      path: signature,
      status: 'failed',
      detail: describeError(error),
    };
  }
}

async function checkSBOMs(
  files: Map<string, Buffer>,
  checks: DossierCheck[],
  options: VerifyDossierOptions,
): Promise<void> {
  for (const [path, data] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (
      !path.startsWith('evidence/sbom/') ||
      !path.endsWith('.json') ||
      isSignatureFile(path)
    )
      continue;
    let document: unknown;
    try {
      document = parseJSON(decodeUTF8(data, path), path);
    } catch (error: unknown) {
      checks.push({
        check: 'sbom-schema',
        path,
        status: 'failed',
        detail: describeError(error),
      });
      continue;
    }
    const looksLikeSBOM =
      isRecord(document) &&
      ('bomFormat' in document || 'spdxVersion' in document);
    if (!looksLikeSBOM) continue;
    if (!options.validateSBOM) {
      checks.push({
        check: 'sbom-schema',
        path,
        status: 'failed',
        detail: 'no SBOM schema validator is available in this build',
      });
      continue;
    }
    const problems = await options.validateSBOM(document, path);
    checks.push(
      problems.length === 0
        ? { check: 'sbom-schema', path, status: 'ok' }
        : {
            check: 'sbom-schema',
            path,
            status: 'failed',
            detail: problems.slice(0, 5).join('; '),
          },
    );
  }
}

function checkJournal(
  files: Map<string, Buffer>,
  checks: DossierCheck[],
): void {
  const data = files.get('journal.jsonl');
  if (!data) {
    checks.push({
      check: 'journal',
      path: 'journal.jsonl',
      status: 'failed',
      detail: 'the dossier has no journal',
    });
    return;
  }
  let text: string;
  try {
    text = decodeUTF8(data, 'journal.jsonl');
  } catch (error: unknown) {
    checks.push({
      check: 'journal',
      path: 'journal.jsonl',
      status: 'failed',
      detail: describeError(error),
    });
    return;
  }
  const result = verifyJournalText(text);
  checks.push(
    result.ok
      ? {
          check: 'journal',
          path: 'journal.jsonl',
          status: 'ok',
          detail: `${result.records.length} records`,
        }
      : {
          check: 'journal',
          path: 'journal.jsonl',
          status: 'failed',
          detail: `line ${result.problem?.line ?? 0}: ${result.problem?.reason ?? 'invalid'}`,
        },
  );
}

/**
 * With the released files at hand, checks each against the signed
 * SHA256SUMS of the sign stage (by file name): the one SHA256SUMS of a
 * run over every artifact, or the one of each per-artifact job
 * (`evidence/sign/parts/<artifact>/SHA256SUMS`).
 */
async function checkArtifacts(
  files: Map<string, Buffer>,
  checks: DossierCheck[],
  dir: string,
): Promise<void> {
  const lists = [...files.keys()]
    .filter((path) => checksumLists.test(path))
    .sort();
  for (const list of lists) {
    const sums = files.get(list);
    if (sums) await checkArtifactList(sums, checks, dir);
  }
}

const checksumLists = /^evidence\/sign\/(?:parts\/[^/]+\/)?SHA256SUMS$/;

async function checkArtifactList(
  sums: Buffer,
  checks: DossierCheck[],
  dir: string,
): Promise<void> {
  for (const line of sums.toString('utf8').split('\n')) {
    const match = /^([0-9a-f]{64}) [ *](.+)$/.exec(line);
    if (!match) continue;
    const [, expected = '', listed = ''] = match;
    const name = listed.split('/').at(-1) ?? listed;
    if (checkPathSyntax(name)) continue;
    try {
      const actual = await digestFile(join(dir, name));
      checks.push(
        actual === expected
          ? { check: 'artifact', path: name, status: 'ok' }
          : {
              check: 'artifact',
              path: name,
              status: 'failed',
              detail: 'its SHA-256 does not match the signed SHA256SUMS',
            },
      );
    } catch {
      checks.push({
        check: 'artifact',
        path: name,
        status: 'skipped',
        detail: `not found in ${dir}`,
      });
    }
  }
}
