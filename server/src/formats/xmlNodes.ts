import type { Range } from 'vscode-languageserver-types';
import type { XmlAttribute, XmlCloseTag, XmlElement, XmlMarkup, XmlNode, XmlText } from './xmlTypes';

// The nodes the XML scanner (xmlScanner.ts) builds, and the entity decoding their text uses.

export type RangeOf = (start: number, end: number) => Range;

/*
 * Ranges are computed on access: a large document has millions of spans, and building every LSP
 * range eagerly made garbage collection dominate the scan. Fields are declared (no initialisers) and
 * set in the constructors: class-field definitions cost more per node than plain assignments.
 */
export class Span {
  declare protected readonly rangeOf: RangeOf;
  declare start: number;
  declare end: number;
  constructor(rangeOf: RangeOf, start: number, end: number) {
    this.rangeOf = rangeOf;
    this.start = start;
    this.end = end;
  }
  get range(): Range { return this.rangeOf(this.start, this.end); }
}

export class CloseTagNode extends Span implements XmlCloseTag {
  declare name: string;
  declare nameStart: number;
  declare nameEnd: number;
  declare closed: boolean;
  constructor(rangeOf: RangeOf, start: number, end: number, name: string, nameStart: number, nameEnd: number, closed: boolean) {
    super(rangeOf, start, end);
    this.name = name;
    this.nameStart = nameStart;
    this.nameEnd = nameEnd;
    this.closed = closed;
  }
  get nameRange(): Range { return this.rangeOf(this.nameStart, this.nameEnd); }
}

export class AttributeNode extends Span implements XmlAttribute {
  declare name: string;
  declare nameStart: number;
  declare nameEnd: number;
  declare equals: number | undefined;
  declare quote: '"' | "'" | '';
  declare rawValue: string | undefined;
  declare value: string | undefined;
  declare valueStart: number;
  declare valueEnd: number;
  declare valueClosed: boolean;
  constructor(rangeOf: RangeOf, name: string, nameStart: number, nameEnd: number) {
    super(rangeOf, nameStart, nameEnd);
    this.name = name;
    this.nameStart = nameStart;
    this.nameEnd = nameEnd;
    this.equals = undefined;
    this.quote = '';
    this.rawValue = undefined;
    this.value = undefined;
    this.valueStart = nameEnd;
    this.valueEnd = nameEnd;
    this.valueClosed = true;
  }
  get nameRange(): Range { return this.rangeOf(this.nameStart, this.nameEnd); }
  get valueRange(): Range { return this.rangeOf(this.valueStart, this.valueEnd); }
}

/*
 * A pushed-to array keeps room for 16 more entries, and a parse tree is mostly small elements: an
 * element's lists are the shared empty ones until it has entries, and are cut to size when it ends.
 * Nothing outside the scanner adds to them.
 */
export const NO_ATTRIBUTES: XmlAttribute[] = [];
export const NO_CHILDREN: XmlNode[] = [];

export class ElementNode extends Span implements XmlElement {
  declare readonly kind: 'element';
  declare name: string;
  declare nameStart: number;
  declare nameEnd: number;
  declare parent: XmlElement | undefined;
  declare depth: number;
  declare startTagEnd: number;
  declare startTagClosed: boolean;
  declare selfClosing: boolean;
  declare closeTag: XmlCloseTag | undefined;
  declare attributes: XmlAttribute[];
  declare children: XmlNode[];
  constructor(rangeOf: RangeOf, start: number, name: string, nameStart: number, nameEnd: number, parent: XmlElement | undefined, depth: number) {
    super(rangeOf, start, start);
    this.kind = 'element';
    this.name = name;
    this.nameStart = nameStart;
    this.nameEnd = nameEnd;
    this.parent = parent;
    this.depth = depth;
    this.startTagEnd = start;
    this.startTagClosed = false;
    this.selfClosing = false;
    this.closeTag = undefined;
    this.attributes = NO_ATTRIBUTES;
    this.children = NO_CHILDREN;
  }
  get nameRange(): Range { return this.rangeOf(this.nameStart, this.nameEnd); }
  get startTagRange(): Range { return this.rangeOf(this.start, this.startTagEnd); }
}

/** Text is read from the document when asked for: most of it is the blanks between tags, which nobody reads. */
export class TextNode extends Span implements XmlText {
  declare readonly kind: 'text';
  declare private readonly source: string;
  constructor(rangeOf: RangeOf, start: number, end: number, source: string) {
    super(rangeOf, start, end);
    this.kind = 'text';
    this.source = source;
  }
  get raw(): string { return this.source.slice(this.start, this.end); }
  get value(): string { return decodeEntities(this.raw); }
  get whitespaceOnly(): boolean {
    const { source, end } = this;
    for (let i = this.start; i < end; i++) {
      const code = source.charCodeAt(i);
      // trim()'s ASCII blanks: tab, LF, VT, FF, CR, space; other characters are left to trim() itself.
      if (code >= 128) return this.raw.trim() === '';
      if (code !== 32 && (code < 9 || code > 13)) return false;
    }
    return true;
  }
}

export class MarkupNode extends Span implements XmlMarkup {
  declare kind: XmlMarkup['kind'];
  declare content: string;
  declare contentStart: number;
  declare contentEnd: number;
  declare closed: boolean;
  declare target: string;
  constructor(rangeOf: RangeOf, kind: XmlMarkup['kind'], start: number, end: number, content: string,
    contentStart: number, contentEnd: number, closed: boolean, target: string) {
    super(rangeOf, start, end);
    this.kind = kind;
    this.content = content;
    this.contentStart = contentStart;
    this.contentEnd = contentEnd;
    this.closed = closed;
    this.target = target;
  }
}

const NAMED_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the five predefined entities and character references; anything else stays as written. */
export function decodeEntities(raw: string): string {
  if (!raw.includes('&')) return raw;
  return raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][A-Za-z0-9]*);/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body] ?? whole;
  });
}
