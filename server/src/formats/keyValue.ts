import type { Range } from 'vscode-languageserver-types';

/**
 * `KEY=value` assignments with every part's range: the name, the raw value as written and the
 * unquoted value, plus a map from each unquoted character back to its columns so a rule can point
 * at one token inside a quoted value.
 *
 * Two dialects:
 * - `shell`: the strict bash subset NetworkManager's ifcfg-rh reader accepts (no blanks around
 *   `=`, single, double and `$'…'` quotes, backslash escapes; no expansion inside double quotes,
 *   no unquoted `| & ( ) < >`, nothing but a `#` comment after an unquoted blank, one trailing `;`).
 * - `kernel-args`: a module parameter word as the kernel's argument parser reads it (`key=value`,
 *   double quotes group blanks, no escapes).
 */
export type KeyValueDialect = 'shell' | 'kernel-args';

export type QuoteKind = 'none' | 'single' | 'double' | 'ansi-c';

export interface ValueSegment {
  kind: QuoteKind | 'escape';
  /** Columns of the segment as written, quotes included. */
  start: number;
  end: number;
}

export type BadQuotingReason =
  | 'unterminated-quote'
  | 'expansion'
  | 'metacharacter'
  | 'trailing-text'
  | 'line-continuation';

export interface BadQuoting {
  reason: BadQuotingReason;
  /** Column of the offending character. */
  column: number;
}

export interface KeyValueProperty {
  line: number;
  name: string;
  nameRange: Range;
  /** Column of the `=`. */
  equalsColumn: number;
  /** The value exactly as written (quotes kept, trailing comment and blanks excluded). */
  rawValue: string;
  valueRange: Range;
  /** The value after quote removal; '' when `badQuoting` is set (NetworkManager's reading). */
  value: string;
  /** Source start / end column of every character of `value` (a `\x` escape spans two columns). */
  valueStarts: number[];
  valueEnds: number[];
  segments: ValueSegment[];
  badQuoting?: BadQuoting;
  /** Unquoted `$` or backtick: bash (initscripts) expands it, NetworkManager reads it literally. */
  unquotedExpansionColumn?: number;
  /** A `#` comment after the value, with its columns. */
  comment?: { text: string; start: number; end: number };
}

export interface Word {
  text: string;
  start: number;
  end: number;
}

function isNameStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 48 && code <= 57);
}

function isAsciiSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\v' || ch === '\f' || ch === '\r';
}

/** Characters double quotes copy as they are (everything but the closing quote, `$`, backtick and backslash). */
function isPlainDoubleQuotedChar(code: number): boolean {
  return code !== 34 && code !== 36 && code !== 96 && code !== 92;
}

/** Characters an unquoted shell value copies as they are (everything but blanks, quotes, escapes, `;`, `$`, backtick and `|&()<>`). */
function isPlainShellChar(code: number): boolean {
  switch (code) {
    case 32: case 9: case 10: case 11: case 12: case 13: // blanks
    case 59: case 92: case 39: case 34: case 36: case 96: // ; \ ' " $ `
    case 124: case 38: case 40: case 41: case 60: case 62: // | & ( ) < >
      return false;
    default:
      return true;
  }
}

