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
  return { lines, assignments: exactFilter(lines, (l): l is SysctlAssignment => l.kind === 'assignment') };
}

/**
 * `list.filter(keep)` in an array of the exact size: filter grows its result as it goes, which for
 * the 10k lines of a large file allocates about three times the array it returns.
 */
export function exactFilter<T, S extends T>(list: readonly T[], keep: (item: T) => item is S): S[] {
  let count = 0;
  for (let i = 0; i < list.length; i += 1) if (keep(list[i])) count += 1;
  if (count === list.length) return list.slice() as S[];
  const kept = new Array<S>(count);
  for (let i = 0, k = 0; i < list.length; i += 1) if (keep(list[i])) kept[k++] = list[i] as S;
  return kept;
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

const enum Flag {
  HasKey = 1,
  IgnoreFailure = 2,
  BlankAfterDash = 4,
  SlashSeparated = 8,
  Glob = 16,
  RepeatedSeparator = 32,
}

/**
 * A parsed line, which is its own key as well (`line.key` is the line when it has one): a large
 * file holds one small object per line through every validation, with only the numbers and the
 * strings rules read; ranges, flags and a plain key's components are worked out when read.
 */
class ParsedLine implements SysctlLine, SysctlKey {
  constructor(
    readonly kind: SysctlLineKind,
    readonly line: number,
    readonly text: string,
    readonly value: string | undefined,
    private readonly valueStart: number,
    readonly raw: string,
    readonly name: string,
    /** Components of a key that is not plain dotted; a plain key's are its dot-separated parts. */
    private readonly split: string[] | undefined,
    private readonly keyStart: number,
    private readonly flags: number,
  ) {}

  get key(): SysctlKey | undefined {
    return this.flags & Flag.HasKey ? this : undefined;
  }

  get ignoreFailure(): boolean {
    return (this.flags & Flag.IgnoreFailure) !== 0;
  }

  get commentChar(): '#' | ';' | undefined {
    return this.kind === 'comment' ? (this.text[skipBlanks(this.text, 0)] as '#' | ';') : undefined;
  }

  get blankAfterDash(): number | undefined {
    return this.flags & Flag.BlankAfterDash ? skipBlanks(this.text, 0) + 1 : undefined;
  }

  get equalsCharacter(): number | undefined {
    return this.value === undefined ? undefined : this.text.indexOf('=', this.keyStart);
  }

  get valueRange(): Range | undefined {
    if (this.value === undefined) return undefined;
    const { line, valueStart } = this;
    return { start: { line, character: valueStart }, end: { line, character: valueStart + this.value.length } };
  }

  get range(): Range {
    const { line, keyStart } = this;
    return { start: { line, character: keyStart }, end: { line, character: keyStart + this.raw.length } };
  }

  get components(): string[] {
    return this.split ?? this.raw.split('.');
  }

  get separator(): '.' | '/' {
    return this.flags & Flag.SlashSeparated ? '/' : '.';
  }

  get isGlob(): boolean {
    return (this.flags & Flag.Glob) !== 0;
  }

  get hasRepeatedSeparator(): boolean {
    return (this.flags & Flag.RepeatedSeparator) !== 0;
  }
}

function simpleLine(kind: 'blank' | 'comment', text: string, line: number): SysctlLine {
  return new ParsedLine(kind, line, text, undefined, -1, '', '', undefined, -1, 0);
}

function parseLine(text: string, line: number): SysctlLine {
  const start = skipBlanks(text, 0);
  if (start === text.length) return simpleLine('blank', text, line);
  const first = text[start];
  if (first === '#' || first === ';') return simpleLine('comment', text, line);
  const ignoreFailure = first === '-';
  const keyStart = ignoreFailure ? skipBlanks(text, start + 1) : start;
  let flags = Flag.HasKey | (ignoreFailure ? Flag.IgnoreFailure : 0);
  const blankAfterDash = ignoreFailure && keyStart > start + 1 ? Flag.BlankAfterDash : 0;
  const equals = text.indexOf('=', keyStart);
  if (equals < 0) {
    const raw = text.slice(keyStart, trimmedEnd(text, keyStart, text.length));
    const key = parseKey(raw);
    const kind = ignoreFailure && raw !== '' ? 'exclude' : 'invalid';
    return new ParsedLine(kind, line, text, undefined, -1, raw, key.name, key.split, keyStart, flags | blankAfterDash | key.flags);
  }
  const raw = text.slice(keyStart, trimmedEnd(text, keyStart, equals));
  const key = parseKey(raw);
  const valueStart = skipBlanks(text, equals + 1);
  const value = text.slice(valueStart, trimmedEnd(text, valueStart, text.length));
  // A line with nothing before its `=` reports no blank after the dash (it has no key to keep it).
  if (raw === '') return new ParsedLine('invalid', line, text, value, valueStart, raw, key.name, key.split, keyStart, flags | key.flags);
  flags |= blankAfterDash;
  return new ParsedLine('assignment', line, text, value, valueStart, raw, key.name, key.split, keyStart, flags | key.flags);
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

/** The key's name, its components when it is not plain dotted, and its separator/glob/repeat flags. */
function parseKey(raw: string): { name: string; split: string[] | undefined; flags: number } {
  const { plain, glob } = scanKey(raw);
  const globFlag = glob ? Flag.Glob : 0;
  if (plain) return { name: raw, split: undefined, flags: globFlag };
  const firstSeparator = /[./]/.exec(raw.replace(/^\/+/, ''))?.[0] ?? '.';
  const separator = firstSeparator === '/' ? '/' : '.';
  const path = raw.replace(/^\/+/, '');
  const split =
    separator === '.'
      ? path.split('.').map((c) => c.replace(/\//g, '.'))
      : path.replace(/^proc\/sys\//, '').split('/');
  // A repeated separator is an empty path step the kernel skips; a trailing one is not (`key/` is "not a directory").
  const components = split.filter((component, i) => component !== '' || i === split.length - 1);
  const flags = globFlag | (separator === '/' ? Flag.SlashSeparated : 0) | (/[./]{2,}/.test(path) ? Flag.RepeatedSeparator : 0);
  return { name: components.join('.'), split: components, flags };
}

export function leadingSpace(text: string): number {
  return skipBlanks(text, 0);
}
