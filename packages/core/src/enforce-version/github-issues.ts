/**
 * `#123` ticket references checked against the repository's GitHub issues
 * (which include pull requests): the issue must exist and follow the
 * policy's label and state rules. Only with a token; never without one.
 */
import { UserError } from '../errors.ts';
import type { Finding, Location } from '../findings.ts';
import { visibleText } from '../text/visible-text.ts';
import type { IssueRules } from './versioning-policy.ts';

/** Where and how to ask GitHub. */
export interface IssueClientOptions {
  token: string;
  /** e.g. https://api.github.com */
  apiURL: string;
  /** owner/name */
  repository: string;
  /** Per-request timeout in milliseconds. */
  timeoutMs?: number;
}

/** Most distinct issues looked up in one run. */
export const maxIssueLookups = 200;
const maxResponseBytes = 1024 * 1024;
const parallelRequests = 4;

const issueReference = /(?:^|[^\w/&#])#([1-9][0-9]{0,8})\b/g;

/** The distinct `#123` numbers in the texts, in first-seen order. */
export function issueNumbers(texts: readonly string[]): number[] {
  const seen = new Set<number>();
  for (const text of texts) {
    for (const match of text.slice(0, 64 * 1024).matchAll(issueReference)) {
      seen.add(Number(match[1]));
    }
  }
  return [...seen];
}

/** What GitHub says about one issue. */
interface IssueFacts {
  number: number;
  found: boolean;
  state?: string;
  labels: string[];
}

/** Looks up the issues and returns a finding for every rule broken. */
export async function checkGitHubIssues(
  numbers: readonly number[],
  rules: IssueRules,
  options: IssueClientOptions,
  location: Location,
): Promise<Finding[]> {
  const wanted = numbers.slice(0, maxIssueLookups);
  const facts: IssueFacts[] = [];
  for (let at = 0; at < wanted.length; at += parallelRequests) {
    const batch = wanted.slice(at, at + parallelRequests);
    facts.push(
      ...(await Promise.all(batch.map((n) => fetchIssue(n, options)))),
    );
  }
  const findings = facts.flatMap((fact) =>
    judgeIssue(fact, rules, options, location),
  );
  if (numbers.length > wanted.length) {
    findings.push({
      code: 'TICKET_ISSUE_NOT_CHECKED',
      severity: 'warning',
      message: `${numbers.length - wanted.length} #issue references beyond the first ${maxIssueLookups} were not checked against GitHub`,
      location,
    });
  }
  return findings;
}

function judgeIssue(
  fact: IssueFacts,
  rules: IssueRules,
  options: IssueClientOptions,
  location: Location,
): Finding[] {
  const name = `${options.repository}#${fact.number}`;
  if (!fact.found) {
    return [
      {
        code: 'TICKET_ISSUE_NOT_FOUND',
        severity: 'error',
        message: `ticket #${fact.number} is referenced by a commit, but ${name} does not exist`,
        location,
        remediation: 'Reference an existing issue, or correct the number.',
      },
    ];
  }
  const findings: Finding[] = [];
  const labels = new Set(fact.labels.map((label) => label.toLowerCase()));
  for (const label of rules.requireLabels) {
    if (labels.has(label.toLowerCase())) continue;
    findings.push({
      code: 'TICKET_ISSUE_LABEL_MISSING',
      severity: 'error',
      message: `${name} lacks the label "${visibleText(label)}" that versioning.github-issues.require-labels requires`,
      location,
    });
  }
  for (const label of rules.forbidLabels) {
    if (!labels.has(label.toLowerCase())) continue;
    findings.push({
      code: 'TICKET_ISSUE_LABEL_FORBIDDEN',
      severity: 'error',
      message: `${name} carries the label "${visibleText(label)}" that versioning.github-issues.forbid-labels forbids`,
      location,
    });
  }
  if (rules.state !== 'any' && fact.state !== rules.state) {
    findings.push({
      code: 'TICKET_ISSUE_STATE',
      severity: 'error',
      message: `${name} is ${visibleText(fact.state ?? 'in an unknown state')}, but versioning.github-issues.state requires ${rules.state}`,
      location,
    });
  }
  return findings;
}

async function fetchIssue(
  number: number,
  options: IssueClientOptions,
): Promise<IssueFacts> {
  const url = `${options.apiURL.replace(/\/+$/, '')}/repos/${options.repository}/issues/${number}`;
  let response: Response;
  try {
    response = await fetch(url, {
      headers: {
        accept: 'application/vnd.github+json',
        authorization: `Bearer ${options.token}`,
        'x-github-api-version': '2022-11-28',
        'user-agent': 'shipshape-enforce-version',
      },
      redirect: 'error',
      signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
    });
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(
      'GITHUB_UNREACHABLE',
      `cannot reach the GitHub API at ${options.apiURL} to check ticket #${number}: ${reason}`,
      { field: 'github-api-url' },
    );
  }
  if (response.status === 404 || response.status === 410) {
    await response.body?.cancel();
    return { number, found: false, labels: [] };
  }
  if (response.status === 401 || response.status === 403) {
    await response.body?.cancel();
    throw new UserError(
      'GITHUB_ACCESS_DENIED',
      `the GitHub API refused the token (HTTP ${response.status}) when reading ${options.repository} issue #${number}; give github-token read access to issues`,
      { field: 'github-token' },
    );
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new UserError(
      'GITHUB_API_ERROR',
      `the GitHub API answered HTTP ${response.status} for ${options.repository} issue #${number}; retry later`,
      { field: 'github-api-url' },
    );
  }
  return issueFacts(number, await boundedJSON(response));
}

async function boundedJSON(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.length > maxResponseBytes) {
    throw new UserError(
      'GITHUB_API_ERROR',
      'the GitHub API sent an oversized issue',
    );
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new UserError(
      'GITHUB_API_ERROR',
      'the GitHub API sent an issue that is not JSON',
    );
  }
}

function issueFacts(number: number, data: unknown): IssueFacts {
  const record =
    typeof data === 'object' && data !== null
      ? (data as Record<string, unknown>)
      : {};
  const labels = Array.isArray(record['labels']) ? record['labels'] : [];
  return {
    number,
    found: true,
    state: typeof record['state'] === 'string' ? record['state'] : undefined,
    labels: labels.flatMap((label: unknown) => {
      if (typeof label === 'string') return [label];
      if (typeof label === 'object' && label !== null) {
        const name = (label as Record<string, unknown>)['name'];
        return typeof name === 'string' ? [name] : [];
      }
      return [];
    }),
  };
}
