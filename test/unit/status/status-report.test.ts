import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStageContext, UserError } from '@shipshape/core';
import { buildStatus } from '@shipshape/core/status/status-report';
import { renderStatusMarkdown } from '@shipshape/core/status/status-markdown';
import { renderStatusHTML } from '@shipshape/core/status/status-html';
import {
  fixedNow,
  hostile,
  projectWithWorkspace,
  type WorkspaceState,
} from './status-fixtures.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function statusOf(
  state: WorkspaceState,
  edit?: (dir: string) => Promise<void>,
) {
  const project = await projectWithWorkspace(state);
  cleanups.push(project.cleanup);
  await edit?.(project.dir);
  const context = createStageContext({
    cwd: project.dir,
    env: {},
    clock: () => fixedNow,
    now: () => fixedNow,
  });
  return buildStatus(context);
}

describe('buildStatus', () => {
  it('reports an empty workspace as pending with every stage not yet evaluated', async () => {
    const status = await statusOf('empty');
    expect(status.verdict).toBe('PENDING');
    expect(status.manifest.state).toBe('ready');
    expect(status.notEvaluated).toEqual([
      'validate-manifest',
      'enforce-version',
      'sbom',
      'sign',
      'policy-scan',
      'publish-dry-run',
      'dossier',
    ]);
    expect(status.signing.map((s) => s.state)).toEqual([
      'not-evaluated',
      'not-evaluated',
    ]);
    expect(status.version).toBeUndefined();
    expect(status.journal).toEqual({
      ok: true,
      records: 0,
      problem: undefined,
    });
    const markdown = renderStatusMarkdown(status);
    expect(markdown).toContain('⏳ PENDING');
    expect(markdown).toContain('### Not yet evaluated');
    expect(markdown).toContain('Not evaluated yet.');
  });

  it('reports a partial workspace with the version decision and the stages still missing', async () => {
    const status = await statusOf('partial');
    expect(status.verdict).toBe('PENDING');
    expect(status.version).toEqual({
      decision: 'minor release: new features since 1.3.2',
      version: '1.4.0',
      previousVersion: '1.3.2',
    });
    expect(status.stages.slice(0, 2).map((s) => s.state)).toEqual([
      'passed',
      'passed',
    ]);
    expect(status.notEvaluated).toEqual([
      'sbom',
      'sign',
      'policy-scan',
      'publish-dry-run',
      'dossier',
    ]);
    expect(status.journal.records).toBe(2);
    expect(renderStatusMarkdown(status)).toContain(
      '1\\.3\\.2 → 1\\.4\\.0'.replace(/\\/g, ''),
    );
  });

  it('reports a GO workspace with every artifact signed, the SBOM and the dry-run table', async () => {
    const status = await statusOf('go');
    expect(status.verdict).toBe('GO');
    expect(status.blockers).toEqual([]);
    expect(status.notEvaluated).toEqual([]);
    expect(status.signing).toEqual([
      expect.objectContaining({
        artifact: 'widget-lib',
        state: 'signed',
        owner: '@acme/widgets',
      }),
      expect.objectContaining({
        artifact: 'widget-docs',
        state: 'signed',
        owner: '@acme/docs',
      }),
    ]);
    expect(status.sbom).toEqual({
      state: 'passed',
      documents: ['.shipshape/evidence/sbom/widget-lib.cdx.json'],
    });
    expect(status.dryRun.rows[0]).toMatchObject({
      target: 'npm-staging',
      versionFree: true,
    });
    const markdown = renderStatusMarkdown(status);
    expect(markdown).toContain('✅ GO');
    expect(markdown).toContain('### Open blockers\n\nNone.');
    const html = renderStatusHTML(status);
    expect(html).toContain('data-verdict="GO"');
  });

  it('reports a NO-GO workspace with its blockers, each with its owner', async () => {
    const status = await statusOf('no-go');
    expect(status.verdict).toBe('NO-GO');
    expect(status.blockers.map((b) => [b.finding.code, b.owner])).toEqual([
      ['LICENSE_DENIED', '@acme/widgets'],
      // No owner on the finding: the owner of the artifact it names.
      ['VULNERABILITY_HIGH', '@acme/docs'],
    ]);
    expect(
      status.blockers.every((b) => /^[0-9a-f]{64}$/.test(b.fingerprint)),
    ).toBe(true);
    expect(
      status.signing.find((s) => s.artifact === 'widget-docs')?.state,
    ).toBe('unsigned');
    expect(status.counts).toEqual({ error: 2, warning: 1, note: 0 });
    expect(status.stages.find((s) => s.stage === 'policy-scan')?.state).toBe(
      'failed',
    );
  });

  it('takes blockers from the run report too, counting a repeated finding once', async () => {
    const status = await statusOf('no-go', async (dir) => {
      const scan = JSON.parse(
        await readFile(
          join(dir, '.shipshape', 'reports', 'policy-scan.json'),
          'utf8',
        ),
      ) as { findings: unknown[] };
      const run = {
        stage: 'run',
        ok: false,
        verdict: 'NO-GO',
        evidence: [],
        findings: [
          scan.findings[0],
          {
            code: 'STEP_COULD_NOT_RUN',
            severity: 'error',
            message: 'enforce-version could not run',
            step: 'enforce-version',
          },
        ],
      };
      await writeFile(
        join(dir, '.shipshape', 'reports', 'run.json'),
        JSON.stringify(run),
      );
    });
    expect(status.blockers.map((b) => [b.stage, b.finding.code])).toEqual([
      ['policy-scan', 'LICENSE_DENIED'],
      ['policy-scan', 'VULNERABILITY_HIGH'],
      ['run', 'STEP_COULD_NOT_RUN'],
    ]);
    expect(status.counts).toEqual({ error: 3, warning: 1, note: 0 });
    expect(status.run.state).toBe('failed');
  });

  it('prefers the artifact owner, then falls back to escalation.default-owner', async () => {
    const withDefault = await statusOf('no-go', async (dir) => {
      await appendPolicy(dir, 'escalation: {default-owner: "@acme/release"}\n');
    });
    expect(withDefault.blockers.map((b) => b.owner)).toEqual([
      '@acme/widgets',
      '@acme/docs',
    ]);
    const status = await statusOf('no-go', async (dir) => {
      await appendPolicy(dir, 'escalation: {default-owner: "@acme/release"}\n');
      const reportPath = join(dir, '.shipshape', 'reports', 'policy-scan.json');
      const report = JSON.parse(await readFile(reportPath, 'utf8')) as {
        findings: { details?: unknown }[];
      };
      for (const finding of report.findings) delete finding.details;
      await writeFile(reportPath, JSON.stringify(report));
    });
    expect(status.blockers.map((b) => b.owner)).toEqual([
      '@acme/widgets',
      '@acme/release',
    ]);
    expect(renderStatusMarkdown(status)).toContain('@\u200dacme/release');
  });

  it('lists exceptions expiring within escalation.expiry-warning-days and expired ones, not later ones', async () => {
    const status = await statusOf('go', async (dir) => {
      const exceptions = [
        ['EX-1', '2026-12-10'],
        ['EX-2', '2026-11-30'],
        ['EX-3', '2027-06-01'],
        ['EX-4', '2026-12-20'],
      ]
        .map(
          ([id, expires]) =>
            `  - {id: ${id!}, scope: pkg:npm/x, reason: r, owner: "@acme/sec", approvers: [a], expires: "${expires!}"}`,
        )
        .join('\n');
      await editPolicy(dir, (text) =>
        text.replace('exceptions: []', `exceptions:\n${exceptions}`),
      );
    });
    expect(status.exceptions.map((e) => [e.id, e.daysLeft])).toEqual([
      ['EX-2', -4],
      ['EX-1', 6],
    ]);
    const wider = await statusOf('go', async (dir) => {
      await editPolicy(dir, (text) =>
        text.replace(
          'exceptions: []',
          'exceptions:\n  - {id: EX-4, scope: pkg:npm/x, reason: r, owner: o, approvers: [a], expires: "2026-12-20"}',
        ),
      );
      await appendPolicy(dir, 'escalation: {expiry-warning-days: 30}\n');
    });
    expect(wider.exceptions.map((e) => e.id)).toEqual(['EX-4']);
    expect(renderStatusMarkdown(status)).toContain('expired 4 day(s) ago');
  });

  it('shows an unreadable report as unreadable without hiding the other stages', async () => {
    const status = await statusOf('go', async (dir) => {
      await writeFile(
        join(dir, '.shipshape', 'reports', 'sign.json'),
        '{"findings": "nope"}',
      );
    });
    const sign = status.stages.find((s) => s.stage === 'sign');
    expect(sign?.state).toBe('unreadable');
    expect(sign?.reason).toContain('not a stage report');
    expect(status.notEvaluated).toEqual(['sign']);
    expect(status.stages.find((s) => s.stage === 'sbom')?.state).toBe('passed');
  });

  it('reports a missing or invalid manifest instead of failing', async () => {
    const missing = await statusOf('partial', async (dir) => {
      await writeFile(join(dir, 'release.yaml.bak'), '');
      const { rm } = await import('node:fs/promises');
      await rm(join(dir, 'release.yaml'));
    });
    expect(missing.manifest.state).toBe('missing');
    const invalid = await statusOf('partial', async (dir) => {
      await editManifest(dir, (text) =>
        text.replace('kind: npm', 'kind: rubygem'),
      );
    });
    expect(invalid.manifest.state).toBe('invalid');
    expect(invalid.manifest.problem).toContain('/artifacts/0/kind');
  });

  it('refuses an invalid escalation section with exit 2 naming the field', async () => {
    await expect(
      statusOf('empty', (dir) =>
        appendPolicy(dir, 'escalation: {after-hours: -1}\n'),
      ),
    ).rejects.toThrow(UserError);
    await expect(
      statusOf('empty', (dir) =>
        appendPolicy(
          dir,
          'escalation: {webhooks: [{url-env: "https://hooks.example/x"}]}\n',
        ),
      ),
    ).rejects.toThrow(/url-env/);
  });
});

