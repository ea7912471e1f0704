/**
 * policy-scan asking the OSV API, against a local stand-in of its two
 * endpoints (`POST /v1/querybatch`, `GET /v1/vulns/{id}`) on 127.0.0.1:
 * the real service cannot run here. The stand-in serves the real GitHub
 * advisories of test/fixtures/policy-scan and answers a query with every
 * record that names the package, whatever the version (the real service
 * filters by version; shipshape judges versions itself either way).
 */
import { readFile, readdir } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  exitCodeForError,
  type Finding,
  type StageReport,
} from '@shipshape/core';
import { runPolicyScanStage } from '@shipshape/core/policy-scan/policy-scan-stage';
import {
  advisoryFixtures,
  scanProject,
  type ScanProject,
} from '../../unit/policy-scan/scan-project.ts';

type Mode = 'ok' | 'paged' | 'server-error' | 'short-answer' | 'bad-id';

interface StandIn {
  url: string;
  mode: Mode;
  requests: { method: string; path: string; queries?: number }[];
}

const records = new Map<string, Record<string, unknown>>();
const idsByName = new Map<string, string[]>();
let server: Server;
const standIn: StandIn = { url: '', mode: 'ok', requests: [] };

function namesOf(record: Record<string, unknown>): string[] {
  const affected = record['affected'] as
    { package?: { name?: string } }[] | undefined;
  return (affected ?? []).flatMap((entry) =>
    entry.package?.name ? [entry.package.name] : [],
  );
}

function nameOfPurl(purl: string): string {
  const path = purl.replace(/^pkg:npm\//, '').split(/[?#]/, 1)[0] ?? '';
  return decodeURIComponent(path.slice(0, path.lastIndexOf('@')));
}

function answerBatch(body: string): unknown {
  const { queries } = JSON.parse(body) as {
    queries: { package: { purl: string }; page_token?: string }[];
  };
  return {
    results: queries.map((query) => {
      const ids = idsByName.get(nameOfPurl(query.package.purl)) ?? [];
      if (standIn.mode === 'bad-id' && ids.length > 0)
        return { vulns: [{ id: '../../etc/passwd' }] };
      if (standIn.mode !== 'paged' || ids.length < 2)
        return ids.length > 0 ? { vulns: ids.map((id) => ({ id })) } : {};
      // One id per page, as a paged answer from the real service.
      const page = Number(query.page_token ?? '0');
      const last = page + 1 >= ids.length;
      return {
        vulns: [{ id: ids[page] }],
        ...(last ? {} : { next_page_token: String(page + 1) }),
      };
    }),
  };
}

beforeAll(async () => {
  for (const file of await readdir(advisoryFixtures)) {
    const record = JSON.parse(
      await readFile(join(advisoryFixtures, file), 'utf8'),
    ) as Record<string, unknown>;
    const id = record['id'] as string;
    records.set(id, record);
    for (const name of namesOf(record))
      idsByName.set(name, [...(idsByName.get(name) ?? []), id]);
  }
  server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      const path = request.url ?? '';
      const send = (status: number, data: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(data));
      };
      if (request.method === 'POST' && path === '/v1/querybatch') {
        const answer = answerBatch(body) as { results: unknown[] };
        standIn.requests.push({
          method: 'POST',
          path,
          queries: answer.results.length,
        });
        if (standIn.mode === 'server-error') {
          send(503, {});
          return;
        }
        if (standIn.mode === 'short-answer') {
          send(200, { results: answer.results.slice(1) });
          return;
        }
        send(200, answer);
        return;
      }
      standIn.requests.push({ method: request.method ?? '', path });
      const match = /^\/v1\/vulns\/([^/]+)$/.exec(path);
      const record = match
        ? records.get(decodeURIComponent(match[1] ?? ''))
        : undefined;
      if (request.method === 'GET' && record) {
        send(200, record);
        return;
      }
      send(404, { code: 5, message: 'Bug not found.' });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  standIn.url = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
});

let projects: ScanProject[] = [];
afterEach(async () => {
  for (const project of projects) await project.cleanup();
  projects = [];
  standIn.mode = 'ok';
  standIn.requests = [];
});

const quietLicenses = { allow: [], unknown: 'warn' };

async function scan(
  vulnerabilities: Record<string, unknown>,
): Promise<{ report: StageReport; project: ScanProject }> {
  const project = await scanProject({
    policy: { licenses: quietLicenses, vulnerabilities },
  });
  projects.push(project);
  const report = await runPolicyScanStage(project.context, {
    sbom: 'widget-lib.cdx.json',
  });
  return { report, project };
}

const verdicts = (findings: readonly Finding[]) =>
  findings
    .filter((finding) => finding.advisory !== undefined)
    .map(
      (finding) =>
        `${finding.advisory ?? ''} ${finding.component ?? ''} ${finding.severity}`,
    )
    .sort();

