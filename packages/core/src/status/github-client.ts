/**
 * A small client of the GitHub REST API (issues and their comments) over
 * `fetch`, since core never imports `@actions/*`. It honours
 * GITHUB_API_URL, so GitHub Enterprise Server works, and GITHUB_REPOSITORY;
 * the token comes from GITHUB_TOKEN and is registered as a secret before
 * first use. The only permission it needs is `issues: write`.
 */
import { textOf } from './text-field.ts';
import { UserError } from '../errors.ts';
import { isRecord } from '../input/json-document.ts';
import type { StageContext } from '../stage.ts';
import { fetchWithRetry, type RetryOptions } from './http-retry.ts';

/** An issue as far as shipshape cares. */
export interface GitHubIssue {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  labels: string[];
  isPullRequest: boolean;
}

/** A comment on an issue. */
export interface GitHubComment {
  id: number;
  body: string | null;
}

/** A request GitHub answered with an error, or never answered. */
export class GitHubRequestError extends Error {
  override readonly name = 'GitHubRequestError';
  readonly status: number | undefined;

  constructor(message: string, status?: number) {
    super(message);
    this.status = status;
  }
}

/** Where and as whom the client talks. */
export interface GitHubClientOptions {
  apiURL: string;
  repository: string;
  token: string;
  retry?: RetryOptions;
}

const repositoryPattern = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;

/**
 * Reads GITHUB_API_URL (default https://api.github.com), GITHUB_REPOSITORY
 * and GITHUB_TOKEN from the context's environment and registers the token.
 * Missing values are a configuration error naming the variable.
 */
export function gitHubClientFromEnv(
  context: StageContext,
  retry?: RetryOptions,
): GitHubClient {
  const env = context.env;
  const token = env['GITHUB_TOKEN'] ?? '';
  context.secrets.add(token);
  const repository = env['GITHUB_REPOSITORY'] ?? '';
  if (!repositoryPattern.test(repository)) {
    throw new UserError(
      'GITHUB_REPOSITORY_MISSING',
      'GITHUB_REPOSITORY must name the repository as owner/name to escalate to GitHub issues',
      { field: 'GITHUB_REPOSITORY' },
    );
  }
  if (token === '') {
    throw new UserError(
      'GITHUB_TOKEN_MISSING',
      'GITHUB_TOKEN is not set; pass a token with issues: write to escalate to GitHub issues',
      { field: 'GITHUB_TOKEN' },
    );
  }
  const apiURL = env['GITHUB_API_URL'] || 'https://api.github.com';
  if (!/^https?:\/\//.test(apiURL)) {
    throw new UserError(
      'GITHUB_API_URL_INVALID',
      'GITHUB_API_URL must be an http(s) URL',
      { field: 'GITHUB_API_URL' },
    );
  }
  return new GitHubClient({ apiURL, repository, token, retry });
}

/** Issues and comments of one repository. */
export class GitHubClient {
  readonly #base: URL;
  readonly #repository: string;
  readonly #token: string;
  readonly #retry: RetryOptions | undefined;

  constructor(options: GitHubClientOptions) {
    this.#base = new URL(options.apiURL.replace(/\/*$/, '/'));
    this.#repository = options.repository;
    this.#token = options.token;
    this.#retry = options.retry;
  }

  /** Open issues carrying `label`, every page. */
  async listOpenIssues(label: string): Promise<GitHubIssue[]> {
    const query = `state=open&labels=${encodeURIComponent(label)}&per_page=100`;
    const items = await this.#paginate(`${this.#repoPath()}/issues?${query}`);
    return items.map(toIssue).filter((issue) => !issue.isPullRequest);
  }

  /** Creates an issue and returns it. */
  async createIssue(input: {
    title: string;
    body: string;
    labels: string[];
  }): Promise<GitHubIssue> {
    return toIssue(
      await this.#send('POST', `${this.#repoPath()}/issues`, input),
    );
  }