export function rangeOn(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

/**
 * Parses one line as `NAME=value` in the given dialect. Returns undefined when the line is not an
 * assignment (blank, comment, or anything the reader would not take as `NAME=`).
 */
export function parseAssignmentLine(text: string, line: number, dialect: KeyValueDialect, startColumn = 0): KeyValueProperty | undefined {
  let k = startColumn;
  while (k < text.length && isAsciiSpace(text[k])) k += 1;
  if (k >= text.length || !isNameStart(text.charCodeAt(k))) return undefined;
  let e = k + 1;
  while (e < text.length && isNameChar(text.charCodeAt(e))) e += 1;
  if (text[e] !== '=') return undefined;
  return buildProperty(text, line, k, e, dialect);
}

function buildProperty(text: string, line: number, nameStart: number, equals: number, dialect: KeyValueDialect): KeyValueProperty {
  const valueStart = equals + 1;
  const scan = dialect === 'shell' ? unquoteShell(text, valueStart) : unquoteKernelArg(text, valueStart);
  const rawEnd = scan.rawEnd;
  const property: KeyValueProperty = {
    line,
    name: text.slice(nameStart, equals),
    nameRange: rangeOn(line, nameStart, equals),
    equalsColumn: equals,
    rawValue: text.slice(valueStart, rawEnd),
    valueRange: rangeOn(line, valueStart, rawEnd),
    value: scan.bad ? '' : scan.value,
    valueStarts: scan.bad ? [] : scan.starts,
    valueEnds: scan.bad ? [] : scan.ends,
    segments: scan.segments,
  };
  if (scan.bad) property.badQuoting = scan.bad;
  if (scan.expansion !== undefined) property.unquotedExpansionColumn = scan.expansion;
  if (scan.commentStart !== undefined) {
    const commentEnd = trimEndColumn(text, text.length);
    property.comment = { text: text.slice(scan.commentStart, commentEnd), start: scan.commentStart, end: commentEnd };
  }
  return property;
}

function trimEndColumn(text: string, end: number): number {
  let i = end;
  while (i > 0 && isAsciiSpace(text[i - 1])) i -= 1;
  return i;
}

interface Scan {
  value: string;
  starts: number[];
  ends: number[];
  segments: ValueSegment[];
  rawEnd: number;
  bad?: BadQuoting;
  expansion?: number;
  commentStart?: number;
}

class ScanBuilder {
  readonly scan: Scan;
  constructor() {
    this.scan = { value: '', starts: [], ends: [], segments: [], rawEnd: 0 };
  }
  push(ch: string, start: number, end: number): void {
    this.scan.value += ch;
    this.scan.starts.push(start);
    this.scan.ends.push(end);
  }
  /** `text[from, to)` copied as it is, one column per character. */
  pushRun(text: string, from: number, to: number): void {
    this.scan.value += text.slice(from, to);
    const { starts, ends } = this.scan;
    for (let j = from; j < to; j += 1) {
      starts.push(j);
      ends.push(j + 1);
    }
  }
  segment(kind: ValueSegment['kind'], start: number, end: number): void {
    const last = this.scan.segments[this.scan.segments.length - 1];
    if (kind === 'none' && last?.kind === 'none' && last.end === start) last.end = end;
    else this.scan.segments.push({ kind, start, end });
  }
  fail(reason: BadQuotingReason, column: number, rawEnd: number): Scan {
    this.scan.bad = { reason, column };
    this.scan.rawEnd = rawEnd;
    return this.scan;
  }
}

const ANSI_C_ESCAPES: Record<string, string> = {
  a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
  '?': '?', '"': '"', '\\': '\\', "'": "'",
};

function unquoteShell(text: string, from: number): Scan {
  const b = new ScanBuilder();
  const lineEnd = trimEndColumn(text, text.length);
  let i = from;
  while (i < text.length) {
    const ch = text[i];
    if (isAsciiSpace(ch) || ch === ';') return endOfShellValue(b, text, i, lineEnd);
    if (ch === '\\') {
      if (i + 1 >= text.length) return b.fail('line-continuation', i, lineEnd);
      b.push(text[i + 1], i, i + 2);
      b.segment('escape', i, i + 2);
      i += 2;
    } else if (ch === "'") {
      const close = text.indexOf("'", i + 1);
      if (close < 0) return b.fail('unterminated-quote', i, lineEnd);
      b.pushRun(text, i + 1, close);
      b.segment('single', i, close + 1);
      i = close + 1;
    } else if (ch === '"') {
      const end = scanDoubleQuoted(b, text, i);
      if (typeof end !== 'number') return b.fail(end.reason, end.column, lineEnd);
      b.segment('double', i, end);
      i = end;
    } else if (ch === '$' && text[i + 1] === "'") {
      const end = scanAnsiC(b, text, i);
      if (end < 0) return b.fail('unterminated-quote', i, lineEnd);
      b.segment('ansi-c', i, end);
      i = end;
    } else if ('|&()<>'.includes(ch)) {
      return b.fail('metacharacter', i, lineEnd);
    } else {
      if ((ch === '$' || ch === '`') && b.scan.expansion === undefined) b.scan.expansion = i;
      let end = i + 1;
      while (end < text.length && isPlainShellChar(text.charCodeAt(end))) end += 1;
      b.pushRun(text, i, end);
      b.segment('none', i, end);
      i = end;
    }
  }
  b.scan.rawEnd = i;
  return b.scan;
}

/** After an unquoted blank or `;`: only blanks, at most one `;` and a `#` comment may follow. */
function endOfShellValue(b: ScanBuilder, text: string, at: number, lineEnd: number): Scan {
  let sawSemicolon = false;
  let j = at;
  while (j < text.length) {
    if (isAsciiSpace(text[j])) j += 1;
    else if (text[j] === ';' && !sawSemicolon) {
      sawSemicolon = true;
      j += 1;
    } else break;
  }
  if (j < text.length && text[j] !== '#') return b.fail('trailing-text', j, lineEnd);
  b.scan.rawEnd = at;
  if (j < text.length) b.scan.commentStart = j;
  return b.scan;
}

function scanDoubleQuoted(b: ScanBuilder, text: string, open: number): number | BadQuoting {
  let i = open + 1;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"') return i + 1;
    if (ch === '$' || ch === '`') return { reason: 'expansion', column: i };
    if (ch === '\\') {
      if (i + 1 >= text.length) return { reason: 'line-continuation', column: i };
      const next = text[i + 1];
      if ('$`"\\'.includes(next)) b.push(next, i, i + 2);
      else {
        b.push('\\', i, i + 1);
        b.push(next, i + 1, i + 2);
      }
      i += 2;
    } else {
      let end = i + 1;
      while (end < text.length && isPlainDoubleQuotedChar(text.charCodeAt(end))) end += 1;
      b.pushRun(text, i, end);
      i = end;
    }
  }
  return { reason: 'unterminated-quote', column: open };
}

