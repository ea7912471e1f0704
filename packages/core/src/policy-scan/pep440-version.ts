/**
 * PyPI version ordering by PEP 440: epoch, release, pre-, post- and
 * development releases, and local versions, with the spec's normalisation
 * of spellings (`alpha` → `a`, `-1` → `.post1`, `c` → `rc`, …).
 */

/** A parsed PEP 440 version, ready to compare. */
export interface PEP440Version {
  epoch: number;
  release: number[];
  pre?: [number, number];
  post?: number;
  dev?: number;
  local: (number | string)[];
}

// Linear: no nested quantifiers, and callers cap the input length first.
const pattern =
  /^v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\d*))?(?:-(\d+)|[-_.]?(post|rev|r)[-_.]?(\d*))?(?:[-_.]?(dev)[-_.]?(\d*))?(?:\+([a-z0-9]+(?:[-_.][a-z0-9]+)*))?$/;

const prePhase: Record<string, number> = {
  a: 0,
  alpha: 0,
  b: 1,
  beta: 1,
  c: 2,
  rc: 2,
  pre: 2,
  preview: 2,
};

/** Parses a PEP 440 version; undefined when it is not one. */
export function parsePEP440(text: string): PEP440Version | undefined {
  if (text.length > 256) return undefined;
  const match = pattern.exec(text.trim().toLowerCase());
  if (!match) return undefined;
  const [
    ,
    epoch,
    release = '0',
    pre,
    preN,
    implicitPost,
    post,
    postN,
    dev,
    devN,
    local,
  ] = match;
  return {
    epoch: Number(epoch ?? 0),
    release: release.split('.').map(Number),
    pre:
      pre === undefined ? undefined : [prePhase[pre] ?? 0, Number(preN || 0)],
    post:
      implicitPost !== undefined
        ? Number(implicitPost)
        : post !== undefined
          ? Number(postN || 0)
          : undefined,
    dev: dev === undefined ? undefined : Number(devN || 0),
    local:
      local === undefined
        ? []
        : local
            .split(/[-_.]/)
            .map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
  };
}

/** Compares two PEP 440 versions: negative, zero or positive. */
export function comparePEP440(a: PEP440Version, b: PEP440Version): number {
  return (
    a.epoch - b.epoch ||
    compareRelease(a.release, b.release) ||
    compareKeys(preKey(a), preKey(b)) ||
    (a.post ?? -1) - (b.post ?? -1) ||
    (a.dev ?? Infinity) - (b.dev ?? Infinity) ||
    compareLocal(a.local, b.local)
  );
}

function compareRelease(a: number[], b: number[]): number {
  const length = Math.max(a.length, b.length);
  for (let index = 0; index < length; index += 1) {
    const diff = (a[index] ?? 0) - (b[index] ?? 0);
    if (diff !== 0) return diff;
  }
  return 0;
}

// A development release of a final version (1.0.dev1) sorts before its
// pre-releases; a version without a pre-release sorts after them.
function preKey(version: PEP440Version): [number, number] {
  if (version.pre) return version.pre;
  if (version.dev !== undefined && version.post === undefined) {
    return [-Infinity, 0];
  }
  return [Infinity, 0];
}

function compareKeys(a: [number, number], b: [number, number]): number {
  if (a[0] !== b[0]) return a[0] < b[0] ? -1 : 1;
  return a[1] - b[1];
}

function compareLocal(a: (number | string)[], b: (number | string)[]): number {
  const length = Math.max(a.length, b.length);
  for (let index = 0; index < length; index += 1) {
    const left = a[index];
    const right = b[index];
    if (left === undefined) return -1;
    if (right === undefined) return 1;
    if (typeof left === 'number' && typeof right === 'number') {
      if (left !== right) return left - right;
    } else if (typeof left === 'number') {
      return 1;
    } else if (typeof right === 'number') {
      return -1;
    } else if (left !== right) {
      return left < right ? -1 : 1;
    }
  }
  return 0;
}
