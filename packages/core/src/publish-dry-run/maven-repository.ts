/**
 * The Maven probe (a WebDAV or Nexus/Artifactory-style repository). It
 * never uploads. Credentials and write permission are tested with `MKCOL`
 * on the repository root, which a PROPFIND has just shown to exist: a
 * server that accepts the credential answers 405 ("already exists") and
 * creates nothing, one that does not answers 401 or 403. A release version
 * already present is a finding even where the server would accept an
 * overwrite, and Maven Central's POM and companion-file rules are checked
 * on disk.
 */
import {
  authorizationHeader,
  ProbeRecorder,
  recordStatus,
  versionExists,
  type ProbeResult,
  type ProbeTarget,
  type RegistryProbe,
} from './registry-probe.ts';
import { checkCentralRules, type MavenCoordinates } from './maven-pom.ts';

/** Probes a Maven repository. */
export class MavenRepositoryProbe implements RegistryProbe {
  readonly kind = 'maven' as const;

  async probe(target: ProbeTarget): Promise<ProbeResult> {
    const recorder = new ProbeRecorder(target);
    const coordinates = mavenCoordinates(target, recorder);
    if (!coordinates) return recorder.result();
    await checkPackage(target, recorder, coordinates);
    const base = `${target.registry.url.replace(/\/+$/, '')}/`;
    const state = await checkReachable(target, recorder, base);
    if (state === 'unreachable') return recorder.result();
    if (state === 'collection') await checkWriteAccess(target, recorder, base);
    await checkVersion(target, recorder, base, coordinates);
    return recorder.result();
  }
}

function mavenCoordinates(
  target: ProbeTarget,
  recorder: ProbeRecorder,
): MavenCoordinates | undefined {
  const [groupId, artifactId, extra] = (
    target.artifact.coordinates ?? ''
  ).split(':');
  if (groupId && artifactId && extra === undefined)
    return { groupId, artifactId, version: target.releaseVersion };
  invalid(target, recorder, 'coordinates must be groupId:artifactId');
  return undefined;
}

function invalid(
  target: ProbeTarget,
  recorder: ProbeRecorder,
  detail: string,
): void {
  recorder.set('packageValid', false, detail);
  recorder.find({
    code: 'PUBLISH_PACKAGE_INVALID',
    severity: 'error',
    message: `${target.artifact.name} would be refused as a Maven release: ${detail}`,
    remediation:
      'Fix the POM and generate the sources and javadoc jars, .asc signatures and .md5/.sha1 checksums beside the artifact (e.g. maven-source-plugin, maven-javadoc-plugin, maven-gpg-plugin).',
  });
}

async function checkPackage(
  target: ProbeTarget,
  recorder: ProbeRecorder,
  coordinates: MavenCoordinates,
): Promise<void> {
  const problems = await checkCentralRules(target.artifactPath, coordinates);
  if (problems.length === 0) {
    recorder.set(
      'packageValid',
      true,
      "POM, sources, javadoc, signatures and checksums meet Central's rules",
    );
    return;
  }
  recorder.set(
    'packageValid',
    false,
    `${problems.length} Central rule(s) broken`,
  );
  for (const problem of problems) invalid(target, recorder, problem.message);
}

/** What PROPFIND on the root showed. */
type RootState = 'collection' | 'refused' | 'no-dav' | 'unreachable';

async function checkReachable(
  target: ProbeTarget,
  recorder: ProbeRecorder,
  base: string,
): Promise<RootState> {
  try {
    const response = await target.http.send({
      method: 'PROPFIND',
      url: base,
      headers: {
        ...authorizationHeader(target.credential, 'Basic'),
        depth: '0',
      },
    });
    recorder.set('reachable', true, `PROPFIND answered ${response.status}`);
    if (response.status === 207) return 'collection';
    if (response.status === 401 || response.status === 403) {
      recordStatus(
        recorder,
        target,
        response,
        'authenticated',
        'PROPFIND on the repository',
      );
      return 'refused';
    }
    // Without PROPFIND the root's existence is unknown, and MKCOL could
    // create it: write access stays untested rather than risk a write.
    recorder.set(
      'authenticated',
      'not checked',
      `the repository does not answer PROPFIND (${response.status}), so write access cannot be tested without uploading`,
    );
    recorder.set(
      'allowed',
      'not checked',
      'no non-mutating write test available',
    );
    return 'no-dav';
  } catch (error: unknown) {
    recorder.fault('reachable', error);
    return 'unreachable';
  }
}

async function checkWriteAccess(
  target: ProbeTarget,
  recorder: ProbeRecorder,
  base: string,
): Promise<void> {
  try {
    const response = await target.http.send({
      method: 'MKCOL',
      url: base,
      headers: authorizationHeader(target.credential, 'Basic'),
    });
    if (response.status === 405) {
      recorder.set(
        'authenticated',
        target.credential ? true : 'not checked',
        'write methods accepted the credential',
      );
      recorder.set(
        'allowed',
        true,
        'MKCOL on the existing root was authorised (405: nothing created)',
      );
      return;
    }
    if (
      recordStatus(
        recorder,
        target,
        response,
        'allowed',
        'MKCOL on the repository root',
      )
    )
      recorder.set(
        'allowed',
        'not checked',
        `MKCOL answered ${response.status}`,
      );
    else if (response.status === 401)
      recorder.set('allowed', false, 'not authenticated');
  } catch (error: unknown) {
    recorder.fault('allowed', error);
  }
}

async function checkVersion(
  target: ProbeTarget,
  recorder: ProbeRecorder,
  base: string,
  coordinates: MavenCoordinates,
): Promise<void> {
  const { groupId, artifactId, version } = coordinates;
  const path = `${groupId.split('.').join('/')}/${artifactId}/${version}/${artifactId}-${version}.pom`;
  try {
    const response = await target.http.send({
      method: 'HEAD',
      url: `${base}${path}`,
      headers: authorizationHeader(target.credential, 'Basic'),
    });
    if (response.status === 404) {
      recorder.set('versionFree', true, `${version} is not in the repository`);
      return;
    }
    if (
      !recordStatus(recorder, target, response, 'versionFree', `HEAD ${path}`)
    )
      return;
    recorder.set('versionFree', false, `${path} exists`);
    recorder.find(versionExists(target, `${groupId}:${artifactId}:${version}`));
  } catch (error: unknown) {
    recorder.fault('versionFree', error);
  }
}