describe('status renderers', () => {
  it('escape hostile names so they form no mention, workflow command, HTML or link', async () => {
    const status = await statusOf('no-go');
    const markdown = renderStatusMarkdown(status);
    expect(markdown).not.toContain(hostile.mention);
    expect(markdown).toContain('@\u200deveryone');
    expect(markdown).not.toContain('::error::');
    expect(markdown).not.toMatch(/^::/m);
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toContain('](javascript');
    expect(markdown).toContain('&lt;img src=x onerror=alert\\(1\\)&gt;');
    const html = renderStatusHTML(status);
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('renders one self-contained HTML file with the findings-by-severity chart', async () => {
    const status = await statusOf('no-go');
    const html = renderStatusHTML(status);
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain(
      'aria-label="findings by severity: 2 errors, 1 warnings, 0 notes"',
    );
    expect(html.match(/<rect /g)).toHaveLength(3);
    expect(html).not.toMatch(/<[a-z]+\s[^>]*\b(src|href)=/);
  });

  it('caps the Markdown blocker list and says how many more there are', async () => {
    const status = await statusOf('no-go');
    const markdown = renderStatusMarkdown(status, { maxBlockers: 1 });
    expect(markdown).toContain('…and 1 more blocker(s) in the JSON status.');
  });
});

async function appendPolicy(dir: string, text: string): Promise<void> {
  await editPolicy(dir, (current) => `${current}${text}`);
}

async function editPolicy(
  dir: string,
  edit: (text: string) => string,
): Promise<void> {
  const path = join(dir, 'policy.yaml');
  await writeFile(path, edit(await readFile(path, 'utf8')));
}

async function editManifest(
  dir: string,
  edit: (text: string) => string,
): Promise<void> {
  const path = join(dir, 'release.yaml');
  await writeFile(path, edit(await readFile(path, 'utf8')));
}
