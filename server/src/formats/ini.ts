import type { Position, Range } from 'vscode-languageserver-types';

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

function range(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

/** Earliest inline comment prefix at the line start or right after whitespace, as configparser finds it. */
function inlineCommentStart(text: string, dialect: IniDialect): { index: number; prefix: string } | null {
  let best: { index: number; prefix: string } | null = null;
  for (const prefix of dialect.inlineCommentPrefixes) {
    if (prefix === '') continue;
    for (let i = text.indexOf(prefix); i >= 0; i = text.indexOf(prefix, i + 1)) {
      if (i === 0 || isPythonSpaceCode(text.charCodeAt(i - 1))) {
        if (best === null || i < best.index) best = { index: i, prefix };
        break;
      }
    }
  }
  return best;
}

interface ScannedLine {
  text: string;
  line: number;
  indent: number;
  contentStart: number;
  contentEnd: number;
  comment?: IniComment;
}

function scanLine(text: string, line: number, dialect: IniDialect): ScannedLine {
  const indent = skipSpaces(text, 0, text.length);
  if (startsWithCommentPrefix(text, indent, dialect)) {
    const prefix = dialect.commentPrefixes.find((p) => p !== '' && text.startsWith(p, indent)) as string;
    const end = trimEnd(text, indent, text.length);
    return {
      text, line, indent, contentStart: indent, contentEnd: indent,
      comment: { prefix, range: range(line, indent, end), inline: false },
    };
  }
  const inline = dialect.inlineCommentPrefixes.length > 0 ? inlineCommentStart(text, dialect) : null;
  const cut = inline ? inline.index : text.length;
  const contentStart = Math.min(indent, cut);
  const contentEnd = trimEnd(text, contentStart, cut);
  const scanned: ScannedLine = { text, line, indent, contentStart, contentEnd };
  if (inline) {
    const end = trimEnd(text, indent, text.length);
    scanned.comment = { prefix: inline.prefix, range: range(line, inline.index, end), inline: contentEnd > contentStart };
  }
  return scanned;
}

function startsWithCommentPrefix(text: string, at: number, dialect: IniDialect): boolean {
  for (const prefix of dialect.commentPrefixes) if (prefix !== '' && text.startsWith(prefix, at)) return true;
  return false;
}

interface ReadState {
  file: IniFile;
  current: IniSection | null;
  /** The option continuation lines join; null right after a header (configparser's `optname = None`). */
  option: IniOption | null;
  /** Pieces of the current option including trailing blanks still to be confirmed. */
  pending: IniValueLine[];
  indentLevel: number;
}

export function parseIni(input: string, dialect: IniDialect): IniFile {
  const hasBom = input.startsWith('\uFEFF');
  const text = hasBom ? input.slice(1) : input;
  const file: IniFile = { dialect, lines: [], sections: [], options: [], bom: hasBom ? range(0, 0, 1) : null };
  const state: ReadState = { file, current: null, option: null, pending: [], indentLevel: 0 };
  text.split(LINE_BREAK).forEach((raw, line) => {
    const shift = hasBom && line === 0 ? 1 : 0;
    const scanned = shiftScan(scanLine(raw, line, dialect), shift, hasBom && line === 0 ? input.split(LINE_BREAK)[0] : raw);
    file.lines.push(readLine(state, scanned));
  });
  for (const section of file.sections) section.endLine = nextHeaderLine(file, section) - 1;
  for (const option of file.options) if (option.valueLines.length > 1) joinContinued(option);
  return file;
}

/** Positions of the first line move right by one when a BOM was taken off it. */
function shiftScan(scanned: ScannedLine, shift: number, originalText: string): ScannedLine {
  if (shift === 0) return scanned;
  const moved = (r: Range): Range => range(r.start.line, r.start.character + shift, r.end.character + shift);
  return {
    ...scanned,
    text: originalText,
    indent: scanned.indent + shift,
    contentStart: scanned.contentStart + shift,
    contentEnd: scanned.contentEnd + shift,
    comment: scanned.comment && { ...scanned.comment, range: moved(scanned.comment.range) },
  };
}

function nextHeaderLine(file: IniFile, section: IniSection): number {
  const next = file.sections[section.index + 1];
  return next ? next.line : file.lines.length;
}

function readLine(state: ReadState, s: ScannedLine): IniLine {
  const content = s.text.slice(s.contentStart, s.contentEnd);
  const contentRange = range(s.line, s.contentStart, s.contentEnd);
  if (content === '') {
    if (state.file.dialect.emptyLinesInValues) {
      if (!s.comment && state.current && state.option) state.pending.push({ line: s.line, text: '', range: range(s.line, s.indent, s.indent) });
    } else {
      state.indentLevel = Number.MAX_SAFE_INTEGER;
    }
    return lineOf(s, contentRange, s.comment ? 'comment' : 'blank', state.current?.index);
  }
  if (state.current && state.option && s.indent > state.indentLevel) {
    state.pending.push({ line: s.line, text: content, range: contentRange });
    for (const piece of state.pending) state.option.valueLines.push(piece);
    state.pending.length = 0;
    return lineOf(s, contentRange, 'continuation', state.current.index, state.option.index);
  }
  state.indentLevel = s.indent;
  state.pending.length = 0;
  const header = readHeader(state, s, content);
  if (header) return lineOf(s, contentRange, 'section', header.index);
  if (!state.current) return lineOf(s, contentRange, 'outside');
  const option = readOption(state, s, content);
  if (!option) return lineOf(s, contentRange, 'invalid', state.current.index);
  return lineOf(s, contentRange, 'option', state.current.index, option.index);
}

/**
 * One line record, built in one go (not spread from a shared base). Which keys exist is part of the
 * record: a line outside any section has no sectionIndex key, blank and comment lines have one even
 * when it is undefined, only option and continuation lines have optionIndex.
 */
function lineOf(s: ScannedLine, contentRange: Range, kind: IniLineKind, sectionIndex?: number, optionIndex?: number): IniLine {
  const line: IniLine = { line: s.line, text: s.text, indent: s.indent, contentRange, comment: s.comment, kind };
  if (kind !== 'outside') line.sectionIndex = sectionIndex;
  if (kind === 'option' || kind === 'continuation') line.optionIndex = optionIndex;
  return line;
}

/**
 * A continued option's value and range, once all its pieces are in: the pieces joined with "\n"
 * (blank pieces only count once a later piece follows them, as configparser rstrips the joined
 * value), from the first piece's start to the last one's end.
 */
function joinContinued(option: IniOption): void {
  const pieces = option.valueLines;
  option.value = pieces.map((p) => p.text).join('\n');
  option.valueRange = { start: pieces[0].range.start, end: pieces[pieces.length - 1].range.end };
}

/** `\[(?P<header>.+)\]` matched at the start of the stripped content: the name runs to the last `]`. */
function readHeader(state: ReadState, s: ScannedLine, content: string): IniSection | null {
  const close = content.lastIndexOf(']');
  if (content[0] !== '[' || close < 2) return null;
  const open = s.contentStart;
  const name = content.slice(1, close);
  const after = content.slice(close + 1);
  const section: IniSection = {
    index: state.file.sections.length,
    name,
    nameRange: range(s.line, open + 1, open + close),
    headerRange: range(s.line, open, open + close + 1),
    line: s.line,
    endLine: s.line,
    isDefault: name === state.file.dialect.defaultSection,
    optionIndexes: [],
  };
  if (after !== '') {
    const start = skipSpaces(s.text, open + close + 1, s.contentEnd);
    const end = trimEnd(s.text, start, s.contentEnd);
    section.trailing = { text: s.text.slice(start, end), range: range(s.line, start, end) };
  }
  state.file.sections.push(section);
  state.current = section;
  state.option = null;
  return section;
}

/** `(?P<option>.*?)\s*(?P<vi>delimiters)\s*(?P<value>.*)$`: the name ends at the first delimiter. */
function readOption(state: ReadState, s: ScannedLine, content: string): IniOption | null {
  const found = firstDelimiter(content, state.file.dialect.delimiters);
  if (!found) return null;
  const section = state.current as IniSection;
  const at = s.contentStart + found.index;
  const nameStart = skipSpaces(s.text, s.contentStart, at);
  const nameEnd = trimEnd(s.text, nameStart, at);
  const valueStart = skipSpaces(s.text, at + found.delimiter.length, s.contentEnd);
  const valueEnd = trimEnd(s.text, valueStart, s.contentEnd);
  const rawName = s.text.slice(nameStart, nameEnd);
  const first: IniValueLine = { line: s.line, text: s.text.slice(valueStart, valueEnd), range: range(s.line, valueStart, valueEnd) };
  const option: IniOption = {
    index: state.file.options.length,
    name: state.file.dialect.optionNameCase === 'lower' ? rawName.toLowerCase() : rawName,
    rawName,
    nameRange: range(s.line, nameStart, nameEnd),
    delimiter: found.delimiter,
    delimiterRange: range(s.line, at, at + found.delimiter.length),
    value: first.text,
    valueRange: first.range,
    valueLines: [first],
    sectionIndex: section.index,
    line: s.line,
  };
  state.file.options.push(option);
  section.optionIndexes.push(option.index);
  // An option without a name is still recorded, but configparser's `if not optname` means no continuation joins it.
  state.option = rawName === '' ? null : option;
  return option;
}

function firstDelimiter(content: string, delimiters: readonly string[]): { index: number; delimiter: string } | null {
  let best: { index: number; delimiter: string } | null = null;
  for (const delimiter of delimiters) {
    if (delimiter === '') continue;
    const index = content.indexOf(delimiter);
    if (index >= 0 && (best === null || index < best.index || (index === best.index && delimiter.length > best.delimiter.length))) {
      best = { index, delimiter };
    }
  }
  return best;
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
