/**
 * Secrets shipshape reads (registry tokens, private keys, passphrases, OIDC
 * tokens) are registered here before first use, with every derived form a
 * log could carry: base64, base64url, URL-encoded, JSON-escaped, and each
 * line of a multi-line value such as a PEM key. Adapters mask them in the
 * runner's log and redact every text they print or write.
 */

/** Shortest value worth masking; shorter ones would redact ordinary text. */
const minimumLength = 6;

/** Holds secret values and redacts them from text. */
export class SecretRegistry {
  readonly #forms = new Set<string>();
  readonly #listeners: ((form: string) => void)[] = [];

  /** Registers a secret and its derived forms. */
  add(secret: string | undefined): void {
    if (!secret || secret.length < minimumLength) return;
    for (const form of derivedForms(secret)) {
      if (form.length < minimumLength || this.#forms.has(form)) continue;
      this.#forms.add(form);
      for (const listener of this.#listeners) listener(form);
    }
  }

  /** Calls `listener` for every form registered now and later. */
  onAdd(listener: (form: string) => void): void {
    this.#listeners.push(listener);
    for (const form of this.#forms) listener(form);
  }

  /** Replaces every registered form in `text` with `***`. */
  redact(text: string): string {
    let result = text;
    // Longest first, so a value is not half-replaced by one of its lines.
    const forms = [...this.#forms].sort((a, b) => b.length - a.length);
    for (const form of forms) result = result.split(form).join('***');
    return result;
  }

  /** True when `text` holds any registered form. */
  leaks(text: string): boolean {
    for (const form of this.#forms) if (text.includes(form)) return true;
    return false;
  }

  get size(): number {
    return this.#forms.size;
  }
}

/** Every form of `secret` that could reach a log or a file. */
export function derivedForms(secret: string): string[] {
  const forms = new Set<string>([secret]);
  const bytes = Buffer.from(secret, 'utf8');
  forms.add(bytes.toString('base64'));
  forms.add(bytes.toString('base64').replace(/=+$/, ''));
  forms.add(bytes.toString('base64url'));
  forms.add(encodeURIComponent(secret));
  forms.add(JSON.stringify(secret).slice(1, -1));
  for (const line of secret.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed.startsWith('-----')) continue;
    forms.add(trimmed);
  }
  const colon = secret.indexOf(':');
  if (colon > 0) {
    // user:secret credentials: the password alone is secret too.
    forms.add(secret.slice(colon + 1));
  }
  return [...forms];
}
