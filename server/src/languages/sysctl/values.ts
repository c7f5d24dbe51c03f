import type { Range } from 'vscode-languageserver-types';
import { procGetLong } from './kernelWrite';
import { WORD, trimBlank } from './parser';

/** One whitespace-separated word of a value with its range in the document. */
export interface ValueToken {
  text: string;
  range: Range;
}

/** Anything with a value and its range: a parsed assignment or a SysctlSetting. */
export interface Valued {
  value: string;
  valueRange: Range;
}

export function valueTokens(valued: Valued, text = valued.value): ValueToken[] {
  const { line, character } = valued.valueRange.start;
  const tokens: ValueToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = character + (match.index ?? 0);
    tokens.push({ text: match[0], range: { start: { line, character: start }, end: { line, character: start + match[0].length } } });
  }
  return tokens;
}

/**
 * One word as the kernel's number reader (proc_get_long) takes it: `0x1f` hex, a leading `0` octal
 * (so `08` is no number), a `-` applied once, a digit first (`+4096` is refused).
 */
export function parseKernelInteger(text: string): number | undefined {
  const parsed = procGetLong(`${text}\n`, 0);
  if ('error' in parsed || parsed.end !== text.length) return undefined;
  return Number(parsed.negative ? -parsed.value : parsed.value);
}

/** Every word as an integer, or undefined when any word is not one. */
export function parseIntegers(text: string): number[] | undefined {
  const words = [...text.matchAll(WORD)].map((m) => m[0]);
  if (words.length === 0) return undefined;
  const numbers = words.map(parseKernelInteger);
  return numbers.every((n): n is number => n !== undefined) ? numbers : undefined;
}

export interface InlineComment {
  /** Character offset of the `#` inside the value. */
  offset: number;
  /** The value before the comment, trimmed. */
  before: string;
  comment: string;
}

/** The leading quoted part of a value (`"4096 87380 4136960"` in `"4096 87380 4136960" # paper`). */
export interface QuotedPart {
  /** Through the closing quote. */
  text: string;
  /** Between the quotes, trimmed. */
  inner: string;
}

export function quotedPart(value: string): QuotedPart | undefined {
  if (!startsWithQuote(value)) return undefined;
  const close = value.indexOf(value[0], 1);
  if (close < 0) return undefined;
  return { text: value.slice(0, close + 1), inner: trimBlank(value.slice(1, close)) };
}

/**
 * procps and systemd send a trailing `# ...` to the kernel as part of the value. After a quoted
 * part the comment is looked for behind the closing quote; an unclosed quote has none.
 */
export function findInlineComment(value: string): InlineComment | undefined {
  const quoted = quotedPart(value);
  if (startsWithQuote(value) && !quoted) return undefined;
  const offset = value.indexOf('#', quoted?.text.length ?? 0);
  if (offset <= 0) return undefined;
  return { offset, before: trimBlank(value.slice(0, offset)), comment: value.slice(offset) };
}

/** The value as the kernel would parse it when the comment is separated by whitespace (numbers only). */
export function valueWithoutComment(value: string): string {
  const comment = findInlineComment(value);
  return comment ? comment.before : value;
}

export function startsWithQuote(value: string): boolean {
  return value.startsWith('"') || value.startsWith("'");
}

const KIB = 1024;

/** 4136960 -> "3.95 MiB"; small values stay in bytes. */
export function formatBytes(bytes: number): string {
  if (Math.abs(bytes) < KIB) return `${bytes} bytes`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let size = bytes / KIB;
  let unit = 0;
  while (Math.abs(size) >= KIB && unit < units.length - 1) {
    size /= KIB;
    unit += 1;
  }
  const rounded = Number.isInteger(size) ? String(size) : size.toFixed(2).replace(/\.?0+$/, '');
  return `${rounded} ${units[unit]}`;
}

/** Human reading of a number in the key's unit, or undefined when there is nothing to add. */
export function describeQuantity(value: number, unit: string | undefined): string | undefined {
  if (unit === 'bytes') return value >= KIB ? formatBytes(value) : undefined;
  if (unit === 'pages') return `${formatBytes(value * 4 * KIB)} with 4 KiB pages`;
  if (unit === 'KiB') return formatBytes(value * KIB);
  return undefined;
}

/** Characters JavaScript and editors treat as spaces that procps and the kernel do not (NBSP, BOM, U+2028, ...). */
export const UNICODE_SPACE = /[\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF]/g;

const HAS_UNICODE_SPACE = new RegExp(UNICODE_SPACE.source);

export function hasUnicodeSpace(text: string): boolean {
  return HAS_UNICODE_SPACE.test(text);
}
