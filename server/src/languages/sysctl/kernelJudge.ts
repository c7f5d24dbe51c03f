import { shorten } from '../../formats/messages';
import type { KernelKey } from './kernelKeys';
import { procGetLong, readNumbers, type NumberBounds, type WriteOutcome } from './kernelWrite';

/** The first number another key holds when this line is written, and where it comes from ("line 3", "its default"). */
export type OtherKeyValue = (key: string) => { value: bigint; from: string } | undefined;

const HEX_KEY = '[0-9a-fA-F]{1,8}(?:-[0-9a-fA-F]{1,8}){3}';
const FASTOPEN_KEY = new RegExp(`^${HEX_KEY}(?:,${HEX_KEY})?$`);

function bigOrUndefined(value: number | string | undefined): bigint | undefined {
  return value === undefined ? undefined : BigInt(value);
}

/**
 * `8080,9000-9010` (proc_do_large_bitmap): numbers in the kernel's bases, each below `size`, ranges
 * not reversed, separated by commas only.
 */
function judgeBitmapList(value: string, size: number): WriteOutcome {
  const text = `${value}\n`;
  const bad = (reason: string): WriteOutcome => ({ accepted: false, errno: 'EINVAL', reason, word: 0 });
  let at = 0;
  while (at < value.length) {
    const first = procGetLong(text, at, '-,\n');
    if ('error' in first) return bad(`'${shorten(value.slice(at).split(/[,-]/)[0])}' ${first.error}`);
    let last = first;
    if (text[first.end] === '-') {
      const second = procGetLong(text, first.end + 1, ',\n');
      if ('error' in second) return bad(`the range end after '${shorten(value.slice(at, first.end))}-' ${second.error}`);
      last = second;
    }
    if (first.negative || first.value >= BigInt(size) || last.value >= BigInt(size)) return bad(`'${shorten(value.slice(at, last.end))}' is beyond ${size - 1}`);
    if (last.value < first.value) return bad(`'${shorten(value.slice(at, last.end))}' is a reversed range`);
    at = text[last.end] === ',' ? last.end + 1 : last.end;
    if (text[last.end] === '\n') break;
  }
  return { accepted: true };
}

function judgeText(key: KernelKey, value: string, keyName: string): WriteOutcome {
  switch (key.handler) {
    case 'congestion':
    case 'choice': {
      const names = key.values ?? [];
      if (names.includes(value)) return { accepted: true };
      const list = names.join(', ');
      const what = key.handler === 'congestion' ? 'congestion-control algorithm' : 'name';
      return { accepted: false, errno: 'ENOENT', reason: `'${shorten(value)}' is not a ${what} the kernel knows (names are case-sensitive; ${keyName} takes one of: ${list})`, word: 0 };
    }
    case 'portlist':
      return judgeBitmapList(value, 65536);
    case 'bitmap-list':
      return judgeBitmapList(value, 256);
    case 'fastopen-key':
      return FASTOPEN_KEY.test(value)
        ? { accepted: true }
        : { accepted: false, errno: 'EINVAL', reason: `'${shorten(value)}' is not a key of four dash-separated hex words (such as 00000000-00000000-00000000-00000000)`, word: 0 };
    case 'ipv6-address':
      return /^[0-9a-fA-F:.]+$/.test(value) && value.includes(':')
        ? { accepted: true }
        : { accepted: false, errno: 'EINVAL', reason: `'${shorten(value)}' is not an IPv6 address`, word: 0 };
    case 'cpumask':
      return /^[0-9a-fA-F,]+$/.test(value)
        ? { accepted: true }
        : { accepted: false, errno: 'EINVAL', reason: `'${shorten(value)}' is not a hexadecimal CPU mask such as 'f' or 'ff,ffffffff'`, word: 0 };
    default:
      return { accepted: true };
  }
}

/** Per-number bounds: the table's, narrowed by the key a bound depends on (first number only). */
function boundsOf(key: KernelKey, other: OtherKeyValue): (index: number) => NumberBounds {
  return (index) => {
    const bounds: NumberBounds = { min: bigOrUndefined(key.min), max: bigOrUndefined(key.max) };
    const note = (name: string, held: { value: bigint; from: string }) => `${name} ${held.value} (${held.from}), which the kernel checks it against`;
    const low = index === 0 && key.boundBy?.min ? other(key.boundBy.min) : undefined;
    if (low && (bounds.min === undefined || low.value > bounds.min)) Object.assign(bounds, { min: low.value, minNote: note(key.boundBy!.min!, low) });
    const high = index === 0 && key.boundBy?.max ? other(key.boundBy.max) : undefined;
    if (high && (bounds.max === undefined || high.value < bounds.max)) Object.assign(bounds, { max: high.value, maxNote: note(key.boundBy!.max!, high) });
    return bounds;
  };
}

