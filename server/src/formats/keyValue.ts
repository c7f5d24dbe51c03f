import type { Range } from 'vscode-languageserver-types';
import { isAsciiSpace, scanValue, trimEndColumn, type Scan } from './keyValueScan';

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

/** Blank, tab, line feed, vertical tab, form feed, carriage return (isAsciiSpace by character code). */
function isBlankCode(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

function isNameStart(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

function isNameChar(code: number): boolean {
  return isNameStart(code) || (code >= 48 && code <= 57);
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
  return new ScannedProperty(text, line, nameStart, equals, dialect, scanValue(text, equals + 1, dialect, false));
}

/**
 * A property whose ranges and per-character columns are worked out when read: a 10k-line file has
 * tens of thousands of them and the rules read a few. The columns come from reading the value again.
 */
class ScannedProperty implements KeyValueProperty {
  readonly name: string;
  readonly rawValue: string;
  readonly value: string;
  declare badQuoting?: BadQuoting;
  declare unquotedExpansionColumn?: number;
  declare comment?: { text: string; start: number; end: number };
  private readonly rawEnd: number;
  private ranges: { name: Range; value: Range } | undefined = undefined;
  private detail: { starts: number[]; ends: number[]; segments: ValueSegment[] } | undefined = undefined;

  constructor(
    private readonly text: string,
    readonly line: number,
    private readonly nameStart: number,
    readonly equalsColumn: number,
    private readonly dialect: KeyValueDialect,
    scan: Scan,
  ) {
    this.rawEnd = scan.rawEnd;
    this.name = text.slice(nameStart, equalsColumn);
    this.rawValue = text.slice(equalsColumn + 1, scan.rawEnd);
    // A value without quotes or escapes is its raw text: one string for both.
    this.value = scan.bad ? '' : scan.value === this.rawValue ? this.rawValue : scan.value;
    if (scan.bad) this.badQuoting = scan.bad;
    if (scan.expansion !== undefined) this.unquotedExpansionColumn = scan.expansion;
    if (scan.commentStart !== undefined) {
      const commentEnd = trimEndColumn(text, text.length);
      this.comment = { text: text.slice(scan.commentStart, commentEnd), start: scan.commentStart, end: commentEnd };
    }
  }

  get nameRange(): Range {
    return this.rangesOnce().name;
  }

  get valueRange(): Range {
    return this.rangesOnce().value;
  }

  get valueStarts(): number[] {
    return this.detailOnce().starts;
  }

  get valueEnds(): number[] {
    return this.detailOnce().ends;
  }

  get segments(): ValueSegment[] {
    return this.detailOnce().segments;
  }

  private rangesOnce(): { name: Range; value: Range } {
    return (this.ranges ??= { name: rangeOn(this.line, this.nameStart, this.equalsColumn), value: rangeOn(this.line, this.equalsColumn + 1, this.rawEnd) });
  }

  /** The columns are those of a value NetworkManager reads; a badly quoted one (read as '') has none, but its segments so far. */
  private detailOnce(): { starts: number[]; ends: number[]; segments: ValueSegment[] } {
    if (!this.detail) {
      const scan = scanValue(this.text, this.equalsColumn + 1, this.dialect, true);
      this.detail = this.badQuoting ? { starts: [], ends: [], segments: scan.segments } : scan;
    }
    return this.detail;
  }
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
/** The first `=` in text[start, end), or -1; the search stops at end (text may be a whole document). */
export function equalsIn(text: string, start: number, end: number): number {
  for (let i = start; i < end; i += 1) if (text.charCodeAt(i) === 61) return i;
  return -1;
}

export function parameterSpan(text: string, word: { start: number; end: number }): ParameterSpan {
  const equals = equalsIn(text, word.start, word.end);
  if (equals < 0) {
    return { name: text.slice(word.start, word.end), nameStart: word.start, nameEnd: word.end, hasEquals: false, value: '', unquotedStart: word.end, unquotedEnd: word.end, rawEnd: word.end };
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
  const columns = wordColumns(text, from, to, quotes);
  const words: Word[] = [];
  for (let k = 0; k < columns.length; k += 2) words.push({ text: text.slice(columns[k], columns[k + 1]), start: columns[k], end: columns[k + 1] });
  return words;
}

/** The same words as splitWords as columns only, start and end one after the other, for a caller that builds its own word objects. */
export function wordColumns(text: string, from: number, to: number, quotes: boolean): number[] {
  const columns: number[] = [];
  for (let i = skipBlanks(text, from, to); i < to; i = skipBlanks(text, columns[columns.length - 1], to)) columns.push(i, wordEnd(text, i, to, quotes));
  return columns;
}

/** The first column at or after `from` (before `to`) that is not a blank, or `to`. */
export function skipBlanks(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isBlankCode(text.charCodeAt(i))) i += 1;
  return i;
}

/** Where the word starting at `start` ends: at the first blank (outside double quotes when `quotes`), or `to`. */
export function wordEnd(text: string, start: number, to: number, quotes: boolean): number {
  let inQuotes = false;
  let i = start;
  for (; i < to; i += 1) {
    const code = text.charCodeAt(i);
    // Most characters are neither a blank nor a quote: one comparison for them.
    if (code > 34) continue;
    if (code === 34) inQuotes = quotes && !inQuotes;
    else if (!inQuotes && isBlankCode(code)) break;
  }
  return i;
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
