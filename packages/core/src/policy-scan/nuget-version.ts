/**
 * NuGet version ordering: up to four numeric parts (missing ones are 0),
 * then SemVer 2 pre-release labels compared case-insensitively; build
 * metadata after `+` is ignored.
 */

interface NuGetVersion {
  parts: number[];
  pre: string[];
}

/** Parses a NuGet version; undefined when it is not one. */
export function parseNuGetVersion(text: string): NuGetVersion | undefined {
  if (text.length > 256) return undefined;
  const [core = '', ...preParts] = (text.split('+')[0] ?? '').split('-');
  if (!/^\d+(\.\d+){0,3}$/.test(core)) return undefined;
  const pre = preParts.join('-');
  if (pre !== '' && !/^[0-9a-z-]+(\.[0-9a-z-]+)*$/i.test(pre)) return undefined;
  return {
    parts: core.split('.').map(Number),
    pre: pre === '' ? [] : pre.toLowerCase().split('.'),
  };
}

/** Compares two parsed NuGet versions: negative, zero or positive. */
export function compareNuGet(a: NuGetVersion, b: NuGetVersion): number {
  for (let index = 0; index < 4; index += 1) {
    const diff = (a.parts[index] ?? 0) - (b.parts[index] ?? 0);
    if (diff !== 0) return diff;
  }
  if (a.pre.length === 0 || b.pre.length === 0) {
    return b.pre.length - a.pre.length;
  }
  const length = Math.max(a.pre.length, b.pre.length);
  for (let index = 0; index < length; index += 1) {
    const left = a.pre[index];
    const right = b.pre[index];
    if (left === undefined) return -1;
    if (right === undefined) return 1;
    const diff = compareLabel(left, right);
    if (diff !== 0) return diff;
  }
  return 0;
}

function compareLabel(a: string, b: string): number {
  const numA = /^\d+$/.test(a);
  const numB = /^\d+$/.test(b);
  if (numA && numB) return Number(a) - Number(b);
  if (numA) return -1;
  if (numB) return 1;
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
