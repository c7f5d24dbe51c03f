import table from './ifcfg-table.json';
import { editDistance } from '../../formats/editDistance';

export type IfcfgValueType =
  | 'bool'
  | 'enum'
  | 'int'
  | 'ipv4'
  | 'ipv4-mask'
  | 'ip'
  | 'dns-server'
  | 'ipv6-prefix'
  | 'mac'
  | 'uuid'
  | 'ifname'
  | 'string'
  | 'subchannels'
  | 'qeth-options';

export type IfcfgReader = 'NetworkManager' | 'initscripts' | 'installer';

export interface IfcfgKeyInfo {
  name: string;
  type: IfcfgValueType;
  /** Enforced values (enum) with what each means. */
  values?: Record<string, string>;
  caseInsensitive?: boolean;
  /** Suggested values for completion only; the readers accept others too. */
  suggest?: string[];
  min?: number;
  max?: number;
  /** Values accepted outside min..max, with their meaning. */
  also?: Record<string, string>;
  maxLength?: number;
  unit?: string;
  default?: string;
  summary: string;
  readers: IfcfgReader[];
  /** Takes an index suffix: IPADDR0, DNS1, ... */
  numbered?: boolean;
  /** A prefix family: NM_USER_<anything>. */
  prefix?: boolean;
  s390?: boolean;
  nmProperty?: string;
  notes?: string;
  paper?: { value: string; reason: string };
}

export interface QethOptionInfo {
  name: string;
  /** The sysfs attribute under /sys/bus/ccwgroup/drivers/qeth/<read-id>/. */
  attribute: string;
  summary: string;
  valuesText: string;
  default: string;
  status: 'current' | 'removed' | 'deprecated';
  scope: string;
  /** In NetworkManager's valid_s390_opts: any other key makes NM reject the whole profile. */
  networkManager: boolean;
  offlineOnly: boolean;
  removedIn?: string;
  notes?: string;
  enum?: string[];
  min?: number;
  max?: number;
  maxLength?: number;
  paper?: { value: string; reason: string };
}

export const IFCFG_KEYS: readonly IfcfgKeyInfo[] = table.keys as IfcfgKeyInfo[];
export const QETH_OPTIONS: readonly QethOptionInfo[] = table.qethOptions as QethOptionInfo[];

const byName = new Map(IFCFG_KEYS.map((info) => [info.name, info]));
const numbered = IFCFG_KEYS.filter((info) => info.numbered);
const prefixes = IFCFG_KEYS.filter((info) => info.prefix);
const optionByName = new Map(QETH_OPTIONS.map((info) => [info.name, info]));

/** Names grouped by length, so a did-you-mean only compares names of a reachable length. */
const namesByLength = new Map<number, string[]>();
for (const info of IFCFG_KEYS) {
  if (info.prefix) continue;
  const list = namesByLength.get(info.name.length) ?? [];
  list.push(info.name);
  namesByLength.set(info.name.length, list);
}

const NUMBERED_SUFFIX = /^(0|[1-9][0-9]{0,9})$/;

/** The table entry for a key as written (IPADDR2 -> IPADDR, NM_USER_FOO -> NM_USER_). */
export function lookupKey(name: string): IfcfgKeyInfo | undefined {
  const exact = byName.get(name);
  if (exact && !exact.prefix) return exact;
  for (const info of numbered) {
    if (name.startsWith(info.name) && NUMBERED_SUFFIX.test(name.slice(info.name.length))) return info;
  }
  return prefixes.find((info) => name.startsWith(info.name) && name.length > info.name.length);
}

export function lookupOption(name: string): QethOptionInfo | undefined {
  return optionByName.get(name);
}

/** Known key names closest to `name` (edit distance at most 2 and under a fifth of its length). */
export function suggestKeys(name: string, limit = 3): string[] {
  const budget = Math.min(2, Math.max(1, Math.floor(name.length / 5)));
  const upper = name.toUpperCase();
  const scored: { candidate: string; distance: number }[] = [];
  if (upper !== name && lookupKey(upper)) scored.push({ candidate: upper, distance: 0 });
  for (let length = name.length - budget; length <= name.length + budget; length += 1) {
    for (const candidate of namesByLength.get(length) ?? []) {
      if (candidate === upper) continue;
      const distance = editDistance(upper, candidate, budget);
      if (distance <= budget) scored.push({ candidate, distance });
    }
  }
  return scored
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map((s) => s.candidate);
}

export function suggestOptions(name: string, limit = 3): string[] {
  const budget = Math.min(2, Math.max(1, Math.floor(name.length / 5)));
  return QETH_OPTIONS.map((o) => ({ candidate: o.name, distance: editDistance(name, o.name, budget) }))
    .filter((s) => s.distance <= budget)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map((s) => s.candidate);
}

const TRUE_WORDS = ['yes', 'true', 't', 'y', '1'];
const FALSE_WORDS = ['no', 'false', 'f', 'n', '0'];

/** NetworkManager's svParseBoolean: case-insensitive yes/true/t/y/1 and no/false/f/n/0. */
export function parseBoolean(value: string): boolean | undefined {
  const lower = value.toLowerCase();
  if (TRUE_WORDS.includes(lower)) return true;
  if (FALSE_WORDS.includes(lower)) return false;
  return undefined;
}

export const BOOLEAN_WORDS: readonly string[] = [...TRUE_WORDS, ...FALSE_WORDS];

export function isNetworkManagerKey(info: IfcfgKeyInfo): boolean {
  return info.readers.includes('NetworkManager');
}
