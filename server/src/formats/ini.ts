import type { Position, Range } from 'vscode-languageserver-types';
import { IniLineRecord, IniOptionRecord, IniSectionRecord, IniValuePiece, range, type CommentSpan } from './iniRecords';

/**
 * An INI file read the way Python's `configparser.RawConfigParser._read` reads it, with the
 * knobs configparser exposes. The layer reports what it saw (every line's kind, sections,
 * options, continuation lines, comments, a BOM) with ranges; what is an error is for the
 * language on top to decide (configparser itself would stop at the first line before a header
 * and collect every unparsable line).
 */
export interface IniDialect {
  /** configparser `delimiters`: a name ends at the first of these. */
  delimiters: readonly string[];
  /** configparser `comment_prefixes`: a line whose stripped text starts with one is a comment. */
  commentPrefixes: readonly string[];
  /** configparser `inline_comment_prefixes`: count only at the line start or after whitespace. */
  inlineCommentPrefixes: readonly string[];
  /** configparser `empty_lines_in_values`: a blank line inside a value does not end it. */
  emptyLinesInValues: boolean;
  /** configparser `default_section`; null when no section is special. */
  defaultSection: string | null;
  /** `optionxform`: configparser lowercases option names unless it is replaced by `str`. */
  optionNameCase: 'preserve' | 'lower';
}

/** configparser's own defaults (`ConfigParser()` with nothing passed). */
export const CONFIGPARSER_DEFAULTS: IniDialect = Object.freeze({
  delimiters: ['=', ':'],
  commentPrefixes: ['#', ';'],
  inlineCommentPrefixes: [],
  emptyLinesInValues: true,
  defaultSection: 'DEFAULT',
  optionNameCase: 'lower',
});

export function iniDialect(overrides: Partial<IniDialect>): IniDialect {
  return { ...CONFIGPARSER_DEFAULTS, ...overrides };
}

export type IniLineKind =
  | 'blank'
  | 'comment'
  | 'section'
  | 'option'
  /** More indented than the option above it: its text joins that option's value. */
  | 'continuation'
  /** Inside a section but neither a header nor `name<delimiter>value` (configparser's ParsingError). */
  | 'invalid'
  /** Neither blank nor comment, before any section header (configparser's MissingSectionHeaderError). */
  | 'outside';

export interface IniComment {
  prefix: string;
  range: Range;
  /** True when the comment follows content on the same line. */
  inline: boolean;
}

export interface IniLine {
  line: number;
  kind: IniLineKind;
  text: string;
  /** configparser's indent level: where the first non-whitespace character is. */
  indent: number;
  /** The line's text without the comment, stripped; empty at the indent for blank lines. */
  contentRange: Range;
  comment?: IniComment;
  sectionIndex?: number;
  /** The option this line starts ('option') or continues ('continuation'). */
  optionIndex?: number;
}

export interface IniSection {
  index: number;
  name: string;
  /** Inside the brackets (blanks there are part of the name). */
  nameRange: Range;
  /** From `[` to the last `]`. */
  headerRange: Range;
  line: number;
  /** Last line before the next header (or the end of the file). */
  endLine: number;
  isDefault: boolean;
  /** Text after the closing bracket, which configparser ignores (`[main] extra`). */
  trailing?: { text: string; range: Range };
  optionIndexes: number[];
}

export interface IniValueLine {
  line: number;
  text: string;
  range: Range;
}

export interface IniOption {
  index: number;
  /** After `optionxform`. */
  name: string;
  rawName: string;
  nameRange: Range;
  delimiter: string;
  delimiterRange: Range;
  /** As configparser returns it: pieces joined with "\n", trailing empty pieces dropped. */
  value: string;
  /** From the start of the first piece to the end of the last piece. */
  valueRange: Range;
  /** The first piece (possibly empty) and every kept continuation piece; `value` is their join. */
  valueLines: IniValueLine[];
  /** The line the value ends on: the option's own line unless indented lines continue it. */
  readonly lastLine: number;
  sectionIndex: number;
  line: number;
}

export interface IniFile {
  dialect: IniDialect;
  lines: IniLine[];
  sections: IniSection[];
  options: IniOption[];
  /** A U+FEFF at the very start; the rest is parsed as if it were not there. */
  bom: Range | null;
}

/** Python's `str.isspace()`, which `strip()`, `\s` and `\S` in configparser's regexes follow. */
const PY_WHITESPACE = new Set(
  '\t\n\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000',
);

export function isPythonSpace(ch: string | undefined): boolean {
  return ch !== undefined && ch.length === 1 && isPythonSpaceCode(ch.charCodeAt(0));
}

/** The same test on a UTF-16 code unit, without making a one-character string per character read. */
function isPythonSpaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d) || (code >= 0x1c && code <= 0x1f);
  return PY_WHITESPACE.has(String.fromCharCode(code));
}

