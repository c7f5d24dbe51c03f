import type { Position, Range } from 'vscode-languageserver-types';
import { lineIndex } from './lines';
import { scanXml } from './xmlScanner';
import { plainWellFormed } from './xmlPlainForm';
import { wellFormednessProblem } from './xmlWellFormed';
import type { XmlAttribute, XmlDocument, XmlElement, XmlSpan } from './xmlTypes';

export type { XmlAttribute, XmlCloseTag, XmlDocument, XmlElement, XmlMarkup, XmlNode, XmlProblem, XmlSpan, XmlText } from './xmlTypes';
export { decodeEntities } from './xmlScanner';

export interface ParseXmlOptions {
  /** Run fast-xml-parser's validator (default true); skip it when only positions are needed. */
  validate?: boolean;
}

/** Parses any text (half-typed, huge, binary) into elements with positions; never throws. */
export function parseXml(text: string, options: ParseXmlOptions = {}): XmlDocument {
  const lines = lineIndex(text);
  const rangeOf = (start: number, end: number): Range => ({ start: lines.positionAt(start), end: lines.positionAt(end) });
  const bom = text.charCodeAt(0) === 0xfeff;
  const scanned = scanXml(text, bom ? 1 : 0, rangeOf);
  const judged = options.validate !== false && !plainWellFormed(text, bom ? 1 : 0, scanned);
  return {
    text,
    bom,
    ...scanned,
    root: scanned.children.find((node): node is XmlElement => node.kind === 'element'),
    wellFormedness: judged ? wellFormednessProblem(text, rangeOf) : undefined,
    positionAt: lines.positionAt,
    offsetAt: lines.offsetAt,
    rangeOf,
  };
}

function contains(span: { start: number; end: number }, offset: number, open: boolean): boolean {
  return span.start <= offset && (offset < span.end || (open && offset === span.end));
}

/** An element whose start tag or close tag is unfinished also owns the offset right at its end (the cursor while typing). */
function isOpenEnded(element: XmlElement): boolean {
  return element.closeTag ? !element.closeTag.closed : !element.selfClosing;
}

/** The innermost element covering offset (its start tag, content or close tag), or undefined outside every element. */
export function elementAt(doc: XmlDocument, offset: number): XmlElement | undefined {
  const { elements } = doc;
  let low = 0;
  let high = elements.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (elements[mid].start <= offset) { found = mid; low = mid + 1; } else high = mid - 1;
  }
  for (let element: XmlElement | undefined = elements[found]; element; element = element.parent) {
    if (contains(element, offset, isOpenEnded(element))) return element;
  }
  return undefined;
}

/** Whether offset is inside the start tag (between `<` and its `>`, or where a half-typed tag stops). */
export function inStartTag(element: XmlElement, offset: number): boolean {
  return element.start <= offset && (offset < element.startTagEnd || (!element.startTagClosed && offset === element.startTagEnd));
}

/** The attribute under offset (name, `=`, quotes or value) of the element under it. */
export function attributeAt(doc: XmlDocument, offset: number): { element: XmlElement; attribute: XmlAttribute } | undefined {
  const element = elementAt(doc, offset);
  if (!element || !inStartTag(element, offset)) return undefined;
  const attribute = element.attributes.find((a) => a.start <= offset && offset <= a.end);
  return attribute ? { element, attribute } : undefined;
}

export type XmlContext =
  | { kind: 'elementName'; element: XmlElement }
  | { kind: 'attributeName'; element: XmlElement; attribute: XmlAttribute | undefined }
  | { kind: 'attributeValue'; element: XmlElement; attribute: XmlAttribute }
  | { kind: 'closeTag'; element: XmlElement }
  | { kind: 'content'; parent: XmlElement | undefined };

/** What the cursor is on, for completion: a tag name, an attribute name or value, a close tag, or element content. */
export function contextAt(doc: XmlDocument, offset: number): XmlContext {
  const element = elementAt(doc, offset);
  if (!element) return { kind: 'content', parent: undefined };
  if (inStartTag(element, offset)) {
    if (offset <= element.nameEnd) return { kind: 'elementName', element };
    const attribute = element.attributes.find((a) => a.start <= offset && offset <= a.end);
    if (attribute && attribute.equals !== undefined && offset > attribute.equals) {
      if (offset >= attribute.valueStart && offset <= attribute.valueEnd) return { kind: 'attributeValue', element, attribute };
    }
    if (attribute && offset <= attribute.nameEnd) return { kind: 'attributeName', element, attribute };
    return { kind: 'attributeName', element, attribute: undefined };
  }
  if (element.closeTag && element.closeTag.start <= offset) return { kind: 'closeTag', element };
  return { kind: 'content', parent: element };
}

export interface ValuePart extends XmlSpan {
  /** The part as written in the document (entities not decoded). */
  text: string;
}

/** Splits an attribute's raw value at whitespace (or another separator), each part with its document span. */
export function valueParts(doc: XmlDocument, attribute: XmlAttribute, separator: RegExp = /\s+/): ValuePart[] {
  const raw = attribute.rawValue ?? '';
  const flags = separator.flags.includes('g') ? separator.flags : `${separator.flags}g`;
  const splitter = new RegExp(separator.source, flags);
  const parts: ValuePart[] = [];
  let from = 0;
  const push = (to: number) => {
    if (to > from) {
      const start = attribute.valueStart + from;
      const end = attribute.valueStart + to;
      parts.push({ text: raw.slice(from, to), start, end, range: doc.rangeOf(start, end) });
    }
  };
  for (let match = splitter.exec(raw); match; match = splitter.exec(raw)) {
    if (match[0].length === 0) { splitter.lastIndex++; continue; }
    push(match.index);
    from = match.index + match[0].length;
  }
  push(raw.length);
  return parts;
}

export interface KeyValuePart {
  key: string;
  keyStart: number;
  keyEnd: number;
  keyRange: Range;
  /** Undefined for a bare flag (`tcp_nodelay`). */
  value: string | undefined;
  valueStart: number;
  valueEnd: number;
  valueRange: Range;
}

/** Splits one value part at its first `=` into key and value spans (`size=64` → `size`, `64`). */
export function keyValueOf(doc: XmlDocument, part: ValuePart): KeyValuePart {
  const equals = part.text.indexOf('=');
  const keyEnd = equals < 0 ? part.end : part.start + equals;
  const valueStart = equals < 0 ? part.end : keyEnd + 1;
  return {
    key: part.text.slice(0, equals < 0 ? undefined : equals),
    keyStart: part.start,
    keyEnd,
    keyRange: doc.rangeOf(part.start, keyEnd),
    value: equals < 0 ? undefined : part.text.slice(equals + 1),
    valueStart,
    valueEnd: part.end,
    valueRange: doc.rangeOf(valueStart, part.end),
  };
}

/** Elements in document order below (not including) element, without recursion. */
export function descendants(doc: XmlDocument, element: XmlElement): XmlElement[] {
  const { elements } = doc;
  let index = elements.indexOf(element) + 1;
  const out: XmlElement[] = [];
  while (index < elements.length && elements[index].start < element.end) out.push(elements[index++]);
  return out;
}
