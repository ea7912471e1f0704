/**
 * A recorded protocol-level stand-in of the GitHub REST issues endpoints
 * (nothing of GitHub can run here): list, create and update issues, list,
 * create and update comments, Bearer authentication, Link pagination, and
 * injectable faults (429 with Retry-After, 5xx). Plus a webhook receiver.
 * Both listen on 127.0.0.1 only.
 */
import {
  createServer,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

export interface StoredIssue {
  number: number;
  title: string;
  body: string;
  state: 'open' | 'closed';
  state_reason?: string;
  labels: string[];
  comments: { id: number; body: string }[];
}

export interface Fault {
  status: number;
  headers?: Record<string, string>;
}

export interface RecordedRequest {
  method: string;
  path: string;
  body: string;
  authorization?: string;
}

export interface StandIn {
  url: string;
  requests: RecordedRequest[];
  /** Answers the next requests with these faults, in order. */
  faults: Fault[];
  close: () => Promise<void>;
}

async function listen(server: Server): Promise<string> {
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return `http://127.0.0.1:${String(port)}`;
}

async function readBody(request: IncomingMessage): Promise<string> {
  let body = '';
  for await (const chunk of request) body += String(chunk);
  return body;
}

function send(
  response: ServerResponse,
  status: number,
  data: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'content-type': 'application/json',
    ...headers,
  });
  response.end(JSON.stringify(data));
}

function takeFault(
  standIn: { faults: Fault[] },
  response: ServerResponse,
): boolean {
  const fault = standIn.faults.shift();
  if (!fault) return false;
  send(
    response,
    fault.status,
    { message: `injected ${String(fault.status)}` },
    fault.headers,
  );
  return true;
}

export interface GitHubStandIn extends StandIn {
  issues: StoredIssue[];
  repository: string;
  token: string;
  pageSize: number;
  /** Drop labels of new issues, as GitHub does for a token that may not set them. */
  dropLabels: boolean;
}

/** Starts the GitHub stand-in for one repository and token. */
export async function startGitHubStandIn(
  repository = 'acme/widgets',
  token = 'ghs_standin0123456789',
): Promise<GitHubStandIn> {
  let nextId = 1000;
  const state: Omit<GitHubStandIn, 'url' | 'close'> = {
    issues: [],
    requests: [],
    faults: [],
    repository,
    token,
    pageSize: 100,
    dropLabels: false,
  };
  const server = createServer((request, response) => {
    void (async () => {
      const body = await readBody(request);
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      state.requests.push({
        method: request.method ?? '',
        path: url.pathname + url.search,
        body,
        authorization: request.headers.authorization,
      });
      if (takeFault(state, response)) return;
      if (request.headers.authorization !== `Bearer ${state.token}`) {
        send(response, 401, { message: 'Bad credentials' });
        return;
      }
      const prefix = `/repos/${state.repository}/issues`;
      const path = url.pathname;
      const input = body ? (JSON.parse(body) as Record<string, unknown>) : {};
      const issueMatch = new RegExp(`^${prefix}/(\\d+)$`).exec(path);
      const commentsMatch = new RegExp(`^${prefix}/(\\d+)/comments$`).exec(
        path,
      );
      const commentMatch = new RegExp(`^${prefix}/comments/(\\d+)$`).exec(path);
      if (path === prefix && request.method === 'GET') {
        const label = url.searchParams.get('labels');
        const wanted = state.issues.filter(
          (issue) =>
            issue.state === url.searchParams.get('state') &&
            (!label || issue.labels.includes(label)),
        );
        const page = Number(url.searchParams.get('page') ?? '1');
        const size = Math.min(
          state.pageSize,
          Number(url.searchParams.get('per_page') ?? '30'),
        );
        const slice = wanted.slice((page - 1) * size, page * size);
        const headers: Record<string, string> = {};
        if (page * size < wanted.length) {
          const next = new URL(url.href);
          next.searchParams.set('page', String(page + 1));
          headers['link'] =
            `<${baseURL}${next.pathname}${next.search}>; rel="next"`;
        }
        send(response, 200, slice.map(toJSON), headers);
        return;
      }
      if (path === prefix && request.method === 'POST') {
        const issue: StoredIssue = {
          number: state.issues.length + 1,
          title: String(input['title']),
          body: String(input['body']),
          state: 'open',
          labels: state.dropLabels
            ? []
            : ((input['labels'] as string[] | undefined) ?? []),
          comments: [],
        };
        state.issues.push(issue);
        send(response, 201, toJSON(issue));
        return;
      }
      const issue = state.issues.find(
        (item) => item.number === Number(issueMatch?.[1] ?? commentsMatch?.[1]),
      );
      if (issueMatch && issue && request.method === 'PATCH') {
        if (typeof input['title'] === 'string') issue.title = input['title'];
        if (typeof input['body'] === 'string') issue.body = input['body'];
        if (input['state'] === 'open' || input['state'] === 'closed')
          issue.state = input['state'];
        if (typeof input['state_reason'] === 'string')
          issue.state_reason = input['state_reason'];
        send(response, 200, toJSON(issue));
        return;
      }
      if (commentsMatch && issue && request.method === 'GET') {
        send(response, 200, issue.comments);
        return;
      }
      if (commentsMatch && issue && request.method === 'POST') {
        const comment = { id: (nextId += 1), body: String(input['body']) };
        issue.comments.push(comment);
        send(response, 201, comment);
        return;
      }
      if (commentMatch && request.method === 'PATCH') {
        const comment = state.issues
          .flatMap((item) => item.comments)
          .find((item) => item.id === Number(commentMatch[1]));
        if (comment) {
          comment.body = String(input['body']);
          send(response, 200, comment);
          return;
        }
      }
      send(response, 404, { message: 'Not Found' });
    })();
  });
  const baseURL = await listen(server);
  return Object.assign(state, {
    url: baseURL,
    close: () => closeServer(server),
  });
}

function toJSON(issue: StoredIssue): Record<string, unknown> {
  return {
    number: issue.number,
    title: issue.title,
    body: issue.body,
    state: issue.state,
    labels: issue.labels.map((name) => ({ name })),
  };
}

export interface WebhookReceiver extends StandIn {
  messages: unknown[];
}

/** Starts a webhook receiver that keeps every JSON body it accepts. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const state: Omit<WebhookReceiver, 'url' | 'close'> = {
    messages: [],
    requests: [],
    faults: [],
  };
  const server = createServer((request, response) => {
    void (async () => {
      const body = await readBody(request);
      state.requests.push({
        method: request.method ?? '',
        path: request.url ?? '',
        body,
      });
      if (takeFault(state, response)) return;
      state.messages.push(JSON.parse(body));
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('ok');
    })();
  });
  const url = await listen(server);
  return Object.assign(state, {
    url: `${url}/hooks/T000/B000/secretpath0123`,
    close: () => closeServer(server),
  });
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise<void>((done) =>
    server.close(() => {
      done();
    }),
  );
}
