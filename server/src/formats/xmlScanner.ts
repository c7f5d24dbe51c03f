import type { XmlAttribute, XmlDocument, XmlMarkup, XmlNode } from './xmlTypes';
import { AttributeNode, CloseTagNode, decodeEntities, ElementNode, MarkupNode, NO_CHILDREN, TextNode, type RangeOf } from './xmlNodes';

export { decodeEntities } from './xmlNodes';

/*
 * A tolerant, single-pass XML scanner that records where everything is.
 *
 * Why not only fast-xml-parser: its parser returns values without positions (no attribute name or
 * value ranges, no element ranges), and its validator stops at the first error with a line and a
 * column. Hover, completion and diagnostics on an attribute or on one token inside an attribute
 * value need exact spans, and they must keep working on documents that are half-typed and not
 * well-formed at all. So the library stays the judge of well-formedness (see xmlWellFormed.ts) and
 * this scanner gives the positions.
 *
 * The scanner never recurses (10k-deep nesting is just a longer stack array), every loop advances,
 * and close tags are matched through a per-name count of open elements so that stray close tags
 * cost O(1): the whole scan is linear in the text.
 */

export type ScanResult = Pick<XmlDocument, 'children' | 'elements' | 'comments' | 'processingInstructions' | 'cdata' | 'doctype' | 'strayCloseTags'>;

/** Character classes by UTF-16 code unit (below 128; everything above is a name character). */
const WHITESPACE_CLASS = 1;
const NAME_STOP_CLASS = 2;
const CLASSES = new Uint8Array(128);
for (const c of ' \t\n\r') CLASSES[c.charCodeAt(0)] = WHITESPACE_CLASS | NAME_STOP_CLASS;
/** Characters that end a tag or attribute name. */
for (const c of '><\/="\'') CLASSES[c.charCodeAt(0)] = NAME_STOP_CLASS;

export function isWhitespace(code: number): boolean {
  return code < 128 && (CLASSES[code] & WHITESPACE_CLASS) !== 0;
}

function isNameStop(code: number): boolean {
  return code < 128 && (CLASSES[code] & NAME_STOP_CLASS) !== 0;
}

/*
 * Element and attribute names repeat all through a document: each name is kept once (a parse tree
 * held for hover and completion is mostly small strings otherwise).
 */
const MAX_NAMES = 4_096;
const names = new Map<string, string>();

function intern(name: string): string {
  const known = names.get(name);
  if (known !== undefined) return known;
  if (names.size >= MAX_NAMES) names.clear();
  // A slice may share the document's memory: the kept name is a copy, never the whole text.
  const kept = JSON.parse(JSON.stringify(name)) as string;
  names.set(kept, kept);
  return kept;
}

export function skipWhitespace(text: string, i: number): number {
  while (i < text.length && isWhitespace(text.charCodeAt(i))) i++;
  return i;
}

/** Past a tag or attribute name: up to whitespace or one of `><\/="'`. */
export function readName(text: string, i: number): number {
  while (i < text.length && !isNameStop(text.charCodeAt(i))) i++;
  return i;
}

class Scanner {
  private readonly out: ScanResult = {
    children: [], elements: [], comments: [], processingInstructions: [], cdata: [], doctype: undefined, strayCloseTags: [],
  };
  private readonly stack: ElementNode[] = [];
  private readonly openByName = new Map<string, number>();
  /** The attributes of the start tag being read, copied to the element at its end. */
  private readonly tagAttributes: XmlAttribute[] = [];
  /** The next `<` (text.length when none) from the last quoted value's start, so a tag with many attributes is not rescanned. */
  private nextLt = -1;

  constructor(private readonly text: string, private readonly rangeOf: RangeOf) {}

  run(start: number): ScanResult {
    const { text } = this;
    let i = start;
    while (i < text.length) {
      i = text[i] === '<' ? this.markup(i) : this.textNode(i);
    }
    for (const open of this.stack) {
      open.end = text.length;
      fitChildren(open);
    }
    return this.out;
  }

