/**
 * The OCI probe against Debian's docker-registry with htpasswd auth, and
 * the Maven probe against nginx with WebDAV and basic auth on writes.
 * Each server starts once for the file; after every dry run its storage
 * is listed again: no blob, manifest, tag or file may have appeared.
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPublishDryRunStage } from '@shipshape/core/publish-dry-run/publish-dry-run-stage';
import type { StageReport } from '@shipshape/core';
import { canaries, expectNoLeak } from '../../helpers/canaries.ts';
import {
  dockerRegistryAvailable,
  missing,
  nginxAvailable,
} from '../../helpers/registries/components.ts';
import {
  startDockerRegistry,
  type DockerRegistry,
} from '../../helpers/registries/docker-registry.ts';
import {
  startNginxMaven,
  type MavenRepository,
} from '../../helpers/registries/nginx-maven.ts';
import {
  dryRunProject,
  type DryRunProject,
} from '../../helpers/registries/dry-run-project.ts';
import {
  goodPOM,
  writeMavenRelease,
  writeOCILayout,
} from '../../helpers/registries/artifacts.ts';

const password = canaries.password;
const codes = (report: StageReport) =>
  report.findings.map((finding) => finding.code);

describe.skipIf(missing(dockerRegistryAvailable))(
  'publish-dry-run against docker-registry (apt-get install -y docker-registry apache2-utils)',
  () => {
    let registry: DockerRegistry;
    let project: DryRunProject;
    let digest: string;

    beforeAll(async () => {
      registry = await startDockerRegistry({ pusher: password });
      project = await dryRunProject();
      digest = await writeOCILayout(join(project.dir, 'image'));
    });
    afterAll(async () => {
      await project.cleanup();
      await registry.stop();
    });

    async function dryRun(
      credential: string,
      version = '1.0.0',
    ): Promise<StageReport> {
      await project.write(
        version,
        [
          {
            name: 'widget',
            kind: 'container',
            path: 'image',
            digest,
            coordinates: 'acme/widget',
            targets: ['oci-staging'],
          },
        ],
        {
          'oci-staging': {
            kind: 'container',
            url: registry.url,
            environment: 'staging',
            credentials: 'OCI_STAGING',
          },
        },
      );
      const { context } = project.context({ OCI_STAGING: credential });
      const report = await runPublishDryRunStage(context, {
        http: { deadlineMs: 8000 },
      });
      expectNoLeak(JSON.stringify(report), [credential]);
      return report;
    }

    async function expectNothingPushed(): Promise<void> {
      const files = await registry.files();
      expect(
        files.filter((file) => /\/blobs\/|\/_manifests\//.test(file)),
      ).toEqual([]);
    }

    it('passes a good setup, opening and cancelling an upload session', async () => {
      const report = await dryRun(`pusher:${password}`);
      expect(codes(report)).toEqual([]);
      expect(report['table']).toMatchObject([
        {
          reachable: true,
          authenticated: true,
          allowed: true,
          versionFree: true,
          packageValid: true,
        },
      ]);
      await expectNothingPushed();
    });

    it('reports a wrong password as PUBLISH_AUTH_FAILED', async () => {
      const report = await dryRun('pusher:wrong-password-123');
      expect(codes(report)).toEqual(['PUBLISH_AUTH_FAILED']);
      expect(report.findings[0]?.remediation).toContain('OCI_STAGING');
      await expectNothingPushed();
    });

    it('reports a credential without a user part as PUBLISH_CREDENTIAL_MISSING', async () => {
      const report = await dryRun(password);
      expect(codes(report)).toContain('PUBLISH_CREDENTIAL_MISSING');
      await expectNothingPushed();
    });

    it('reports a layout that does not hold the manifest digest as PUBLISH_PACKAGE_INVALID', async () => {
      const good = digest;
      digest = `sha256:${'1'.repeat(64)}`;
      try {
        const report = await dryRun(`pusher:${password}`);
        expect(codes(report)).toEqual(['PUBLISH_PACKAGE_INVALID']);
      } finally {
        digest = good;
      }
    });

    it('reports an existing tag as PUBLISH_VERSION_EXISTS', async () => {
      // Test setup pushes a tag for real, so that the dry run meets it.
      const auth = {
        authorization: `Basic ${Buffer.from(`pusher:${password}`).toString('base64')}`,
      };
      const config = '{}';
      const { createHash } = await import('node:crypto');
      const configDigest = `sha256:${createHash('sha256').update(config).digest('hex')}`;
      const start = await fetch(
        `${registry.url}/v2/acme/widget/blobs/uploads/`,
        { method: 'POST', headers: auth },
      );
      const location = new URL(
        start.headers.get('location') ?? '',
        registry.url,
      );
      location.searchParams.set('digest', configDigest);
      expect(
        (await fetch(location, { method: 'PUT', headers: auth, body: config }))
          .status,
      ).toBe(201);
      const manifest = JSON.stringify({
        schemaVersion: 2,
        mediaType: 'application/vnd.oci.image.manifest.v1+json',
        config: {
          mediaType: 'application/vnd.oci.image.config.v1+json',
          digest: configDigest,
          size: 2,
        },
        layers: [],
      });
      const put = await fetch(
        `${registry.url}/v2/acme/widget/manifests/9.9.9`,
        {
          method: 'PUT',
          headers: {
            ...auth,
            'content-type': 'application/vnd.oci.image.manifest.v1+json',
          },
          body: manifest,
        },
      );
      expect(put.status).toBe(201);
      const before = await registry.files();
      const report = await dryRun(`pusher:${password}`, '9.9.9');
      expect(codes(report)).toEqual(['PUBLISH_VERSION_EXISTS']);
      // Cancelled upload sessions may leave registry-internal state under
      // _uploads/; blobs, manifests and tags must be exactly as before.
      const stored = (files: string[]) =>
        files.filter((file) => !file.includes('/_uploads/'));
      expect(stored(await registry.files())).toEqual(stored(before));
    });
  },
);

describe.skipIf(missing(nginxAvailable))(
  'publish-dry-run against nginx WebDAV (apt-get install -y nginx libnginx-mod-http-dav-ext apache2-utils)',
  () => {
    let repo: MavenRepository;
    let project: DryRunProject;

    beforeAll(async () => {
      repo = await startNginxMaven({ deployer: password });
      project = await dryRunProject();
      await writeMavenRelease(join(project.dir, 'maven'), '1.0.0');
      await writeMavenRelease(
        join(project.dir, 'maven-bad'),
        '1.0.0',
        goodPOM('1.0.0')
          .replace(/<scm>.*<\/scm>/, '')
          .replace(/<developers>.*<\/developers>/, ''),
        ['widgets-1.0.0-javadoc.jar'],
      );
      // A release already in the repository (test setup writes it directly).
      await mkdir(join(repo.root, 'releases/com/acme/widgets/0.9.0'), {
        recursive: true,
      });
      const { writeFile } = await import('node:fs/promises');
      await writeFile(
        join(repo.root, 'releases/com/acme/widgets/0.9.0/widgets-0.9.0.pom'),
        goodPOM('0.9.0'),
      );
      await writeMavenRelease(join(project.dir, 'maven-old'), '0.9.0');
    });
    afterAll(async () => {
      await project.cleanup();
      await repo.stop();
    });

    async function dryRun(
      folder: string,
      version: string,
      credential: string,
      url = repo.url,
      user?: string,
    ): Promise<StageReport> {
      await project.write(
        version,
        [
          {
            name: 'widgets',
            kind: 'maven',
            path: `${folder}/widgets-${version}.jar`,
            coordinates: 'com.acme:widgets',
            targets: ['maven-staging'],
          },
        ],
        {
          'maven-staging': {
            kind: 'maven',
            url,
            environment: 'staging',
            credentials: 'MAVEN_STAGING',
            ...(user ? { user } : {}),
          },
        },
      );
      const before = await repo.files();
      const { context } = project.context({ MAVEN_STAGING: credential });
      const report = await runPublishDryRunStage(context, {
        http: { deadlineMs: 8000 },
      });
      expect(await repo.files()).toEqual(before);
      expectNoLeak(JSON.stringify(report), [credential]);
      return report;
    }

    it('passes a good setup: credentials proven by MKCOL on the existing root (405), nothing created', async () => {
      const report = await dryRun('maven', '1.0.0', `deployer:${password}`);
      expect(codes(report)).toEqual([]);
      expect(report['table']).toMatchObject([
        {
          reachable: true,
          authenticated: true,
          allowed: true,
          versionFree: true,
          packageValid: true,
        },
      ]);
    });

    it('takes the user from registries.<name>.user when the variable holds the secret alone', async () => {
      const report = await dryRun(
        'maven',
        '1.0.0',
        password,
        repo.url,
        'deployer',
      );
      expect(codes(report)).toEqual([]);
      expectNoLeak(JSON.stringify(report), [`deployer:${password}`]);
    });

    it('reports a wrong password as PUBLISH_AUTH_FAILED', async () => {
      const report = await dryRun(
        'maven',
        '1.0.0',
        'deployer:not-the-password',
      );
      expect(codes(report)).toContain('PUBLISH_AUTH_FAILED');
    });

    it('reports a release already present as PUBLISH_VERSION_EXISTS although nginx would allow an overwrite', async () => {
      const report = await dryRun('maven-old', '0.9.0', `deployer:${password}`);
      expect(codes(report)).toEqual(['PUBLISH_VERSION_EXISTS']);
    });

    it('reports each broken Central rule (missing scm, developers, javadoc jar) as PUBLISH_PACKAGE_INVALID', async () => {
      const report = await dryRun('maven-bad', '1.0.0', `deployer:${password}`);
      const messages = report.findings
        .filter((item) => item.code === 'PUBLISH_PACKAGE_INVALID')
        .map((item) => item.message);
      expect(messages.join('\n')).toMatch(/no <scm>/);
      expect(messages.join('\n')).toMatch(/no <developers>/);
      expect(messages.join('\n')).toMatch(/javadoc\.jar is missing/);
    });

    it('reports a closed port as PUBLISH_REGISTRY_UNREACHABLE', async () => {
      const report = await dryRun(
        'maven',
        '1.0.0',
        `deployer:${password}`,
        'http://127.0.0.1:9/releases',
      );
      expect(codes(report)).toEqual(['PUBLISH_REGISTRY_UNREACHABLE']);
    });
  },
);
