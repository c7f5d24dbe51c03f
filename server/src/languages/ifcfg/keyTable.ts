import table from './ifcfg-table.json';
import { NearNames, remembered, type NearName } from './nearNames';

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
const prefixes = IFCFG_KEYS.filter((info) => info.prefix);
/** Numbered keys by the length of their name: IPADDR12 is looked up among the six-letter ones, without slicing it. */
const numberedByLength = new Map<number, IfcfgKeyInfo[]>();
for (const info of IFCFG_KEYS) {
  if (!info.numbered) continue;
  const same = numberedByLength.get(info.name.length);
  if (same) same.push(info);
  else numberedByLength.set(info.name.length, [info]);
}

function numberedBase(name: string, length: number): IfcfgKeyInfo | undefined {
  const candidates = numberedByLength.get(length);
  if (candidates) for (let i = 0; i < candidates.length; i += 1) if (name.startsWith(candidates[i].name)) return candidates[i];
  return undefined;
}
const optionByName = new Map(QETH_OPTIONS.map((info) => [info.name, info]));

/** Names did-you-mean compares with (prefix families are not names one could mistype). */
const nearKeys = new NearNames(IFCFG_KEYS.filter((info) => !info.prefix).map((info) => info.name));
const nearOptions = new NearNames(QETH_OPTIONS.map((info) => info.name));

/** Where the run of digits that ends `name` starts (name.length when it ends otherwise). */
function trailingDigitsStart(name: string): number {
  let i = name.length;
  while (i > 0 && name.charCodeAt(i - 1) >= 48 && name.charCodeAt(i - 1) <= 57) i -= 1;
  return i;
}

/**
 * The table entry for a key as written (IPADDR2 -> IPADDR, NM_USER_FOO -> NM_USER_). No numbered
 * name ends in a digit, so the only split of IPADDR12 into name and index is at its trailing digits.
 */
export function lookupKey(name: string): IfcfgKeyInfo | undefined {
  const exact = byName.get(name);
  if (exact && !exact.prefix) return exact;
  const digits = trailingDigitsStart(name);
  if (digits < name.length) {
    // NetworkManager's index: 0, or up to ten digits without a leading zero.
    const index = name.length - digits;
    const valid = index === 1 || (index <= 10 && name.charCodeAt(digits) !== 48);
    const base = valid ? numberedBase(name, digits) : undefined;
    if (base) return base;
  }
  return prefixes.find((info) => name.startsWith(info.name) && name.length > info.name.length);
}

export function lookupOption(name: string): QethOptionInfo | undefined {
  return optionByName.get(name);
}

const SUGGESTIONS_KEPT = 5_000;

const byDistanceThenName = (a: NearName, b: NearName) => a.distance - b.distance || a.candidate.localeCompare(b.candidate);

/** Known key names closest to `name` (edit distance at most 2 and under a fifth of its length). */
export function suggestKeys(name: string, limit = 3): string[] {
  return closestKeys(name).slice(0, limit);
}

/** Every suggestion for a name, best first. */
const closestKeys = remembered(SUGGESTIONS_KEPT, (name) => {
  const upper = name.toUpperCase();
  const scored: NearName[] = [];
  if (upper !== name && lookupKey(upper)) scored.push({ candidate: upper, distance: 0 });
  for (const near of nearKeys.within(upper, budgetFor(name))) if (near.candidate !== upper) scored.push(near);
  return scored.sort(byDistanceThenName).map((s) => s.candidate);
});

export function suggestOptions(name: string, limit = 3): string[] {
  return closestOptions(name).slice(0, limit);
}

const closestOptions = remembered(SUGGESTIONS_KEPT, (name) => nearOptions.within(name, budgetFor(name)).sort(byDistanceThenName).map((s) => s.candidate));

function budgetFor(name: string): number {
  return Math.min(2, Math.max(1, Math.floor(name.length / 5)));
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
