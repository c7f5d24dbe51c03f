import { KERNEL_TABLE_KERNEL, type KernelKey } from './kernelKeys';

const HANDLER_TEXT: Partial<Record<KernelKey['handler'], (key: KernelKey) => string>> = {
  int: () => 'signed 32-bit',
  uint: () => 'unsigned 32-bit (a minus sign, even -0, is refused)',
  ulong: () => 'unsigned 64-bit (a minus sign is refused)',
  jiffies: (key) => `seconds kept as jiffies: at most ±${Math.floor(2147483647 / key.hz)} (INT_MAX / HZ ${key.hz}; other CONFIG_HZ values move this limit)`,
  ms_jiffies: (key) => `milliseconds kept as whole jiffies (${1000 / key.hz} ms at HZ ${key.hz}), taken modulo 2^32`,
  userhz_jiffies: () => 'clock ticks (USER_HZ)',
  congestion: (key) => `one of the loaded congestion-control algorithms (${(key.values ?? []).join(', ')}); names are case-sensitive`,
  choice: (key) => `one of ${(key.values ?? []).join(', ')}`,
  portlist: () => 'comma-separated ports or ranges below 65536',
  'bitmap-list': () => 'comma-separated numbers or ranges below 256',
};

/**
 * How the kernel checks a write, for the hover's Range line: handler, bounds, and bounds that are
 * another key's value, as measured on the kernel the table was made on.
 */
export function kernelRangeText(key: KernelKey, note?: string): string | undefined {
  const parts: string[] = [];
  if (key.min !== undefined || key.max !== undefined) parts.push(`${key.min ?? '…'} to ${key.max ?? '…'}${key.count > 1 ? ' each' : ''}`);
  if (key.boundBy?.min) parts.push(`at least ${key.boundBy.min}`);
  if (key.boundBy?.max) parts.push(`at most ${key.boundBy.max}`);
  const handler = HANDLER_TEXT[key.handler]?.(key);
  if (handler) parts.push(handler);
  if (key.count > 1) parts.push(`${key.count} numbers; fewer leave the rest as they are, more are ignored`);
  if (key.note) parts.push(key.note);
  if (note) parts.push(note);
  if (parts.length === 0) return undefined;
  return `${parts.join('; ')}${key.verified ? ` (checked against Linux ${KERNEL_TABLE_KERNEL.split('-')[0]})` : ''}`;
}
