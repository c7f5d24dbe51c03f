import type { BadQuoting, BadQuotingReason, KeyValueDialect, ValueSegment } from './keyValue';

// The character-level reading of a value in either dialect: quote removal, escapes, the column of
// every unquoted character (only when asked for: most values never need them), and bad quoting.

export function isAsciiSpace(ch: string | undefined): boolean {
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

export function trimEndColumn(text: string, end: number): number {
  let i = end;
  while (i > 0 && isAsciiSpace(text[i - 1])) i -= 1;
  return i;
}

export interface Scan {
  value: string;
  starts: number[];
  ends: number[];
  segments: ValueSegment[];
  rawEnd: number;
  bad?: BadQuoting;
  expansion?: number;
  commentStart?: number;
}

/** What a scan without detail shares for its columns and segments: nothing is ever added to it. */
const NO_DETAIL: never[] = [];

class ScanBuilder {
  readonly scan: Scan;
  /** @param columns whether to record each character's source columns and the quoting segments */
  constructor(private readonly columns: boolean) {
    this.scan = columns ? { value: '', starts: [], ends: [], segments: [], rawEnd: 0 } : { value: '', starts: NO_DETAIL, ends: NO_DETAIL, segments: NO_DETAIL, rawEnd: 0 };
  }
  push(ch: string, start: number, end: number): void {
    this.scan.value += ch;
    if (!this.columns) return;
    this.scan.starts.push(start);
    this.scan.ends.push(end);
  }
  /** `text[from, to)` copied as it is, one column per character. */
  pushRun(text: string, from: number, to: number): void {
    this.scan.value += text.slice(from, to);
    if (!this.columns) return;
    const { starts, ends } = this.scan;
    for (let j = from; j < to; j += 1) {
      starts.push(j);
      ends.push(j + 1);
    }
  }
  segment(kind: ValueSegment['kind'], start: number, end: number): void {
    if (!this.columns) return;
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

/**
 * The values most lines hold, a plain word or one in double quotes with nothing to unescape, up to
 * the end of the line: the scan the general reader would give, without its builder and copies.
 */
function plainShellValue(text: string, from: number, lineEnd: number): Scan | undefined {
  if (text.charCodeAt(from) === 34) {
    let close = from + 1;
    while (close < text.length && isPlainDoubleQuotedChar(text.charCodeAt(close))) close += 1;
    if (text.charCodeAt(close) !== 34 || close + 1 !== lineEnd) return undefined;
    return { value: text.slice(from + 1, close), starts: NO_DETAIL, ends: NO_DETAIL, segments: NO_DETAIL, rawEnd: lineEnd };
  }
  let end = from;
  while (end < text.length && isPlainShellChar(text.charCodeAt(end))) end += 1;
  return end === lineEnd ? { value: text.slice(from, end), starts: NO_DETAIL, ends: NO_DETAIL, segments: NO_DETAIL, rawEnd: end } : undefined;
}

function unquoteShell(text: string, from: number, columns: boolean): Scan {
  const lineEnd = trimEndColumn(text, text.length);
  const plain = columns ? undefined : plainShellValue(text, from, lineEnd);
  if (plain) return plain;
  const b = new ScanBuilder(columns);
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
function unquoteKernelArg(text: string, from: number, columns: boolean): Scan {
  const b = new ScanBuilder(columns);
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


/** The value that starts at `from` read in `dialect`; `columns` records where each unquoted character came from, and the quoting segments. */
export function scanValue(text: string, from: number, dialect: KeyValueDialect, columns: boolean): Scan {
  return dialect === 'shell' ? unquoteShell(text, from, columns) : unquoteKernelArg(text, from, columns);
}
