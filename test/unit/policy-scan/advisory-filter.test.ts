import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPolicySchema } from '@shipshape/core';
import { loadAdvisories } from '@shipshape/core/policy-scan/osv-advisories';
import { tempDir } from '../../helpers/temp-project.ts';

let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups) await cleanup();
  cleanups = [];
});

const record = (id: string, ecosystem: string, name: string) =>
  JSON.stringify({ id, affected: [{ package: { ecosystem, name } }] });

describe('the advisory pre-filter', () => {
  it('parses records whose package names match loosely and skips the rest', async () => {
    const temp = await tempDir();
    cleanups.push(temp.cleanup);
    const dir = join(temp.dir, 'osv');
    await mkdir(dir);
    await writeFile(join(dir, 'a.json'), record('PY-1', 'PyPI', 'Django'));
    await writeFile(
      join(dir, 'b.json'),
      record('NU-1', 'NuGet', 'newtonsoft.json'),
    );
    await writeFile(join(dir, 'c.json'), record('ESC-1', 'npm', 'we\\u0069rd'));
    await writeFile(join(dir, 'd.json'), record('OTHER-1', 'npm', 'unrelated'));
    await writeFile(
      join(dir, 'e.json'),
      '{"id": "BROKEN", "affected": [{"package": {"name": "nothing-we-use"}}',
    );
    const names = new Set(['django', 'newtonsoft-json']);
    const loose = (name: string) => name.toLowerCase().replace(/[-_.]+/g, '-');
    const advisories = await loadAdvisories(dir, 'osv', (name) =>
      names.has(loose(name)),
    );
    expect(advisories.map((a) => a.id).sort()).toEqual([
      'ESC-1',
      'NU-1',
      'PY-1',
    ]);
  });

  it('runs in linear time on a hostile 1 MB record', async () => {
    const temp = await tempDir();
    cleanups.push(temp.cleanup);
    await writeFile(
      join(temp.dir, 'x.json'),
      `{"id":"X","s":"${'"name" : "'.repeat(100_000)}"}`,
    );
    const started = performance.now();
    await loadAdvisories(temp.dir, 'osv', () => false);
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('policy-scan policy schemas', () => {
  it('accept the documented keys', () => {
    expect(
      checkPolicySchema({
        licenses: {
          allow: ['MIT'],
          deny: [],
          unknown: 'warn',
          overrides: [{ purl: 'pkg:npm/a', license: 'MIT', reason: 'r' }],
        },
        vulnerabilities: {
          'fail-on': 'medium',
          advisories: 'osv.zip',
          'fixable-only': true,
          deny: ['CVE-1'],
        },
        exceptions: [
          {
            id: 'GHSA-1',
            scope: 'pkg:npm/a@1',
            reason: 'r',
            owner: 'o',
            approvers: ['p'],
            expires: '2027-01-01',
          },
        ],
        'export-control': {
          'require-classification': true,
          'allowed-eccns': ['5D002'],
          'ticket-pattern': 'EXP-[0-9]+',
          'registry-regions': { a: 'eu-west-1' },
          'allowed-regions': ['eu-*'],
          'approved-signing-algorithms': ['ed25519'],
          'regime-regions': { gdpr: ['eu-*'] },
        },
        regimes: ['gdpr', 'fedramp'],
      }),
    ).toEqual([]);
  });

  it('reject unknown keys, bad scopes and bad dates', () => {
    const problems = checkPolicySchema({
      licenses: { overrides: [{ purl: 'npm/a', license: 'MIT', reason: 'r' }] },
      vulnerabilities: { 'fail-on': 'severe' },
      exceptions: [
        {
          id: 'X',
          scope: 'a',
          reason: 'r',
          owner: 'o',
          approvers: [],
          expires: 'soon',
        },
      ],
      'export-control': { 'regime-regions': { sox: [] }, colour: 'red' },
    });
    const pointers = problems.map((p) => p.pointer);
    expect(pointers).toEqual(
      expect.arrayContaining([
        '/licenses/overrides/0/purl',
        '/vulnerabilities/fail-on',
        '/exceptions/0/scope',
        '/exceptions/0/expires',
        '/export-control/regime-regions/sox',
        '/export-control/colour',
      ]),
    );
  });
});