/** The first index in `[from, to)` that is not Python whitespace (`to` when there is none). */
function skipSpaces(text: string, from: number, to: number): number {
  let at = from;
  while (at < to && isPythonSpaceCode(text.charCodeAt(at))) at += 1;
  return at;
}

/** The end (exclusive) of `text[from, to)` with trailing Python whitespace dropped. */
function trimEnd(text: string, from: number, to: number): number {
  let end = to;
  while (end > from && isPythonSpaceCode(text.charCodeAt(end - 1))) end -= 1;
  return end;
}

export function pythonStrip(text: string): string {
  const start = skipSpaces(text, 0, text.length);
  return text.slice(start, trimEnd(text, start, text.length));
}

const LINE_BREAK = /\r\n|\r|\n/;

/** Earliest inline comment prefix at the line start (`from`) or right after whitespace, as configparser finds it. */
function inlineCommentStart(text: string, from: number, dialect: IniDialect): { index: number; prefix: string } | null {
  let best: { index: number; prefix: string } | null = null;
  for (const prefix of dialect.inlineCommentPrefixes) {
    if (prefix === '') continue;
    for (let i = text.indexOf(prefix, from); i >= 0; i = text.indexOf(prefix, i + 1)) {
      if (i === from || isPythonSpaceCode(text.charCodeAt(i - 1))) {
        if (best === null || i < best.index) best = { index: i, prefix };
        break;
      }
    }
  }
  return best;
}

/** Where a line's content is, as offsets into its text; one object reused for every line. */
interface Scan {
  text: string;
  line: number;
  indent: number;
  contentStart: number;
  contentEnd: number;
  comment: CommentSpan | undefined;
}

/** Reads one line from `from` (1 on a first line that starts with a BOM, else 0) into `s`. */
function scanLine(s: Scan, text: string, line: number, from: number, dialect: IniDialect): void {
  const indent = skipSpaces(text, from, text.length);
  s.text = text;
  s.line = line;
  s.indent = indent;
  if (startsWithCommentPrefix(text, indent, dialect)) {
    const prefix = dialect.commentPrefixes.find((p) => p !== '' && text.startsWith(p, indent)) as string;
    s.contentStart = s.contentEnd = indent;
    s.comment = { prefix, start: indent, end: trimEnd(text, indent, text.length) };
    return;
  }
  const inline = dialect.inlineCommentPrefixes.length > 0 ? inlineCommentStart(text, from, dialect) : null;
  const cut = inline ? inline.index : text.length;
  s.contentStart = Math.min(indent, cut);
  s.contentEnd = trimEnd(text, s.contentStart, cut);
  s.comment = inline ? { prefix: inline.prefix, start: inline.index, end: trimEnd(text, indent, text.length) } : undefined;
}

function startsWithCommentPrefix(text: string, at: number, dialect: IniDialect): boolean {
  for (const prefix of dialect.commentPrefixes) if (prefix !== '' && text.startsWith(prefix, at)) return true;
  return false;
}

interface ReadState {
  file: IniFile;
  current: IniSection | null;
  /** The option continuation lines join; null right after a header (configparser's `optname = None`). */
  option: IniOptionRecord | null;
  /** Pieces of the current option including trailing blanks still to be confirmed. */
  pending: IniValuePiece[];
  indentLevel: number;
}

export function parseIni(input: string, dialect: IniDialect): IniFile {
  const hasBom = input.startsWith('\uFEFF');
  const file: IniFile = { dialect, lines: [], sections: [], options: [], bom: hasBom ? range(0, 0, 1) : null };
  const state: ReadState = { file, current: null, option: null, pending: [], indentLevel: 0 };
  // Without a CR the native split on LF gives the same lines as the line-break regex, faster.
  const lines = input.includes('\r') ? input.split(LINE_BREAK) : input.split('\n');
  const scan: Scan = { text: '', line: 0, indent: 0, contentStart: 0, contentEnd: 0, comment: undefined };
  for (let line = 0; line < lines.length; line += 1) {
    // A BOM taken off the first line moves its positions right by one.
    scanLine(scan, lines[line], line, hasBom && line === 0 ? 1 : 0, dialect);
    file.lines.push(readLine(state, scan));
  }
  for (const section of file.sections) section.endLine = nextHeaderLine(file, section) - 1;
  for (const option of file.options) (option as IniOptionRecord).joinPieces();
  return file;
}

function nextHeaderLine(file: IniFile, section: IniSection): number {
  const next = file.sections[section.index + 1];
  return next ? next.line : file.lines.length;
}

