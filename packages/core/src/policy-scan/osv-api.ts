/**
 * Advisories from the OSV API (https://google.github.io/osv.dev/api/),
 * asked only when the policy allows it (`vulnerabilities.osv-api`). Every
 * scanned package with a version is sent as a purl to `/v1/querybatch`;
 * the ids it answers are then read whole from `/v1/vulns/{id}` and judged
 * by the same matcher as advisories read from disk, so a record means the
 * same whichever way it arrived. The records fetched are returned as they
 * came, for the stage to keep as evidence.
 *
 * The service is never trusted to bound itself: batches, pages, ids,
 * record sizes and the total time are capped, and any failure fails the
 * scan (exit 2) rather than passing it with fewer advisories.
 */
import { UserError } from '../errors.ts';
import { isRecord } from '../input/json-document.ts';
import type { Logger } from '../logger.ts';
import {
  HttpClient,
  HttpFault,
  safeURL,
  type HttpClientOptions,
} from '../net/http-client.ts';
import { advisoryFromJSON, type Advisory } from './osv-advisories.ts';

/** Limits of one scan's conversation with the OSV API. */
export const osvAPILimits = {
  /** Queries per `/v1/querybatch` request (the service's own maximum). */
  batchSize: 1000,
  /** Follow-up pages of one query. */
  pagesPerQuery: 20,
  /** Distinct advisory ids fetched in one scan. */
  advisories: 10_000,
  /** Records fetched at the same time. */
  concurrency: 8,
  /** Size of one querybatch answer and of one record. */
  responseBytes: 32 * 1024 * 1024,
  recordBytes: 8 * 1024 * 1024,
} as const;

/** What the API said about the scanned packages. */
export interface OSVAPIResult {
  advisories: Advisory[];
  /** The records as the API sent them, sorted by id. */
  records: unknown[];
  /** Distinct purls asked about. */
  queried: number;
}

interface BatchQuery {
  package: { purl: string };
  page_token?: string;
}

/**
 * Asks the API at `baseURL` about every purl (those without a version are
 * left out: OSV cannot match them). Throws `UserError` `OSV_API_FAILED`
 * naming the service when it cannot be read completely.
 */
export async function fetchOSVAdvisories(
  purls: Iterable<string>,
  baseURL: string,
  logger: Logger,
  http: HttpClientOptions = {},
): Promise<OSVAPIResult> {
  const base = baseURL.replace(/\/+$/, '');
  const client = new HttpClient({
    requestTimeoutMs: 20_000,
    deadlineMs: 120_000,
    retries: 3,
    maxRetryAfterSeconds: 30,
    ...http,
  });
  const versioned = [...new Set(purls)].filter(hasVersion).sort();
  try {
    const ids = await queryIds(client, base, versioned);
    logger.info(
      `OSV API ${safeURL(base)}: ${ids.length} advisories for ${versioned.length} packages`,
    );
    const records = await fetchRecords(client, base, ids);
    return {
      advisories: records.map((record, index) =>
        advisoryFromJSON(record, `${safeURL(base)}/v1/vulns/${ids[index]}`),
      ),
      records,
      queried: versioned.length,
    };
  } catch (error: unknown) {
    if (error instanceof UserError) throw error;
    const reason =
      error instanceof HttpFault || error instanceof Error
        ? error.message
        : String(error);
    throw new UserError(
      'OSV_API_FAILED',
      `the OSV API at ${safeURL(base)} could not be read completely, so vulnerabilities cannot be judged: ${reason}`,
      { field: 'vulnerabilities.osv-api' },
    );
  }
}

