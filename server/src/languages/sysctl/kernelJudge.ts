import type { KernelKey } from './kernelKeys';
import { readNumbers, type WriteOutcome } from './kernelWrite';

/** The first number another key holds when this line is written: set earlier in the file, or its default. */
export type OtherKeyValue = (key: string) => bigint | undefined;

const HEX_KEY = '[0-9a-fA-F]{1,8}(?:-[0-9a-fA-F]{1,8}){3}';
const FASTOPEN_KEY = new RegExp(`^${HEX_KEY}(?:,${HEX_KEY})?$`);

function bigOrUndefined(value: number | undefined): bigint | undefined {
  return value === undefined ? undefined : BigInt(value);
}

/** `8080,9000-9010`: numbers below `size`, ranges not reversed (proc_do_large_bitmap). */
function judgeBitmapList(value: string, size: number): WriteOutcome {
  if (value === '') return { accepted: true };
  const parts = value.split(',');
  for (let i = 0; i < parts.length; i += 1) {
    const range = /^(\d+)(?:-(\d+))?$/.exec(parts[i]);
    if (!range) return { accepted: false, errno: 'EINVAL', reason: `'${parts[i]}' is not a number or a range such as 8080-8090`, word: 0 };
    const [first, last = first] = [Number(range[1]), range[2] === undefined ? undefined : Number(range[2])];
    if (first >= size || last >= size) return { accepted: false, errno: 'EINVAL', reason: `'${parts[i]}' is beyond ${size - 1}`, word: 0 };
    if (last < first) return { accepted: false, errno: 'EINVAL', reason: `'${parts[i]}' is a reversed range`, word: 0 };
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
      return { accepted: false, errno: 'ENOENT', reason: `'${value}' is not a ${what} the kernel knows (names are case-sensitive; ${keyName} takes one of: ${list})`, word: 0 };
    }
    case 'portlist':
      return judgeBitmapList(value, 65536);
    case 'bitmap-list':
      return judgeBitmapList(value, 256);
    case 'fastopen-key':
      return FASTOPEN_KEY.test(value)
        ? { accepted: true }
        : { accepted: false, errno: 'EINVAL', reason: `'${value}' is not a key of four dash-separated hex words (such as 00000000-00000000-00000000-00000000)`, word: 0 };
    case 'ipv6-address':
      return /^[0-9a-fA-F:.]+$/.test(value) && value.includes(':')
        ? { accepted: true }
        : { accepted: false, errno: 'EINVAL', reason: `'${value}' is not an IPv6 address`, word: 0 };
    case 'cpumask':
      return /^[0-9a-fA-F,]+$/.test(value)
        ? { accepted: true }
        : { accepted: false, errno: 'EINVAL', reason: `'${value}' is not a hexadecimal CPU mask such as 'f' or 'ff,ffffffff'`, word: 0 };
    default:
      return { accepted: true };
  }
}

/** Per-number bounds: the table's, narrowed by the key a bound depends on (first number only). */
function boundsOf(key: KernelKey, other: OtherKeyValue): (index: number) => { min?: bigint; max?: bigint } {
  return (index) => {
    let min = bigOrUndefined(key.min);
    let max = bigOrUndefined(key.max);
    if (index === 0 && key.boundBy?.min) {
      const bound = other(key.boundBy.min);
      if (bound !== undefined && (min === undefined || bound > min)) min = bound;
    }
    if (index === 0 && key.boundBy?.max) {
      const bound = other(key.boundBy.max);
      if (bound !== undefined && (max === undefined || bound < max)) max = bound;
    }
    return { min, max };
  };
}

/** The verdict of the kernel on writing `value` (as procps sends it) to the key. */
export function judgeWrite(key: KernelKey, value: string, keyName: string, other: OtherKeyValue = () => undefined): WriteOutcome {
  if (!['int', 'uint', 'ulong', 'jiffies', 'ms_jiffies', 'userhz_jiffies'].includes(key.handler)) return judgeText(key, value, keyName);
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