function readLine(state: ReadState, s: Scan): IniLine {
  const { text, line, contentStart, contentEnd } = s;
  if (contentStart === contentEnd) {
    if (state.file.dialect.emptyLinesInValues) {
      if (!s.comment && state.current && state.option) state.pending.push(new IniValuePiece(line, '', s.indent));
    } else {
      state.indentLevel = Number.MAX_SAFE_INTEGER;
    }
    return lineOf(s, s.comment ? 'comment' : 'blank', state.current?.index);
  }
  if (state.current && state.option && s.indent > state.indentLevel) {
    state.pending.push(new IniValuePiece(line, text.slice(contentStart, contentEnd), contentStart));
    state.option.continueWith(state.pending);
    state.pending.length = 0;
    return lineOf(s, 'continuation', state.current.index, state.option.index);
  }
  state.indentLevel = s.indent;
  state.pending.length = 0;
  const header = readHeader(state, s);
  if (header) return lineOf(s, 'section', header.index);
  if (!state.current) return lineOf(s, 'outside');
  const option = readOption(state, s);
  if (!option) return lineOf(s, 'invalid', state.current.index);
  return lineOf(s, 'option', state.current.index, option.index);
}

function lineOf(s: Scan, kind: IniLineKind, sectionIndex?: number, optionIndex?: number): IniLine {
  return new IniLineRecord(s.line, s.text, s.indent, s.contentStart, s.contentEnd, s.comment, kind, sectionIndex, optionIndex);
}

/** `\[(?P<header>.+)\]` matched at the start of the stripped content: the name runs to the last `]`. */
function readHeader(state: ReadState, s: Scan): IniSection | null {
  const { text, contentStart: open, contentEnd } = s;
  if (text.charCodeAt(open) !== 0x5b) return null;
  const closeAt = text.lastIndexOf(']', contentEnd - 1);
  if (closeAt < open + 2) return null;
  const name = text.slice(open + 1, closeAt);
  const section = new IniSectionRecord(state.file.sections.length, name, s.line, name === state.file.dialect.defaultSection, open);
  if (closeAt + 1 < contentEnd) {
    const start = skipSpaces(text, closeAt + 1, contentEnd);
    const end = trimEnd(text, start, contentEnd);
    section.trailing = { text: text.slice(start, end), range: range(s.line, start, end) };
  }
  state.file.sections.push(section);
  state.current = section;
  state.option = null;
  return section;
}

/** `(?P<option>.*?)\s*(?P<vi>delimiters)\s*(?P<value>.*)$`: the name ends at the first delimiter. */
function readOption(state: ReadState, s: Scan): IniOption | null {
  const { text, contentStart, contentEnd } = s;
  const { dialect } = state.file;
  const found = firstDelimiter(text, contentStart, contentEnd, dialect.delimiters);
  if (found < 0) return null;
  const delimiter = dialect.delimiters[found % 0x100];
  const at = Math.floor(found / 0x100);
  const section = state.current as IniSection;
  const nameStart = skipSpaces(text, contentStart, at);
  const nameEnd = trimEnd(text, nameStart, at);
  const valueStart = skipSpaces(text, at + delimiter.length, contentEnd);
  const valueEnd = trimEnd(text, valueStart, contentEnd);
  const rawName = text.slice(nameStart, nameEnd);
  const name = dialect.optionNameCase === 'lower' ? rawName.toLowerCase() : rawName;
  const value = text.slice(valueStart, valueEnd);
  const option = new IniOptionRecord(state.file.options.length, name, rawName, delimiter, section.index, s.line, nameStart, at, valueStart, value);
  state.file.options.push(option);
  section.optionIndexes.push(option.index);
  // An option without a name is still recorded, but configparser's `if not optname` means no continuation joins it.
  state.option = rawName === '' ? null : option;
  return option;
}

/**
 * The first delimiter inside `text[from, to)` (at a tie, the longest), as `offset << 8 | index in
 * delimiters`, or -1 when there is none: a number, not an object per option line.
 */
function firstDelimiter(text: string, from: number, to: number, delimiters: readonly string[]): number {
  let bestAt = -1;
  let best = -1;
  for (let i = 0; i < delimiters.length && i < 0x100; i += 1) {
    const delimiter = delimiters[i];
    if (delimiter === '') continue;
    const at = text.indexOf(delimiter, from);
    if (at < 0 || at + delimiter.length > to) continue;
    if (bestAt < 0 || at < bestAt || (at === bestAt && delimiter.length > delimiters[best].length)) {
      bestAt = at;
      best = i;
    }
  }
  return best < 0 ? -1 : bestAt * 0x100 + best;
}

/** The document range of `value.slice(start, end)`; a span across a "\n" ends on the later line. */
export function valueSpanRange(option: IniOption, start: number, end: number): Range {
  return { start: valueOffsetPosition(option, start), end: valueOffsetPosition(option, end) };
}

export function valueOffsetPosition(option: IniOption, offset: number): Position {
  let base = 0;
  for (const piece of option.valueLines) {
    if (offset <= base + piece.text.length) {
      return { line: piece.line, character: piece.range.start.character + Math.max(0, offset - base) };
    }
    base += piece.text.length + 1;
  }
  return option.valueRange.end;
}

// Queries over a parsed file (sections by name, effective options, what is at a position).
export * from './iniQueries';
