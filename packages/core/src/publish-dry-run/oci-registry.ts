/**
 * The OCI probe (Docker Hub, GHCR, distribution's registry, …). It checks
 * the image layout on disk holds the manifest the manifest file names,
 * follows the registry's auth challenge (Basic, or a Bearer token asked for
 * with `push` scope), proves push permission by opening a blob upload
 * session and cancelling it at once, and looks for an existing tag. No
 * blob, manifest or tag is ever written.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { ArchiveProblem, readTarEntry } from './archive-reader.ts';
import {
  authFailed,
  authorizationHeader,
  jsonBody,
  permissionDenied,
  ProbeRecorder,
  recordStatus,
  versionExists,
  type ProbeResult,
  type ProbeTarget,
  type RegistryProbe,
} from './registry-probe.ts';
import { isRecord } from '../input/json-document.ts';

const manifestTypes = [
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
].join(', ');

/** Probes an OCI distribution registry. */
export class OCIRegistryProbe implements RegistryProbe {
  readonly kind = 'container' as const;

  async probe(target: ProbeTarget): Promise<ProbeResult> {
    const recorder = new ProbeRecorder(target);
    await checkLayout(target, recorder);
    const base = target.registry.url.replace(/\/+$/, '');
    const name = repositoryName(target);
    const challenge = await readChallenge(target, recorder, base);
    if (challenge === undefined) return recorder.result();
    const auth = await authenticate(target, recorder, base, name, challenge);
    if (auth === undefined) return recorder.result();
    await checkTag(target, recorder, base, name, auth);
    await checkPush(target, recorder, base, name, auth);
    return recorder.result();
  }
}

/** The repository name: `coordinates` when given, else the artifact name. */
function repositoryName(target: ProbeTarget): string {
  return (target.artifact.coordinates ?? target.artifact.name).toLowerCase();
}

// The artifact is an OCI image layout (a folder, or a tar of one) whose
// index.json must list the manifest named by the artifact's digest.
async function checkLayout(
  target: ProbeTarget,
  recorder: ProbeRecorder,
): Promise<void> {
  try {
    const index = await readLayoutIndex(target.artifactPath);
    const manifests =
      isRecord(index) && Array.isArray(index['manifests'])
        ? index['manifests']
        : [];
    const listed = manifests.some(
      (entry) => isRecord(entry) && entry['digest'] === target.artifact.digest,
    );
    if (listed) {
      recorder.set(
        'packageValid',
        true,
        'index.json lists the manifest digest',
      );
      return;
    }
    fail(
      target,
      recorder,
      `index.json does not list ${target.artifact.digest}`,
    );
  } catch (error: unknown) {
    const detail = error instanceof Error ? error.message : String(error);
    fail(target, recorder, detail);
  }
}

async function readLayoutIndex(path: string): Promise<unknown> {
  const info = await stat(path);
  if (info.isDirectory()) {
    const marker = await readFile(join(path, 'oci-layout'), 'utf8').catch(
      () => '',
    );
    if (!marker.includes('imageLayoutVersion'))
      throw new ArchiveProblem('the folder has no oci-layout file');
    return JSON.parse(
      await readFile(join(path, 'index.json'), 'utf8'),
    ) as unknown;
  }
  const entry = await readTarEntry(
    path,
    (item) => item.replace(/^\.\//, '') === 'index.json',
  );
  if (!entry) throw new ArchiveProblem('the archive has no index.json');
  return JSON.parse(entry.text) as unknown;
}

function fail(
  target: ProbeTarget,
  recorder: ProbeRecorder,
  detail: string,
): void {
  recorder.set('packageValid', false, detail);
  recorder.find({
    code: 'PUBLISH_PACKAGE_INVALID',
    severity: 'error',
    message: `${target.artifact.path} is not an OCI image layout holding the release's image: ${detail}`,
    remediation:
      'Point the artifact path at an OCI image layout folder or archive (e.g. `skopeo copy … oci:DIR:TAG`) and set digest to its manifest digest.',
  });
}

interface Challenge {
  scheme: 'none' | 'basic' | 'bearer';
  params: Record<string, string>;
}

async function readChallenge(
  target: ProbeTarget,
  recorder: ProbeRecorder,
  base: string,
): Promise<Challenge | undefined> {
  try {
    const response = await target.http.send({
      method: 'GET',
      url: `${base}/v2/`,
    });
    recorder.set('reachable', true, `GET /v2/ answered ${response.status}`);
    if (response.status === 200) return { scheme: 'none', params: {} };
    const header = response.headers['www-authenticate'] ?? '';
    if (response.status === 401 && /^bearer /i.test(header))
      return { scheme: 'bearer', params: challengeParams(header) };
    if (response.status === 401 && /^basic/i.test(header))
      return { scheme: 'basic', params: challengeParams(header) };
    recordStatus(recorder, target, response, 'reachable', 'GET /v2/');
  } catch (error: unknown) {
    recorder.fault('reachable', error);
  }
  return undefined;
}

/** Parses `Bearer realm="…",service="…"` into its parameters. */
export function challengeParams(header: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const match of header.matchAll(/(\w+)="([^"]*)"/g)) {
    const [, key = '', value = ''] = match;
    params[key.toLowerCase()] = value;
  }
  return params;
}