  private add(node: XmlNode): void {
    const parent = this.stack[this.stack.length - 1];
    if (!parent) this.out.children.push(node);
    else if (parent.children === NO_CHILDREN) parent.children = [node];
    else parent.children.push(node);
  }

  private textNode(i: number): number {
    const next = this.text.indexOf('<', i);
    const end = next < 0 ? this.text.length : next;
    this.add(new TextNode(this.rangeOf, i, end, this.text));
    return end;
  }

  private markup(i: number): number {
    const { text } = this;
    const next = text[i + 1];
    if (next === '!') {
      if (text.startsWith('<!--', i)) return this.delimited(i, 'comment', '<!--', '-->', this.out.comments);
      if (text.startsWith('<![CDATA[', i)) return this.delimited(i, 'cdata', '<![CDATA[', ']]>', this.out.cdata);
      return this.declaration(i);
    }
    if (next === '?') return this.delimited(i, 'pi', '<?', '?>', this.out.processingInstructions);
    if (next === '/') return this.closeTag(i);
    return this.startTag(i);
  }

  private markupNode(kind: XmlMarkup['kind'], start: number, contentStart: number, contentEnd: number, end: number, closed: boolean): XmlMarkup {
    const content = this.text.slice(contentStart, contentEnd);
    const target = kind === 'pi' ? content.slice(0, readName(content, 0)) : '';
    const node = new MarkupNode(this.rangeOf, kind, start, end, content, contentStart, contentEnd, closed, target);
    this.add(node);
    return node;
  }

  private delimited(i: number, kind: XmlMarkup['kind'], open: string, close: string, list: XmlMarkup[]): number {
    const contentStart = i + open.length;
    const found = this.text.indexOf(close, contentStart);
    const contentEnd = found < 0 ? this.text.length : found;
    const end = found < 0 ? this.text.length : found + close.length;
    list.push(this.markupNode(kind, i, contentStart, contentEnd, end, found >= 0));
    return end;
  }

  /** `<!DOCTYPE …>` and other `<!` declarations: up to the `>` outside quotes and outside an internal `[…]` subset. */
  private declaration(i: number): number {
    const { text } = this;
    let j = i + 2;
    let depth = 0;
    let quote = '';
    for (; j < text.length; j++) {
      const c = text[j];
      if (quote) { if (c === quote) quote = ''; continue; }
      if (c === '"' || c === "'") quote = c;
      else if (c === '[') depth++;
      else if (c === ']') depth = Math.max(0, depth - 1);
      else if (c === '>' && depth === 0) break;
    }
    const closed = j < text.length;
    const end = closed ? j + 1 : text.length;
    const node = this.markupNode('doctype', i, i + 2, closed ? j : text.length, end, closed);
    this.out.doctype ??= node;
    return end;
  }

  private closeTag(i: number): number {
    const { text } = this;
    const nameStart = i + 2;
    const nameEnd = readName(text, nameStart);
    let j = nameEnd;
    while (j < text.length && text[j] !== '>' && text[j] !== '<') j++;
    const closed = text[j] === '>';
    const end = closed ? j + 1 : j;
    const name = text.slice(nameStart, nameEnd);
    const tag = new CloseTagNode(this.rangeOf, i, end, name, nameStart, nameEnd, closed);
    if (!this.openByName.get(name)) {
      this.out.strayCloseTags.push(tag);
      return end;
    }
    // Elements left open above the match end where this close tag starts (implicitly closed).
    for (;;) {
      const top = this.pop();
      if (top.name === name) {
        tag.name = top.name;
        top.closeTag = tag;
        top.end = end;
        return end;
      }
      top.end = i;
    }
  }

  private pop(): ElementNode {
    const top = this.stack.pop() as ElementNode;
    fitChildren(top);
    this.openByName.set(top.name, (this.openByName.get(top.name) ?? 1) - 1);
    return top;
  }

