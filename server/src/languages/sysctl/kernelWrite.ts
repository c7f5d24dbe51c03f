/**
 * What the kernel does with one write to a /proc/sys/net file: the number reader of
 * kernel/sysctl.c (proc_get_long, strtoul with base 0, the vector loop of __do_proc_dointvec and its
 * unsigned and unsigned-long siblings) and the handlers with their own rules. procps writes the
 * value followed by a newline, so that is what is read here too.
 *
 * Verified line by line against Linux 6.18 with scripts/kernel-truth (see its README).
 */
import { shorten } from '../../formats/messages';
import type { KernelKey } from './kernelKeys';

export type Errno = 'EINVAL' | 'ENOENT';

export interface WriteOutcome {
  accepted: boolean;
  errno?: Errno;
  /** Why it was rejected, or what is odd about an accepted write. */
  reason?: string;
  /** Index of the word (blank-separated) the reason is about. */
  word?: number;
  /** The numbers the kernel read, in order (signed). */
  numbers?: bigint[];
  /** Offset in the value where the kernel stopped reading; text from there on is ignored. */
  ignoredFrom?: number;
  /** What a read gives back after the write, when that differs from what was written. */
  holds?: string;
}

/** The kernel's whitespace for skipping (isspace) and the only characters allowed right after a number. */
const SPACE = ' \t\n\v\f\r';
const AFTER_NUMBER = ' \t\n';
/** proc_get_long copies at most 21 characters; a number filling them all is refused. */
const TMPBUFLEN = 22;
const U64_MAX = (1n << 64n) - 1n;
const INT_MAX = 2147483647n;

interface Parsed {
  value: bigint;
  negative: boolean;
  end: number;
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function digitValue(ch: string): number {
  const code = ch.toLowerCase().charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  return 99;
}

/** proc_get_long: sign, base detection (0x hex, leading 0 octal), overflow, and the character after. */
export function procGetLong(text: string, start: number, after = AFTER_NUMBER): Parsed | { error: string } {
  const size = text.length - start;
  const window = text.slice(start, start + TMPBUFLEN - 1);
  let p = 0;
  const negative = window[0] === '-' && size > 1;
  if (negative) p += 1;
  if (!isDigit(window[p])) return { error: 'does not start with a digit' };
  let base = 10;
  if (window[p] === '0') {
    if (window[p + 1]?.toLowerCase() === 'x' && digitValue(window[p + 2] ?? 'g') < 16) {
      base = 16;
      p += 2;
    } else {
      base = 8;
    }
  }
  let value = 0n;
  let digits = 0;
  while (p < window.length && digitValue(window[p]) < base) {
    value = value * BigInt(base) + BigInt(digitValue(window[p]));
    if (value > U64_MAX) return { error: 'is larger than 2^64 - 1' };
    p += 1;
    digits += 1;
  }
  if (digits === 0) return { error: 'has no digits' };
  if (p === TMPBUFLEN - 1) return { error: 'is too long (21 characters or more)' };
  const next = window[p];
  if (p < size && next !== undefined && !after.includes(next)) {
    return { error: base === 8 && isDigit(next) ? `has a leading 0, so it is octal and '${next}' is not an octal digit` : `is followed by '${next}' instead of a blank` };
  }
  return { value, negative, end: start + p };
}

function skipSpaces(text: string, at: number): number {
  while (at < text.length && SPACE.includes(text[at])) at += 1;
  return at;
}

/** Which word of the value starts at or contains offset `at`. */
function wordIndex(value: string, at: number): number {
  return value.slice(0, at).split(/[ \t\n\v\f\r]+/).filter((w, i) => w !== '' || i > 0).length - (/[^ \t\n\v\f\r]$/.test(value.slice(0, at)) ? 1 : 0);
}

function reject(reason: string, word: number, errno: Errno = 'EINVAL'): WriteOutcome {
  return { accepted: false, errno, reason, word };
}

/** The limits a number must meet for the handler class, before the table's own bounds. */
function checkType(key: KernelKey, parsed: Parsed): string | undefined {
  const { value, negative } = parsed;
  switch (key.handler) {
    case 'uint':
    case 'ulong':
      if (negative) return 'is negative, and this key takes only unsigned numbers (even -0 is refused)';
      if (key.handler === 'uint' && value > 4294967295n) return 'is larger than 4294967295 (an unsigned 32-bit number)';
      return undefined;
    case 'jiffies': {
      const limit = INT_MAX / BigInt(key.hz);
      return value > limit ? `is beyond ${negative ? '-' : ''}${limit}, the most seconds that fit in jiffies (INT_MAX / HZ ${key.hz})` : undefined;
    }
    case 'ms_jiffies': {
      const ms = (negative ? (1n << 64n) - value : value) % (1n << 32n);
      return ms >= 1n << 31n ? 'does not fit in milliseconds the kernel converts to jiffies (it wraps to a negative number)' : undefined;
    }
    case 'userhz_jiffies':
      return key.limit !== undefined && value > BigInt(key.limit) ? `is beyond ${key.limit}, the most clock ticks the kernel converts` : undefined;
    default:
      if (negative ? value > INT_MAX + 1n : value > INT_MAX) return `is outside the signed 32-bit range (-2147483648 to 2147483647)`;
      return undefined;
  }
}

function signed(parsed: Parsed): bigint {
  return parsed.negative ? -parsed.value : parsed.value;
}

/**
 * The vector loop: up to `count` numbers, each checked as it is read; stopping early (end of text)
 * is fine, stopping at something that is not a number is EINVAL, and once `count` numbers are read
 * the rest of the write is ignored.
 */
export interface NumberBounds {
  min?: bigint;
  max?: bigint;
  /** Says where a bound comes from when it is another key's value. */
  minNote?: string;
  maxNote?: string;
}

export function readNumbers(value: string, key: KernelKey, bounds: (index: number) => NumberBounds): WriteOutcome {
  const text = `${value}\n`;
  const numbers: bigint[] = [];
  let at = skipSpaces(text, 0);
  for (let i = 0; i < key.count; i += 1) {
    at = skipSpaces(text, at);
    if (at >= text.length) break;
    const parsed = procGetLong(text, at);
    if ('error' in parsed) {
      const word = value.slice(at).split(/[ \t\n\v\f\r]/)[0];
      return reject(`'${shorten(word)}' ${parsed.error}`, wordIndex(value, at));
    }
    const typeProblem = checkType(key, parsed);
    const number = signed(parsed);
    const shown = shorten(value.slice(at, parsed.end));
    if (typeProblem) return reject(`'${shown}' ${typeProblem}`, i);
    const { min, max, minNote, maxNote } = bounds(i);
    if (min !== undefined && number < min) return reject(`${shown} is below ${minNote ?? `the kernel's minimum ${min}`}`, i);
    if (max !== undefined && number > max) return reject(`${shown} is above ${maxNote ?? `the kernel's maximum ${max}`}`, i);
    numbers.push(number);
    at = parsed.end;
  }
  if (numbers.length === 0) return reject('there is no number', 0);
  const rest = skipSpaces(text, at);
  const outcome: WriteOutcome = { accepted: true, numbers };
  if (rest < value.length) outcome.ignoredFrom = rest;
  return outcome;
}
