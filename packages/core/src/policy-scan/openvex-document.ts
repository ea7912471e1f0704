/**
 * The applied advisory exceptions as an OpenVEX 0.2.0 document. An
 * exception accepts a risk rather than proving the code unaffected, so
 * each statement says `affected` with the exception as its action.
 */
import { canonicalJSON } from '../input/canonical-json.ts';
import { sha256Hex } from '../hashing/file-digest.ts';
import type { AppliedException } from './exception-rules.ts';

/** Builds the document; undefined when no advisory exception applied. */
export function openVEXDocument(
  applied: readonly AppliedException[],
  timestamp: Date,
  author: string,
): string | undefined {
  const statements = applied.flatMap((exception) =>
    exception.covered
      .filter(
        (item) => item.advisory !== undefined && item.component !== undefined,
      )
      .map((item) => ({
        vulnerability: { name: item.advisory },
        products: [{ '@id': item.component }],
        status: 'affected',
        action_statement: `Risk accepted until ${exception.expires} by ${exception.approvers.join(', ')} (owner ${exception.owner}): ${exception.reason}`,
        timestamp: timestamp.toISOString(),
      })),
  );
  if (statements.length === 0) return undefined;
  const body = {
    '@context': 'https://openvex.dev/ns/v0.2.0',
    author,
    role: 'policy gate',
    timestamp: timestamp.toISOString(),
    version: 1,
    statements,
  };
  const id = `urn:uuid:${uuidFrom(sha256Hex(canonicalJSON(body)))}`;
  return canonicalJSON({ '@id': id, ...body });
}

// A stable name-based id: the same exceptions give the same document.
function uuidFrom(hex: string): string {
  const h = hex.slice(0, 32).split('');
  h[12] = '5';
  h[16] = ((parseInt(h[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const s = h.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}
