import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exitCodeForError, type StageReport } from '@shipshape/core';
import { mergeReportParts } from '@shipshape/core/workspace/report-parts';
import {
  partFolder,
  selectArtifacts,
} from '@shipshape/core/manifest/artifact-selection';
import { tempDir } from '../../helpers/temp-project.ts';

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function part(
  selected: string[],
  overrides: Partial<StageReport> = {},
): StageReport {
  return {
    stage: 'sign',
    ok: true,
    startedAt: '2026-12-03T12:00:00.000Z',
    finishedAt: '2026-12-03T12:00:01.000Z',
    findings: [],
    evidence: [
      {
        path: `.shipshape/evidence/sign/parts/${selected.join('+')}/SHA256SUMS`,
        sha256: 'a'.repeat(64),
      },
    ],
    counts: { error: 0, warning: 0, note: 1 },
    method: 'key',
    checksums: `.shipshape/evidence/sign/parts/${selected.join('+')}/SHA256SUMS`,
    signatures: selected.map((name) => ({ file: `${name}.tgz` })),
    selectedArtifacts: selected,
    ...overrides,
  };
}

async function workspaceWith(parts: Record<string, unknown>): Promise<string> {
  const temp = await tempDir('shipshape-parts-');
  cleanups.push(temp.cleanup);
  const dir = join(temp.dir, 'reports', 'parts', 'sign');
  await mkdir(dir, { recursive: true });
  for (const [name, data] of Object.entries(parts))
    await writeFile(join(dir, name), JSON.stringify(data));
  return temp.dir;
}

describe('merging per-artifact report parts', () => {
  it('joins findings, evidence, counts and lists; keeps what the parts agree on', async () => {
    const root = await workspaceWith({
      '0.json': part(['a']),
      '1.json': part(['b'], {
        ok: false,
        findings: [
          { code: 'SIGN_VERIFY_FAILED', severity: 'error', message: 'x' },
        ],
        counts: { error: 1, warning: 0, note: 1 },
      }),
    });
    const merged = await mergeReportParts(root, 'sign', 'sign', ['a', 'b']);
    expect(merged?.report).toMatchObject({
      stage: 'sign',
      ok: false,
      counts: { error: 1, warning: 0, note: 2 },
      method: 'key',
      signatures: [{ file: 'a.tgz' }, { file: 'b.tgz' }],
      selectedArtifacts: ['a', 'b'],
    });
    expect(merged?.report['checksums']).toBeUndefined();
    expect(merged?.report.evidence).toHaveLength(2);
    expect(merged?.parts.map((p) => p.path)).toEqual([
      'reports/parts/sign/0.json',
      'reports/parts/sign/1.json',
    ]);
  });

  it('fails the step when an artifact of the manifest has no part', async () => {
    const root = await workspaceWith({ '0.json': part(['a']) });
    const merged = await mergeReportParts(root, 'sign', 'sign', ['a', 'b']);
    expect(merged?.report.ok).toBe(false);
    expect(merged?.report.findings).toEqual([
      expect.objectContaining({ code: 'STEP_PART_MISSING', severity: 'error' }),
    ]);
    expect(merged?.report.counts.error).toBe(1);
  });

  it('is undefined when the step left no parts', async () => {
    const temp = await tempDir('shipshape-parts-');
    cleanups.push(temp.cleanup);
    expect(await mergeReportParts(temp.dir, 'sign', 'sign')).toBeUndefined();
  });

  it.each([
    ['a report of another stage', { ...part(['a']), stage: 'sbom' }],
    ['a report without counts', { ...part(['a']), counts: undefined }],
    ['not a report at all', ['nonsense']],
  ])('refuses %s with exit 2 naming the file', async (_what, data) => {
    const root = await workspaceWith({ '0.json': data });
    const error: unknown = await mergeReportParts(root, 'sign', 'sign').catch(
      (caught: unknown) => caught,
    );
    expect(exitCodeForError(error)).toBe(2);
    expect((error as Error).message).toContain('0.json');
  });

  it('refuses a part that is a symbolic link', async () => {
    const root = await workspaceWith({});
    const elsewhere = join(root, 'elsewhere.json');
    await writeFile(elsewhere, JSON.stringify(part(['a'])));
    await symlink(elsewhere, join(root, 'reports', 'parts', 'sign', '0.json'));
    await expect(mergeReportParts(root, 'sign', 'sign')).rejects.toMatchObject({
      code: 'REPORT_PARTS_INVALID',
    });
  });
});

describe('choosing artifacts by name', () => {
  const artifacts = [{ name: 'lib' }, { name: '@acme/docs' }];

  it('keeps manifest order and takes all without names', () => {
    expect(selectArtifacts(artifacts, ['@acme/docs'], 'release.yaml')).toEqual([
      { name: '@acme/docs' },
    ]);
    expect(selectArtifacts(artifacts, undefined, 'release.yaml')).toEqual(
      artifacts,
    );
  });

  it('refuses an unknown name with exit 2, listing the known ones', () => {
    let error: unknown;
    try {
      selectArtifacts(artifacts, ['nope'], 'release.yaml');
    } catch (caught: unknown) {
      error = caught;
    }
    expect(exitCodeForError(error)).toBe(2);
    expect((error as Error).message).toContain('lib, @acme/docs');
  });

  it('names part folders safely, one folder per selection', () => {
    expect(partFolder(undefined)).toBe('');
    expect(partFolder(['@acme/docs'])).toBe('parts/%40acme%2Fdocs/');
    expect(partFolder(['..'])).toBe('parts/%2E%2E/');
    expect(partFolder(['b', 'a'])).toBe('parts/a+b/');
  });
});
