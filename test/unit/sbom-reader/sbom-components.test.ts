import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '@shipshape/core';
import {
  readSBOM,
  sbomComponentsFromJSON,
  sbomLimits,
} from '@shipshape/core/sbom-reader/sbom-components';
import { parsePackageURL } from '@shipshape/core/sbom-reader/package-url';
import { fixturesDir, tempDir } from '../../helpers/temp-project.ts';

const sboms = join(fixturesDir, 'policy-scan', 'sboms');
const realSBOMs = join(fixturesDir, 'sbom-reader');
let cleanups: (() => Promise<void>)[] = [];

afterEach(async () => {
  for (const cleanup of cleanups) await cleanup();
  cleanups = [];
});

describe('readSBOM', () => {
  it('flattens nested CycloneDX components and marks the subject', async () => {
    const sbom = await readSBOM(
      join(sboms, 'mixed.cdx.json'),
      'mixed.cdx.json',
    );
    expect(sbom.format).toBe('cyclonedx');
    expect(sbom.specVersion).toBe('1.5');
    const byRef = new Map(sbom.components.map((c) => [c.bomRef, c]));
    expect(byRef.get('widget-lib@1.4.0')).toMatchObject({
      subject: true,
      licenses: 'MIT OR Apache-2.0',
    });
    expect(byRef.get('babel-traverse')).toMatchObject({
      name: '@babel/traverse',
      ecosystem: 'npm',
      packageName: '@babel/traverse',
      licenses: '(MIT) AND (BSD-3-Clause)',
    });
    expect(byRef.get('nested-crypto')?.classification).toEqual({
      cryptoProperties: false,
      usesEncryption: true,
      eccn: '5D002',
    });
    expect(byRef.get('aes-128-gcm')?.classification.cryptoProperties).toBe(
      true,
    );
    expect(byRef.get('semver@7.3.5')?.hashes).toEqual({ sha512: 'abcdef' });
    expect(byRef.get('no-licence')?.licenses).toBeUndefined();
  });

  it('maps purls to OSV ecosystems and package names', async () => {
    const sbom = await readSBOM(
      join(sboms, 'mixed.cdx.json'),
      'mixed.cdx.json',
    );
    const names = sbom.components
      .filter((c) => c.ecosystem)
      .map((c) => `${c.ecosystem}:${c.packageName}@${c.version}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'PyPI:django@4.2.1',
        'Maven:org.apache.logging.log4j:log4j-core@2.14.1',
        'Go:golang.org/x/net@v0.0.0-20220906165146-f3363e06e74c',
        'NuGet:Newtonsoft.Json@12.0.3',
      ]),
    );
  });

  it('reads SPDX packages, preferring the concluded licence and skipping NOASSERTION and NONE', async () => {
    const sbom = await readSBOM(
      join(sboms, 'mixed.spdx.json'),
      'mixed.spdx.json',
    );
    expect(sbom).toMatchObject({ format: 'spdx', specVersion: '2.3' });
    const byRef = new Map(sbom.components.map((c) => [c.bomRef, c]));
    expect(byRef.get('SPDXRef-widget-lib')?.subject).toBe(true);
    expect(byRef.get('SPDXRef-semver')).toMatchObject({
      licenses: 'ISC',
      hashes: { sha256: 'ab12' },
      subject: false,
    });
    expect(byRef.get('SPDXRef-requests')).toMatchObject({
      licenses: undefined,
      ecosystem: 'PyPI',
      classification: { usesEncryption: true, cryptoProperties: false },
    });
  });

  it('reads real CycloneDX 1.4 to 1.6 and SPDX 2.2 and 2.3 SBOMs from the corpus', async () => {
    const files = [
      'bom-examples_laravel-7.12.0.cdx-1.4.json',
      '../sbom/valid/valid-bom-1.5.json',
      'trustify_openssl-3.0.7-el9.cdx-1.6.json',
      'spdx-examples_ex9_appbomination.spdx-2.2.json',
      'trustify_openssl-3.0.7-el9.spdx.json',
    ];
    for (const file of files) {
      const sbom = await readSBOM(join(realSBOMs, file), file);
      expect(sbom.components.length, file).toBeGreaterThan(0);
    }
  });

  it('refuses unsupported versions and unknown formats with exit 2 errors', () => {
    expect(() =>
      sbomComponentsFromJSON(
        { bomFormat: 'CycloneDX', specVersion: '1.2' },
        'a.json',
      ),
    ).toThrow(/CycloneDX 1.2 is not supported/);
    expect(() =>
      sbomComponentsFromJSON({ spdxVersion: 'SPDX-2.1' }, 'b.json'),
    ).toThrow(UserError);
    expect(() => sbomComponentsFromJSON([], 'c.json')).toThrow(
      /neither a CycloneDX/,
    );
  });

  it('refuses an SBOM with more components than the limit', async () => {
    const temp = await tempDir();
    cleanups.push(temp.cleanup);
    const file = join(temp.dir, 'huge.json');
    const packages = Array.from(
      { length: sbomLimits.components + 1 },
      (_, i) => ({
        name: `p${i}`,
      }),
    );
    await writeFile(
      file,
      JSON.stringify({ spdxVersion: 'SPDX-2.3', packages }),
    );
    await expect(readSBOM(file, 'huge.json')).rejects.toMatchObject({
      code: 'SBOM_TOO_MANY_COMPONENTS',
    });
  });

  it('refuses an SBOM over the size limit before reading it', async () => {
    const temp = await tempDir();
    cleanups.push(temp.cleanup);
    const file = join(temp.dir, 'big.json');
    await writeFile(file, '');
    await truncate(file, sbomLimits.bytes + 1);
    const started = performance.now();
    await expect(readSBOM(file, 'big.json')).rejects.toMatchObject({
      code: 'INPUT_TOO_LARGE',
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('treats over-long licence strings and purls as absent rather than parsing them', () => {
    const sbom = sbomComponentsFromJSON(
      {
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        components: [
          {
            name: 'x',
            purl: `pkg:npm/${'a'.repeat(5000)}@1`,
            licenses: [{ expression: 'MIT OR '.repeat(2000) + 'MIT' }],
          },
        ],
      },
      'long.json',
    );
    expect(sbom.components[0]).toMatchObject({
      name: 'x',
      licenses: undefined,
    });
    expect(sbom.components[0]?.purl).toBeUndefined();
  });
});

describe('parsePackageURL', () => {
  it('decodes scoped npm names, versions and qualifiers', () => {
    expect(parsePackageURL('pkg:npm/%40scope/name@1.2.3?arch=x64#sub')).toEqual(
      {
        type: 'npm',
        namespace: '@scope',
        name: 'name',
        version: '1.2.3',
        qualifiers: { arch: 'x64' },
      },
    );
  });

  it('rejects strings that are not purls', () => {
    expect(parsePackageURL('npm/x@1')).toBeUndefined();
    expect(parsePackageURL('pkg:npm')).toBeUndefined();
    expect(parsePackageURL('pkg:npm/%E0%A4%A@1')).toBeUndefined();
  });
});
