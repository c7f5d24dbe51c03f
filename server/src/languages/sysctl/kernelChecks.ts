import type { Finding } from '../../service/types';
import { displayLine } from '../../formats/messages';
import { effectiveSettings, type KnownSetting } from './rules/helpers';
import type { SysctlSetting } from './setting';
import { typedValue } from './validateValues';
import { valueTokens } from './values';

/**
 * Checks the kernel's handlers make beyond the table's bounds, all EINVAL:
 * ip_local_port_range last < first, its first port below ip_unprivileged_port_start, and a
 * flow_limit_table_len that is not a power of two. Only the setting that wins for a key is judged.
 */
export function kernelChecks(settings: readonly SysctlSetting[], ruleId: string): Finding[] {
  const byKey = new Map(effectiveSettings(settings).map((known) => [known.info.key, known]));
  const numbers = (key: string): { known: KnownSetting; values: number[] } | undefined => {
    const known = byKey.get(key);
    const typed = known ? typedValue(known.info, known.setting.value) : undefined;
    if (!known || typed === undefined || typeof typed === 'string') return undefined;
    return { known, values: Array.isArray(typed) ? typed : [typed] };
  };
  const found: Finding[] = [];
  const finding = (known: KnownSetting, index: number, message: string): void => {
    const range = valueTokens(known.setting)[index]?.range ?? known.setting.valueRange;
    found.push({ ruleId, range, message });
  };

  const ports = numbers('net.ipv4.ip_local_port_range');
  const [first, last] = ports?.values ?? [];
  if (ports && first !== undefined && last !== undefined && last < first) {
    finding(ports.known, 1, `net.ipv4.ip_local_port_range: the last port ${last} is below the first port ${first}; the kernel rejects the range (EINVAL).`);
  }
  const start = numbers('net.ipv4.ip_unprivileged_port_start');
  const unprivileged = start?.values[0];
  if (ports && start && first !== undefined && unprivileged !== undefined && first < unprivileged) {
    // The kernel checks each write against the other key's current value, so the later line fails.
    if (ports.known.setting.line > start.known.setting.line) {
      finding(ports.known, 0, `net.ipv4.ip_local_port_range starts at ${first}, below net.ipv4.ip_unprivileged_port_start ${unprivileged} (line ${displayLine(start.known.setting.line)}); the kernel rejects the range (EINVAL).`);
    } else {
      finding(start.known, 0, `net.ipv4.ip_unprivileged_port_start ${unprivileged} is above the first port ${first} of net.ipv4.ip_local_port_range (line ${displayLine(ports.known.setting.line)}); the kernel rejects it (EINVAL).`);
    }
  }
  const flow = numbers('net.core.flow_limit_table_len');
  const length = flow?.values[0];
  if (flow && length !== undefined && !isPowerOfTwo(length)) {
    finding(flow.known, 0, `net.core.flow_limit_table_len must be a power of two (such as 4096 or 8192); the kernel rejects ${length} (EINVAL).`);
  }
  return found.sort((a, b) => a.range.start.line - b.range.start.line);
}

function isPowerOfTwo(value: number): boolean {
  return Number.isSafeInteger(value) && value > 0 && Number.isInteger(Math.log2(value));
}
