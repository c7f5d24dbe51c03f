/*
 * uperf's number readers, reproduced so that kvmtune accepts exactly what uperf accepts: integers
 * with a one-letter binary suffix (only the first letter after the number counts), times with a
 * one-letter unit where `m` is milliseconds, and `rand(MIN,MAX)` sizes.
 */

const SUFFIXES = 'BKMGTPEZ';
const INT_MAX = 2 ** 31 - 1;
const UINT32_MAX = 2 ** 32 - 1;

/** Profiles repeat the same few values thousands of times; each reader is pure, so its answers are kept (bounded). */
function memoByText<T>(read: (text: string) => T, limit = 4096): (text: string) => T {
  const answers = new Map<string, T>();
  return (text) => {
    let answer = answers.get(text);
    if (answer === undefined) {
      answer = read(text);
      if (answers.size >= limit) answers.clear();
      answers.set(text, answer);
    }
    return answer;
  };
}

export type IntResult = { ok: true; value: number } | { ok: false; reason: string };

/** The leading decimal integer as C's strtoll reads it (digits only; we never see a sign). */
function leadingDigits(text: string): string {
  return /^[0-9]*/.exec(text)![0];
}

/** C's strtod over the start of text: digits, optional fraction, optional exponent. */
function leadingDecimal(text: string): string {
  return /^[0-9]*\.?[0-9]*(?:[eE][+-]?[0-9]+)?/.exec(text)![0];
}

function suffixShift(rest: string): number | undefined {
  if (rest === '') return 0;
  const index = SUFFIXES.indexOf(rest[0].toUpperCase());
  return index < 0 ? undefined : index * 10;
}

/** string_to_int: sizes, counts, nthreads, iterations, rate, wndsz… */
export const stringToInt = memoByText(readInt);

function readInt(text: string): IntResult {
  if (!/^[0-9.]/.test(text)) return { ok: false, reason: 'it does not start with a digit' };
  const digits = leadingDigits(text);
  const big = digits === '' ? 0n : BigInt(digits);
  if (big > 2n ** 63n - 1n) return { ok: false, reason: 'it is too large' };
  // strtoll's long long is stored in a C int: the value wraps to 32 bits.
  let num = Number(BigInt.asIntN(32, big));
  let rest = text.slice(digits.length);
  if (rest[0] === '.') {
    const decimal = leadingDecimal(text);
    rest = text.slice(decimal.length);
    const shift = suffixShift(rest);
    if (shift === undefined) return { ok: false, reason: `"${rest[0]}" is not a size suffix (B, K, M, G, T)` };
    const value = Number(decimal) * 2 ** shift;
    if (value > UINT32_MAX) return { ok: false, reason: 'it is too large' };
    if (value > INT_MAX) return { ok: false, reason: 'it does not fit in a C int (2^31-1)' };
    return { ok: true, value: Math.trunc(value) };
  }
  const shift = suffixShift(rest);
  if (shift === undefined) return { ok: false, reason: `"${rest[0]}" is not a size suffix (B, K, M, G, T)` };
  if (shift > 32 || ((num << shift) >> shift) !== num) return { ok: false, reason: 'it is too large (at most 2^31-1)' };
  num <<= shift;
  if (num < 0) return { ok: false, reason: 'it does not fit in a C int (at most 2^31-1)' };
  return { ok: true, value: num };
}

export type TimeResult =
  | { ok: true; nanoseconds: number; unit: 's' | 'm' | 'u' | 'n' | '' }
  | { ok: false; reason: string; garbage?: boolean };

/** string_to_nsec: transaction durations, think durations, timeouts. 0 is an error for every caller. */
export const stringToNsec = memoByText(readNsec);

