import kernelTable from './kernel-keys.json';
import { isIntegerType, type SysctlKeyInfo } from './keyTable';

/**
 * The kernel section of the key table: for every key a fresh network namespace can write, how its
 * handler reads a value and which bounds it enforces, generated from probes of a real kernel
 * (scripts/kernel-truth/build-table.ts). Keys outside a network namespace (net.core.rmem_max, ...)
 * fall back to the hand-written bounds of keys.json.
 */
export type KernelHandler =
  | 'int'
  | 'uint'
  | 'ulong'
  | 'jiffies'
  | 'ms_jiffies'
  | 'userhz_jiffies'
  | 'congestion'
  | 'choice'
  | 'portlist'
  | 'bitmap-list'
  | 'fastopen-key'
  | 'ipv6-address'
  | 'cpumask'
  | 'write-only'
  | 'text';

export interface KernelKey {
  handler: KernelHandler;
  /** How many numbers the handler reads (a vector's length). */
  count: number;
  /** Bounds beyond 2^53 are text, so no digit is lost. */
  min?: number | string;
  max?: number | string;
  /** Limit of userhz_jiffies values, as text (beyond 2^53). */
  limit?: string;
  /** Bounds that are another key's current value (its first number). */
  boundBy?: { min?: string; max?: string };
  /** Handlers with their own rules on top of the number reader. */
  custom?: 'group-range' | 'port-range';
  /** Any nonzero number reads back as this (booleans kept in an int). */
  storesNonzeroAs?: number;
  /** Names a choice handler accepts. */
  values?: string[];
  default?: string;
  note?: string;
  /** CONFIG_HZ of the kernel the table was made on, for jiffies limits. */
  hz: number;
  /** True when the limits were measured on a kernel (not copied from documentation). */
  verified: boolean;
}

interface RawTable {
  kernel: string;
  procps: string;
  hz: number;
  keys: Record<string, Omit<KernelKey, 'hz' | 'verified'>>;
}

const table = kernelTable as unknown as RawTable;

export const KERNEL_TABLE_KERNEL = table.kernel;
export const KERNEL_TABLE_PROCPS = table.procps;

/** Every key name of the kernel section (per-interface keys in their `<iface>` form). */
export function kernelKeyNames(): string[] {
  return Object.keys(table.keys);
}

// Both are pure functions of the table, so each key's answer is built once: the table is finite.
const verifiedKeys = new Map<string, KernelKey>();
const keysOfInfo = new WeakMap<SysctlKeyInfo, KernelKey | undefined>();

export function verifiedKernelKey(tableKey: string): KernelKey | undefined {
  let key = verifiedKeys.get(tableKey);
  if (key === undefined && Object.hasOwn(table.keys, tableKey)) verifiedKeys.set(tableKey, (key = { ...table.keys[tableKey], hz: table.hz, verified: true }));
  return key;
}

const COUNTS: Partial<Record<SysctlKeyInfo['type'], number>> = { pair: 2, triple: 3 };

/** How the kernel reads writes to a key: measured when the namespace has it, else from keys.json. */
export function kernelKeyOf(tableKey: string, info: SysctlKeyInfo | undefined): KernelKey | undefined {
  if (!info) return verifiedKernelKey(tableKey);
  if (tableKey !== info.key) return buildKernelKey(tableKey, info);
  const known = keysOfInfo.get(info);
  if (known !== undefined || keysOfInfo.has(info)) return known;
  const key = buildKernelKey(tableKey, info);
  keysOfInfo.set(info, key);
  return key;
}

function buildKernelKey(tableKey: string, info: SysctlKeyInfo): KernelKey | undefined {
  const verified = verifiedKernelKey(tableKey);
  if (verified) {
    if (verified.handler === 'congestion' && info.values) return { ...verified, values: Object.keys(info.values) };
    return verified;
  }
  if (info.readOnly) return undefined;
  if (isIntegerType(info.type)) {
    return { handler: 'int', count: COUNTS[info.type] ?? 1, min: info.min, max: info.max, default: info.default, hz: table.hz, verified: false };
  }
  if (info.type === 'cpumask') return { handler: 'cpumask', count: 1, hz: table.hz, verified: false };
  if (info.type === 'portlist') return { handler: 'portlist', count: 1, hz: table.hz, verified: false };
  return { handler: 'text', count: 1, hz: table.hz, verified: false };
}