function hasVersion(purl: string): boolean {
  const withoutQualifiers = purl.split(/[?#]/, 1)[0] ?? '';
  const at = withoutQualifiers.lastIndexOf('@');
  return (
    at > withoutQualifiers.indexOf('/') && at < withoutQualifiers.length - 1
  );
}

async function queryIds(
  client: HttpClient,
  base: string,
  purls: readonly string[],
): Promise<string[]> {
  const ids = new Set<string>();
  let pending: BatchQuery[] = purls.map((purl) => ({ package: { purl } }));
  for (let page = 0; pending.length > 0; page += 1) {
    if (page > osvAPILimits.pagesPerQuery) {
      throw new Error(
        `the answer was still paged after ${osvAPILimits.pagesPerQuery} pages`,
      );
    }
    const next: BatchQuery[] = [];
    for (
      let start = 0;
      start < pending.length;
      start += osvAPILimits.batchSize
    ) {
      const batch = pending.slice(start, start + osvAPILimits.batchSize);
      const results = await queryBatch(client, base, batch);
      results.forEach((result, index) => {
        for (const id of result.ids) {
          ids.add(id);
          if (ids.size > osvAPILimits.advisories) {
            throw new Error(
              `more than ${osvAPILimits.advisories} advisories concern the scanned packages`,
            );
          }
        }
        const query = batch[index];
        if (result.pageToken && query)
          next.push({ package: query.package, page_token: result.pageToken });
      });
    }
    pending = next;
  }
  return [...ids].sort();
}

async function queryBatch(
  client: HttpClient,
  base: string,
  queries: readonly BatchQuery[],
): Promise<{ ids: string[]; pageToken?: string }[]> {
  const response = await client.send({
    method: 'POST',
    // A query changes nothing on the server, so it is safe to repeat.
    idempotent: true,
    url: `${base}/v1/querybatch`,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ queries }),
    accept: ['application/json'],
    maxBytes: osvAPILimits.responseBytes,
  });
  if (response.status !== 200)
    throw new Error(`/v1/querybatch answered ${response.status}`);
  const data = parseJSON(response.body, '/v1/querybatch');
  const results = isRecord(data) ? data['results'] : undefined;
  if (!Array.isArray(results) || results.length !== queries.length) {
    throw new Error(
      `/v1/querybatch did not answer one result per query (${queries.length} asked)`,
    );
  }
  return results.map((result: unknown) => {
    const vulns = isRecord(result) ? result['vulns'] : undefined;
    const token = isRecord(result) ? result['next_page_token'] : undefined;
    const ids = Array.isArray(vulns)
      ? vulns.map((vuln: unknown) => {
          const id = isRecord(vuln) ? vuln['id'] : undefined;
          if (typeof id !== 'string' || !validId(id))
            throw new Error(
              '/v1/querybatch named an advisory without a valid id',
            );
          return id;
        })
      : [];
    return typeof token === 'string' && token !== ''
      ? { ids, pageToken: token }
      : { ids };
  });
}

async function fetchRecords(
  client: HttpClient,
  base: string,
  ids: readonly string[],
): Promise<unknown[]> {
  const records: unknown[] = new Array(ids.length);
  let nextIndex = 0;
  const worker = async (): Promise<void> => {
    for (;;) {
      const index = nextIndex;
      nextIndex += 1;
      const id = ids[index];
      if (id === undefined) return;
      records[index] = await fetchRecord(client, base, id);
    }
  };
  await Promise.all(
    Array.from(
      { length: Math.min(osvAPILimits.concurrency, ids.length) },
      worker,
    ),
  );
  return records;
}

async function fetchRecord(
  client: HttpClient,
  base: string,
  id: string,
): Promise<unknown> {
  const path = `/v1/vulns/${encodeURIComponent(id)}`;
  const response = await client.send({
    method: 'GET',
    url: `${base}${path}`,
    accept: ['application/json'],
    maxBytes: osvAPILimits.recordBytes,
  });
  if (response.status !== 200)
    throw new Error(`${path} answered ${response.status}`);
  const record = parseJSON(response.body, path);
  if (!isRecord(record) || record['id'] !== id)
    throw new Error(`${path} did not answer the record ${id}`);
  return record;
}

// OSV ids: a database prefix and an id (GHSA-xxxx-xxxx-xxxx, PYSEC-2021-1,
// GO-2022-0001, RUSTSEC-…, CVE-…); nothing that could change the path.
function validId(id: string): boolean {
  return id.length <= 200 && /^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(id);
}

function parseJSON(body: Buffer, path: string): unknown {
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    throw new Error(`${path} answered with malformed JSON`);
  }
}
