/**
 * Reads the git history with git itself: one process per question, never
 * one per commit. Output is NUL-separated, so commit messages cannot forge
 * field or record boundaries.
 */
import { spawn } from 'node:child_process';
import { UserError } from '../errors.ts';

/** One commit as git reports it. */
export interface GitCommit {
  sha: string;
  authorName: string;
  authorEmail: string;
  /** The whole message: subject, body and trailers. */
  message: string;
}

/** A tag reachable from HEAD, with the commit it points at. */
export interface GitTag {
  name: string;
  commit: string;
}

/** Options for running git. */
export interface GitOptions {
  /** Folder inside the work tree. */
  cwd: string;
  env?: NodeJS.ProcessEnv;
}

/** Largest git output read, in bytes (about a million commits' headers). */
const maxOutputBytes = 512 * 1024 * 1024;

const fieldsPerCommit = 4;
const commitFormat = '%H%x00%an%x00%ae%x00%B';

/** Runs git and returns its stdout; rejects with the exit status on failure. */
export function runGit(
  args: readonly string[],
  options: GitOptions,
): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn('git', args, {
      cwd: options.cwd,
      env: gitEnvironment(options.env ?? process.env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxOutputBytes) {
        child.kill();
        return;
      }
      chunks.push(chunk);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      if (stderr.length < 4096) stderr += chunk;
    });
    child.on('error', (error) => {
      fail(
        new UserError(
          'GIT_UNAVAILABLE',
          `cannot run git: ${error.message}; install git and make sure it is on PATH`,
        ),
      );
    });
    child.on('close', (code) => {
      if (size > maxOutputBytes) {
        fail(new GitFailure(args, -1, 'output too large'));
      } else if (code === 0) {
        done(Buffer.concat(chunks).toString('utf8'));
      } else {
        fail(new GitFailure(args, code ?? -1, stderr.trim()));
      }
    });
  });
}

/** git exited with a failure status. */
export class GitFailure extends Error {
  override readonly name = 'GitFailure';
  readonly status: number;
  readonly stderr: string;

  constructor(args: readonly string[], status: number, stderr: string) {
    super(`git ${args[0] ?? ''} failed (${status}): ${stderr.slice(0, 300)}`);
    this.status = status;
    this.stderr = stderr;
  }
}

// Keep the user's git location variables, but never prompt, never page and
// never let a localised message through.
function gitEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return {
    ...env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    LC_ALL: 'C',
  };
}

/** Facts about the repository the release is cut from. */
export interface RepositoryState {
  head: string;
  shallow: boolean;
}

/**
 * Checks that `cwd` is inside a git work tree with at least one commit.
 * Not a repository, or no commit yet, is exit 2.
 */
export async function readRepositoryState(
  options: GitOptions,
): Promise<RepositoryState> {
  let output: string;
  try {
    output = await runGit(
      ['rev-parse', '--is-shallow-repository', '--verify', 'HEAD^{commit}'],
      options,
    );
  } catch (error: unknown) {
    if (!(error instanceof GitFailure)) throw error;
    if (/not a git repository/i.test(error.stderr)) {
      throw new UserError(
        'GIT_NOT_A_REPOSITORY',
        `${options.cwd} is not inside a git repository; enforce-version reads the release history from git (check out the repository, or run in its folder)`,
      );
    }
    if (/dubious ownership/i.test(error.stderr)) {
      throw new UserError(
        'GIT_UNSAFE_DIRECTORY',
        `git refuses to read ${options.cwd} because another user owns it; mark it safe with git config --global --add safe.directory <path>`,
      );
    }
    throw new UserError(
      'GIT_NO_COMMITS',
      `the git repository at ${options.cwd} has no commit at HEAD (${error.stderr.split('\n')[0] ?? ''}); commit the release first`,
    );
  }
  const [shallow = '', head = ''] = output.trim().split('\n');
  return { head: head.trim(), shallow: shallow.trim() === 'true' };
}

/** Every tag reachable from HEAD, with the commit it points at. */
export async function readReachableTags(
  options: GitOptions,
): Promise<GitTag[]> {
  const output = await runGit(
    [
      'for-each-ref',
      '--merged=HEAD',
      '--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)',
      'refs/tags',
    ],
    options,
  );
  const tags: GitTag[] = [];
  for (const line of output.split('\n')) {
    if (line === '') continue;
    const [name = '', object = '', peeled = ''] = line.split('\0');
    tags.push({ name, commit: peeled || object });
  }
  return tags;
}

/**
 * Reads the commits after `sinceTag` up to HEAD (all of HEAD's history
 * when undefined), newest first, in one git process. Merge commits are
 * left out: they carry no change of their own.
 */
export async function readCommits(
  sinceTag: string | undefined,
  options: GitOptions,
): Promise<GitCommit[]> {
  const range = sinceTag ? `refs/tags/${sinceTag}..HEAD` : 'HEAD';
  const output = await runGit(
    [
      '-c',
      'log.showSignature=false',
      'log',
      '-z',
      '--no-merges',
      '--no-color',
      `--format=${commitFormat}`,
      range,
      '--',
    ],
    options,
  );
  return parseCommitLog(output);
}

/** Parses the NUL-separated output of `readCommits`' git log. */
export function parseCommitLog(output: string): GitCommit[] {
  if (output === '') return [];
  const fields = output.split('\0');
  // -z ends the last record with nothing after it; drop an empty tail.
  if (fields.length % fieldsPerCommit === 1 && fields.at(-1) === '') {
    fields.pop();
  }
  if (fields.length % fieldsPerCommit !== 0) throw unreadableLog();
  const commits: GitCommit[] = [];
  for (
    let at = 0;
    at + fieldsPerCommit <= fields.length;
    at += fieldsPerCommit
  ) {
    const [sha = '', authorName = '', authorEmail = '', message = ''] =
      fields.slice(at, at + fieldsPerCommit);
    if (!/^[0-9a-f]{40,64}$/.test(sha)) throw unreadableLog();
    commits.push({ sha, authorName, authorEmail, message });
  }
  return commits;
}

function unreadableLog(): UserError {
  return new UserError(
    'GIT_LOG_UNREADABLE',
    'git log printed a commit this tool cannot read (a NUL byte in a commit message?)',
  );
}

/** The author of one commit. */
export async function readAuthor(
  revision: string,
  options: GitOptions,
): Promise<{ name: string; email: string }> {
  const output = await runGit(
    ['log', '-1', '--format=%an%x00%ae', revision, '--'],
    options,
  );
  const [name = '', email = ''] = output.trim().split('\0');
  return { name, email };
}