function readNsec(text: string): TimeResult {
  if (!/^[0-9.]/.test(text)) return { ok: false, reason: 'it is not a number' };
  const digits = leadingDigits(text);
  const isDecimal = text[digits.length] === '.';
  const number = isDecimal ? leadingDecimal(text) : digits;
  const rest = text.slice(number.length);
  const unit = rest === '' ? '' : rest[0].toLowerCase();
  const multiplier = ({ '': 1e9, s: 1e9, m: 1e6, u: 1e3, n: 1 } as Record<string, number>)[unit];
  if (multiplier === undefined) {
    return { ok: false, reason: `"${rest[0]}" is not a time unit (s, m = milliseconds, u, n): uperf prints "not valid time suffix" and uses a garbage duration`, garbage: true };
  }
  // Decimals go through a C float; integers through a double.
  const value = isDecimal ? Math.fround(Math.fround(Number(number)) * Math.fround(multiplier)) : Number(number) * multiplier;
  const nanoseconds = Math.trunc(value);
  if (nanoseconds <= 0) return { ok: false, reason: 'it is zero (uperf treats a zero time as an error)' };
  return { ok: true, nanoseconds, unit: unit as 's' | 'm' | 'u' | 'n' | '' };
}

export type SizeResult =
  | { ok: true; fixed: number }
  | { ok: true; min: number; max: number; brokenMax?: boolean }
  | { ok: false; reason: string };

/** parse_size: `size=64k` or `size=rand(MIN,MAX)`; the option string was already split at spaces. */
export const parseSize = memoByText(readSize);

function readSize(text: string): SizeResult {
  const fixed = stringToInt(text);
  if (fixed.ok && fixed.value > 0) return { ok: true, fixed: fixed.value };
  if (text.slice(0, 5).toLowerCase() === 'rand(') {
    // strtok(value, "(") then strtok(NULL, ",") then strtok(NULL, ")"); delimiters at the start are skipped.
    const inside = text.slice(5).replace(/^[(]+/, '');
    const comma = inside.indexOf(',');
    const minText = comma < 0 ? inside : inside.slice(0, comma);
    const maxText = comma < 0 ? '' : inside.slice(comma + 1).replace(/^[)]+/, '').split(')')[0];
    const min = stringToInt(minText.trim());
    if (maxText === '') return min.ok && min.value > 0 ? { ok: true, min: min.value, max: UINT32_MAX, brokenMax: true } : { ok: false, reason: 'rand(MIN,MAX) needs two sizes' };
    const max = stringToInt(maxText.trim());
    if (min.ok && max.ok && min.value > 0 && max.value > 0) return { ok: true, min: min.value, max: max.value };
    return { ok: false, reason: 'rand(MIN,MAX) needs two sizes above 0' };
  }
  if (fixed.ok) return { ok: false, reason: 'a size of 0 is not allowed' };
  return { ok: false, reason: fixed.reason };
}

/** C's atoi: leading blanks, optional sign, digits; anything else gives 0. */
export function atoi(text: string): number {
  const match = /^[ \t]*([+-]?[0-9]+)/.exec(text);
  return match ? Number(BigInt.asIntN(32, BigInt(match[1]))) : 0;
}

/** Bytes for a hover: `65536 bytes (64 KiB)`. */
export function bytesText(bytes: number): string {
  const units = ['KiB', 'MiB', 'GiB'];
  let unit = '';
  for (let i = units.length - 1; i >= 0; i--) {
    const size = 1024 ** (i + 1);
    if (bytes >= size && bytes % (size / 1024) === 0) { unit = ` (${+(bytes / size).toFixed(2)} ${units[i]})`; break; }
  }
  return `${bytes} byte${bytes === 1 ? '' : 's'}${unit}`;
}

/** Nanoseconds for a hover: `300 s`, `50 ms`. */
export function timeText(ns: number): string {
  if (ns >= 1e9) return `${+(ns / 1e9).toFixed(3)} s`;
  if (ns >= 1e6) return `${+(ns / 1e6).toFixed(3)} ms`;
  if (ns >= 1e3) return `${+(ns / 1e3).toFixed(3)} µs`;
  return `${ns} ns`;
}
