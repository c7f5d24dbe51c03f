import type { ScanResult } from './xmlScanner';
import type { XmlElement, XmlNode } from './xmlTypes';

/*
 * fast-xml-parser's validator reads the whole text a second time, character by character, and costs
 * about as much as our scan. Most documents are written in the plainest form, where its verdict is
 * certain from what the scanner recorded: then it need not run. The test below is deliberately
 * narrow — it says yes only where every quirk of the validator (how it reads names, attribute
 * strings, entities, processing instructions and text outside the root) is known to accept; for
 * anything else (a doctype, an entity, a lone `/`, an implicitly closed element…) it says no and
 * the validator decides, so the reported problem never changes.
 */

/** ASCII name characters by code: 1 may start a name, 2 may follow. */
const ASCII_NAME = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const c = String.fromCharCode(code);
  if (/[:A-Za-z_]/.test(c)) ASCII_NAME[code] = 3;
  else if (/[-.0-9]/.test(c)) ASCII_NAME[code] = 2;
}

/** A name the validator certainly accepts: ASCII name characters only (nearly all names); others are left to it. */
function isName(name: string): boolean {
  const length = name.length;
  if (length === 0) return false;
  for (let i = 0; i < length; i++) {
    const code = name.charCodeAt(i);
    if (code >= 128 || (ASCII_NAME[code] & (i === 0 ? 1 : 2)) === 0) return false;
  }
  return true;
}

/** The validator's whitespace: space, tab, LF and CR only. */
function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13;
}

function blankBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isBlank(text.charCodeAt(i))) return false;
  return true;
}

/** `<name attr="v" …>`, `<name …/>` with a blank before every attribute and nothing else in the tag. */
function plainStartTag(text: string, element: XmlElement): boolean {
  if (!element.startTagClosed || !isName(element.name)) return false;
  let at = element.nameEnd;
  const seen = element.attributes.length > 1 ? new Set<string>() : undefined;
  for (const attribute of element.attributes) {
    if (attribute.nameStart === at || !blankBetween(text, at, attribute.nameStart)) return false;
    if (attribute.equals === undefined || attribute.quote === '' || !attribute.valueClosed || !isName(attribute.name)) return false;
    if (!blankBetween(text, attribute.nameEnd, attribute.equals) || !blankBetween(text, attribute.equals + 1, attribute.valueStart - 1)) return false;
    if (seen) {
      if (seen.has(attribute.name)) return false;
      seen.add(attribute.name);
    }
    at = attribute.end;
  }
  const closer = element.selfClosing ? element.startTagEnd - 2 : element.startTagEnd - 1;
  return blankBetween(text, at, closer);
}

/** Closed by its own `</name>` (blanks allowed before `>`), or self-closing. */
function plainEnd(text: string, element: XmlElement): boolean {
  if (element.selfClosing) return true;
  const close = element.closeTag;
  return close !== undefined && close.closed && blankBetween(text, close.nameEnd, close.end - 1);
}

/** Text without `&` (38; the validator checks entity syntax: kept for it), closed comments and CDATA, no PI or doctype inside. */
function plainContent(text: string, node: XmlNode): boolean {
  switch (node.kind) {
    case 'element':
      return true;
    case 'text':
      for (let i = node.start; i < node.end; i++) if (text.charCodeAt(i) === 38) return false;
      return true;
    case 'comment':
    case 'cdata':
      return node.closed;
    default:
      return false;
  }
}

/** Outside the root: blanks, closed comments, and an XML declaration only at the very start. */
function plainTopLevel(text: string, node: XmlNode, bom: number): boolean {
  switch (node.kind) {
    case 'text':
      return blankBetween(text, node.start, node.end);
    case 'comment':
      return node.closed;
    case 'pi':
      return node.closed && (node.start === bom || !node.content.startsWith('xml'));
    default:
      return false;
  }
}

/**
 * True only when fast-xml-parser's validator is certain to accept the text: one root element, every
 * element in plain form and closed by its own close tag, nothing stray.
 */
export function plainWellFormed(text: string, bom: number, scanned: ScanResult): boolean {
  if (scanned.strayCloseTags.length > 0 || scanned.doctype !== undefined) return false;
  let roots = 0;
  for (const node of scanned.children) {
    if (node.kind === 'element') roots++;
    else if (!plainTopLevel(text, node, bom)) return false;
  }
  if (roots !== 1) return false;
  for (const element of scanned.elements) {
    if (!plainStartTag(text, element) || !plainEnd(text, element)) return false;
    for (const node of element.children) if (!plainContent(text, node)) return false;
  }
  return true;
}
