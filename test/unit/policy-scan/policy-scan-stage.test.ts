import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  exitCodeForReport,
  type Finding,
  type StageReport,
} from '@shipshape/core';
import { runPolicyScanStage } from '@shipshape/core/policy-scan/policy-scan-stage';
import { scanProject, type ScanProject } from './scan-project.ts';

let projects: ScanProject[] = [];
afterEach(async () => {
  for (const project of projects) await project.cleanup();
  projects = [];
});

async function scan(
  options: Parameters<typeof scanProject>[0] = {},
  scanOptions: Parameters<typeof runPolicyScanStage>[1] = {
    sbom: 'widget-lib.cdx.json',
  },
): Promise<{ report: StageReport; project: ScanProject }> {
  const project = await scanProject(options);
  projects.push(project);
  return {
    report: await runPolicyScanStage(project.context, scanOptions),
    project,
  };
}

const byCode = (report: StageReport, code: string): Finding[] =>
  report.findings.filter((f) => f.code === code);
const quiet = { licenses: { allow: [], unknown: 'warn' } };

describe('policy-scan stage: vulnerabilities', () => {
  it('blocks on advisories at or above fail-on, with advisory, component, fixed versions and owner', async () => {
    const { report } = await scan({ policy: quiet });
    const babel = report.findings.find(
      (f) => f.advisory === 'GHSA-67hx-6x53-jw92',
    );
    expect(babel).toMatchObject({
      code: 'VULN_AFFECTED',
      severity: 'error',
      component: 'pkg:npm/%40babel/traverse@7.17.10',
      owner: '@acme/widgets',
      location: { file: 'release.yaml', line: expect.any(Number) as unknown },
      details: { severity: 'critical', fixed: ['7.23.2'] },
    });
    expect(babel?.remediation).toContain('7.23.2');
    const semver = report.findings.find(
      (f) => f.advisory === 'GHSA-c2qf-rxjj-qqgw',
    );
    expect(semver?.severity).toBe('warning');
    expect(exitCodeForReport(report)).toBe(1);
  });

  it.each([
    ['critical', ['GHSA-67hx-6x53-jw92'], ['GHSA-c2qf-rxjj-qqgw']],
    ['moderate', ['GHSA-67hx-6x53-jw92', 'GHSA-c2qf-rxjj-qqgw'], []],
    ['medium', ['GHSA-67hx-6x53-jw92', 'GHSA-c2qf-rxjj-qqgw'], []],
    ['none', [], ['GHSA-67hx-6x53-jw92', 'GHSA-c2qf-rxjj-qqgw']],
  ])('fail-on %s blocks exactly %j', async (failOn, blocking, warned) => {
    const { report } = await scan({
      policy: {
        ...quiet,
        vulnerabilities: { 'fail-on': failOn, advisories: 'advisories/' },
      },
    });
    const errors = report.findings
      .filter((f) => f.advisory && f.severity === 'error')
      .map((f) => f.advisory);
    const warnings = report.findings
      .filter((f) => f.advisory && f.severity === 'warning')
      .map((f) => f.advisory);
    expect(errors.sort()).toEqual([...blocking].sort());
    expect(warnings.sort()).toEqual([...warned].sort());
  });

  it('deny lists fail an advisory whatever its severity, by id or alias', async () => {
    const { report } = await scan({
      policy: {
        ...quiet,
        vulnerabilities: {
          'fail-on': 'critical',
          advisories: 'advisories/',
          deny: ['CVE-2022-25883'],
        },
      },
    });
    expect(byCode(report, 'VULN_DENIED')).toMatchObject([
      { advisory: 'GHSA-c2qf-rxjj-qqgw', severity: 'error' },
    ]);
  });

  it('fixable-only leaves advisories without a fixed version as warnings', async () => {
    const project = await scanProject({
      policy: {
        ...quiet,
        vulnerabilities: {
          'fail-on': 'low',
          advisories: 'advisories/',
          'fixable-only': true,
        },
      },
    });
    projects.push(project);
    await import('node:fs/promises').then(({ writeFile }) =>
      writeFile(
        join(project.dir, 'advisories', 'NOFIX-1.json'),
        JSON.stringify({
          id: 'NOFIX-1',
          database_specific: { severity: 'HIGH' },
          affected: [
            {
              package: { ecosystem: 'npm', name: 'json5' },
              ranges: [{ type: 'SEMVER', events: [{ introduced: '0' }] }],
            },
          ],
        }),
      ),
    );
    const report = await runPolicyScanStage(project.context, {
      sbom: 'widget-lib.cdx.json',
    });
    expect(report.findings.find((f) => f.advisory === 'NOFIX-1')).toMatchObject(
      { severity: 'warning', details: { severity: 'high', fixed: [] } },
    );
    expect(
      report.findings.find((f) => f.advisory === 'GHSA-67hx-6x53-jw92')
        ?.severity,
    ).toBe('error');
  });

  it('warns that nothing was checked when no advisories are configured', async () => {
    const { report } = await scan({
      policy: { ...quiet, vulnerabilities: { 'fail-on': 'high' } },
    });
    expect(byCode(report, 'VULN_NO_ADVISORIES')).toHaveLength(1);
  });
});

