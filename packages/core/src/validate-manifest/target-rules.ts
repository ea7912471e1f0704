/**
 * Every `targets` entry of an artifact names a registry of policy.yaml, and
 * that registry takes artifacts of the artifact's kind.
 */
import type { Finding } from '../findings.ts';
import { isRecord } from '../input/json-document.ts';
import { policySection, type ReleasePolicy } from '../policy/release-policy.ts';
import { visibleText } from '../text/visible-text.ts';
import { ownerOf } from './artifact-rules.ts';
import {
  artifactEntries,
  manifestFinding,
  type ArtifactEntry,
  type ManifestView,
} from './manifest-view.ts';
import { closestKey } from './schema-rules.ts';

/** Target findings for every artifact. */
export function checkTargetRules(
  view: ManifestView,
  policy: ReleasePolicy,
  policyFile: string,
): Finding[] {
  const registries = policySection(policy, 'registries');
  const findings: Finding[] = [];
  for (const entry of artifactEntries(view)) {
    const targets = entry.fields['targets'];
    if (!Array.isArray(targets)) continue;
    targets.forEach((target: unknown, index) => {
      if (typeof target !== 'string' || target.trim() === '') return;
      const finding = checkTarget(view, entry, target, index, {
        registries,
        policyFile,
      });
      if (finding) findings.push(finding);
    });
  }
  return findings;
}

function checkTarget(
  view: ManifestView,
  entry: ArtifactEntry,
  target: string,
  index: number,
  policy: { registries: Record<string, unknown>; policyFile: string },
): Finding | undefined {
  const pointer = `${entry.pointer}/targets/${index}`;
  const names = Object.keys(policy.registries);
  const registry = Object.hasOwn(policy.registries, target)
    ? policy.registries[target]
    : undefined;
  if (!isRecord(registry)) {
    const suggestion = closestKey(target, names);
    return manifestFinding(view, {
      code: 'TARGET_UNKNOWN',
      message: `${entry.label}: target "${visibleText(target, 80)}" is not a registry of ${policy.policyFile}`,
      remediation: suggestion
        ? `Write "${suggestion}", or add "${visibleText(target, 80)}" under registries in ${policy.policyFile}.`
        : names.length > 0
          ? `Use one of: ${names.join(', ')}; or add it under registries in ${policy.policyFile}.`
          : `Add it under registries in ${policy.policyFile}.`,
      pointer,
      ...ownerOf(entry),
    });
  }
  const kind = entry.fields['kind'];
  if (typeof kind !== 'string' || registry['kind'] === kind) return undefined;
  return manifestFinding(view, {
    code: 'TARGET_KIND_MISMATCH',
    message: `${entry.label}: target "${visibleText(target, 80)}" is a registry of kind ${String(registry['kind'])}, but the artifact is of kind ${kind}`,
    remediation: `Publish it to a ${kind} registry, or correct the artifact's kind.`,
    pointer,
    ...ownerOf(entry),
  });
}
