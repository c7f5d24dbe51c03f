import type { Range } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * sysctl.conf / sysctl.d as procps-ng 4 and systemd-sysctl read it: whole-line comments only,
 * the key ends at the first `=`, the value is everything after it (trimmed, quotes kept),
 * a leading `-` means "ignore failure", and `-key` without `=` is a glob exclude.
 */
export type SysctlLineKind = 'blank' | 'comment' | 'assignment' | 'exclude' | 'invalid';

export interface SysctlKey {
  /** Key as written, without the `-` prefix. */
  raw: string;
  range: Range;
  /** Dotted form with the first-separator rule applied: `net/ipv4/tcp_sack` -> `net.ipv4.tcp_sack`. */
  name: string;
  /** Components after normalisation; a `/` inside a dotted key stays inside its component (`eth0/100` -> `eth0.100`). */
  components: string[];
  separator: '.' | '/';
  isGlob: boolean;
  hasRepeatedSeparator: boolean;
}

export interface SysctlLine {
  kind: SysctlLineKind;
  line: number;
  text: string;
  /** `#` or `;` for comment lines. */
  commentChar?: '#' | ';';
  /** Leading `-`: failures are ignored (assignment) or the key is excluded from globs (exclude). */
  ignoreFailure: boolean;
  /** Where blanks between the `-` and the key start: procps-ng keeps them as part of the key. */
  blankAfterDash?: number;
  key?: SysctlKey;
  value?: string;
  valueRange?: Range;
  /** Position of the `=`; the value range is empty (and sits after it) when nothing follows. */
  equalsCharacter?: number;
}

export interface SysctlAssignment extends SysctlLine {
  kind: 'assignment';
  key: SysctlKey;
  value: string;
  valueRange: Range;
}

export interface SysctlFile {
  lines: SysctlLine[];
  assignments: SysctlAssignment[];
}

export function parseSysctl(doc: TextDocument): SysctlFile {
  return parseSysctlText(doc.getText());
}

/** Line breaks exactly as LSP's TextDocument counts them, so ranges land on the right line. */
const LINE_BREAK = /\r\n|\r|\n/;

export function parseSysctlText(text: string): SysctlFile {
  // Without a CR the native split on LF gives the same lines as the line-break regex, faster.
  const lines = (text.includes('\r') ? text.split(LINE_BREAK) : text.split('\n')).map(parseLine);
  const assignments = lines.filter((l): l is SysctlAssignment => l.kind === 'assignment');
  return { lines, assignments };
}

/** procps and the kernel use C `isspace`: only these six ASCII characters are blanks (not NBSP, a BOM or U+2028). */
const BLANKS = ' \t\n\v\f\r';

export function isBlank(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && BLANKS.includes(ch);
}

export function trimBlankStart(text: string): string {
  let i = 0;
  while (i < text.length && isBlank(text[i])) i += 1;
  return text.slice(i);
}

export function trimBlankEnd(text: string): string {
  let i = text.length;
  while (i > 0 && isBlank(text[i - 1])) i -= 1;
  return text.slice(0, i);
}

export function trimBlank(text: string): string {
  return trimBlankEnd(trimBlankStart(text));
}

/** Runs of non-blank characters with their offsets, split the way the kernel splits vector values. */
export const WORD = /[^ \t\n\v\f\r]+/g;

function isBlankCode(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/** Index of the first non-blank at or after `from`. */
function skipBlanks(text: string, from: number): number {
  let i = from;
  while (i < text.length && isBlankCode(text.charCodeAt(i))) i += 1;
  return i;
}

/** End of `text.slice(from, to)` without its trailing blanks. */
function trimmedEnd(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isBlankCode(text.charCodeAt(i - 1))) i -= 1;
  return i;
}

/**
 * A parsed line keeps only numbers and the strings rules read: its ranges are built when read, so a
 * large file holds one small object per line (and one per key) through every validation.
 */
class ParsedLine implements SysctlLine {
  constructor(
    readonly kind: SysctlLineKind,
    readonly line: number,
    readonly text: string,
    readonly ignoreFailure: boolean,
    readonly commentChar: '#' | ';' | undefined,
    readonly blankAfterDash: number | undefined,
    readonly key: SysctlKey | undefined,
    readonly value: string | undefined,
    readonly equalsCharacter: number | undefined,
    private readonly valueStart: number,
  ) {}