function scanAnsiC(b: ScanBuilder, text: string, dollar: number): number {
  let i = dollar + 2;
  while (i < text.length) {
    const ch = text[i];
    if (ch === "'") return i + 1;
    if (ch !== '\\') {
      b.push(ch, i, i + 1);
      i += 1;
      continue;
    }
    if (i + 1 >= text.length) return -1;
    const next = text[i + 1];
    const simple = ANSI_C_ESCAPES[next];
    if (simple !== undefined) {
      b.push(simple, i, i + 2);
      i += 2;
    } else {
      i = scanNumericEscape(b, text, i);
    }
  }
  return -1;
}

function scanNumericEscape(b: ScanBuilder, text: string, backslash: number): number {
  const kind = text[backslash + 1];
  const octal = /^[0-7]{1,3}/.exec(text.slice(backslash + 1, backslash + 4));
  if (octal) {
    const end = backslash + 1 + octal[0].length;
    b.push(String.fromCharCode(parseInt(octal[0], 8) & 0xff), backslash, end);
    return end;
  }
  const digits = kind === 'x' ? 2 : kind === 'u' ? 4 : kind === 'U' ? 8 : 0;
  const hex = digits ? new RegExp(`^[0-9A-Fa-f]{1,${digits}}`).exec(text.slice(backslash + 2, backslash + 2 + digits)) : null;
  if (hex) {
    const end = backslash + 2 + hex[0].length;
    const code = parseInt(hex[0], 16);
    b.push(kind === 'x' ? String.fromCharCode(code) : safeCodePoint(code), backslash, end);
    return end;
  }
  b.push('\\', backslash, backslash + 1);
  b.push(kind, backslash + 1, backslash + 2);
  return backslash + 2;
}

function safeCodePoint(code: number): string {
  return code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
}

/** A kernel module parameter word: up to the first blank outside double quotes. */
function unquoteKernelArg(text: string, from: number): Scan {
  const b = new ScanBuilder();
  let i = from;
  let inQuotes = false;
  let quoteStart = -1;
  while (i < text.length) {
    const ch = text[i];
    if (!inQuotes && isAsciiSpace(ch)) break;
    if (ch === '"') {
      inQuotes = !inQuotes;
      if (inQuotes) quoteStart = i;
      else b.segment('double', quoteStart, i + 1);
    } else {
      b.push(ch, i, i + 1);
      if (!inQuotes) b.segment('none', i, i + 1);
    }
    i += 1;
  }
  if (inQuotes) return b.fail('unterminated-quote', quoteStart, trimEndColumn(text, text.length));
  b.scan.rawEnd = i;
  return b.scan;
}

/** Parses a `key=value` word (kernel-args dialect); a word without `=` gets an empty value and equalsColumn -1. */
export function parseParameterWord(text: string, line: number, word: Word): KeyValueProperty {
  const equals = text.indexOf('=', word.start);
  if (equals < 0 || equals >= word.end) {
    return {
      line, name: word.text, nameRange: rangeOn(line, word.start, word.end), equalsColumn: -1,
      rawValue: '', valueRange: rangeOn(line, word.end, word.end), value: '', valueStarts: [], valueEnds: [], segments: [],
    };
  }
  const limited = text.slice(0, word.end);
  return buildProperty(limited, line, word.start, equals, 'kernel-args');
}

/** A module parameter word by columns only: what a reader that needs the unquoted value's span, not each character's, keeps. */
export interface ParameterSpan {
  name: string;
  nameStart: number;
  nameEnd: number;
  hasEquals: boolean;
  /** The value after quote removal; '' when a quote is left open. */
  value: string;
  /** Columns of the first unquoted character and past the last one (where the value starts and ends as written when there is none). */
  unquotedStart: number;
  unquotedEnd: number;
  /** Where the value ends as written. */
  rawEnd: number;
}

