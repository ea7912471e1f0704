/**
 * Real git repositories in temporary folders for tests: commits with given
 * messages, authors and dates, and tags. Git runs with no system or user
 * configuration (GIT_CONFIG_NOSYSTEM, a temporary HOME), so the tests do
 * not depend on the machine's settings.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Who made a commit. */
export interface GitPerson {
  name: string;
  email: string;
}

/** Options for one commit. */
export interface CommitOptions {
  author?: GitPerson;
  /** ISO date; default a fixed date one minute after the previous commit. */
  date?: string;
  /** Files to write before committing (path → content). */
  files?: Record<string, string>;
}

export const defaultAuthor: GitPerson = {
  name: 'Release Bot',
  email: 'release-bot@example.test',
};

/** A git repository in a temporary folder. */
export class GitRepo {
  readonly dir: string;
  readonly home: string;
  #tick = 0;

  private constructor(dir: string, home: string) {
    this.dir = dir;
    this.home = home;
  }

  /** Creates an empty repository (branch main). */
  static async create(prefix = 'shipshape-git-'): Promise<GitRepo> {
    const root = await mkdtemp(join(tmpdir(), prefix));
    const dir = join(root, 'repo');
    const home = join(root, 'home');
    await mkdir(dir);
    await mkdir(home);
    const repo = new GitRepo(dir, home);
    repo.git('-c', 'init.defaultBranch=main', 'init', '-q');
    return repo;
  }

  /** The environment every git call of these tests runs with. */
  env(person: GitPerson = defaultAuthor, date?: string): NodeJS.ProcessEnv {
    return gitTestEnv(this.home, person, date);
  }

  /** Runs git in the repository and returns its trimmed stdout. */
  git(...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      env: this.env(),
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    }).trim();
  }

  /** Writes files and commits them (an empty commit when none). */
  async commit(message: string, options: CommitOptions = {}): Promise<string> {
    for (const [path, content] of Object.entries(options.files ?? {})) {
      const full = join(this.dir, path);
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full, content);
    }
    this.#tick += 1;
    const date =
      options.date ??
      new Date(Date.UTC(2026, 0, 1) + this.#tick * 60_000).toISOString();
    execFileSync('git', ['add', '-A'], { cwd: this.dir, env: this.env() });
    execFileSync(
      'git',
      ['commit', '-q', '--allow-empty', '--no-verify', '-F', '-'],
      {
        cwd: this.dir,
        env: this.env(options.author ?? defaultAuthor, date),
        input: message,
      },
    );
    return this.git('rev-parse', 'HEAD');
  }

  /** Tags HEAD (or `target`); annotated when a message is given. */
  tag(name: string, options: { message?: string; target?: string } = {}): void {
    const args = options.message
      ? ['tag', '-a', '-m', options.message, name]
      : ['tag', name];
    if (options.target) args.push(options.target);
    this.git(...args);
  }

  /** Removes the repository and its HOME. */
  async cleanup(): Promise<void> {
    await rm(dirname(this.dir), { recursive: true, force: true });
  }
}

/** A git environment with no system or user configuration. */
export function gitTestEnv(
  home: string,
  person: GitPerson = defaultAuthor,
  date?: string,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: home,
    XDG_CONFIG_HOME: join(home, '.config'),
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: join(home, '.gitconfig'),
    GIT_AUTHOR_NAME: person.name,
    GIT_AUTHOR_EMAIL: person.email,
    GIT_COMMITTER_NAME: person.name,
    GIT_COMMITTER_EMAIL: person.email,
    LC_ALL: 'C',
  };
  if (date) {
    env['GIT_AUTHOR_DATE'] = date;
    env['GIT_COMMITTER_DATE'] = date;
  }
  return env;
}