describe('policy-scan stage: licences', () => {
  it('fails unknown and unallowed licences, including the artifact declared in release.yaml', async () => {
    const { report } = await scan({
      policy: { licenses: { allow: ['MIT'], deny: ['Apache-2.0'] } },
    });
    const codes = report.findings
      .filter((f) => f.code.startsWith('LICENSE_'))
      .map((f) => `${f.code} ${f.component ?? f.location?.pointer ?? ''}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'LICENSE_UNKNOWN pkg:npm/mystery@0.0.1',
        'LICENSE_NOT_ALLOWED pkg:npm/semver@7.3.5',
        'LICENSE_DENIED pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1?type=jar',
      ]),
    );
    expect(codes).not.toContain('LICENSE_NOT_ALLOWED pkg:npm/json5@2.2.3');
  });

  it('applies overrides by purl and reports unused ones as stale', async () => {
    const { report } = await scan({
      policy: {
        licenses: {
          allow: ['MIT', 'Apache-2.0', 'ISC', 'BSD-3-Clause'],
          overrides: [
            {
              purl: 'pkg:npm/mystery',
              license: 'MIT',
              reason: 'upstream LICENSE file is MIT',
            },
            {
              purl: 'pkg:npm/tiny-aes@1.0.0',
              license: 'Unlicense',
              reason: 'checked by legal',
            },
            { purl: 'pkg:npm/nothing-here', license: 'MIT', reason: 'old' },
          ],
        },
      },
    });
    expect(
      report.findings.find((f) => f.component === 'pkg:npm/mystery@0.0.1'),
    ).toBeUndefined();
    expect(
      report.findings.find((f) => f.component === 'pkg:npm/tiny-aes@1.0.0')
        ?.code,
    ).toBe('LICENSE_NOT_ALLOWED');
    expect(byCode(report, 'LICENSE_OVERRIDE_STALE')).toMatchObject([
      { component: 'pkg:npm/nothing-here' },
    ]);
  });

  it('warns instead of failing on unknown licences when licenses.unknown is warn', async () => {
    const { report } = await scan({
      policy: { licenses: { allow: [], unknown: 'warn' } },
    });
    expect(
      byCode(report, 'LICENSE_UNKNOWN').every((f) => f.severity === 'warning'),
    ).toBe(true);
  });

  it('refuses a policy whose allow list holds a compound expression, naming the line (exit 2)', async () => {
    const project = await scanProject({
      policy: { licenses: { allow: ['MIT OR ISC'] } },
    });
    projects.push(project);
    await expect(
      runPolicyScanStage(project.context, { sbom: 'widget-lib.cdx.json' }),
    ).rejects.toMatchObject({
      code: 'POLICY_SCAN_CONFIG_INVALID',
      source: { file: 'policy.yaml', line: expect.any(Number) as unknown },
    });
  });
});

describe('policy-scan stage: exceptions, VEX and journal', () => {
  const exception = {
    id: 'GHSA-67hx-6x53-jw92',
    scope: 'pkg:npm/%40babel/traverse',
    reason: 'build-time only, no untrusted input',
    owner: '@acme/widgets',
    approvers: ['@acme/security'],
    expires: '2027-03-01',
  };

  it('applies an approved exception, exports OpenVEX evidence and journals it', async () => {
    const { report } = await scan({
      policy: { ...quiet, exceptions: [exception] },
      artifact: { export: { eccn: '5D002', 'classification-ticket': 'EXP-1' } },
    });
    expect(report.ok).toBe(true);
    expect(
      report.findings.find((f) => f.advisory === 'GHSA-67hx-6x53-jw92')
        ?.severity,
    ).toBe('note');
    expect(report['exceptions']).toMatchObject([{ id: 'GHSA-67hx-6x53-jw92' }]);
    const vex = report.evidence.find((e) =>
      e.path.endsWith('exceptions.openvex.json'),
    );
    expect(vex).toBeDefined();
    const journal = await readFile(
      join(projects[0]?.dir ?? '', '.shipshape', 'journal.jsonl'),
      'utf8',
    );
    expect(journal).toContain('"kind":"exception"');
    expect(journal).toContain('GHSA-67hx-6x53-jw92');
  });

  it('fails the gate on an expired exception and says so', async () => {
    const { report } = await scan({
      policy: {
        ...quiet,
        exceptions: [{ ...exception, expires: '2026-11-30' }],
      },
    });
    expect(report.ok).toBe(false);
    expect(byCode(report, 'EXCEPTION_EXPIRED')).toMatchObject([
      { severity: 'error', location: { file: 'policy.yaml' } },
    ]);
    expect(
      report.findings.find((f) => f.advisory === 'GHSA-67hx-6x53-jw92')
        ?.severity,
    ).toBe('error');
  });

  it('does not apply an exception approved only by its owner', async () => {
    const { report } = await scan({
      policy: {
        ...quiet,
        exceptions: [{ ...exception, approvers: ['@acme/widgets'] }],
      },
    });
    expect(report.ok).toBe(false);
    expect(byCode(report, 'EXCEPTION_UNAPPROVED')).toHaveLength(1);
  });

  it('reports an exception that matched nothing as stale', async () => {
    const { report } = await scan({
      policy: {
        ...quiet,
        exceptions: [{ ...exception, scope: 'pkg:npm/left-pad' }],
      },
    });
    expect(byCode(report, 'EXCEPTION_STALE')).toHaveLength(1);
  });
});

describe('policy-scan stage: export control and regimes', () => {
  it('requires an ECCN and a classification ticket for software that uses encryption', async () => {
    const { report } = await scan({ policy: quiet });
    expect(byCode(report, 'EXPORT_ECCN_MISSING')).toMatchObject([
      { owner: '@acme/widgets', severity: 'error' },
    ]);
    expect(byCode(report, 'EXPORT_TICKET_MISSING')).toHaveLength(1);
  });

  it('accepts a declared classification, and checks the ticket pattern and allowed ECCNs', async () => {
    const ok = await scan({
      policy: quiet,
      artifact: {
        export: { eccn: '5D002', 'classification-ticket': 'EXP-12' },
      },
    });
    expect(
      ok.report.findings.filter((f) => f.code.startsWith('EXPORT_')),
    ).toEqual([]);
    const bad = await scan({
      policy: {
        ...quiet,
        'export-control': {
          'ticket-pattern': 'EXP-[0-9]+',
          'allowed-eccns': ['5D992'],
        },
      },
      artifact: {
        export: { eccn: '5D002', 'classification-ticket': 'JIRA-1' },
      },
    });
    expect(
      bad.report.findings
        .filter((f) => f.code.startsWith('EXPORT_'))
        .map((f) => f.code)
        .sort(),
    ).toEqual(['EXPORT_ECCN_NOT_ALLOWED', 'EXPORT_TICKET_INVALID']);
  });

  it('restricts target registries by region and by regime data residency', async () => {
    const artifact = {
      export: { eccn: '5D002', 'classification-ticket': 'EXP-1' },
    };
    const { report } = await scan({
      policy: {
        ...quiet,
        regimes: ['gdpr'],
        'export-control': {
          'registry-regions': { 'npm-staging': 'us-east-1' },
          'allowed-regions': ['eu-*'],
        },
      },
      artifact,
    });
    expect(byCode(report, 'EXPORT_REGION_NOT_ALLOWED')).toHaveLength(1);
    expect(byCode(report, 'REGIME_DATA_RESIDENCY')).toMatchObject([
      { message: expect.stringContaining('gdpr') as unknown },
    ]);
    const unknown = await scan({
      policy: { ...quiet, regimes: ['hipaa'] },
      artifact,
    });
    expect(byCode(unknown.report, 'EXPORT_REGION_UNKNOWN')).toHaveLength(1);
    expect(byCode(unknown.report, 'REGIME_SIGNING_MISSING')).toHaveLength(1);
  });

  it.each([
    ['ecdsa-p256-sha256', []],
    ['ed25519', []],
    ['rsa-pkcs1-sha1', ['REGIME_SIGNING_ALGORITHM']],
    [undefined, ['REGIME_SIGNING_ALGORITHM_UNKNOWN']],
  ] as const)(
    'fedramp judges the algorithm the sign report names (%s)',
    async (algorithm, codes) => {
      const project = await scanProject({
        policy: { ...quiet, regimes: ['fedramp'] },
        artifact: { targets: [] },
      });
      projects.push(project);
      await mkdir(join(project.dir, '.shipshape', 'reports'), {
        recursive: true,
      });
      await writeFile(
        join(project.dir, '.shipshape', 'reports', 'sign.json'),
        JSON.stringify({
          stage: 'sign',
          ok: true,
          startedAt: '2026-12-03T12:00:00.000Z',
          finishedAt: '2026-12-03T12:00:01.000Z',
          findings: [],
          evidence: [],
          counts: { error: 0, warning: 0, note: 0 },
          method: 'key',
          ...(algorithm === undefined ? {} : { algorithm }),
        }),
      );
      const report = await runPolicyScanStage(project.context, {
        sbom: 'widget-lib.cdx.json',
      });
      expect(
        report.findings
          .map((f) => f.code)
          .filter((code) => code.startsWith('REGIME_SIGNING')),
      ).toEqual(codes);
      if (codes[0] === 'REGIME_SIGNING_ALGORITHM')
        expect(exitCodeForReport(report)).toBe(1);
    },
  );
});

describe('policy-scan stage: inputs and output formats', () => {
  it('decides identically with and without SARIF, and writes a SARIF 2.1.0 log', async () => {
    const plain = await scan({ policy: quiet });
    const withSARIF = await scan(
      { policy: quiet },
      { sbom: 'widget-lib.cdx.json', sarif: 'out/scan.sarif' },
    );
    expect(exitCodeForReport(withSARIF.report)).toBe(
      exitCodeForReport(plain.report),
    );
    expect(withSARIF.report.findings).toEqual(plain.report.findings);
    expect(withSARIF.report.ok).toBe(plain.report.ok);
    const sarif = JSON.parse(
      await readFile(join(withSARIF.project.dir, 'out', 'scan.sarif'), 'utf8'),
    ) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]?.results).toHaveLength(plain.report.findings.length);
  });

  it('reads SPDX SBOMs and several SBOMs at once', async () => {
    const { report } = await scan(
      { policy: quiet },
      { sbom: ['widget-lib.cdx.json', 'widget-lib.spdx.json'] },
    );
    expect(report['sboms']).toHaveLength(2);
    // Both describe widget-lib: one finding per package, not per SBOM.
    expect(
      report.findings.filter((f) => f.advisory === 'GHSA-c2qf-rxjj-qqgw'),
    ).toHaveLength(1);
  });

  it('stops with exit 2 and says to run shipshape sbom when there is no SBOM', async () => {
    const project = await scanProject({ policy: quiet });
    projects.push(project);
    await expect(runPolicyScanStage(project.context)).rejects.toMatchObject({
      code: 'SCAN_NO_SBOM',
      message: expect.stringContaining('shipshape sbom') as unknown,
    });
  });

  it('refuses a file that is not an SBOM with exit 2 naming it', async () => {
    const project = await scanProject({ policy: quiet });
    projects.push(project);
    await expect(
      runPolicyScanStage(project.context, { sbom: 'policy.yaml' }),
    ).rejects.toMatchObject({ code: 'JSON_INVALID' });
  });
});
