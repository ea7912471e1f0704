/**
 * Builds small, valid (or deliberately broken) release artifacts at test
 * time: an OCI image layout, a Maven release folder, a wheel, an sdist and
 * a nupkg. Zip files are written "stored" by a tiny writer here.
 */
import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { create } from 'tar';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = (crcTable[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip (deflate) holding `files`. */
export function zipOf(files: Record<string, string>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = Buffer.from(text);
    const packed = deflateRawSync(data);
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc32(data), 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc32(data), 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** An OCI image layout folder; returns the manifest digest. */
export async function writeOCILayout(dir: string): Promise<string> {
  const blobs = join(dir, 'blobs', 'sha256');
  await mkdir(blobs, { recursive: true });
  const config =
    '{"architecture":"amd64","os":"linux","rootfs":{"type":"layers","diff_ids":[]}}';
  await writeFile(join(blobs, sha256(config)), config);
  const manifest = JSON.stringify({
    schemaVersion: 2,
    mediaType: 'application/vnd.oci.image.manifest.v1+json',
    config: {
      mediaType: 'application/vnd.oci.image.config.v1+json',
      digest: `sha256:${sha256(config)}`,
      size: config.length,
    },
    layers: [],
  });
  const digest = `sha256:${sha256(manifest)}`;
  await writeFile(join(blobs, sha256(manifest)), manifest);
  await writeFile(join(dir, 'oci-layout'), '{"imageLayoutVersion":"1.0.0"}');
  await writeFile(
    join(dir, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest,
          size: manifest.length,
        },
      ],
    }),
  );
  return digest;
}

export const goodPOM = (version: string) => `<?xml version="1.0"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.acme</groupId>
  <artifactId>widgets</artifactId>
  <version>${version}</version>
  <name>Acme widgets</name>
  <description>Widgets for the Acme dashboard.</description>
  <url>https://example.invalid/acme/widgets</url>
  <licenses><license><name>MIT</name></license></licenses>
  <developers><developer><name>Acme release team</name></developer></developers>
  <scm><url>https://example.invalid/acme/widgets.git</url></scm>
  <dependencies><dependency><groupId>x</groupId><artifactId>y</artifactId><version>1</version></dependency></dependencies>
</project>
`;

/** A Maven release folder with every file Central wants; returns the jar path. */
export async function writeMavenRelease(
  dir: string,
  version: string,
  pom = goodPOM(version),
  skip: string[] = [],
): Promise<string> {
  await mkdir(dir, { recursive: true });
  const stem = `widgets-${version}`;
  const files: Record<string, string | Buffer> = {
    [`${stem}.pom`]: pom,
    [`${stem}.jar`]: zipOf({
      'META-INF/MANIFEST.MF': 'Manifest-Version: 1.0\n',
    }),
    [`${stem}-sources.jar`]: zipOf({ 'W.java': 'class W {}' }),
    [`${stem}-javadoc.jar`]: zipOf({ 'index.html': '<html></html>' }),
  };
  for (const [name, data] of Object.entries(files)) {
    if (skip.includes(name)) continue;
    await writeFile(join(dir, name), data);
    const buffer = Buffer.from(data);
    if (!skip.includes(`${name}.asc`))
      await writeFile(
        join(dir, `${name}.asc`),
        '-----BEGIN PGP SIGNATURE-----\n(test)\n-----END PGP SIGNATURE-----\n',
      );
    await writeFile(
      join(dir, `${name}.md5`),
      createHash('md5').update(buffer).digest('hex'),
    );
    await writeFile(
      join(dir, `${name}.sha1`),
      createHash('sha1').update(buffer).digest('hex'),
    );
  }
  return join(dir, `${stem}.jar`);
}

export const goodMetadata = (name: string, version: string) =>
  `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\nSummary: Acme widgets\nDescription-Content-Type: text/markdown\n\n# ${name}\n\nWidgets.\n`;

/** A wheel holding `metadata` as its METADATA. */
export async function writeWheel(
  dir: string,
  name: string,
  version: string,
  metadata = goodMetadata(name, version),
): Promise<string> {
  const path = join(dir, `${name}-${version}-py3-none-any.whl`);
  await writeFile(
    path,
    zipOf({
      [`${name}/__init__.py`]: '',
      [`${name}-${version}.dist-info/METADATA`]: metadata,
    }),
  );
  return path;
}

/** An sdist holding `metadata` as its PKG-INFO. */
export async function writeSdist(
  dir: string,
  name: string,
  version: string,
  metadata = goodMetadata(name, version),
): Promise<string> {
  const root = join(dir, 'sdist-src');
  await mkdir(join(root, `${name}-${version}`), { recursive: true });
  await writeFile(join(root, `${name}-${version}`, 'PKG-INFO'), metadata);
  const path = join(dir, `${name}-${version}.tar.gz`);
  await create({ gzip: true, file: path, cwd: root, portable: true }, [
    `${name}-${version}`,
  ]);
  return path;
}

/** A nupkg with a .nuspec. */
export async function writeNupkg(
  dir: string,
  id: string,
  version: string,
  authors = 'Acme',
): Promise<string> {
  const path = join(dir, `${id}.${version}.nupkg`);
  const nuspec = `<?xml version="1.0"?><package><metadata><id>${id}</id><version>${version}</version><authors>${authors}</authors><description>Acme widgets</description></metadata></package>`;
  await writeFile(path, zipOf({ [`${id}.nuspec`]: nuspec }));
  return path;
}
