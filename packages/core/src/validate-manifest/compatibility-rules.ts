/**
 * Rule 7: compatibility fields use known names. Operating systems and
 * architectures come from fixed lists (Node's names plus the usual
 * aliases); `runtime` is a known runtime and a version range that parses
 * in that runtime's own syntax.
 */
import type { Finding } from '../findings.ts';
import { visibleText } from '../text/visible-text.ts';
import { ownerOf } from './artifact-rules.ts';
import {
  artifactEntries,
  manifestFinding,
  recordField,
  type ArtifactEntry,
  type ManifestView,
} from './manifest-view.ts';
import { rangeProblem, runtimeNames } from './runtime-ranges.ts';
import { closestKey } from './schema-rules.ts';

/** Operating system names shipshape knows. */
export const knownOS: readonly string[] = [
  'aix',
  'android',
  'cygwin',
  'darwin',
  'dragonfly',
  'freebsd',
  'haiku',
  'illumos',
  'ios',
  'linux',
  'macos',
  'netbsd',
  'openbsd',
  'solaris',
  'sunos',
  'wasi',
  'win32',
  'windows',
];

/** Architecture names shipshape knows. */
export const knownArch: readonly string[] = [
  '386',
  'aarch64',
  'amd64',
  'arm',
  'arm64',
  'armhf',
  'armv6',
  'armv6l',
  'armv7',
  'armv7l',
  'i386',
  'i686',
  'ia32',
  'loong64',
  'mips',
  'mips64',
  'mips64el',
  'mipsel',
  'noarch',
  'ppc',
  'ppc64',
  'ppc64le',
  'riscv64',
  's390',
  's390x',
  'universal',
  'universal2',
  'wasm32',
  'x64',
  'x86',
  'x86_64',
];

/** Compatibility findings for every artifact. */
export function checkCompatibilityRules(view: ManifestView): Finding[] {
  const findings: Finding[] = [];
  for (const entry of artifactEntries(view)) {
    const compatibility = recordField(entry.fields, 'compatibility');
    if (!compatibility) continue;
    findings.push(
      ...checkNames(view, entry, compatibility['os'], 'os', knownOS),
      ...checkNames(view, entry, compatibility['arch'], 'arch', knownArch),
      ...checkRuntime(view, entry, compatibility['runtime']),
    );
  }
  return findings;
}

function checkNames(
  view: ManifestView,
  entry: ArtifactEntry,
  values: unknown,
  field: 'os' | 'arch',
  known: readonly string[],
): Finding[] {
  if (!Array.isArray(values)) return [];
  const findings: Finding[] = [];
  values.forEach((value: unknown, index) => {
    if (typeof value !== 'string' || value.trim() === '') return;
    if (known.includes(value)) return;
    const suggestion =
      known.find((name) => name === value.toLowerCase()) ??
      closestKey(value, known);
    findings.push(
      manifestFinding(view, {
        code: 'COMPATIBILITY_UNKNOWN',
        message: `${entry.label}: "${visibleText(value, 60)}" is not a known ${field === 'os' ? 'operating system' : 'architecture'} name`,
        remediation: suggestion
          ? `Write "${suggestion}".`
          : `Use one of: ${known.join(', ')}.`,
        pointer: `${entry.pointer}/compatibility/${field}/${index}`,
        ...ownerOf(entry),
      }),
    );
  });
  return findings;
}

function checkRuntime(
  view: ManifestView,
  entry: ArtifactEntry,
  runtime: unknown,
): Finding[] {
  if (typeof runtime !== 'string' || runtime.trim() === '') return [];
  const pointer = `${entry.pointer}/compatibility/runtime`;
  const trimmed = runtime.trim();
  const space = trimmed.search(/\s/);
  const name = space < 0 ? trimmed : trimmed.slice(0, space);
  const range = space < 0 ? '' : trimmed.slice(space).trim();
  if (!runtimeNames.includes(name.toLowerCase())) {
    const suggestion = closestKey(name, runtimeNames);
    return [
      manifestFinding(view, {
        code: 'COMPATIBILITY_UNKNOWN',
        message: `${entry.label}: "${visibleText(name, 60)}" is not a known runtime`,
        remediation: suggestion
          ? `Write "${suggestion}${range ? ` ${range}` : ''}".`
          : `Start runtime with one of: ${runtimeNames.join(', ')}; then a version range, e.g. "node >=20".`,
        pointer,
        ...ownerOf(entry),
      }),
    ];
  }
  const problem = range === '' ? undefined : rangeProblem(name, range);
  if (!problem) return [];
  return [
    manifestFinding(view, {
      code: 'COMPATIBILITY_RANGE_INVALID',
      message: `${entry.label}: the ${name} range "${visibleText(range, 80)}" does not parse: ${problem}`,
      remediation: `Write a range in ${name}'s own syntax, e.g. "${exampleFor(name)}".`,
      pointer,
      charIndex: runtime.indexOf(range),
      ...ownerOf(entry),
    }),
  ];
}

function exampleFor(name: string): string {
  const examples: Record<string, string> = {
    node: 'node >=20',
    python: 'python >=3.9,<4',
    java: 'java >=17',
  };
  const key = name.toLowerCase();
  return Object.hasOwn(examples, key) ? (examples[key] ?? '') : `${key} >=1.0`;
}
