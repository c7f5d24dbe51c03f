/*
 * uperf does not read profiles with an XML parser. It drops the file's last byte, splits the rest
 * at control characters and spaces, lower-cases every character (inside quotes too), treats only
 * `"` as a quote (a quoted part ends the token), skips `<!--…-->` and `<?…?>` only when a token
 * starts with them, glues tokens back together around `=` and after `<`/`</`, and classifies each
 * token by prefix. This module reproduces that, keeping for every character of a token the offset
 * it came from, so each finding lands on the text the user wrote.
 */

export type TokenType =
  | 'profileStart' | 'profileEnd' | 'groupStart' | 'groupEnd' | 'txnStart' | 'txnEnd' | 'flowopStart' | 'xmlEnd'
  | 'name' | 'iterations' | 'type' | 'options' | 'duration' | 'nthreads' | 'nprocs' | 'rate' | 'error';

/** uperf's table, in its order: the first id that prefixes the token wins. */
const TOKEN_IDS: readonly [string, TokenType][] = [
  ['<profile', 'profileStart'], ['</profile>', 'profileEnd'], ['<group', 'groupStart'], ['</group>', 'groupEnd'],
  ['<transaction', 'txnStart'], ['</transaction', 'txnEnd'], ['<flowop', 'flowopStart'], ['/>', 'xmlEnd'],
  ['name=', 'name'], ['iterations=', 'iterations'], ['type=', 'type'], ['options=', 'options'], ['duration=', 'duration'],
  ['nthreads=', 'nthreads'], ['nprocs=', 'nprocs'], ['rate=', 'rate'],
];

export const ATTRIBUTE_TOKENS: ReadonlySet<TokenType> = new Set(['name', 'iterations', 'type', 'options', 'duration', 'nthreads', 'nprocs', 'rate']);

/** uperf keeps at most 1023 characters per token (`char symbol[1024]`). */
export const MAX_TOKEN_LENGTH = 1023;

/** TOKEN_IDS grouped by their first character, each group in table order: only ids that can match are tried. */
const TOKEN_IDS_BY_FIRST = new Map<string, [string, TokenType][]>();
for (const entry of TOKEN_IDS) {
  const group = TOKEN_IDS_BY_FIRST.get(entry[0][0]);
  if (group) group.push(entry); else TOKEN_IDS_BY_FIRST.set(entry[0][0], [entry]);
}

export function tokenType(token: string): TokenType {
  for (const [id, type] of TOKEN_IDS_BY_FIRST.get(token[0]) ?? []) if (token.startsWith(id)) return type;
  return 'error';
}

export interface UperfToken {
  /** The token as uperf sees it: lower-cased, quotes removed, CR/LF inside quotes turned into spaces. */
  text: string;
  type: TokenType;
  /** The document offset each character of text came from (see offsetOf for one character). */
  readonly offsets: number[];
  /** Where text came from, as runs: document start and length, pairs in text order. */
  readonly runs: readonly number[];
  /** Document span the token was read from (quotes included). */
  start: number;
  end: number;
  /** Index in text where the value starts (after the first `=`), or -1 when there is no `=`. */
  valueIndex: number;
  /** The value uperf uses (text after the first `=`), or the whole token. */
  value: string;
  /** Lower-cased name after a leading `$` of the value: uperf substitutes getenv(name) here. */
  readonly envVar: string | undefined;
}

export type TokenStop =
  | { kind: 'tooLong'; start: number; end: number }
  | { kind: 'crash'; why: CrashCause; start: number; end: number; previous: UperfToken | undefined };

export type CrashCause = 'spaceAfterEquals' | 'emptyValue' | 'valueEndsWithEquals' | 'equalsAfterValue' | 'leadingEquals';

export interface TokenizeResult {
  tokens: UperfToken[];
  /** Where uperf stops reading: the dropped last byte, or an earlier NUL. */
  limit: number;
  /** Problems uperf hits while tokenizing (it crashes or stops); kvmtune keeps reading after them. */
  stops: TokenStop[];
}

const QUOTE = 34;

function isSeparator(code: number): boolean {
  return code > 0 && code < 33;
}

function hasUpperCase(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 65 && code <= 90) return true;
  }
  return false;
}

/** Only ASCII A-Z, as C's tolower in the "C" locale: every other character stays as it is. */
function lower(text: string): string {
  return hasUpperCase(text) ? text.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32)) : text;
}

/** A quoted part as uperf keeps it: CR and LF become spaces, then lower-cased. */
function quotedPart(text: string): string {
  return lower(text.includes('\n') || text.includes('\r') ? text.replace(/[\r\n]/g, ' ') : text);
}

const NO_RUNS: readonly number[] = [];