describe('policy-scan with the OSV API', () => {
  it('judges advisories from the API exactly as the same records on disk, and keeps them as evidence', async () => {
    const offline = await scan({
      'fail-on': 'high',
      advisories: 'advisories/',
    });
    expect(standIn.requests).toEqual([]);
    const online = await scan({ 'fail-on': 'high', 'osv-api': standIn.url });

    expect(verdicts(online.report.findings)).toEqual(
      verdicts(offline.report.findings),
    );
    expect(verdicts(online.report.findings)).toContain(
      'GHSA-67hx-6x53-jw92 pkg:npm/%40babel/traverse@7.17.10 error',
    );
    expect(online.report.ok).toBe(false);
    const batches = standIn.requests.filter((r) => r.path === '/v1/querybatch');
    expect(batches).toHaveLength(1);
    expect(batches[0]?.queries).toBeGreaterThan(0);

    const evidence = online.report.evidence.find((e) =>
      e.path.endsWith('osv-api-advisories.json'),
    );
    expect(evidence).toBeDefined();
    const kept = JSON.parse(
      await readFile(join(online.project.dir, evidence?.path ?? ''), 'utf8'),
    ) as { source: string; records: { id: string }[] };
    expect(kept.source).toBe(`${standIn.url}/`);
    const ids = kept.records.map((record) => record.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toContain('GHSA-67hx-6x53-jw92');
  });

  it('uses credentials in the API URL but never writes them down', async () => {
    const withCredentials = standIn.url.replace(
      '//',
      '//osv-user:s3cr3t-canary@',
    );
    const { report, project } = await scan({
      'fail-on': 'high',
      'osv-api': withCredentials,
    });
    const files = [
      JSON.stringify(report),
      ...(await Promise.all(
        report.evidence.map((e) => readFile(join(project.dir, e.path), 'utf8')),
      )),
    ];
    for (const text of files) expect(text).not.toContain('s3cr3t-canary');
    expect(verdicts(report.findings)).toContain(
      'GHSA-67hx-6x53-jw92 pkg:npm/%40babel/traverse@7.17.10 error',
    );
  });

  it('counts a record found on disk and through the API once', async () => {
    const { report } = await scan({
      'fail-on': 'high',
      advisories: 'advisories/',
      'osv-api': standIn.url,
    });
    const babel = report.findings.filter(
      (f) => f.advisory === 'GHSA-67hx-6x53-jw92',
    );
    expect(babel).toHaveLength(1);
  });

  it('follows paged answers to the last page', async () => {
    const plain = await scan({ 'fail-on': 'high', 'osv-api': standIn.url });
    standIn.mode = 'paged';
    standIn.requests = [];
    const paged = await scan({ 'fail-on': 'high', 'osv-api': standIn.url });
    expect(
      standIn.requests.filter((r) => r.path === '/v1/querybatch').length,
    ).toBeGreaterThan(1);
    expect(verdicts(paged.report.findings)).toEqual(
      verdicts(plain.report.findings),
    );
  });

  it.each([
    ['server-error', /answered 503/],
    ['short-answer', /one result per query/],
    ['bad-id', /without a valid id/],
  ] as const)(
    'fails closed with exit 2 when the API misbehaves (%s)',
    async (mode, reason) => {
      standIn.mode = mode;
      const project = await scanProject({
        policy: {
          licenses: quietLicenses,
          vulnerabilities: { 'osv-api': standIn.url },
        },
      });
      projects.push(project);
      const error: unknown = await runPolicyScanStage(project.context, {
        sbom: 'widget-lib.cdx.json',
      }).catch((caught: unknown) => caught);
      expect(exitCodeForError(error)).toBe(2);
      expect(error).toMatchObject({
        code: 'OSV_API_FAILED',
        message: expect.stringMatching(reason) as unknown,
      });
      expect((error as Error).message).toContain(standIn.url);
      // No id that could leave /v1/vulns/ was ever requested.
      expect(standIn.requests.some((r) => r.path.includes('..'))).toBe(false);
    },
  );

  it('fails closed when the API cannot be reached', async () => {
    const project = await scanProject({
      policy: {
        licenses: quietLicenses,
        vulnerabilities: { 'osv-api': 'http://127.0.0.1:9' },
      },
    });
    projects.push(project);
    const error: unknown = await runPolicyScanStage(project.context, {
      sbom: 'widget-lib.cdx.json',
    }).catch((caught: unknown) => caught);
    expect(exitCodeForError(error)).toBe(2);
    expect(error).toMatchObject({ code: 'OSV_API_FAILED' });
  });

  it('refuses an osv-api value that is not an http(s) URL or true', async () => {
    const project = await scanProject({
      policy: {
        licenses: quietLicenses,
        vulnerabilities: { 'osv-api': 'file:///etc/passwd' },
      },
    });
    projects.push(project);
    const error: unknown = await runPolicyScanStage(project.context, {
      sbom: 'widget-lib.cdx.json',
    }).catch((caught: unknown) => caught);
    expect(exitCodeForError(error)).toBe(2);
    expect((error as Error).message).toContain('osv-api');
    expect(standIn.requests).toEqual([]);
  });
});
