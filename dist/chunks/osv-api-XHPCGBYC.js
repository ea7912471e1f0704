import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));
import {
  advisoryFromJSON
} from "./chunk-KHKFDRRL.js";
import {
  HttpClient,
  HttpFault,
  safeURL
} from "./chunk-DIPXMY6K.js";
import {
  isRecord
} from "./chunk-E73ZUZ5O.js";
import {
  UserError
} from "./chunk-RLB5E7YF.js";
import "./chunk-GUYOKWKK.js";

// packages/core/src/policy-scan/osv-api.ts
var osvAPILimits = {
  /** Queries per `/v1/querybatch` request (the service's own maximum). */
  batchSize: 1e3,
  /** Follow-up pages of one query. */
  pagesPerQuery: 20,
  /** Distinct advisory ids fetched in one scan. */
  advisories: 1e4,
  /** Records fetched at the same time. */
  concurrency: 8,
  /** Size of one querybatch answer and of one record. */
  responseBytes: 32 * 1024 * 1024,
  recordBytes: 8 * 1024 * 1024
};
async function fetchOSVAdvisories(purls, baseURL, logger, http = {}) {
  const base = baseURL.replace(/\/+$/, "");
  const client = new HttpClient({
    requestTimeoutMs: 2e4,
    deadlineMs: 12e4,
    retries: 3,
    maxRetryAfterSeconds: 30,
    ...http
  });
  const versioned = [...new Set(purls)].filter(hasVersion).sort();
  try {
    const ids = await queryIds(client, base, versioned);
    logger.info(
      `OSV API ${safeURL(base)}: ${ids.length} advisories for ${versioned.length} packages`
    );
    const records = await fetchRecords(client, base, ids);
    return {
      advisories: records.map(
        (record, index) => advisoryFromJSON(record, `${safeURL(base)}/v1/vulns/${ids[index]}`)
      ),
      records,
      queried: versioned.length
    };
  } catch (error) {
    if (error instanceof UserError) throw error;
    const reason = error instanceof HttpFault || error instanceof Error ? error.message : String(error);
    throw new UserError(
      "OSV_API_FAILED",
      `the OSV API at ${safeURL(base)} could not be read completely, so vulnerabilities cannot be judged: ${reason}`,
      { field: "vulnerabilities.osv-api" }
    );
  }
}
function hasVersion(purl) {
  const withoutQualifiers = purl.split(/[?#]/, 1)[0] ?? "";
  const at = withoutQualifiers.lastIndexOf("@");
  return at > withoutQualifiers.indexOf("/") && at < withoutQualifiers.length - 1;
}
async function queryIds(client, base, purls) {
  const ids = /* @__PURE__ */ new Set();
  let pending = purls.map((purl) => ({ package: { purl } }));
  for (let page = 0; pending.length > 0; page += 1) {
    if (page > osvAPILimits.pagesPerQuery) {
      throw new Error(
        `the answer was still paged after ${osvAPILimits.pagesPerQuery} pages`
      );
    }
    const next = [];
    for (let start = 0; start < pending.length; start += osvAPILimits.batchSize) {
      const batch = pending.slice(start, start + osvAPILimits.batchSize);
      const results = await queryBatch(client, base, batch);
      results.forEach((result, index) => {
        for (const id of result.ids) {
          ids.add(id);
          if (ids.size > osvAPILimits.advisories) {
            throw new Error(
              `more than ${osvAPILimits.advisories} advisories concern the scanned packages`
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
async function queryBatch(client, base, queries) {
  const response = await client.send({
    method: "POST",
    // A query changes nothing on the server, so it is safe to repeat.
    idempotent: true,
    url: `${base}/v1/querybatch`,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ queries }),
    accept: ["application/json"],
    maxBytes: osvAPILimits.responseBytes
  });
  if (response.status !== 200)
    throw new Error(`/v1/querybatch answered ${response.status}`);
  const data = parseJSON(response.body, "/v1/querybatch");
  const results = isRecord(data) ? data["results"] : void 0;
  if (!Array.isArray(results) || results.length !== queries.length) {
    throw new Error(
      `/v1/querybatch did not answer one result per query (${queries.length} asked)`
    );
  }
  return results.map((result) => {
    const vulns = isRecord(result) ? result["vulns"] : void 0;
    const token = isRecord(result) ? result["next_page_token"] : void 0;
    const ids = Array.isArray(vulns) ? vulns.map((vuln) => {
      const id = isRecord(vuln) ? vuln["id"] : void 0;
      if (typeof id !== "string" || !validId(id))
        throw new Error(
          "/v1/querybatch named an advisory without a valid id"
        );
      return id;
    }) : [];
    return typeof token === "string" && token !== "" ? { ids, pageToken: token } : { ids };
  });
}
async function fetchRecords(client, base, ids) {
  const records = new Array(ids.length);
  let nextIndex = 0;
  const worker = async () => {
    for (; ; ) {
      const index = nextIndex;
      nextIndex += 1;
      const id = ids[index];
      if (id === void 0) return;
      records[index] = await fetchRecord(client, base, id);
    }
  };
  await Promise.all(
    Array.from(
      { length: Math.min(osvAPILimits.concurrency, ids.length) },
      worker
    )
  );
  return records;
}
async function fetchRecord(client, base, id) {
  const path = `/v1/vulns/${encodeURIComponent(id)}`;
  const response = await client.send({
    method: "GET",
    url: `${base}${path}`,
    accept: ["application/json"],
    maxBytes: osvAPILimits.recordBytes
  });
  if (response.status !== 200)
    throw new Error(`${path} answered ${response.status}`);
  const record = parseJSON(response.body, path);
  if (!isRecord(record) || record["id"] !== id)
    throw new Error(`${path} did not answer the record ${id}`);
  return record;
}
function validId(id) {
  return id.length <= 200 && /^[A-Za-z0-9][A-Za-z0-9._:-]*$/.test(id);
}
function parseJSON(body, path) {
  try {
    return JSON.parse(body.toString("utf8"));
  } catch {
    throw new Error(`${path} answered with malformed JSON`);
  }
}
export {
  fetchOSVAdvisories,
  osvAPILimits
};