/**
 * The runs of a token read from [start, end) and, after a quote, [quoted, quotedEnd) (quoted < 0:
 * none); empty runs are left out. Built at their exact size: a pushed array keeps room to grow.
 */
function runsOf(start: number, end: number, quoted: number, quotedEnd: number): readonly number[] {
  const first = end > start;
  const second = quoted >= 0 && quotedEnd > quoted;
  if (first && second) return [start, end - start, quoted, quotedEnd - quoted];
  if (first) return [start, end - start];
  return second ? [quoted, quotedEnd - quoted] : NO_RUNS;
}

/** The document offset character `index` of the token's text came from; undefined past its end. */
export function offsetOf(token: UperfToken, index: number): number | undefined {
  return token instanceof Token ? token.offsetAt(index) : offsetIn(token.runs, index);
}

function offsetIn(runs: readonly number[], index: number): number | undefined {
  let rest = index;
  for (let k = 0; k < runs.length; k += 2) {
    if (rest < runs[k + 1]) return rest >= 0 ? runs[k] + rest : undefined;
    rest -= runs[k + 1];
  }
  return undefined;
}

/**
 * The raw token last read, one object for the whole file: next_token's result lives only until
 * tokenize has made a Token of it, and an object per token was a third of what tokenizing allocated.
 */
class RawToken {
  text = '';
  start = 0;
  end = 0;
  /** The unquoted part [start, unquotedEnd) and the quoted one [quoted, quotedEnd) (quoted -1: none). */
  unquotedEnd = 0;
  quoted = -1;
  quotedEnd = -1;

  get tooLong(): boolean {
    return this.text.length > MAX_TOKEN_LENGTH;
  }

  get runs(): readonly number[] {
    return runsOf(this.start, this.unquotedEnd, this.quoted, this.quotedEnd);
  }
}

/** next_token: reads one raw token from offset `from` into `raw` (it ends at raw.end); false at the end; comments and `<?…?>` skipped. */
function nextRawToken(text: string, limit: number, from: number, raw: RawToken): boolean {
  let p = from;
  for (;;) {
    while (p < limit && isSeparator(text.charCodeAt(p))) p++;
    if (p >= limit) return false;
    const code = text.charCodeAt(p);
    if (code === 60 && text.startsWith('<!--', p)) {
      const close = text.indexOf('-->', p + 2);
      p = close < 0 || close + 3 > limit ? limit : close + 3;
      continue;
    }
    if (code === 60 && text.charCodeAt(p + 1) === 63) {
      const close = text.indexOf('?>', p + 1);
      p = close < 0 || close + 2 > limit ? limit : close + 2;
      continue;
    }
    break;
  }
  const start = p;
  // Read the whole token even past uperf's limit, so the rest of the file is still checked.
  while (p < limit && !isSeparator(text.charCodeAt(p)) && text.charCodeAt(p) !== QUOTE) p++;
  const unquotedEnd = p;
  let out = lower(text.slice(start, p));
  let quoted = -1;
  let quotedEnd = -1;
  if (p < limit && text.charCodeAt(p) === QUOTE) {
    quoted = ++p;
    while (p < limit && text.charCodeAt(p) !== QUOTE) p++;
    quotedEnd = p;
    out += quotedPart(text.slice(quoted, p));
    if (p < limit && text.charCodeAt(p) === QUOTE) p++;
  }
  raw.text = out;
  raw.start = start;
  raw.end = p;
  raw.unquotedEnd = unquotedEnd;
  raw.quoted = quoted;
  raw.quotedEnd = quotedEnd;
  return true;
}

/*
 * Offsets are kept as runs and spelled out per character only when asked for: one number per
 * character of every token was most of what a large profile allocated.
 */
class Token implements UperfToken {
  readonly type: TokenType;
  readonly valueIndex: number;
  readonly value: string;
  // The runs in fields when there are at most two (secondStart -1 when one; firstLength 0 when none),
  // as an array only for tokens glued together from more: an array per token cost more than the token.
  private readonly firstStart: number;
  private readonly firstLength: number;
  private readonly secondStart: number;
  private readonly secondLength: number;
  private readonly moreRuns: readonly number[] | undefined;
  /** `runs` only for a token glued together from more than two runs; otherwise the two runs as numbers (secondStart -1: one; firstLength 0: none). */
  constructor(readonly text: string, readonly start: number, readonly end: number, firstStart: number, firstLength: number, secondStart: number, secondLength: number, runs?: readonly number[]) {
    this.type = tokenType(text);
    const equals = this.type === 'error' ? -1 : text.indexOf('=');
    this.value = equals < 0 ? text : text.slice(equals + 1);
    this.valueIndex = equals < 0 ? -1 : equals + 1;
    this.firstStart = firstStart;
    this.firstLength = firstLength;
    this.secondStart = secondStart;
    this.secondLength = secondLength;
    this.moreRuns = runs;
  }