/** The same reading as parseParameterWord, without a range or a column map per character. */
export function parameterSpan(text: string, word: Word): ParameterSpan {
  const equals = text.indexOf('=', word.start);
  if (equals < 0 || equals >= word.end) {
    return { name: word.text, nameStart: word.start, nameEnd: word.end, hasEquals: false, value: '', unquotedStart: word.end, unquotedEnd: word.end, rawEnd: word.end };
  }
  const from = equals + 1;
  let value = '';
  let run = from;
  let inQuotes = false;
  let first = -1;
  let last = -1;
  let i = from;
  for (; i < word.end; i += 1) {
    const code = text.charCodeAt(i);
    if (!inQuotes && (code === 32 || (code >= 9 && code <= 13))) break;
    if (code === 34) {
      value += text.slice(run, i);
      run = i + 1;
      inQuotes = !inQuotes;
    } else {
      if (first < 0) first = i;
      last = i + 1;
    }
  }
  const name = text.slice(word.start, equals);
  if (inQuotes) {
    const rawEnd = trimEndColumn(text, word.end);
    return { name, nameStart: word.start, nameEnd: equals, hasEquals: true, value: '', unquotedStart: from, unquotedEnd: rawEnd, rawEnd };
  }
  value += text.slice(run, i);
  return { name, nameStart: word.start, nameEnd: equals, hasEquals: true, value, unquotedStart: first < 0 ? from : first, unquotedEnd: last < 0 ? i : last, rawEnd: i };
}

/** Splits `text[from, to)` into blank-separated words; double quotes group blanks (kernel-args). */
export function splitWords(text: string, from = 0, to = text.length, quotes = false): Word[] {
  const words: Word[] = [];
  let i = from;
  while (i < to) {
    while (i < to && isAsciiSpace(text[i])) i += 1;
    if (i >= to) break;
    const start = i;
    let inQuotes = false;
    while (i < to && (inQuotes || !isAsciiSpace(text[i]))) {
      if (quotes && text[i] === '"') inQuotes = !inQuotes;
      i += 1;
    }
    words.push({ text: text.slice(start, i), start, end: i });
  }
  return words;
}

/** The source range of `value[start, end)`; an empty slice is an empty range where it would start. */
export function valueSliceRange(p: KeyValueProperty, start: number, end: number): Range {
  if (p.valueStarts.length === 0) return rangeOn(p.line, p.valueRange.start.character, p.valueRange.end.character);
  const startColumn = start < p.valueStarts.length ? p.valueStarts[start] : insertionColumn(p);
  const endColumn = end > start ? p.valueEnds[Math.min(end, p.valueEnds.length) - 1] : startColumn;
  return rangeOn(p.line, startColumn, endColumn);
}

/** Where text appended to the unquoted value goes: after the last character, inside a closing quote. */
export function insertionColumn(p: KeyValueProperty): number {
  const last = p.valueEnds[p.valueEnds.length - 1];
  if (last !== undefined) return last;
  const quoted = p.segments.find((s) => s.kind === 'single' || s.kind === 'double');
  if (quoted) return quoted.end - 1;
  if (p.segments[0]?.kind === 'ansi-c') return p.segments[0].end - 1;
  return p.valueRange.end.character;
}

export interface ValueToken {
  text: string;
  /** Offsets into the unquoted value. */
  start: number;
  end: number;
  range: Range;
}

/** Blank-separated tokens of the unquoted value with their source ranges (OPTIONS="a=1 b=2"). */
export function valueTokens(p: KeyValueProperty): ValueToken[] {
  return splitWords(p.value).map((w) => ({ text: w.text, start: w.start, end: w.end, range: valueSliceRange(p, w.start, w.end) }));
}

/** The one quoting used for the whole value, or undefined when it mixes several segments. */
export function wholeValueQuote(p: KeyValueProperty): QuoteKind | undefined {
  if (p.segments.length === 0) return 'none';
  if (p.segments.length !== 1) return undefined;
  const kind = p.segments[0].kind;
  return kind === 'escape' ? undefined : kind;
}

/** Quotes `text` for a shell value: unchanged when safe, else in double quotes with the needed escapes. */
export function shellQuote(text: string): string {
  if (/^[A-Za-z0-9_.,:/=+@%-]+$/.test(text)) return text;
  return `"${text.replace(/[\\"$`]/g, (c) => `\\${c}`)}"`;
}