const NUMBER_HANDLERS: ReadonlySet<string> = new Set(['int', 'uint', 'ulong', 'jiffies', 'ms_jiffies', 'userhz_jiffies']);

/**
 * Verdicts on number writes that depend on the key and the value alone (no bound from another
 * key): a file writes the same few values to many keys, so each pair is judged once. Shared
 * outcomes are frozen; the cache is dropped whole when it grows past its bound.
 */
const MAX_CACHED_VERDICTS = 20_000;
let verdicts = new WeakMap<KernelKey, Map<string, WriteOutcome>>();
let cachedVerdicts = 0;

/** The verdict of the kernel on writing `value` (as procps sends it) to the key. */
export function judgeWrite(key: KernelKey, value: string, keyName: string, other: OtherKeyValue = () => undefined): WriteOutcome {
  if (!NUMBER_HANDLERS.has(key.handler)) return judgeText(key, value, keyName);
  if (key.boundBy) return judgeNumbers(key, value, other);
  let byValue = verdicts.get(key);
  const cached = byValue?.get(value);
  if (cached) return cached;
  const outcome = freezeOutcome(judgeNumbers(key, value, other));
  if (cachedVerdicts >= MAX_CACHED_VERDICTS) {
    verdicts = new WeakMap();
    cachedVerdicts = 0;
    byValue = undefined;
  }
  if (!byValue) verdicts.set(key, (byValue = new Map()));
  byValue.set(value, outcome);
  cachedVerdicts += 1;
  return outcome;
}

function freezeOutcome(outcome: WriteOutcome): WriteOutcome {
  if (outcome.numbers) Object.freeze(outcome.numbers);
  return Object.freeze(outcome);
}

function judgeNumbers(key: KernelKey, value: string, other: OtherKeyValue): WriteOutcome {
  const outcome = readNumbers(value, key, boundsOf(key, other));
  if (!outcome.accepted || !outcome.numbers) return outcome;
  return { ...outcome, ...afterWrite(key, outcome.numbers) };
}

function currentDefaults(key: KernelKey): bigint[] {
  return (key.default ?? '').split(/\s+/).filter((w) => /^-?\d+$/.test(w)).map((w) => BigInt(w));
}

/** What the kernel holds afterwards when it is not what was written, and custom cross-checks. */
function afterWrite(key: KernelKey, numbers: bigint[]): Partial<WriteOutcome> {
  const full = [...numbers, ...currentDefaults(key).slice(numbers.length)];
  if (key.custom === 'port-range' && full.length === 2 && full[1] < full[0]) {
    return { accepted: false, errno: 'EINVAL', reason: `the last port ${full[1]} is below the first port ${full[0]}`, word: numbers.length > 1 ? 1 : 0 };
  }
  if (key.custom === 'group-range' && full.length === 2 && full[1] < full[0]) {
    return { holds: '1 0', reason: `the range ${full[0]}-${full[1]} is reversed, so the kernel resets it to '1 0' (nobody may open ping sockets)` };
  }
  if (key.storesNonzeroAs !== undefined && numbers[0] !== 0n && numbers[0] !== BigInt(key.storesNonzeroAs)) {
    return { holds: String(key.storesNonzeroAs), reason: `any nonzero value switches it on; the kernel holds ${key.storesNonzeroAs}` };
  }
  if (key.handler === 'ms_jiffies') {
    const written = numbers[0] < 0n ? (1n << 64n) + numbers[0] : numbers[0];
    const ms = written % (1n << 32n);
    const step = BigInt(1000 / key.hz);
    const held = ((ms + step - 1n) / step) * step;
    if (held !== numbers[0]) return { holds: String(held), reason: `the kernel keeps whole jiffies (${step} ms at HZ ${key.hz}) of the value taken modulo 2^32, so it holds ${held}` };
  }
  return {};
}