  get envVar(): string | undefined {
    return this.valueIndex >= 0 && this.value.startsWith('$') ? this.value.slice(1) : undefined;
  }

  get runs(): readonly number[] {
    if (this.moreRuns) return this.moreRuns;
    if (this.firstLength === 0) return NO_RUNS;
    return this.secondStart < 0 ? [this.firstStart, this.firstLength] : [this.firstStart, this.firstLength, this.secondStart, this.secondLength];
  }

  /** offsetOf without building the runs. */
  offsetAt(index: number): number | undefined {
    if (this.moreRuns || index < 0) return offsetIn(this.runs, index);
    if (index < this.firstLength) return this.firstStart + index;
    const rest = index - this.firstLength;
    return this.secondStart >= 0 && rest < this.secondLength ? this.secondStart + rest : undefined;
  }

  get offsets(): number[] {
    const { runs } = this;
    const offsets: number[] = [];
    for (let k = 0; k < runs.length; k += 2) for (let i = 0; i < runs[k + 1]; i++) offsets.push(runs[k] + i);
    return offsets;
  }
}

/** A token from its runs, as pairs of document start and length. */
function tokenOfRuns(text: string, runs: readonly number[], start: number, end: number): UperfToken {
  if (runs.length > 4) return new Token(text, start, end, runs[0], runs[1], runs[2], runs[3], runs);
  return new Token(text, start, end, runs.length > 0 ? runs[0] : 0, runs.length > 0 ? runs[1] : 0, runs.length > 2 ? runs[2] : -1, runs.length > 2 ? runs[3] : 0);
}

/** A token from the raw token just read, without building its runs. */
function tokenOfRaw(raw: RawToken): UperfToken {
  const first = raw.unquotedEnd > raw.start;
  const second = raw.quoted >= 0 && raw.quotedEnd > raw.quoted;
  if (first) return new Token(raw.text, raw.start, raw.end, raw.start, raw.unquotedEnd - raw.start, second ? raw.quoted : -1, second ? raw.quotedEnd - raw.quoted : 0);
  return new Token(raw.text, raw.start, raw.end, second ? raw.quoted : 0, second ? raw.quotedEnd - raw.quoted : 0, -1, 0);
}

function crashCause(text: string, previous: UperfToken, next: string): CrashCause {
  if (next.startsWith('=')) return 'equalsAfterValue';
  if (previous.value !== '') return 'valueEndsWithEquals';
  return text[previous.end - 1] === '=' ? 'spaceAfterEquals' : 'emptyValue';
}

/**
 * Whether uperf glues `raw` onto the token before it. `pt` in uperf's parse() points at the value
 * after `=` for classified tokens (which it does not own), else at the whole token.
 */
function gluesOn(current: UperfToken | undefined, raw: RawToken): boolean {
  if (raw.text.startsWith('=')) return true;
  if (!current) return false;
  const symbol = current.valueIndex < 0 ? current.text : current.value;
  return symbol.endsWith('=') || (current.valueIndex >= 0 && symbol === '') || symbol === '</' || symbol === '<';
}

export function tokenize(text: string): TokenizeResult {
  const nul = text.indexOf('\0');
  const limit = Math.max(0, nul >= 0 ? nul : text.length - 1);
  const tokens: UperfToken[] = [];
  const stops: TokenStop[] = [];
  let current: UperfToken | undefined;
  const raw = new RawToken();
  for (let more = nextRawToken(text, limit, 0, raw); more; more = nextRawToken(text, limit, raw.end, raw)) {
    if (raw.tooLong) stops.push({ kind: 'tooLong', start: raw.start, end: raw.end });
    if (raw.text === '>') continue;
    const merge = gluesOn(current, raw);
    if (merge && current) {
      if (current.valueIndex >= 0) {
        // uperf frees a pointer into the middle of the previous token here: free(): invalid pointer.
        stops.push({ kind: 'crash', why: crashCause(text, current, raw.text), start: current.start, end: raw.end, previous: current });
      }
      const merged = tokenOfRuns(current.text + raw.text, current.runs.concat(raw.runs), current.start, raw.end);
      tokens[tokens.length - 1] = merged;
      current = merged;
      continue;
    }
    if (merge) stops.push({ kind: 'crash', why: 'leadingEquals', start: raw.start, end: raw.end, previous: undefined });
    current = tokenOfRaw(raw);
    tokens.push(current);
  }
  return { tokens, limit, stops };
}
