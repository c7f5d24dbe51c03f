import { lookupKey, type SysctlKeyInfo } from '../sysctl/keyTable';
import { parseSysctlText, type SysctlKey } from '../sysctl/parser';

const MAX_KEYS = 8_192;
const keys = new Map<string, SysctlKey | undefined>();

/**
 * A [sysctl] name read as sysctl reads a key (`name=0`), or undefined when sysctl would not see an
 * assignment. The answer depends on the name alone, and profiles and the rules over them ask for
 * the same names again and again, so answers are kept (bounded); treat them as read-only.
 */
export function sysctlKeyOf(name: string): SysctlKey | undefined {
  if (keys.has(name)) return keys.get(name);
  const key = parseSysctlText(`${name}=0`).assignments[0]?.key;
  if (keys.size >= MAX_KEYS) keys.clear();
  keys.set(name, key);
  return key;
}

const infos = new Map<string, SysctlKeyInfo | undefined>();

/** The sysctl table's entry for a [sysctl] name (undefined when sysctl would not read it or does not know it), kept per name. */
export function sysctlInfoOf(name: string): SysctlKeyInfo | undefined {
  if (infos.has(name)) return infos.get(name);
  const key = sysctlKeyOf(name);
  const info = key ? lookupKey(key.components) : undefined;
  if (infos.size >= MAX_KEYS) infos.clear();
  infos.set(name, info);
  return info;
}
