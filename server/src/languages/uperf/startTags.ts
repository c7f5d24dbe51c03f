/*
 * Where the start tags are, as formats/xml's scanner finds them, without building the tree: the
 * checks only ask which start tag (if any) an attribute token is written in, and the whole XML tree
 * (elements, attributes, text nodes) was most of what a large profile's parse allocated and kept.
 * The tree is still built, on demand, for completion and hover. The rules below are the scanner's
 * (markup skipped the same way, attribute values read the same way), so both agree on every tag;
 * test/unit/uperf/startTags.test.ts holds them to that.
 */

import { isWhitespace, readName, skipWhitespace } from '../../formats/xmlScanner';

export type ElementKind = 'profile' | 'group' | 'transaction' | 'flowop';

const KINDS: readonly ElementKind[] = ['profile', 'group', 'transaction', 'flowop'];

/** Per start tag, in document order, three numbers: its `<`, where the tag stops × 2 (+1 when it ended with `>`), its kind's index in KINDS or -1. */
export type StartTags = readonly number[];

/** KINDS' index of the first kind the name starts with, ignoring ASCII case (no string made: this runs for every tag). */
function kindOf(text: string, nameStart: number, nameEnd: number): number {
  for (let k = 0; k < KINDS.length; k += 1) {
    const kind = KINDS[k];
    if (nameEnd - nameStart < kind.length) continue;
    let i = 0;
    while (i < kind.length && (text.charCodeAt(nameStart + i) | 0x20) === kind.charCodeAt(i)) i += 1;
    if (i === kind.length) return k;
  }
  return -1;
}

/** Where `close` ends after contentStart, or the end of the text. */
function delimitedEnd(text: string, contentStart: number, close: string): number {
  const found = text.indexOf(close, contentStart);
  return found < 0 ? text.length : found + close.length;
}

/** `<!…>` declarations: up to the `>` outside quotes and outside an internal `[…]` subset. */
function declarationEnd(text: string, i: number): number {
  let depth = 0;
  let quote = '';
  for (let j = i + 2; j < text.length; j++) {
    const c = text[j];
    if (quote) { if (c === quote) quote = ''; continue; }
    if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === '>' && depth === 0) return j + 1;
  }
  return text.length;
}

function closeTagEnd(text: string, i: number): number {
  let j = readName(text, i + 2);
  while (j < text.length && text[j] !== '>' && text[j] !== '<') j++;
  return text[j] === '>' ? j + 1 : j;
}

export function findStartTags(text: string): StartTags {
  const tags: number[] = [];
  /** The first `<` at or after the last quoted value's start (text.length when none). */
  let nextLt = -1;

  /** At the closing quote, or at the first `<` (never allowed in a value: the quote was left open). */
  const quotedValueEnd = (from: number, quote: string): number => {
    const close = text.indexOf(quote, from);
    if (nextLt < from) {
      const lt = text.indexOf('<', from);
      nextLt = lt < 0 ? text.length : lt;
    }
    return close < 0 ? nextLt : Math.min(close, nextLt);
  };

  const attribute = (j: number): number => {
    let nameEnd = readName(text, j);
    if (nameEnd === j && text[j] !== '=') nameEnd = j + 1;
    const afterName = skipWhitespace(text, nameEnd);
    if (text[afterName] !== '=') return nameEnd;
    const valueAt = skipWhitespace(text, afterName + 1);
    const quote = text[valueAt];
    if (quote === '"' || quote === "'") {
      const valueEnd = quotedValueEnd(valueAt + 1, quote);
      return text[valueEnd] === quote ? valueEnd + 1 : valueEnd;
    }
    let valueEnd = valueAt;
    while (valueEnd < text.length && !isWhitespace(text.charCodeAt(valueEnd)) && text[valueEnd] !== '>' && text[valueEnd] !== '<'
      && !(text[valueEnd] === '/' && text[valueEnd + 1] === '>')) valueEnd++;
    return valueEnd;
  };

  const startTag = (i: number): number => {
    const nameEnd = readName(text, i + 1);
    let closed = 0;
    let j = nameEnd;
    for (;;) {
      j = skipWhitespace(text, j);
      if (j >= text.length || text[j] === '<') break;
      if (text[j] === '>') { closed = 1; j++; break; }
      if (text[j] === '/' && text[j + 1] === '>') { closed = 1; j += 2; break; }
      if (text[j] === '/') { j++; continue; }
      j = attribute(j);
    }
    tags.push(i, j * 2 + closed, kindOf(text, i + 1, nameEnd));
    return j;
  };

  const markup = (i: number): number => {
    const next = text[i + 1];
    if (next === '!') {
      if (text.startsWith('<!--', i)) return delimitedEnd(text, i + 4, '-->');
      if (text.startsWith('<![CDATA[', i)) return delimitedEnd(text, i + 9, ']]>');
      return declarationEnd(text, i);
    }
    if (next === '?') return delimitedEnd(text, i + 2, '?>');
    return next === '/' ? closeTagEnd(text, i) : startTag(i);
  };

  for (let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; i < text.length; ) {
    if (text.charCodeAt(i) === 60) i = markup(i);
    else {
      const next = text.indexOf('<', i);
      i = next < 0 ? text.length : next;
    }
  }
  return tags;
}

/** The kind of the start tag offset is in (between `<` and its `>`, or where a half-typed tag stops), if any. */
export function startTagKindAt(tags: StartTags, offset: number): ElementKind | undefined {
  let low = 0;
  let high = tags.length / 3 - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (tags[mid * 3] <= offset) { found = mid; low = mid + 1; } else high = mid - 1;
  }
  if (found < 0) return undefined;
  const end = tags[found * 3 + 1] >> 1;
  const closed = (tags[found * 3 + 1] & 1) === 1;
  const kind = tags[found * 3 + 2];
  return (offset < end || (!closed && offset === end)) && kind >= 0 ? KINDS[kind] : undefined;
}
