/**
 * A Sigstore instance on 127.0.0.1 for keyless tests: @sigstore/mock's own
 * Fulcio CA with CT log, Rekor log and timestamp authority (the upstream
 * fakes of services that cannot run here), served by a real HTTP server,
 * plus a stand-in for the GitHub Actions OIDC token endpoint. The trusted
 * root is built from the same mock objects and written to a file.
 */
import { createHash, createHmac, generateKeyPairSync } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import {
  fulcioHandler,
  initializeCA,
  initializeCTLog,
  initializeTLog,
  initializeTSA,
  rekorHandler,
  tsaHandler,
  type HandlerFn,
} from '@sigstore/mock';
import {
  HashAlgorithm,
  PublicKeyDetails,
  TrustedRoot,
} from '@sigstore/protobuf-specs';

export interface MockIdentity {
  issuer: string;
  subject: string;
}

export interface SigstoreMock {
  url: string;
  /** Env for a job that may request an OIDC token (id-token: write). */
  oidcEnv: Record<string, string>;
  /** The bearer token the runtime gives the job (a canary-like value). */
  requestToken: string;
  /** Identity tokens handed out so far. */
  issuedTokens: string[];
  /** Changes who the next OIDC token names. */
  setIdentity(identity: MockIdentity): void;
  /** Writes trusted_root.json for this instance and returns its path. */
  writeTrustedRoot(path: string): Promise<string>;
  close(): Promise<void>;
}

/** GitHub's OIDC issuer, as Fulcio records it. */
export const githubIssuer = 'https://token.actions.githubusercontent.com';

export const releaseWorkflow =
  'https://github.com/acme/widgets/.github/workflows/release.yml@refs/tags/v1.4.0';

function keyPair() {
  return generateKeyPairSync('ec', { namedCurve: 'P-256' });
}

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

function makeJWT(identity: MockIdentity, audience: string): string {
  const now = Math.floor(Date.now() / 1000);
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const payload = base64url(
    JSON.stringify({
      iss: identity.issuer,
      sub: identity.subject,
      aud: audience,
      iat: now,
      exp: now + 300,
    }),
  );
  // Nothing here checks this signature: Fulcio's mock only decodes it.
  const signature = createHmac('sha256', 'mock-issuer')
    .update(`${header}.${payload}`)
    .digest('base64url');
  return `${header}.${payload}.${signature}`;
}

/** Starts the mock instance; `close` stops the server. */
export async function startSigstoreMock(): Promise<SigstoreMock> {
  const routes = new Map<string, HandlerFn>();
  const requestToken = `runtime-${createHash('sha256').update(String(Math.random())).digest('hex').slice(0, 24)}`;
  const issuedTokens: string[] = [];
  let identity: MockIdentity = {
    issuer: githubIssuer,
    subject: releaseWorkflow,
  };

  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      if (url.pathname === '/oidc/token') {
        if (request.headers.authorization !== `Bearer ${requestToken}`) {
          response.writeHead(401).end('bad runtime token');
          return;
        }
        const token = makeJWT(identity, url.searchParams.get('audience') ?? '');
        issuedTokens.push(token);
        response
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ value: token }));
        return;
      }
      const handler = routes.get(url.pathname);
      if (!handler || request.method !== 'POST') {
        response.writeHead(404).end('not found');
        return;
      }
      handler(Buffer.concat(chunks).toString('utf8')).then(
        (result) => {
          response.writeHead(result.statusCode, {
            'content-type': result.contentType ?? 'application/json',
          });
          response.end(result.response);
        },
        () => response.writeHead(500).end('mock failure'),
      );
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  // The mock TSA needs a clock on a whole second, and its certificates
  // start at the real time of their creation (rounded down to the second
  // by their encoding): a clock a few seconds ahead keeps every timestamp
  // inside them, however long the set-up takes on a busy machine. The CA
  // and the logs share the clock. Nothing verifies against the local time.
  const clock = new Date(Math.floor(Date.now() / 1000) * 1000 + 5000);
  const ctLog = await initializeCTLog(keyPair(), clock);
  const ca = await initializeCA(keyPair(), ctLog, clock);
  const tlog = await initializeTLog(url, keyPair(), clock);
  const tsa = await initializeTSA(keyPair(), clock);
  for (const handler of [
    fulcioHandler(ca),
    rekorHandler(tlog),
    tsaHandler(tsa),
  ]) {
    routes.set(handler.path, handler.fn);
  }

  const validFor = { start: new Date(clock.getTime() - 3600_000) };
  const root: TrustedRoot = {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl: url,
        hashAlgorithm: HashAlgorithm.SHA2_256,
        publicKey: {
          rawBytes: tlog.publicKey,
          keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256,
          validFor,
        },
        logId: { keyId: createHash('sha256').update(tlog.publicKey).digest() },
        checkpointKeyId: undefined,
        operator: 'mock',
      },
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: url,
        certChain: {
          certificates: [{ rawBytes: Buffer.from(ca.rootCertificate.buffer) }],
        },
        validFor,
        operator: 'mock',
      },
    ],
    ctlogs: [
      {
        baseUrl: url,
        hashAlgorithm: HashAlgorithm.SHA2_256,
        publicKey: {
          rawBytes: ctLog.publicKey,
          keyDetails: PublicKeyDetails.PKIX_ECDSA_P256_SHA_256,
          validFor,
        },
        logId: { keyId: Buffer.from(ctLog.logID.buffer) },
        checkpointKeyId: undefined,
        operator: 'mock',
      },
    ],
    timestampAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'tsa' },
        uri: url,
        certChain: {
          certificates: [
            { rawBytes: Buffer.from(tsa.intCertificate.buffer) },
            { rawBytes: Buffer.from(tsa.rootCertificate.buffer) },
          ],
        },
        validFor,
        operator: 'mock',
      },
    ],
  };

  return {
    url,
    requestToken,
    issuedTokens,
    oidcEnv: {
      ACTIONS_ID_TOKEN_REQUEST_URL: `${url}/oidc/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
    },
    setIdentity(next) {
      identity = next;
    },
    async writeTrustedRoot(path) {
      await writeFile(path, JSON.stringify(TrustedRoot.toJSON(root), null, 2));
      return path;
    },
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => {
          done();
        });
      }),
  };
}