  get valueRange(): Range | undefined {
    if (this.value === undefined) return undefined;
    const { line, valueStart } = this;
    return { start: { line, character: valueStart }, end: { line, character: valueStart + this.value.length } };
  }
}

function simpleLine(kind: 'blank' | 'comment', text: string, line: number, commentChar?: '#' | ';'): SysctlLine {
  return new ParsedLine(kind, line, text, false, commentChar, undefined, undefined, undefined, undefined, -1);
}

function parseLine(text: string, line: number): SysctlLine {
  const start = skipBlanks(text, 0);
  if (start === text.length) return simpleLine('blank', text, line);
  const first = text[start];
  if (first === '#' || first === ';') return simpleLine('comment', text, line, first);
  const ignoreFailure = first === '-';
  const keyStart = ignoreFailure ? skipBlanks(text, start + 1) : start;
  const blankAfterDash = ignoreFailure && keyStart > start + 1 ? start + 1 : undefined;
  const equals = text.indexOf('=', keyStart);
  if (equals < 0) {
    const raw = text.slice(keyStart, trimmedEnd(text, keyStart, text.length));
    const key = parseKey(raw, line, keyStart);
    const kind = ignoreFailure && raw !== '' ? 'exclude' : 'invalid';
    return new ParsedLine(kind, line, text, ignoreFailure, undefined, blankAfterDash, key, undefined, undefined, -1);
  }
  const raw = text.slice(keyStart, trimmedEnd(text, keyStart, equals));
  const key = parseKey(raw, line, keyStart);
  const valueStart = skipBlanks(text, equals + 1);
  const value = text.slice(valueStart, trimmedEnd(text, valueStart, text.length));
  if (raw === '') return new ParsedLine('invalid', line, text, ignoreFailure, undefined, undefined, key, value, equals, valueStart);
  return new ParsedLine('assignment', line, text, ignoreFailure, undefined, blankAfterDash, key, value, equals, valueStart);
}

const DOT = 46;
const SLASH = 47;
const STAR = 42;
const QUESTION = 63;
const BRACKET = 91;

/**
 * One pass over the key: whether it is a glob (`*`, `?`, `[`), and whether it is a plain dotted key
 * (no `/`, no empty step, no leading dot) whose components are simply its dot-separated parts.
 */
function scanKey(raw: string): { plain: boolean; glob: boolean } {
  let plain = raw.charCodeAt(0) !== DOT;
  let glob = false;
  let previousDot = false;
  for (let i = 0; i < raw.length; i += 1) {
    const code = raw.charCodeAt(i);
    const dot = code === DOT;
    if (code === SLASH || (dot && previousDot)) plain = false;
    else if (code === STAR || code === QUESTION || code === BRACKET) glob = true;
    previousDot = dot;
  }
  return { plain, glob };
}

/**
 * A key as parsed: a plain dotted key keeps no components (they are its dot-separated parts, split
 * when read), and its range is built when read.
 */
class ParsedKey implements SysctlKey {
  constructor(
    readonly raw: string,
    readonly name: string,
    private readonly split: string[] | undefined,
    readonly separator: '.' | '/',
    readonly isGlob: boolean,
    readonly hasRepeatedSeparator: boolean,
    private readonly line: number,
    private readonly character: number,
  ) {}

  get components(): string[] {
    return this.split ?? this.raw.split('.');
  }

  get range(): Range {
    const { line, character } = this;
    return { start: { line, character }, end: { line, character: character + this.raw.length } };
  }
}

function parseKey(raw: string, line: number, character: number): SysctlKey {
  const { plain, glob: isGlob } = scanKey(raw);
  if (plain) return new ParsedKey(raw, raw, undefined, '.', isGlob, false, line, character);
  const firstSeparator = /[./]/.exec(raw.replace(/^\/+/, ''))?.[0] ?? '.';
  const separator = firstSeparator === '/' ? '/' : '.';
  const path = raw.replace(/^\/+/, '');
  const split =
    separator === '.'
      ? path.split('.').map((c) => c.replace(/\//g, '.'))
      : path.replace(/^proc\/sys\//, '').split('/');
  // A repeated separator is an empty path step the kernel skips; a trailing one is not (`key/` is "not a directory").
  const components = split.filter((component, i) => component !== '' || i === split.length - 1);
  return new ParsedKey(raw, components.join('.'), components, separator, isGlob, /[./]{2,}/.test(path), line, character);
}

export function leadingSpace(text: string): number {
  return skipBlanks(text, 0);
}
