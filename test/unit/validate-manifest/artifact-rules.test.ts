import { createHash, randomBytes } from 'node:crypto';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../helpers/temp-project.ts';
import {
  codesOf,
  exampleProject,
  onlyFinding,
  positionOf,
  type ExampleProject,
} from './example-project.ts';

const docsDigest =
  'sha256:dd7156ff9e73c4613541b57e701b01843661481d875968abd8994f2f66e84c41';
const docsPath = 'path: dist/widget-docs-1.4.0.tar.gz';

let project: ExampleProject;

beforeEach(async () => {
  project = await exampleProject();
});

afterEach(async () => {
  await project.cleanup();
});

describe('validate-manifest artifact digests', () => {
  it('refuses a digest that does not match, naming the real one', async () => {
    const wrong = docsDigest.replace('dd71', '0000');
    await project.replace('release.yaml', docsDigest, wrong);
    const report = await project.validate();
    const finding = onlyFinding(report, 'ARTIFACT_DIGEST_MISMATCH');
    expect(finding.location?.pointer).toBe('/artifacts/1/digest');
    expect(finding.details).toEqual({ actual: docsDigest });
    expect(finding.remediation).toContain(docsDigest);
    expect(finding.owner).toBe('@acme/docs');
    expect(report['artifacts']).toContainEqual(
      expect.objectContaining({ name: 'widget-docs', verified: false }),
    );
  });

  it('checks sha512 digests of files larger than the read buffer', async () => {
    const content = randomBytes(3 * 1024 * 1024 + 17);
    await project.write('dist/big.bin', content);
    const hex = createHash('sha512').update(content).digest('hex');
    await project.replace('release.yaml', docsPath, 'path: dist/big.bin');
    await project.replace('release.yaml', docsDigest, `sha512:${hex}`);
    expect((await project.validate()).findings).toEqual([]);

    await project.replace(
      'release.yaml',
      `sha512:${hex}`,
      `sha512:${hex.replace(/^../, 'ff')}`,
    );
    expect(codesOf(await project.validate())).toEqual([
      'ARTIFACT_DIGEST_MISMATCH',
    ]);
  });
});

describe('validate-manifest artifact paths', () => {
  it.each([
    ['path: ../outside.tgz', 'ARTIFACT_PATH_OUTSIDE'],
    ['path: /etc/hostname', 'ARTIFACT_PATH_OUTSIDE'],
    ['path: dist/%2e%2e/x.tgz', 'ARTIFACT_PATH_INVALID'],
    ['path: dist\\widget-docs-1.4.0.tar.gz', 'ARTIFACT_PATH_INVALID'],
    ['path: dist/missing.tar.gz', 'ARTIFACT_PATH_MISSING'],
    ['path: dist', 'ARTIFACT_NOT_REGULAR'],
  ])('refuses %s with %s', async (line, code) => {
    await project.replace('release.yaml', docsPath, line);
    const finding = onlyFinding(await project.validate(), code);
    expect(finding.location?.pointer).toBe('/artifacts/1/path');
    const text = await project.read('release.yaml');
    const at = positionOf(text, `${line}\n`);
    expect(finding.location).toMatchObject({ ...at, column: at.column + 6 });
  });

  it('refuses a symbolic link that leads out of the project', async () => {
    const outside = await tempDir();
    try {
      await writeFile(join(outside.dir, 'secret'), 'npm_token=x\n');
      await symlink(
        join(outside.dir, 'secret'),
        join(project.dir, 'dist', 'link.tgz'),
      );
      await project.replace('release.yaml', docsPath, 'path: dist/link.tgz');
      const finding = onlyFinding(
        await project.validate(),
        'ARTIFACT_PATH_OUTSIDE',
      );
      expect(finding.message).toContain('outside the project');
    } finally {
      await outside.cleanup();
    }
  });

  it('accepts a symbolic link that stays inside the project', async () => {
    await mkdir(join(project.dir, 'out'));
    await symlink(
      join(project.dir, 'dist', 'widget-docs-1.4.0.tar.gz'),
      join(project.dir, 'out', 'docs.tgz'),
    );
    await project.replace('release.yaml', docsPath, 'path: out/docs.tgz');
    expect((await project.validate()).findings).toEqual([]);
  });

  it('refuses a missing version file and a missing SBOM', async () => {
    await project.replace(
      'release.yaml',
      'version-file: widget-lib/package.json',
      'version-file: widget-lib/pkg.json',
    );
    await project.replace(
      'release.yaml',
      "owner: '@acme/docs'",
      "owner: '@acme/docs'\n    dependencies: { sbom: docs.cdx.json }",
    );
    const report = await project.validate();
    expect(codesOf(report)).toEqual(
      expect.arrayContaining(['VERSION_FILE_MISSING', 'SBOM_FILE_MISSING']),
    );
  });
});

describe('validate-manifest OCI image layouts', () => {
  async function writeLayout(manifest: string): Promise<string> {
    const dir = join(project.dir, 'image');
    const hex = createHash('sha256').update(manifest).digest('hex');
    await mkdir(join(dir, 'blobs', 'sha256'), { recursive: true });
    await writeFile(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
    await writeFile(join(dir, 'blobs', 'sha256', hex), manifest);
    await writeFile(
      join(dir, 'index.json'),
      JSON.stringify({
        schemaVersion: 2,
        manifests: [
          {
            mediaType: 'application/vnd.oci.image.manifest.v1+json',
            digest: `sha256:${hex}`,
            size: manifest.length,
          },
        ],
      }),
    );
    return `sha256:${hex}`;
  }

  async function declareImage(digest: string): Promise<void> {
    const text = await project.read('release.yaml');
    await project.write(
      'release.yaml',
      `${text}  - name: acme/widget-server\n    kind: container\n    path: image\n    digest: ${digest}\n    license: MIT\n    owner: '@acme/widgets'\n`,
    );
  }

  const manifest = JSON.stringify({ schemaVersion: 2, layers: [] });

  it('accepts a layout whose index lists the declared image manifest', async () => {
    await declareImage(await writeLayout(manifest));
    expect((await project.validate()).findings).toEqual([]);
  });

  it('refuses a digest the index does not list', async () => {
    await writeLayout(manifest);
    await declareImage(`sha256:${'ab'.repeat(32)}`);
    const finding = onlyFinding(
      await project.validate(),
      'ARTIFACT_DIGEST_MISMATCH',
    );
    expect(finding.message).toContain('index.json lists no image manifest');
  });

  it('refuses a layout whose manifest blob was altered', async () => {
    const digest = await writeLayout(manifest);
    await writeFile(
      join(project.dir, 'image', 'blobs', 'sha256', digest.slice(7)),
      `${manifest} `,
    );
    await declareImage(digest);
    const finding = onlyFinding(
      await project.validate(),
      'ARTIFACT_DIGEST_MISMATCH',
    );
    expect(finding.message).toContain('hashes to');
  });

  it('refuses a folder that is not an OCI layout', async () => {
    await mkdir(join(project.dir, 'image'));
    await declareImage(`sha256:${'ab'.repeat(32)}`);
    onlyFinding(await project.validate(), 'ARTIFACT_OCI_LAYOUT_INVALID');
  });
});
