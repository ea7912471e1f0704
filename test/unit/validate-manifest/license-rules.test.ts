import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import deprecatedIds from '../../../packages/core/src/validate-manifest/deprecated-license-ids.json' with { type: 'json' };
import { fixturesDir } from '../../helpers/temp-project.ts';
import {
  exampleProject,
  onlyFinding,
  positionOf,
  type ExampleProject,
} from './example-project.ts';

let project: ExampleProject;

beforeEach(async () => {
  project = await exampleProject();
});

afterEach(async () => {
  await project.cleanup();
});

describe('validate-manifest licence rule', () => {
  it('refuses an expression that is not SPDX, pointing at the bad word and offering a fix', async () => {
    await project.replace(
      'release.yaml',
      'license: MIT OR Apache-2.0',
      'license: MIT OR Apache 2.0',
    );
    const report = await project.validate();
    const finding = onlyFinding(report, 'LICENSE_INVALID');
    const text = await project.read('release.yaml');
    expect(finding.location).toMatchObject(positionOf(text, 'Apache 2.0'));
    expect(finding.remediation).toBe('Write "MIT OR Apache-2.0".');
    expect(finding.owner).toBe('@acme/widgets');
    expect(report.ok).toBe(false);
  });

  it.each([
    'UNLICENSED',
    'MIT AND',
    '(MIT',
    'SEE LICENSE IN LICENSE.txt',
    'Ab'.repeat(1000),
  ])('refuses %j', async (license) => {
    await project.replace(
      'release.yaml',
      'license: MIT\n',
      `license: '${license}'\n`,
    );
    onlyFinding(await project.validate(), 'LICENSE_INVALID');
  });

  it.each([
    'LicenseRef-Acme-Proprietary',
    'Apache-2.0 WITH LLVM-exception',
    '(MIT OR BSD-3-Clause) AND ISC',
    'GPL-2.0-or-later',
  ])('accepts %j', async (license) => {
    await project.replace(
      'release.yaml',
      'license: MIT\n',
      `license: '${license}'\n`,
    );
    expect((await project.validate()).findings).toEqual([]);
  });

  it('warns about deprecated identifiers with their successor, without failing', async () => {
    await project.replace(
      'release.yaml',
      'license: MIT\n',
      'license: GPL-2.0+ OR LGPL-2.1 OR StandardML-NJ\n',
    );
    const report = await project.validate();
    expect(report.ok).toBe(true);
    const found = report.findings.filter(
      (f) => f.code === 'LICENSE_DEPRECATED',
    );
    expect(found.map((f) => [f.severity, f.remediation])).toEqual([
      ['warning', 'Write "GPL-2.0-or-later" instead.'],
      [
        'warning',
        'Write "LGPL-2.1-only" (or "LGPL-2.1-or-later" if "or any later version" applies) instead.',
      ],
      ['warning', 'Write "SMLNJ" instead.'],
    ]);
    const text = await project.read('release.yaml');
    expect(found[1]?.location).toMatchObject(positionOf(text, 'LGPL-2.1'));
  });

  it('flags a deprecated licence exception', async () => {
    await project.replace(
      'release.yaml',
      'license: MIT\n',
      'license: LGPL-2.1-only WITH Nokia-Qt-exception-1.1\n',
    );
    const finding = onlyFinding(await project.validate(), 'LICENSE_DEPRECATED');
    expect(finding.remediation).toBe('Write "Qt-LGPL-exception-1.1" instead.');
  });
});

describe('the deprecated SPDX identifiers shipped with shipshape', () => {
  it('agree with the SPDX licence list they were taken from', async () => {
    const dir = join(fixturesDir, 'validate-manifest', 'spdx-license-list');
    const licenses = JSON.parse(
      await readFile(join(dir, 'licenses.json'), 'utf8'),
    ) as {
      licenseListVersion: string;
      licenses: { licenseId: string; isDeprecatedLicenseId: boolean }[];
    };
    const exceptions = JSON.parse(
      await readFile(join(dir, 'exceptions.json'), 'utf8'),
    ) as {
      exceptions: {
        licenseExceptionId: string;
        isDeprecatedLicenseId: boolean;
      }[];
    };
    const deprecated = (ids: { id: string; deprecated: boolean }[]) =>
      ids
        .filter((item) => item.deprecated)
        .map((item) => item.id)
        .sort();
    expect(deprecatedIds.licenses).toEqual(
      deprecated(
        licenses.licenses.map((l) => ({
          id: l.licenseId,
          deprecated: l.isDeprecatedLicenseId,
        })),
      ),
    );
    expect(deprecatedIds.exceptions).toEqual(
      deprecated(
        exceptions.exceptions.map((e) => ({
          id: e.licenseExceptionId,
          deprecated: e.isDeprecatedLicenseId,
        })),
      ),
    );
    expect(deprecatedIds.source).toContain(licenses.licenseListVersion);
  });
});
