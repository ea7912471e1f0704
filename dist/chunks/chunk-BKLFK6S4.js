import { createRequire as __shipshapeCreateRequire } from 'node:module';
import { fileURLToPath as __shipshapeFileURLToPath } from 'node:url';
const require = __shipshapeCreateRequire(import.meta.url);
const __filename = __shipshapeFileURLToPath(import.meta.url);
const __dirname = __shipshapeFileURLToPath(new URL('.', import.meta.url));

// packages/core/src/text/visible-text.ts
var invisible = (
  // eslint-disable-next-line no-control-regex -- control characters are the point
  /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu
);
function visibleText(text, maxLength = 200) {
  const escaped = text.replace(
    invisible,
    (char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`
  );
  return escaped.length > maxLength ? `${escaped.slice(0, maxLength)}\u2026` : escaped;
}

export {
  visibleText
};