  private startTag(i: number): number {
    const { text } = this;
    const nameStart = i + 1;
    const nameEnd = readName(text, nameStart);
    const parent = this.stack[this.stack.length - 1];
    const element = new ElementNode(this.rangeOf, i, intern(text.slice(nameStart, nameEnd)), nameStart, nameEnd, parent, this.stack.length);
    let j = nameEnd;
    for (;;) {
      j = skipWhitespace(text, j);
      if (j >= text.length || text[j] === '<') break;
      if (text[j] === '>') { element.startTagClosed = true; j++; break; }
      if (text[j] === '/' && text[j + 1] === '>') { element.startTagClosed = true; element.selfClosing = true; j += 2; break; }
      if (text[j] === '/') { j++; continue; }
      j = this.attribute(j);
    }
    const attributes = this.tagAttributes;
    if (attributes.length > 0) {
      element.attributes = attributes.slice();
      attributes.length = 0;
    }
    element.startTagEnd = j;
    element.end = j;
    this.add(element);
    this.out.elements.push(element);
    // A tag that is only `<` (typing in progress, or a stray `<` in text) gets no children.
    if (!element.selfClosing && element.name !== '') {
      this.stack.push(element);
      this.openByName.set(element.name, (this.openByName.get(element.name) ?? 0) + 1);
    }
    return j;
  }

  private attribute(j: number): number {
    const { text } = this;
    const nameStart = j;
    // A name always advances at least one character, so a stray quote cannot stall the loop.
    let nameEnd = readName(text, nameStart);
    if (nameEnd === nameStart && text[j] !== '=') nameEnd = nameStart + 1;
    const afterName = skipWhitespace(text, nameEnd);
    const attribute = new AttributeNode(this.rangeOf, intern(text.slice(nameStart, nameEnd)), nameStart, nameEnd);
    this.tagAttributes.push(attribute);
    if (text[afterName] !== '=') return nameEnd;
    attribute.equals = afterName;
    const valueAt = skipWhitespace(text, afterName + 1);
    const quote = text[valueAt];
    let valueStart: number;
    let valueEnd: number;
    let end: number;
    if (quote === '"' || quote === "'") {
      attribute.quote = quote;
      valueStart = valueAt + 1;
      valueEnd = this.quotedValueEnd(valueStart, quote);
      attribute.valueClosed = text[valueEnd] === quote;
      end = attribute.valueClosed ? valueEnd + 1 : valueEnd;
    } else {
      valueStart = valueAt;
      valueEnd = valueAt;
      while (valueEnd < text.length && !isWhitespace(text.charCodeAt(valueEnd)) && text[valueEnd] !== '>' && text[valueEnd] !== '<'
        && !(text[valueEnd] === '/' && text[valueEnd + 1] === '>')) valueEnd++;
      end = valueEnd;
    }
    attribute.rawValue = text.slice(valueStart, valueEnd);
    attribute.value = decodeEntities(attribute.rawValue);
    attribute.valueStart = valueStart;
    attribute.valueEnd = valueEnd;
    attribute.end = end;
    return end;
  }

  /**
   * Where a quoted value ends: at its closing quote, or — since `<` is never allowed in an attribute
   * value — at the first `<`, which means the quote was left open while typing.
   */
  private quotedValueEnd(from: number, quote: string): number {
    const { text } = this;
    const close = text.indexOf(quote, from);
    if (this.nextLt < from) {
      const lt = text.indexOf('<', from);
      this.nextLt = lt < 0 ? text.length : lt;
    }
    return close < 0 ? this.nextLt : Math.min(close, this.nextLt);
  }
}

function fitChildren(element: ElementNode): void {
  if (element.children.length > 1) element.children = element.children.slice();
}

/** Scans text from `start` (after a BOM, if any). */
export function scanXml(text: string, start: number, rangeOf: RangeOf): ScanResult {
  return new Scanner(text, rangeOf).run(start);
}
