// Black-box tests of the policy-scan bundles: dist/policy-scan/index.js as
// the runner runs it (INPUT_* in, GITHUB_OUTPUT and the job summary out)
// and `shipshape scan` from dist/cli. Run `npm run build` first.
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runBundle, runCLI } from '../helpers/run-bundle.ts';
import { canaries, expectNoLeak } from '../helpers/canaries.ts';
import { copyExample, fixturesDir } from '../helpers/temp-project.ts';

const sboms = join(fixturesDir, 'policy-scan', 'sboms');
let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups) await cleanup();
  cleanups = [];
});

async function example(): Promise<string> {
  const temp = await copyExample();
  cleanups.push(temp.cleanup);
  return temp.dir;
}

// An advisory planted against a package of the example's SBOM fixture.
async function plantVulnerableSBOM(dir: string): Promise<void> {
  await cp(join(sboms, 'mixed.cdx.json'), join(dir, 'widget-lib.cdx.json'));
  await cp(
    join(
      fixturesDir,
      'policy-scan',
      'advisories',
      'github-reviewed-npm',
      'GHSA-67hx-6x53-jw92.json',
    ),
    join(dir, 'advisories', 'GHSA-67hx-6x53-jw92.json'),
  );
}

describe('shipshape scan (CLI bundle)', () => {
  it('passes the example after shipshape sbom, with no SBOM option', async () => {
    const dir = await example();
    const sbom = await runCLI(['sbom'], { cwd: dir });
    expect(sbom.exitCode, sbom.stderr).toBe(0);
    const scan = await runCLI(['scan'], { cwd: dir });
    expect(scan.exitCode, scan.stdout + scan.stderr).toBe(0);
    expect(scan.stdout).toContain('policy-scan: PASS');
  });

  it('exits 2 naming shipshape sbom when there is nothing to scan', async () => {
    const dir = await example();
    const scan = await runCLI(['scan'], { cwd: dir });
    expect(scan.exitCode).toBe(2);
    expect(scan.stderr).toContain('shipshape sbom');
    expect(scan.stderr).not.toMatch(/\n\s+at /);
  });

  it('gives identical exit codes and findings with and without --sarif', async () => {
    const dir = await example();
    await plantVulnerableSBOM(dir);
    const args = ['scan', '--sbom', 'widget-lib.cdx.json', '--json'];
    const plain = await runCLI(args, { cwd: dir });
    const withSARIF = await runCLI([...args, '--sarif', 'scan.sarif'], {
      cwd: dir,
    });
    expect(plain.exitCode).toBe(1);
    expect(withSARIF.exitCode).toBe(plain.exitCode);
    const a = JSON.parse(plain.stdout) as { findings: unknown[] };
    const b = JSON.parse(withSARIF.stdout) as { findings: unknown[] };
    expect(b.findings).toEqual(a.findings);
    const sarif = JSON.parse(
      await readFile(join(dir, 'scan.sarif'), 'utf8'),
    ) as { version: string };
    expect(sarif.version).toBe('2.1.0');
  });

  it('refuses a hostile advisory archive with exit 2 and one line', async () => {
    const dir = await example();
    // An end record that promises one entry where none is: corrupt.
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(1, 8);
    end.writeUInt16LE(1, 10);
    await writeFile(join(dir, 'osv.zip'), end);
    await cp(join(sboms, 'mixed.cdx.json'), join(dir, 'widget-lib.cdx.json'));
    const scan = await runCLI(
      ['scan', '--sbom', 'widget-lib.cdx.json', '--advisories', 'osv.zip'],
      { cwd: dir },
    );
    expect(scan.exitCode).toBe(2);
    expect(scan.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('the policy-scan action bundle', () => {
  it('fails on a planted advisory, names what blocks in the summary, and sets sarif output', async () => {
    const dir = await example();
    await plantVulnerableSBOM(dir);
    const run = await runBundle('policy-scan', {
      cwd: dir,
      inputs: { sbom: 'widget-lib.cdx.json', sarif: 'out/scan.sarif' },
      env: { NPM_STAGING_TOKEN: canaries.npmToken },
    });
    expect(run.exitCode, run.stderr).toBe(1);
    expect(run.outputs['ok']).toBe('false');
    expect(run.outputs['sarif']).toBe(join(dir, 'out', 'scan.sarif'));
    expect(run.outputs['vex']).toBe('');
    expect(run.summary).toContain('Vulnerabilities by severity');
    expect(run.summary).toContain('GHSA-67hx-6x53-jw92');
    expect(run.stdout).toContain('::error');
    expectNoLeak(run.everything);
  });

  it('keeps hostile package names from forging workflow commands or breaking the summary', async () => {
    const dir = await example();
    const hostile = {
      bomFormat: 'CycloneDX',
      specVersion: '1.5',
      components: [
        {
          name: '::error file=x::forged',
          version: '1.0.0',
          purl: 'pkg:npm/evil@1.0.0',
          licenses: [
            { license: { name: '| @admin <img src=x> %0A::warning::x' } },
          ],
        },
      ],
    };
    await writeFile(join(dir, 'evil.cdx.json'), JSON.stringify(hostile));
    const run = await runBundle('policy-scan', {
      cwd: dir,
      inputs: { sbom: 'evil.cdx.json' },
    });
    expect(run.exitCode).toBe(1);
    expect(run.stdout).not.toMatch(/^::error file=x::forged/m);
    expect(run.stdout).not.toMatch(/^::warning::x/m);
    expect(run.summary).not.toMatch(/(?<!\\)<img/);
    expect(run.summary).not.toContain('| @admin');
  });

  it('passes the example and exports OpenVEX for an applied exception', async () => {
    const dir = await example();
    await plantVulnerableSBOM(dir);
    const policy = await readFile(join(dir, 'policy.yaml'), 'utf8');
    await writeFile(
      join(dir, 'policy.yaml'),
      policy
        .replace('unknown: fail', 'unknown: warn')
        .replace(
          'exceptions: []',
          'exceptions:\n  - {id: GHSA-67hx-6x53-jw92, scope: "pkg:npm/%40babel/traverse", reason: build only, owner: "@acme/widgets", approvers: ["@acme/security"], expires: "2099-01-01"}\nexport-control: {require-classification: false}',
        ),
    );
    const run = await runBundle('policy-scan', {
      cwd: dir,
      inputs: { sbom: 'widget-lib.cdx.json' },
    });
    expect(run.exitCode, run.stdout).toBe(0);
    // Only widget-lib's SBOM was given by hand: widget-docs is a warning.
    const report = JSON.parse(
      await readFile(run.outputs['report'] ?? '', 'utf8'),
    ) as { findings: { code: string; severity: string; message: string }[] };
    expect(
      report.findings.filter((f) => f.code === 'SCAN_ARTIFACT_NOT_SCANNED'),
    ).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining('widget-docs') as unknown,
      }),
    ]);
    expect(run.outputs['vex']).toMatch(/exceptions\.openvex\.json$/);
    const vex = JSON.parse(
      await readFile(run.outputs['vex'] ?? '', 'utf8'),
    ) as { statements: unknown[] };
    expect(vex.statements).toHaveLength(1);
  });
});
