/**
 * The NuGet probe. It reads id and version from the package's .nuspec,
 * loads the feed's service index (`index.json`), finds the flat container
 * (`PackageBaseAddress/3.0.0`) and lists the package's published versions
 * there. NuGet offers no way to test an API key without pushing, so
 * "authenticated" and "allowed" are reported as not checked.
 */
import { ArchiveProblem, readZipEntry } from './archive-reader.ts';
import {
  jsonBody,
  ProbeRecorder,
  recordStatus,
  versionExists,
  type ProbeResult,
  type ProbeTarget,
  type RegistryProbe,
} from './registry-probe.ts';
import { isRecord } from '../input/json-document.ts';

/** Probes a NuGet v3 feed. */
export class NuGetFeedProbe implements RegistryProbe {
  readonly kind = 'nuget' as const;

  async probe(target: ProbeTarget): Promise<ProbeResult> {
    const recorder = new ProbeRecorder(target);
    const identity = await readNuspec(target, recorder);
    const reason = 'NuGet has no way to test an API key without pushing';
    recorder.set('authenticated', 'not checked', reason);
    recorder.set('allowed', 'not checked', reason);
    const flat = await findFlatContainer(target, recorder);
    if (flat && identity) await checkVersion(target, recorder, flat, identity);
    return recorder.result();
  }
}

async function readNuspec(
  target: ProbeTarget,
  recorder: ProbeRecorder,
): Promise<{ id: string; version: string } | undefined> {
  const problems: string[] = [];
  let identity: { id: string; version: string } | undefined;
  try {
    const entry = await readZipEntry(target.artifactPath, (path) =>
      /^[^/]+\.nuspec$/.test(path),
    );
    if (!entry) problems.push('the package holds no .nuspec');
    const text = entry?.text ?? '';
    if (/<!DOCTYPE/i.test(text))
      problems.push('the .nuspec has a DOCTYPE declaration');
    const value = (name: string) =>
      new RegExp(`<${name}>\\s*([^<]+?)\\s*</${name}>`).exec(text)?.[1];
    for (const name of ['id', 'version', 'authors', 'description'])
      if (entry && !value(name)) problems.push(`the .nuspec has no <${name}>`);
    const id = value('id');
    const version = value('version');
    if (id && version) identity = { id, version };
  } catch (error: unknown) {
    if (!(error instanceof ArchiveProblem)) throw error;
    problems.push(error.message);
  }
  if (problems.length === 0) {
    recorder.set(
      'packageValid',
      true,
      '.nuspec has id, version, authors and description',
    );
    return identity;
  }
  recorder.set('packageValid', false, problems.join('; '));
  for (const problem of problems)
    recorder.find({
      code: 'PUBLISH_PACKAGE_INVALID',
      severity: 'error',
      message: `${target.artifact.path} would be refused by the feed: ${problem}`,
      remediation:
        'Re-pack with `dotnet pack` after completing the package metadata.',
    });
  return identity;
}

async function findFlatContainer(
  target: ProbeTarget,
  recorder: ProbeRecorder,
): Promise<string | undefined> {
  const url = target.registry.url;
  try {
    const response = await target.http.send({
      method: 'GET',
      url,
      accept: ['application/json'],
    });
    recorder.set(
      'reachable',
      true,
      `the service index answered ${response.status}`,
    );
    if (
      !recordStatus(
        recorder,
        target,
        response,
        'versionFree',
        'GET service index',
      )
    )
      return undefined;
    const body = jsonBody(response);
    const resources: unknown[] =
      isRecord(body) && Array.isArray(body['resources'])
        ? (body['resources'] as unknown[])
        : [];
    const flat = resources.find(
      (item) =>
        isRecord(item) &&
        String(item['@type']).startsWith('PackageBaseAddress/3.0.0'),
    );
    if (isRecord(flat) && typeof flat['@id'] === 'string')
      return flat['@id'].replace(/\/+$/, '');
    recorder.set(
      'versionFree',
      'not checked',
      'the service index lists no PackageBaseAddress/3.0.0',
    );
  } catch (error: unknown) {
    recorder.fault('reachable', error);
  }
  return undefined;
}

async function checkVersion(
  target: ProbeTarget,
  recorder: ProbeRecorder,
  flat: string,
  identity: { id: string; version: string },
): Promise<void> {
  const id = identity.id.toLowerCase();
  try {
    const response = await target.http.send({
      method: 'GET',
      url: `${flat}/${encodeURIComponent(id)}/index.json`,
      accept: ['application/json'],
    });
    if (response.status === 404) {
      recorder.set('versionFree', true, `${identity.id} is not on the feed`);
      return;
    }
    if (
      !recordStatus(
        recorder,
        target,
        response,
        'versionFree',
        'GET flat container',
      )
    )
      return;
    const body = jsonBody(response);
    const versions =
      isRecord(body) && Array.isArray(body['versions']) ? body['versions'] : [];
    const wanted = identity.version.toLowerCase();
    if (versions.some((item) => String(item).toLowerCase() === wanted)) {
      recorder.set('versionFree', false, `${identity.version} is on the feed`);
      recorder.find(
        versionExists(target, `${identity.id} ${identity.version}`),
      );
    } else {
      recorder.set(
        'versionFree',
        true,
        `${identity.version} is not on the feed`,
      );
    }
  } catch (error: unknown) {
    recorder.fault('versionFree', error);
  }
}