async function authenticate(
  target: ProbeTarget,
  recorder: ProbeRecorder,
  base: string,
  name: string,
  challenge: Challenge,
): Promise<Record<string, string> | undefined> {
  if (challenge.scheme === 'none') {
    recorder.set(
      'authenticated',
      'not checked',
      'the registry asks for no credentials',
    );
    return {};
  }
  if (!target.credential) {
    recorder.set(
      'authenticated',
      false,
      'the registry asks for credentials and none are configured',
    );
    recorder.find(authFailed(target, 'no credential configured'));
    return undefined;
  }
  try {
    const headers =
      challenge.scheme === 'basic'
        ? authorizationHeader(target.credential, 'Basic')
        : await fetchToken(target, recorder, challenge, name);
    if (!headers) return undefined;
    const response = await target.http.send({
      method: 'GET',
      url: `${base}/v2/`,
      headers,
    });
    if (
      !recordStatus(
        recorder,
        target,
        response,
        'authenticated',
        'GET /v2/ with credentials',
      )
    )
      return undefined;
    recorder.set(
      'authenticated',
      true,
      `${challenge.scheme} credentials accepted`,
    );
    return headers;
  } catch (error: unknown) {
    recorder.fault('authenticated', error);
    return undefined;
  }
}

async function fetchToken(
  target: ProbeTarget,
  recorder: ProbeRecorder,
  challenge: Challenge,
  name: string,
): Promise<Record<string, string> | undefined> {
  const realm = challenge.params['realm'];
  if (!realm) {
    recorder.set('authenticated', false, 'the Bearer challenge names no realm');
    return undefined;
  }
  const url = new URL(realm);
  if (challenge.params['service'])
    url.searchParams.set('service', challenge.params['service']);
  url.searchParams.set('scope', `repository:${name}:push,pull`);
  const response = await target.http.send({
    method: 'GET',
    url: url.toString(),
    headers: authorizationHeader(target.credential, 'Basic'),
    accept: ['application/json'],
  });
  if (
    !recordStatus(recorder, target, response, 'authenticated', 'token request')
  )
    return undefined;
  const body = jsonBody(response);
  const token = isRecord(body)
    ? (body['token'] ?? body['access_token'])
    : undefined;
  if (typeof token !== 'string' || token.length === 0) {
    recorder.set('authenticated', false, 'the token service returned no token');
    recorder.find(authFailed(target, 'the token service returned no token'));
    return undefined;
  }
  return { authorization: `Bearer ${token}` };
}

async function checkTag(
  target: ProbeTarget,
  recorder: ProbeRecorder,
  base: string,
  name: string,
  auth: Record<string, string>,
): Promise<void> {
  const tag = target.releaseVersion;
  try {
    const response = await target.http.send({
      method: 'HEAD',
      url: `${base}/v2/${name}/manifests/${encodeURIComponent(tag)}`,
      headers: { ...auth, accept: manifestTypes },
    });
    if (response.status === 404) {
      recorder.set('versionFree', true, `tag ${tag} does not exist`);
      return;
    }
    if (
      !recordStatus(
        recorder,
        target,
        response,
        'versionFree',
        `HEAD manifests/${tag}`,
      )
    )
      return;
    const digest = response.headers['docker-content-digest'];
    recorder.set(
      'versionFree',
      false,
      `tag ${tag} exists (${digest ?? 'digest unknown'})`,
    );
    recorder.find(versionExists(target, `${name}:${tag}`));
  } catch (error: unknown) {
    recorder.fault('versionFree', error);
  }
}

// Opening an upload session is the registry's own answer to "may this
// identity push here?"; the session is deleted at once and holds no data.
async function checkPush(
  target: ProbeTarget,
  recorder: ProbeRecorder,
  base: string,
  name: string,
  auth: Record<string, string>,
): Promise<void> {
  try {
    const response = await target.http.send({
      method: 'POST',
      url: `${base}/v2/${name}/blobs/uploads/`,
      headers: { ...auth, 'content-length': '0' },
    });
    if (response.status === 401 || response.status === 403) {
      recorder.set(
        'allowed',
        false,
        `opening an upload session: ${response.status}`,
      );
      recorder.find(
        permissionDenied(
          target,
          `push to ${name} refused (${response.status})`,
        ),
      );
      return;
    }
    if (
      !recordStatus(
        recorder,
        target,
        response,
        'allowed',
        'POST blobs/uploads/',
      )
    )
      return;
    recorder.set(
      'allowed',
      true,
      'an upload session opened (and was cancelled)',
    );
    await cancelUpload(target, base, response.headers['location'], auth);
  } catch (error: unknown) {
    recorder.fault('allowed', error);
  }
}

async function cancelUpload(
  target: ProbeTarget,
  base: string,
  location: string | undefined,
  auth: Record<string, string>,
): Promise<void> {
  // distribution's registry keeps a few bytes of session state under
  // _uploads/ after the DELETE until its upload purging runs; no blob,
  // manifest or tag exists because of the dry run.
  if (!location) return;
  const url = new URL(location, `${base}/`).toString();
  try {
    await target.http.send({ method: 'DELETE', url, headers: auth });
  } catch (error: unknown) {
    // A session left open holds no data and expires on the registry's own schedule.
    target.logger.warn(`could not cancel the upload session: ${String(error)}`);
  }
}
