import { access, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '@shipshape/core';
import {
  codesOf,
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

describe('validate-manifest schema rule', () => {
  it('passes the example project with no findings at all', async () => {
    const report = await project.validate();
    expect(report.findings).toEqual([]);
    expect(report.ok).toBe(true);
    expect(report['artifacts']).toEqual([
      expect.objectContaining({ name: 'widget-lib', verified: true }),
      expect.objectContaining({ name: 'widget-docs', verified: true }),
    ]);
  });

  it('refuses an unknown key at the line and column of the key, suggesting the key meant', async () => {
    await project.replace(
      'release.yaml',
      '    license: MIT\n',
      '    licence: MIT\n',
    );
    const report = await project.validate();
    expect(report.ok).toBe(false);
    const finding = onlyFinding(report, 'MANIFEST_UNKNOWN_KEY');
    const text = await project.read('release.yaml');
    expect(finding.location).toEqual({
      file: 'release.yaml',
      pointer: '/artifacts/1/licence',
      ...positionOf(text, 'licence'),
    });
    expect(finding.remediation).toContain('"license"');
    expect(finding.owner).toBe('@acme/docs');
    // The missing licence is reported too: every problem, not the first.
    expect(codesOf(report)).toContain('MANIFEST_FIELD_MISSING');
  });

  it('refuses a value outside its enum and a malformed digest', async () => {
    await project.replace('release.yaml', 'kind: npm', 'kind: npmjs');
    await project.replace(
      'release.yaml',
      'digest: sha256:56c2',
      'digest: md5:56c2',
    );
    const report = await project.validate();
    const schema = report.findings.filter((f) => f.code === 'MANIFEST_SCHEMA');
    expect(schema.map((f) => f.location?.pointer).sort()).toEqual([
      '/artifacts/0/digest',
      '/artifacts/0/kind',
    ]);
    const text = await project.read('release.yaml');
    expect(
      schema.find((f) => f.location?.pointer === '/artifacts/0/kind')?.location,
    ).toMatchObject(positionOf(text, 'npmjs'));
  });

  it('reports a key left without a value as empty', async () => {
    await project.replace('release.yaml', "owner: '@acme/docs'", 'owner:');
    const report = await project.validate();
    const finding = onlyFinding(report, 'MANIFEST_FIELD_EMPTY');
    expect(finding.location?.pointer).toBe('/artifacts/1/owner');
  });

  it('reports a manifest that is not a mapping as a finding', async () => {
    await project.write('release.yaml', '- just\n- a list\n');
    const report = await project.validate();
    // No artifact is left, so the package in widget-lib/ is uncovered too.
    expect(codesOf(report)).toEqual(['MANIFEST_SCHEMA', 'INVENTORY_UNCOVERED']);
  });

  it('accepts x- extension keys at the top level', async () => {
    const text = await project.read('release.yaml');
    await project.write('release.yaml', `${text}x-internal: {team: widgets}\n`);
    expect((await project.validate()).findings).toEqual([]);
  });
});

describe('validate-manifest refuses unreadable manifests with exit 2', () => {
  async function expectRefused(code: string): Promise<UserError> {
    const error: unknown = await project.validate().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe(code);
    expect((error as UserError).source.file).toBe('release.yaml');
    // Nothing is written: no report, no journal.
    await expect(access(join(project.dir, '.shipshape'))).rejects.toThrow();
    return error as UserError;
  }

  it('refuses malformed YAML naming the line', async () => {
    await project.write('release.yaml', 'release:\n  id: [unclosed\n');
    const error = await expectRefused('YAML_INVALID');
    expect(error.source.line).toBeGreaterThan(0);
  });

  it('refuses a YAML alias bomb', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let level = 1; level < 8; level += 1) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(
        `${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`,
      );
    }
    await project.write('release.yaml', `${levels.join('\n')}\n`);
    await expectRefused('YAML_REFUSED');
  });

  it('refuses a manifest over the size limit', async () => {
    const text = await project.read('release.yaml');
    await project.write('release.yaml', `${text}${'#'.repeat(1024 * 1024)}\n`);
    await expectRefused('INPUT_TOO_LARGE');
  });

  it('refuses a manifest that is not UTF-8', async () => {
    const text = Buffer.from(await project.read('release.yaml'));
    await project.write(
      'release.yaml',
      Buffer.concat([text, Buffer.from([0x23, 0xff, 0xfe, 0x0a])]),
    );
    await expectRefused('INPUT_NOT_UTF8');
  });

  it('refuses duplicate keys and the __proto__ key', async () => {
    const text = await project.read('release.yaml');
    await project.write(
      'release.yaml',
      text.replace(
        '  version: 1.4.0\n',
        '  version: 1.4.0\n  version: 1.5.0\n',
      ),
    );
    await expectRefused('YAML_INVALID');
    await project.write(
      'release.yaml',
      text.replace('release:\n', 'release:\n  __proto__: {polluted: true}\n'),
    );
    await expectRefused('YAML_FORBIDDEN_KEY');
  });

  it('refuses a missing manifest', async () => {
    const error: unknown = await project
      .validate({ manifest: 'nope.yaml' })
      .catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).code).toBe('INPUT_UNREADABLE');
    expect(await readdir(project.dir)).not.toContain('.shipshape');
  });
});
