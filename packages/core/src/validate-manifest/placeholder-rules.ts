/**
 * Rule 2: no placeholder values anywhere in the manifest, and no blank
 * strings. Each finding points at the placeholder's own line and column.
 */
import type { Finding } from '../findings.ts';
import { isRecord } from '../input/json-document.ts';
import { escapePointerToken } from '../input/json-pointer.ts';
import { visibleText } from '../text/visible-text.ts';
import {
  fieldName,
  manifestFinding,
  ownerAt,
  type ManifestView,
} from './manifest-view.ts';
import { findPlaceholder, isBlank } from './placeholder-text.ts';

/** Placeholder and blank-value findings for every string in the manifest. */
export function checkPlaceholderRules(view: ManifestView): Finding[] {
  const findings: Finding[] = [];
  for (const [pointer, text] of stringValues(view.data, '')) {
    const finding = placeholderFinding(view, pointer, text);
    if (finding) findings.push(finding);
  }
  return findings;
}

function placeholderFinding(
  view: ManifestView,
  pointer: string,
  text: string,
): Finding | undefined {
  const owner = ownerAt(view, pointer);
  if (isBlank(text)) {
    return manifestFinding(view, {
      code: 'MANIFEST_FIELD_EMPTY',
      message: `${fieldName(pointer)} is empty`,
      remediation:
        'Fill in the real value, or remove the key if it is optional.',
      pointer,
      atKey: true,
      ...owner,
    });
  }
  const found = findPlaceholder(text);
  if (!found) return undefined;
  return manifestFinding(view, {
    code: 'MANIFEST_FIELD_TBD',
    message: `${fieldName(pointer)} holds the placeholder "${visibleText(found.text, 80)}"`,
    remediation:
      'Replace the placeholder with the real value before the release.',
    pointer,
    charIndex: found.index,
    ...owner,
  });
}

/** Every string value in `data` with its JSON pointer, in document order. */
export function* stringValues(
  data: unknown,
  pointer: string,
): Generator<[string, string]> {
  if (typeof data === 'string') {
    yield [pointer, data];
  } else if (Array.isArray(data)) {
    for (const [index, item] of data.entries()) {
      yield* stringValues(item, `${pointer}/${index}`);
    }
  } else if (isRecord(data)) {
    for (const [key, value] of Object.entries(data)) {
      yield* stringValues(value, `${pointer}/${escapePointerToken(key)}`);
    }
  }
}
