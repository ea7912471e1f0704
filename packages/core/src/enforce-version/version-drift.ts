/**
 * Drift: the declared version must agree with the project's own version
 * sources (each artifact's `version-file`) and with the changelog section
 * the release notes point at. Each disagreement is a finding.
 */
import { UserError } from '../errors.ts';
import type { Finding, Location } from '../findings.ts';
import { readTextFile } from '../input/text-file.ts';
import { limits } from '../limits.ts';
import type { LoadedManifest } from '../manifest/release-manifest.ts';
import { resolveProjectPath } from '../paths/project-path.ts';
import { visibleText } from '../text/visible-text.ts';
import { headingNamesVersion, readHeadings } from './changelog-section.ts';
import { versionReaderFor } from './version-sources.ts';

/** Checks every version source and the changelog against `version`. */
export async function checkVersionDrift(
  loaded: LoadedManifest,
  version: string,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  const artifacts = loaded.manifest.artifacts;
  for (const [index, artifact] of artifacts.entries()) {
    const file = artifact['version-file'];
    if (file === undefined) continue;
    const pointer = `/artifacts/${index}/version-file`;
    const finding = await checkVersionFile(loaded, file, pointer, version);
    if (finding) findings.push({ ...finding, owner: artifact.owner });
  }
  const notes = loaded.manifest.release.notes;
  if (notes !== undefined && !/^[a-z][a-z0-9+.-]*:/i.test(notes)) {
    findings.push(...(await checkChangelog(loaded, notes, version)));
  }
  return findings;
}

function locationOf(loaded: LoadedManifest, pointer: string): Location {
  const at = loaded.document.locate(pointer);
  return { file: loaded.file, pointer, line: at?.line, column: at?.column };
}

async function readProjectFile(
  loaded: LoadedManifest,
  path: string,
  pointer: string,
): Promise<string> {
  const field = pointer.slice(1).replaceAll('/', '.');
  const resolved = await resolveProjectPath(
    loaded.dir,
    loaded.dir,
    path,
    false,
  );
  if (!resolved.ok) {
    const at = loaded.document.locate(pointer);
    throw new UserError(
      'VERSION_SOURCE_UNREADABLE',
      `${field} "${visibleText(path)}" cannot be read: ${resolved.detail}`,
      { file: loaded.file, field, line: at?.line, column: at?.column },
    );
  }
  return readTextFile(resolved.real, {
    maxBytes: limits.configBytes,
    displayName: path,
  });
}

async function checkVersionFile(
  loaded: LoadedManifest,
  path: string,
  pointer: string,
  version: string,
): Promise<Finding | undefined> {
  const location = locationOf(loaded, pointer);
  const reader = versionReaderFor(path);
  if (!reader) {
    return {
      code: 'VERSION_SOURCE_UNKNOWN',
      severity: 'warning',
      message: `${visibleText(path)} is not a version source enforce-version can read (package.json, pyproject.toml, pom.xml or *.csproj), so its version is not compared`,
      location,
    };
  }
  const text = await readProjectFile(loaded, path, pointer);
  const found = reader(text, path);
  if (found === undefined) {
    return {
      code: 'VERSION_SOURCE_MISSING',
      severity: 'error',
      message: `${visibleText(path)} declares no version, so it cannot be checked against release.version ${version}`,
      location,
      remediation: `Set the version in ${visibleText(path)} to ${version}.`,
    };
  }
  if (found === version) return undefined;
  return {
    code: 'VERSION_DRIFT',
    severity: 'error',
    message: `${visibleText(path)} declares version ${visibleText(found, 128)}, but release.version is ${version}`,
    location,
    remediation: `Set the version in ${visibleText(path)} to ${version}, or correct release.version.`,
    details: { source: path, found, declared: version },
  };
}

async function checkChangelog(
  loaded: LoadedManifest,
  notes: string,
  version: string,
): Promise<Finding[]> {
  const hash = notes.indexOf('#');
  const path = hash < 0 ? notes : notes.slice(0, hash);
  const anchor = hash < 0 ? undefined : notes.slice(hash + 1).toLowerCase();
  const location = locationOf(loaded, '/release/notes');
  const text = await readProjectFile(loaded, path, '/release/notes');
  const headings = readHeadings(text);
  const section = anchor
    ? headings.find((heading) => heading.anchor === anchor)
    : headings.find((heading) => headingNamesVersion(heading.text, version));
  if (!section) {
    return [
      {
        code: 'CHANGELOG_SECTION_MISSING',
        severity: 'error',
        message: anchor
          ? `${visibleText(path)} has no heading with the anchor #${visibleText(anchor)} that release.notes points at`
          : `${visibleText(path)} has no heading naming version ${version}`,
        location,
        remediation: `Add a "## ${version}" section to ${visibleText(path)}.`,
      },
    ];
  }
  if (headingNamesVersion(section.text, version)) return [];
  return [
    {
      code: 'VERSION_CHANGELOG_DRIFT',
      severity: 'error',
      message: `the changelog section ${visibleText(path)}#${visibleText(section.anchor)} (line ${section.line}) is headed "${visibleText(section.text)}", which does not name release.version ${version}`,
      location,
      remediation: `Point release.notes at the ${version} section, or correct its heading.`,
    },
  ];
}
