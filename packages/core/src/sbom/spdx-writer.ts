/**
 * Writes SPDX 2.3 JSON. The subject is a package that the document
 * DESCRIBES, carrying the artifact's checksum, its purl and the release
 * links as annotations; every shipped package has its checksums, purl and
 * declared licence, and DEPENDS_ON relationships form the graph. The
 * document namespace is derived from the content.
 */
import { canonicalLine } from '../input/canonical-json.ts';
import { sha256Hex } from '../hashing/file-digest.ts';
import type { LockedHash, LockedPackage } from '../lockfiles/locked-package.ts';
import {
  classifyLicense,
  spdxDate,
  subjectProperties,
  type SBOMContent,
  type SBOMSubject,
} from './sbom-document.ts';

const checksumNames: Record<LockedHash['algorithm'], string> = {
  sha1: 'SHA1',
  sha256: 'SHA256',
  sha384: 'SHA384',
  sha512: 'SHA512',
};

type JSONObject = Record<string, unknown>;

/** Serialises `content` as SPDX 2.3 JSON. */
export function writeSPDX(content: SBOMContent): string {
  const subjectId = `SPDXRef-Artifact-${idPart(content.subject.artifactName)}`;
  const created = spdxDate(content.timestamp);
  const packages = content.packages.map(packageElement);
  const ids = new Map(
    content.packages.map((entry) => [entry.purl, packageId(entry.purl)]),
  );
  const relationships: JSONObject[] = [
    relationship('SPDXRef-DOCUMENT', 'DESCRIBES', subjectId),
    ...content.rootDependsOn.flatMap((purl) => edge(subjectId, ids.get(purl))),
    ...content.packages.flatMap((entry) =>
      entry.dependsOn.flatMap((purl) =>
        edge(ids.get(entry.purl) ?? '', ids.get(purl)),
      ),
    ),
  ];
  const body: JSONObject = {
    spdxVersion: 'SPDX-2.3',
    dataLicense: 'CC0-1.0',
    SPDXID: 'SPDXRef-DOCUMENT',
    name: `${content.subject.releaseId} ${content.subject.artifactName}`,
    creationInfo: {
      created,
      creators: [`Tool: shipshape-${content.toolVersion}`],
    },
    documentDescribes: [subjectId],
    packages: [
      subjectElement(content.subject, subjectId, created),
      ...sortBy(packages, 'SPDXID'),
    ],
    relationships: sortRelationships(relationships),
  };
  const digest = sha256Hex(canonicalLine(body));
  const document = {
    ...body,
    documentNamespace: `https://spdx.shipshape.invalid/${encodeURIComponent(content.subject.releaseId)}/${encodeURIComponent(content.subject.artifactName)}-${digest}`,
  };
  return `${JSON.stringify(orderKeys(document), null, 2)}\n`;
}

function subjectElement(
  subject: SBOMSubject,
  id: string,
  created: string,
): JSONObject {
  const element: JSONObject = {
    SPDXID: id,
    name: subject.artifactName,
    versionInfo: subject.releaseVersion,
    downloadLocation: 'NOASSERTION',
    filesAnalyzed: false,
    licenseConcluded: 'NOASSERTION',
    licenseDeclared: declaredLicense(subject.license),
    primaryPackagePurpose:
      subject.kind === 'file'
        ? 'FILE'
        : subject.kind === 'container'
          ? 'CONTAINER'
          : 'LIBRARY',
    annotations: subjectProperties(subject).map(([name, value]) => ({
      annotationType: 'OTHER',
      annotator: 'Tool: shipshape',
      annotationDate: created,
      comment: `${name}=${value}`,
    })),
  };
  if (subject.digest) {
    element['checksums'] = [
      {
        algorithm: checksumNames[subject.digest.algorithm],
        checksumValue: subject.digest.hex,
      },
    ];
  }
  const refs: JSONObject[] = [];
  if (subject.purl) refs.push(purlRef(subject.purl));
  for (const signature of subject.signatures) {
    refs.push({
      referenceCategory: 'OTHER',
      referenceType: 'shipshape-signature',
      referenceLocator: `${signature.name}#sha256:${signature.sha256}`,
      comment: 'signature of this artifact, written by shipshape sign',
    });
  }
  if (refs.length > 0) element['externalRefs'] = refs;
  return element;
}

function packageElement(entry: LockedPackage): JSONObject {
  const element: JSONObject = {
    SPDXID: packageId(entry.purl),
    name: entry.name,
    downloadLocation:
      entry.resolved && /^https:\/\//.test(entry.resolved)
        ? entry.resolved
        : 'NOASSERTION',
    filesAnalyzed: false,
    licenseConcluded: 'NOASSERTION',
    licenseDeclared: declaredLicense(entry.license),
    externalRefs: [purlRef(entry.purl)],
    primaryPackagePurpose: 'LIBRARY',
  };
  if (entry.version !== '') element['versionInfo'] = entry.version;
  if (entry.hashes.length > 0) {
    element['checksums'] = entry.hashes.map((hash) => ({
      algorithm: checksumNames[hash.algorithm],
      checksumValue: hash.hex,
    }));
  }
  if (entry.dev) element['comment'] = 'development dependency';
  return element;
}

function declaredLicense(text: string | undefined): string {
  if (!text) return 'NOASSERTION';
  const form = classifyLicense(text);
  return form.kind === 'id'
    ? form.id
    : form.kind === 'expression'
      ? form.expression
      : 'NOASSERTION';
}

function purlRef(purl: string): JSONObject {
  return {
    referenceCategory: 'PACKAGE-MANAGER',
    referenceType: 'purl',
    referenceLocator: purl,
  };
}

/** A valid, stable SPDX id for a package: a digest of its purl. */
function packageId(purl: string): string {
  return `SPDXRef-Package-${sha256Hex(purl).slice(0, 24)}`;
}

function idPart(text: string): string {
  return text.replace(/[^A-Za-z0-9.-]/g, '-');
}

function relationship(from: string, type: string, to: string): JSONObject {
  return {
    spdxElementId: from,
    relationshipType: type,
    relatedSpdxElement: to,
  };
}

function edge(from: string, to: string | undefined): JSONObject[] {
  return to && from ? [relationship(from, 'DEPENDS_ON', to)] : [];
}

function sortBy(items: JSONObject[], key: string): JSONObject[] {
  return [...items].sort((a, b) => compare(String(a[key]), String(b[key])));
}

function sortRelationships(items: JSONObject[]): JSONObject[] {
  const seen = new Set<string>();
  return items
    .filter((item) => {
      const key = canonicalLine(item);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => compare(canonicalLine(a), canonicalLine(b)));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** SPDX readers expect the header fields first; keep a fixed key order. */
function orderKeys(document: JSONObject): JSONObject {
  const order = [
    'spdxVersion',
    'dataLicense',
    'SPDXID',
    'name',
    'documentNamespace',
    'creationInfo',
    'documentDescribes',
    'packages',
    'relationships',
  ];
  return Object.fromEntries(
    order.filter((key) => key in document).map((key) => [key, document[key]]),
  );
}
