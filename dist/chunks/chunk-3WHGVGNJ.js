import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  fetchWithRetry,
  textOf
} from "./chunk-E52ARYXX.js";
import {
  isRecord
} from "./chunk-E73ZUZ5O.js";
import {
  UserError
} from "./chunk-RLB5E7YF.js";

// packages/core/src/status/github-client.ts
var GitHubRequestError = class extends Error {
  name = "GitHubRequestError";
  status;
  constructor(message, status) {
    super(message);
    this.status = status;
  }
};
var repositoryPattern = /^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/;
function gitHubClientFromEnv(context, retry) {
  const env = context.env;
  const token = env["GITHUB_TOKEN"] ?? "";
  context.secrets.add(token);
  const repository = env["GITHUB_REPOSITORY"] ?? "";
  if (!repositoryPattern.test(repository)) {
    throw new UserError(
      "GITHUB_REPOSITORY_MISSING",
      "GITHUB_REPOSITORY must name the repository as owner/name to escalate to GitHub issues",
      { field: "GITHUB_REPOSITORY" }
    );
  }
  if (token === "") {
    throw new UserError(
      "GITHUB_TOKEN_MISSING",
      "GITHUB_TOKEN is not set; pass a token with issues: write to escalate to GitHub issues",
      { field: "GITHUB_TOKEN" }
    );
  }
  const apiURL = env["GITHUB_API_URL"] || "https://api.github.com";
  if (!/^https?:\/\//.test(apiURL)) {
    throw new UserError(
      "GITHUB_API_URL_INVALID",
      "GITHUB_API_URL must be an http(s) URL",
      { field: "GITHUB_API_URL" }
    );
  }
  return new GitHubClient({ apiURL, repository, token, retry });
}
var GitHubClient = class {
  #base;
  #repository;
  #token;
  #retry;
  constructor(options) {
    this.#base = new URL(options.apiURL.replace(/\/*$/, "/"));
    this.#repository = options.repository;
    this.#token = options.token;
    this.#retry = options.retry;
  }
  /** Open issues carrying `label`, every page. */
  async listOpenIssues(label) {
    const query = `state=open&labels=${encodeURIComponent(label)}&per_page=100`;
    const items = await this.#paginate(`${this.#repoPath()}/issues?${query}`);
    return items.map(toIssue).filter((issue) => !issue.isPullRequest);
  }
  /** Creates an issue and returns it. */
  async createIssue(input) {
    return toIssue(
      await this.#send("POST", `${this.#repoPath()}/issues`, input)
    );
  }
  /** Changes an issue's title, body, labels or state. */
  async updateIssue(issue, input) {
    return toIssue(
      await this.#send(
        "PATCH",
        `${this.#repoPath()}/issues/${String(issue)}`,
        input
      )
    );
  }
  /** Every comment of an issue. */
  async listComments(issue) {
    const items = await this.#paginate(
      `${this.#repoPath()}/issues/${String(issue)}/comments?per_page=100`
    );
    return items.map(toComment);
  }
  /** Adds a comment to an issue. */
  async createComment(issue, body) {
    return toComment(
      await this.#send(
        "POST",
        `${this.#repoPath()}/issues/${String(issue)}/comments`,
        { body }
      )
    );
  }
  /** Replaces a comment's body. */
  async updateComment(id, body) {
    return toComment(
      await this.#send(
        "PATCH",
        `${this.#repoPath()}/issues/comments/${String(id)}`,
        { body }
      )
    );
  }
  #repoPath() {
    return `repos/${this.#repository}`;
  }
  async #paginate(path) {
    const items = [];
    let url = new URL(path, this.#base).href;
    for (let page = 0; url !== void 0 && page < 100; page += 1) {
      const response = await this.#request("GET", url);
      const data = await response.json();
      if (!Array.isArray(data)) {
        throw new GitHubRequestError(`GET ${redactURL(url)}: expected a list`);
      }
      items.push(...data);
      url = this.#nextPage(response.headers.get("link"));
    }
    return items;
  }
  /**
   * The `rel="next"` link, followed only when it stays on the API's own
   * origin, so the token is never sent to another host.
   */
  #nextPage(link) {
    const match = link ? /<([^>]+)>;\s*rel="next"/.exec(link) : null;
    if (!match?.[1]) return void 0;
    const next = new URL(match[1], this.#base);
    return next.origin === this.#base.origin ? next.href : void 0;
  }
  async #send(method, path, body) {
    const response = await this.#request(
      method,
      new URL(path, this.#base).href,
      body
    );
    return response.json();
  }
  async #request(method, url, body) {
    const result = await fetchWithRetry(
      url,
      {
        method,
        headers: {
          accept: "application/vnd.github+json",
          authorization: `Bearer ${this.#token}`,
          "content-type": "application/json",
          "user-agent": "shipshape",
          "x-github-api-version": "2022-11-28"
        },
        body: body === void 0 ? void 0 : JSON.stringify(body)
      },
      this.#retry
    );
    if ("error" in result) {
      throw new GitHubRequestError(
        `${method} ${redactURL(url)} failed after ${String(result.attempts)} attempt(s): ${result.error}`
      );
    }
    const { response } = result;
    if (!response.ok) {
      const detail = await response.text().catch(() => "");
      throw new GitHubRequestError(
        `${method} ${redactURL(url)} answered ${String(response.status)} after ${String(result.attempts)} attempt(s)${githubMessage(detail)}`,
        response.status
      );
    }
    return response;
  }
};
function redactURL(url) {
  const parsed = new URL(url);
  return `${parsed.origin}${parsed.pathname}`;
}
function githubMessage(text) {
  try {
    const data = JSON.parse(text);
    if (isRecord(data) && typeof data["message"] === "string") {
      return `: ${data["message"].slice(0, 200)}`;
    }
  } catch {
  }
  return "";
}
function toIssue(data) {
  if (!isRecord(data) || typeof data["number"] !== "number") {
    throw new GitHubRequestError(
      "GitHub returned something that is not an issue"
    );
  }
  const labels = Array.isArray(data["labels"]) ? data["labels"] : [];
  return {
    number: data["number"],
    title: textOf(data["title"]),
    body: typeof data["body"] === "string" ? data["body"] : null,
    state: data["state"] === "closed" ? "closed" : "open",
    labels: labels.map(
      (label) => isRecord(label) ? String(label["name"]) : String(label)
    ),
    isPullRequest: isRecord(data["pull_request"])
  };
}
function toComment(data) {
  if (!isRecord(data) || typeof data["id"] !== "number") {
    throw new GitHubRequestError(
      "GitHub returned something that is not a comment"
    );
  }
  return {
    id: data["id"],
    body: typeof data["body"] === "string" ? data["body"] : null
  };
}

export {
  GitHubRequestError,
  gitHubClientFromEnv
};
