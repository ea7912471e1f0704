/**
 * Writes CycloneDX 1.5 or 1.6 JSON through the CycloneDX library's models,
 * normalizer and serializer (sorted lists). Hashes sit on each component;
 * the subject is `metadata.component` with the artifact digest, release
 * properties and signature files as external references. The serial number
 * is derived from the content, so identical inputs give identical bytes.
 */
import {
  Enums,
  Models,
  Serialize,
  Spec,
  SPDX,
} from '@cyclonedx/cyclonedx-library';
import { sha256Hex } from '../hashing/file-digest.ts';
import { canonicalLine } from '../input/canonical-json.ts';
import type { LockedHash, LockedPackage } from '../lockfiles/locked-package.ts';
import {
  classifyLicense,
  subjectProperties,
  uuidFromHex,
  type SBOMContent,
  type SBOMSubject,
} from './sbom-document.ts';

/** CycloneDX versions shipshape writes. */
export const cycloneDXWriteVersions = ['1.5', '1.6'] as const;
export type CycloneDXWriteVersion = (typeof cycloneDXWriteVersions)[number];

const specs = { '1.5': Spec.Spec1dot5, '1.6': Spec.Spec1dot6 } as const;

const hashNames: Record<LockedHash['algorithm'], Enums.HashAlgorithm> = {
  sha1: Enums.HashAlgorithm['SHA-1'],
  sha256: Enums.HashAlgorithm['SHA-256'],
  sha384: Enums.HashAlgorithm['SHA-384'],
  sha512: Enums.HashAlgorithm['SHA-512'],
};

const subjectTypes: Record<string, Enums.ComponentType> = {
  container: Enums.ComponentType.Container,
  installer: Enums.ComponentType.Application,
  file: Enums.ComponentType.File,
};

/** Serialises `content` as CycloneDX JSON of the given version. */
export function writeCycloneDX(
  content: SBOMContent,
  version: CycloneDXWriteVersion,
): string {
  const bom = new Models.Bom();
  bom.metadata.timestamp = content.timestamp;
  bom.metadata.tools.components.add(
    new Models.Component(Enums.ComponentType.Application, 'shipshape', {
      version: content.toolVersion,
    }),
  );
  const subject = subjectComponent(content.subject);
  bom.metadata.component = subject;
  for (const [name, value] of subjectProperties(content.subject)) {
    bom.metadata.properties.add(new Models.Property(name, value));
  }

  const components = new Map<string, Models.Component>();
  for (const entry of content.packages) {
    const component = packageComponent(entry);
    components.set(entry.purl, component);
    bom.components.add(component);
  }
  for (const entry of content.packages) {
    const component = components.get(entry.purl);
    for (const target of entry.dependsOn) {
      const dependency = components.get(target);
      if (component && dependency)
        component.dependencies.add(dependency.bomRef);
    }
  }
  for (const purl of content.rootDependsOn) {
    const dependency = components.get(purl);
    if (dependency) subject.dependencies.add(dependency.bomRef);
  }

  const serializer = new Serialize.JsonSerializer(
    new Serialize.JSON.Normalize.Factory(specs[version]),
  );
  // The serial number is derived from the content, not drawn at random.
  bom.serialNumber = `urn:uuid:${uuidFromHex(
    sha256Hex(
      canonicalLine({
        version,
        content,
        timestamp: content.timestamp.toISOString(),
      }),
    ),
  )}`;
  return `${serializer.serialize(bom, { sortLists: true, space: 2 })}\n`;
}

function subjectComponent(subject: SBOMSubject): Models.Component {
  const component = new Models.Component(
    subjectTypes[subject.kind] ?? Enums.ComponentType.Library,
    subject.artifactName,
    {
      bomRef: `shipshape:artifact:${subject.artifactName}`,
      version: subject.releaseVersion,
      purl: subject.purl,
    },
  );
  if (subject.digest)
    component.hashes.set(
      hashNames[subject.digest.algorithm],
      subject.digest.hex,
    );
  if (subject.license) addLicense(component, subject.license);
  for (const signature of subject.signatures) {
    const reference = new Models.ExternalReference(
      signature.name,
      Enums.ExternalReferenceType.Other,
      {
        comment: 'signature of this artifact, written by shipshape sign',
      },
    );
    reference.hashes.set(Enums.HashAlgorithm['SHA-256'], signature.sha256);
    component.externalReferences.add(reference);
  }
  return component;
}

function packageComponent(entry: LockedPackage): Models.Component {
  const component = new Models.Component(
    Enums.ComponentType.Library,
    entry.name,
    {
      bomRef: entry.purl,
      version: entry.version === '' ? undefined : entry.version,
      purl: entry.purl,
      scope: entry.dev
        ? Enums.ComponentScope.Excluded
        : entry.optional
          ? Enums.ComponentScope.Optional
          : Enums.ComponentScope.Required,
    },
  );
  for (const hash of entry.hashes)
    component.hashes.set(hashNames[hash.algorithm], hash.hex);
  if (entry.license) addLicense(component, entry.license);
  if (entry.resolved && /^https?:\/\//.test(entry.resolved)) {
    component.externalReferences.add(
      new Models.ExternalReference(
        entry.resolved,
        Enums.ExternalReferenceType.Distribution,
      ),
    );
  }
  if (entry.dev)
    component.properties.add(new Models.Property('shipshape:dev', 'true'));
  return component;
}

function addLicense(component: Models.Component, text: string): void {
  const form = classifyLicense(text);
  if (form.kind === 'id' && SPDX.isSupportedSpdxId(form.id)) {
    component.licenses.add(new Models.SpdxLicense(form.id));
  } else if (form.kind === 'name') {
    component.licenses.add(new Models.NamedLicense(form.name));
  } else {
    component.licenses.add(
      new Models.LicenseExpression(
        form.kind === 'id' ? form.id : form.expression,
      ),
    );
  }
}