  /** Changes an issue's title, body, labels or state. */
  async updateIssue(
    issue: number,
    input: Partial<{
      title: string;
      body: string;
      labels: string[];
      state: 'open' | 'closed';
      state_reason: 'completed' | 'not_planned';
    }>,
  ): Promise<GitHubIssue> {
    return toIssue(
      await this.#send(
        'PATCH',
        `${this.#repoPath()}/issues/${String(issue)}`,
        input,
      ),
    );
  }

  /** Every comment of an issue. */
  async listComments(issue: number): Promise<GitHubComment[]> {
    const items = await this.#paginate(
      `${this.#repoPath()}/issues/${String(issue)}/comments?per_page=100`,
    );
    return items.map(toComment);
  }

  /** Adds a comment to an issue. */
  async createComment(issue: number, body: string): Promise<GitHubComment> {
    return toComment(
      await this.#send(
        'POST',
        `${this.#repoPath()}/issues/${String(issue)}/comments`,
        { body },
      ),
    );
  }

  /** Replaces a comment's body. */
  async updateComment(id: number, body: string): Promise<GitHubComment> {
    return toComment(
      await this.#send(
        'PATCH',
        `${this.#repoPath()}/issues/comments/${String(id)}`,
        { body },
      ),
    );
  }

  #repoPath(): string {
    return `repos/${this.#repository}`;
  }

  async #paginate(path: string): Promise<unknown[]> {
    const items: unknown[] = [];
    let url: string | undefined = new URL(path, this.#base).href;
    for (let page = 0; url !== undefined && page < 100; page += 1) {
      const response = await this.#request('GET', url);
      const data: unknown = await response.json();
      if (!Array.isArray(data)) {
        throw new GitHubRequestError(`GET ${redactURL(url)}: expected a list`);
      }
      items.push(...(data as unknown[]));
      url = this.#nextPage(response.headers.get('link'));
    }
    return items;
  }

  /**
   * The `rel="next"` link, followed only when it stays on the API's own
   * origin, so the token is never sent to another host.
   */
  #nextPage(link: string | null): string | undefined {
    const match = link ? /<([^>]+)>;\s*rel="next"/.exec(link) : null;
    if (!match?.[1]) return undefined;
    const next = new URL(match[1], this.#base);
    return next.origin === this.#base.origin ? next.href : undefined;
  }

  async #send(method: string, path: string, body: unknown): Promise<unknown> {
    const response = await this.#request(
      method,
      new URL(path, this.#base).href,
      body,
    );
    return response.json();
  }

  async #request(
    method: string,
    url: string,
    body?: unknown,
  ): Promise<Response> {
    const result = await fetchWithRetry(
      url,
      {
        method,
        headers: {
          accept: 'application/vnd.github+json',
          authorization: `Bearer ${this.#token}`,
          'content-type': 'application/json',
          'user-agent': 'shipshape',
          'x-github-api-version': '2022-11-28',
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      },
      this.#retry,
    );
    if ('error' in result) {
      throw new GitHubRequestError(
        `${method} ${redactURL(url)} failed after ${String(result.attempts)} attempt(s): ${result.error}`,
      );
    }
    const { response } = result;
    if (!response.ok) {
      const detail = await response.text().catch(() => '');
      throw new GitHubRequestError(
        `${method} ${redactURL(url)} answered ${String(response.status)} after ${String(result.attempts)} attempt(s)${githubMessage(detail)}`,
        response.status,
      );
    }
    return response;
  }
}

function redactURL(url: string): string {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}

function githubMessage(text: string): string {
  try {
    const data: unknown = JSON.parse(text);
    if (isRecord(data) && typeof data['message'] === 'string') {
      return `: ${data['message'].slice(0, 200)}`;
    }
  } catch {
    // Not JSON: the status alone says enough.
  }
  return '';
}

function toIssue(data: unknown): GitHubIssue {
  if (!isRecord(data) || typeof data['number'] !== 'number') {
    throw new GitHubRequestError(
      'GitHub returned something that is not an issue',
    );
  }
  const labels = Array.isArray(data['labels']) ? data['labels'] : [];
  return {
    number: data['number'],
    title: textOf(data['title']),
    body: typeof data['body'] === 'string' ? data['body'] : null,
    state: data['state'] === 'closed' ? 'closed' : 'open',
    labels: labels.map((label) =>
      isRecord(label) ? String(label['name']) : String(label),
    ),
    isPullRequest: isRecord(data['pull_request']),
  };
}

function toComment(data: unknown): GitHubComment {
  if (!isRecord(data) || typeof data['id'] !== 'number') {
    throw new GitHubRequestError(
      'GitHub returned something that is not a comment',
    );
  }
  return {
    id: data['id'],
    body: typeof data['body'] === 'string' ? data['body'] : null,
  };
}
