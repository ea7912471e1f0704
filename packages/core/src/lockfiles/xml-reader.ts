/**
 * A small, safe XML reader for Maven POMs: elements, attributes, text,
 * comments, CDATA and processing instructions. A DOCTYPE (and with it any
 * entity definition) is refused, so there is no entity expansion and no
 * external fetch; only the five predefined entities and character
 * references are decoded.
 */
import { lockfileError } from './lockfile-error.ts';

/** One XML element with its text and child elements. */
export interface XMLElement {
  name: string;
  attributes: Map<string, string>;
  children: XMLElement[];
  text: string;
  line: number;
}

const predefined: Record<string, string> = {
  lt: '<',
  gt: '>',
  amp: '&',
  quot: '"',
  apos: "'",
};
const namePattern = /^[A-Za-z_][\w.:-]*/;

/** Parses an XML document and returns its root element. */
export function parseXML(text: string, file: string): XMLElement {
  const reader = new Reader(text, file);
  return reader.document();
}

/** The first child element with a (local) name, or undefined. */
export function childOf(
  element: XMLElement | undefined,
  name: string,
): XMLElement | undefined {
  return element?.children.find((child) => localName(child.name) === name);
}

/** Every child element with a (local) name. */
export function childrenOf(
  element: XMLElement | undefined,
  name: string,
): XMLElement[] {
  return (
    element?.children.filter((child) => localName(child.name) === name) ?? []
  );
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

class Reader {
  private at = 0;
  private readonly text: string;
  private readonly file: string;

  constructor(text: string, file: string) {
    this.text = text;
    this.file = file;
  }

  document(): XMLElement {
    this.skipMisc();
    if (!this.text.startsWith('<', this.at))
      throw this.fail('expected the root element');
    const root = this.element(0);
    this.skipMisc();
    if (this.at < this.text.length)
      throw this.fail('has content after the root element');
    return root;
  }

  private skipMisc(): void {
    for (;;) {
      this.skipSpace();
      if (this.text.startsWith('<?', this.at)) this.skipPast('?>');
      else if (this.text.startsWith('<!--', this.at)) this.skipPast('-->');
      else if (this.text.startsWith('<!', this.at))
        throw this.fail(
          'uses a DOCTYPE or entity declaration, which shipshape refuses',
        );
      else return;
    }
  }

  private element(depth: number): XMLElement {
    if (depth > 64) throw this.fail('nests deeper than 64 elements');
    const line = this.line();
    this.at += 1;
    const name = this.name();
    const element: XMLElement = {
      name,
      attributes: new Map(),
      children: [],
      text: '',
      line,
    };
    for (;;) {
      this.skipSpace();
      if (this.text.startsWith('/>', this.at)) {
        this.at += 2;
        return element;
      }
      if (this.text.startsWith('>', this.at)) {
        this.at += 1;
        break;
      }
      const attribute = this.name();
      this.skipSpace();
      this.expect('=');
      this.skipSpace();
      element.attributes.set(attribute, this.quoted());
    }
    this.content(element, depth);
    return element;
  }

  private content(element: XMLElement, depth: number): void {
    let text = '';
    for (;;) {
      if (this.at >= this.text.length)
        throw this.fail(`element <${element.name}> is not closed`);
      if (this.text.startsWith('</', this.at)) {
        this.at += 2;
        const closing = this.name();
        if (closing !== element.name)
          throw this.fail(`expected </${element.name}>, found </${closing}>`);
        this.skipSpace();
        this.expect('>');
        element.text = text.trim();
        return;
      }
      if (this.text.startsWith('<!--', this.at)) this.skipPast('-->');
      else if (this.text.startsWith('<![CDATA[', this.at)) {
        const end = this.indexOrFail(']]>', this.at + 9);
        text += this.text.slice(this.at + 9, end);
        this.at = end + 3;
      } else if (this.text.startsWith('<?', this.at)) this.skipPast('?>');
      else if (this.text.startsWith('<!', this.at))
        throw this.fail(
          'uses a DOCTYPE or entity declaration, which shipshape refuses',
        );
      else if (this.text.startsWith('<', this.at))
        element.children.push(this.element(depth + 1));
      else {
        const next = this.text.indexOf('<', this.at);
        const end = next < 0 ? this.text.length : next;
        text += this.decode(this.text.slice(this.at, end));
        this.at = end;
      }
    }
  }

  private decode(raw: string): string {
    return raw.replace(/&([^;\s]{1,10});/g, (whole, ref: string) => {
      if (ref in predefined) return predefined[ref] ?? '';
      const code = /^#x([0-9a-fA-F]+)$/.exec(ref)?.[1];
      const decimal = /^#([0-9]+)$/.exec(ref)?.[1];
      const point = code
        ? Number.parseInt(code, 16)
        : decimal
          ? Number.parseInt(decimal, 10)
          : undefined;
      if (point === undefined || point > 0x10ffff)
        throw this.fail(`uses the undefined entity ${whole}`);
      return String.fromCodePoint(point);
    });
  }

  private name(): string {
    const match = namePattern.exec(this.text.slice(this.at, this.at + 200));
    if (!match) throw this.fail('expected a name');
    this.at += match[0].length;
    return match[0];
  }

  private quoted(): string {
    const quote = this.text[this.at];
    if (quote !== '"' && quote !== "'")
      throw this.fail('expected a quoted attribute value');
    const end = this.indexOrFail(quote, this.at + 1);
    const value = this.decode(this.text.slice(this.at + 1, end));
    this.at = end + 1;
    return value;
  }

  private skipSpace(): void {
    while (this.at < this.text.length && /\s/.test(this.text[this.at] ?? ''))
      this.at += 1;
  }

  private skipPast(marker: string): void {
    this.at = this.indexOrFail(marker, this.at) + marker.length;
  }

  private indexOrFail(marker: string, from: number): number {
    const index = this.text.indexOf(marker, from);
    if (index < 0)
      throw this.fail(`expected "${marker}" before the end of the file`);
    return index;
  }

  private expect(char: string): void {
    if (this.text[this.at] !== char) throw this.fail(`expected "${char}"`);
    this.at += 1;
  }

  // `at` only moves forward, so lines are counted incrementally.
  private countedTo = 0;
  private counted = 1;

  private line(): number {
    for (; this.countedTo < this.at; this.countedTo += 1) {
      if (this.text.charCodeAt(this.countedTo) === 10) this.counted += 1;
    }
    return this.counted;
  }

  private fail(message: string): Error {
    return lockfileError(this.file, `is not valid XML: ${message}`, {
      line: this.line(),
    });
  }
}
