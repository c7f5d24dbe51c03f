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

export interface StartTags {
  /** Per start tag, in document order: its `<`, where the tag stops, 1 when it ended with `>`, and its kind's index in KINDS or -1. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly closed: Uint8Array;
  readonly kinds: Int8Array;
  readonly count: number;
}

function kindOf(text: string, nameStart: number, nameEnd: number): number {
  const name = text.slice(nameStart, Math.min(nameEnd, nameStart + 11)).toLowerCase();
  for (let k = 0; k < KINDS.length; k++) if (name.startsWith(KINDS[k])) return k;
  return -1;
}

class TagFinder {
  starts: number[] = [];
  ends: number[] = [];
  closed: number[] = [];
  kinds: number[] = [];
  /** The first `<` at or after the last quoted value's start (text.length when none). */
  private nextLt = -1;

  constructor(private readonly text: string) {}

  run(start: number): void {
    const { text } = this;
    let i = start;
    while (i < text.length) {
      if (text.charCodeAt(i) !== 60) {
        const next = text.indexOf('<', i);
        i = next < 0 ? text.length : next;
      } else i = this.markup(i);
    }
  }

  private markup(i: number): number {
    const { text } = this;
    const next = text[i + 1];
    if (next === '!') {
      if (text.startsWith('<!--', i)) return this.delimited(i + 4, '-->');
      if (text.startsWith('<![CDATA[', i)) return this.delimited(i + 9, ']]>');
      return this.declaration(i);
    }
    if (next === '?') return this.delimited(i + 2, '?>');
    if (next === '/') {
      let j = readName(text, i + 2);
      while (j < text.length && text[j] !== '>' && text[j] !== '<') j++;
      return text[j] === '>' ? j + 1 : j;
    }
    return this.startTag(i);
  }

  private delimited(contentStart: number, close: string): number {
    const found = this.text.indexOf(close, contentStart);
    return found < 0 ? this.text.length : found + close.length;
  }

  private declaration(i: number): number {
    const { text } = this;
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

  private startTag(i: number): number {
    const { text } = this;
    const nameEnd = readName(text, i + 1);
    let closed = 0;
    let j = nameEnd;
    for (;;) {
      j = skipWhitespace(text, j);
      if (j >= text.length || text[j] === '<') break;
      if (text[j] === '>') { closed = 1; j++; break; }
      if (text[j] === '/' && text[j + 1] === '>') { closed = 1; j += 2; break; }
      if (text[j] === '/') { j++; continue; }
      j = this.attribute(j);
    }
    this.starts.push(i);
    this.ends.push(j);
    this.closed.push(closed);
    this.kinds.push(kindOf(text, i + 1, nameEnd));
    return j;
  }

  private attribute(j: number): number {
    const { text } = this;
    let nameEnd = readName(text, j);
    if (nameEnd === j && text[j] !== '=') nameEnd = j + 1;
    const afterName = skipWhitespace(text, nameEnd);
    if (text[afterName] !== '=') return nameEnd;
    const valueAt = skipWhitespace(text, afterName + 1);
    const quote = text[valueAt];
    if (quote === '"' || quote === "'") {
      const valueEnd = this.quotedValueEnd(valueAt + 1, quote);
      return text[valueEnd] === quote ? valueEnd + 1 : valueEnd;
    }
    let valueEnd = valueAt;
    while (valueEnd < text.length && !isWhitespace(text.charCodeAt(valueEnd)) && text[valueEnd] !== '>' && text[valueEnd] !== '<'
      && !(text[valueEnd] === '/' && text[valueEnd + 1] === '>')) valueEnd++;
    return valueEnd;
  }

  /** At the closing quote, or at the first `<` (never allowed in a value: the quote was left open). */
  private quotedValueEnd(from: number, quote: string): number {
    const close = this.text.indexOf(quote, from);
    if (this.nextLt < from) {
      const lt = this.text.indexOf('<', from);
      this.nextLt = lt < 0 ? this.text.length : lt;
    }
    return close < 0 ? this.nextLt : Math.min(close, this.nextLt);
  }
}

export function findStartTags(text: string): StartTags {
  const finder = new TagFinder(text);
  finder.run(text.charCodeAt(0) === 0xfeff ? 1 : 0);
  return {
    starts: Int32Array.from(finder.starts), ends: Int32Array.from(finder.ends), closed: Uint8Array.from(finder.closed),
    kinds: Int8Array.from(finder.kinds), count: finder.starts.length,
  };
}

/** The kind of the start tag offset is in (between `<` and its `>`, or where a half-typed tag stops), if any. */
export function startTagKindAt(tags: StartTags, offset: number): ElementKind | undefined {
  const { starts } = tags;
  let low = 0;
  let high = tags.count - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (starts[mid] <= offset) { found = mid; low = mid + 1; } else high = mid - 1;
  }
  if (found < 0) return undefined;
  const end = tags.ends[found];
  const inside = offset < end || (tags.closed[found] === 0 && offset === end);
  return inside && tags.kinds[found] >= 0 ? KINDS[tags.kinds[found]] : undefined;
}
