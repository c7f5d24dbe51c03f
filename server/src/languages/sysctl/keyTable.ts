import rawKeys from './keys.json';
import otherKeys from './other-keys.json';
import kernelTable from './kernel-keys.json';
import { targetsKernelAtLeast } from '../../service/settings';
import type { Settings } from '../../service/types';
import { editDistance } from '../../formats/editDistance';

/** How the kernel reads the value: integers (scalars or vectors) or text. */
export type SysctlValueType =
  | 'int'
  | 'bool'
  | 'enum'
  | 'bitmask'
  | 'pair'
  | 'triple'
  | 'string'
  | 'string-list'
  | 'cpumask'
  | 'portlist';

export interface PaperAdvice {
  /** The value exactly as the paper's table lists it. */
  value: string;
  /** Why the paper set it, in our words. */
  reason: string;
  /** What is different on current kernels. */
  sinceThen: string;
  /** Below this the paper's benchmark value turns harmful outside a lab (`kvmtune.environment` production). */
  productionMinimum?: string;
}

export interface SysctlKeyInfo {
  /** Dotted name; `<iface>` stands for `all`, `default` or an interface name. */
  key: string;
  type: SysctlValueType;
  /** Bounds the kernel enforces (EINVAL outside them). */
  min?: number;
  max?: number;
  maxLength?: number;
  /** Kernel default as it would be written in sysctl.conf. */
  default?: string;
  defaultNote?: string;
  /** Defaults that changed with the kernel version, oldest first: `since` is "major.minor". */
  defaults?: { since: string; value: string }[];
  unit?: string;
  summary: string;
  introduced?: string;
  /** "major.minor" from which writes are accepted but ignored, or "always". */
  noOpSince?: string;
  removedIn?: string;
  movedTo?: string;
  /** Exists only in some vendor kernels. */
  vendorOnly?: string;
  readOnly?: boolean;
  values?: Record<string, string>;
  kernelNote?: string;
  paper?: PaperAdvice;
  /** Id of the paper rule that judges this key, for hovers and for the rule itself. */
  paperRule?: string;
}

export const IFACE_PLACEHOLDER = '<iface>';
export const SYSCTL_KEYS: readonly SysctlKeyInfo[] = rawKeys as SysctlKeyInfo[];

const byName = new Map(SYSCTL_KEYS.map((info) => [info.key, info]));
/** Names the kernel has: the hand-kept list and every key of the generated kernel section. */
const otherNames = new Set<string>([...otherKeys.names, ...Object.keys(kernelTable.keys)]);

export function isVectorType(type: SysctlValueType): boolean {
  return type === 'pair' || type === 'triple';
}

export function isIntegerType(type: SysctlValueType): boolean {
  return type === 'int' || type === 'bool' || type === 'enum' || type === 'bitmask' || isVectorType(type);
}

function isPerInterface(components: readonly string[]): boolean {
  return components.length === 5 && components[0] === 'net' && (components[2] === 'conf' || components[2] === 'neigh') && (components[1] === 'ipv4' || components[1] === 'ipv6');
}

/**
 * The table's per-interface names by their leaf, one map per `ipv4|ipv6` × `conf|neigh`: a file of
 * thousands of interface keys finds each name without building it.
 */
const perInterfaceNames: readonly Map<string, string>[] = (() => {
  const maps = [new Map<string, string>(), new Map<string, string>(), new Map<string, string>(), new Map<string, string>()];
  for (const name of [...byName.keys(), ...otherNames]) {
    const components = name.split('.');
    if (components[3] === IFACE_PLACEHOLDER && isPerInterface(components)) maps[perInterfaceSlot(components)].set(components[4], name);
  }
  return maps;
})();

function perInterfaceSlot(components: readonly string[]): number {
  return (components[1] === 'ipv4' ? 0 : 2) + (components[2] === 'conf' ? 0 : 1);
}

/** `net.ipv4.conf.eth0.rp_filter` -> `net.ipv4.conf.<iface>.rp_filter` (and `neigh.<iface>`); other keys unchanged. */
export function tableKeyOf(components: readonly string[]): string {
  if (isPerInterface(components)) {
    return perInterfaceNames[perInterfaceSlot(components)].get(components[4]) ?? `net.${components[1]}.${components[2]}.${IFACE_PLACEHOLDER}.${components[4]}`;
  }
  return components.join('.');
}

/** Whether `name` is `components.join('.')`, checked without building the joined text. */
function isJoinOf(name: string, components: readonly string[]): boolean {
  let at = 0;
  for (let i = 0; i < components.length; i += 1) {
    if (i > 0 && name.charCodeAt(at++) !== 46) return false;
    if (!name.startsWith(components[i], at)) return false;
    at += components[i].length;
  }
  return at === name.length;
}

/**
 * A component with a dot inside comes from a `/` after a dotted start (`net.ipv4/tcp_sack` is
 * /proc/sys/net/ipv4.tcp_sack to procps): only an interface name (a VLAN such as `eth0.100`) may
 * contain one, so anywhere else the key names nothing.
 */
function hasForeignDot(components: readonly string[]): boolean {
  return components.some((component, i) => component.includes('.') && !(i === 3 && isPerInterface(components)));
}

/** What the table says of one key. */
export interface KeyResolution {
  tableKey: string;
  info: SysctlKeyInfo | undefined;
  /** The kernel has the key, whether or not the table carries data for it. */
  known: boolean;
}

/** `name`, when given, is the caller's guess at `components.join('.')` (a setting's key), used when it is that. */
export function resolveKey(components: readonly string[], name?: string): KeyResolution {
  const tableKey = name !== undefined && !isPerInterface(components) && isJoinOf(name, components) ? name : tableKeyOf(components);
  if (hasForeignDot(components)) return { tableKey, info: undefined, known: false };
  const info = byName.get(tableKey);
  return { tableKey, info, known: info !== undefined || otherNames.has(tableKey) };
}

export function lookupKey(components: readonly string[]): SysctlKeyInfo | undefined {
  return resolveKey(components).info;
}

export function lookupKeyName(name: string): SysctlKeyInfo | undefined {
  return lookupKey(name.split('.'));
}

/** True for keys the kernel has even if the table carries no data for them. */
export function isKnownKey(components: readonly string[]): boolean {
  return resolveKey(components).known;
}

/**
 * Namespaces whose every key is listed for the kernel named in other-keys.json (`completeFor`), so
 * an unlisted name there is certainly wrong. Per-interface keys are matched in their `<iface>` form.
 */
export function isInCompleteNamespace(name: string): boolean {
  return isTableKeyInCompleteNamespace(tableKeyOf(name.split('.')), name);
}

/** The same for a name whose table key is known already (resolveKey's, for a name split at every dot). */
export function isTableKeyInCompleteNamespace(tableKey: string, name: string): boolean {
  // `net.ipv4_timestamps`: no directory of net/ is called that.
  return (startsWithAny(tableKey, otherKeys.complete) && !startsWithAny(tableKey, otherKeys.incompleteUnder)) || /^net\.ipv[46]_/.test(name);
}

function startsWithAny(text: string, prefixes: readonly string[]): boolean {
  for (const prefix of prefixes) if (text.startsWith(prefix)) return true;
  return false;
}

/**
 * True when `suggestion` differs from `name` only in the last component (a leaf typo such as
 * `tcp_rmme`); a change anywhere else (`ipv6` -> `ipv4`, `conf.all` -> `conf.default`) names a
 * different key the user may well mean, so such a suggestion must never be applied unasked.
 */
export function isLeafTypo(name: string, suggestion: string): boolean {
  const a = name.split('.');
  const b = suggestion.split('.');
  return a.length === b.length && a.slice(0, -1).every((component, i) => component === b[i]);
}

/** The interface a per-interface key names, e.g. `eth0` in `net.ipv4.conf.eth0.rp_filter`. */
export function interfaceOf(components: readonly string[]): string | undefined {
  return tableKeyOf(components).includes(IFACE_PLACEHOLDER) ? components[3] : undefined;
}

/** Every known name once, split into plain names and per-interface templates, both by length. */
interface SuggestionIndex {
  plain: Map<number, string[]>;
  /** Template length without the placeholder -> templates. */
  templates: Map<number, string[]>;
}

let suggestionIndex: SuggestionIndex | undefined;

function indexForSuggestions(): SuggestionIndex {
  if (suggestionIndex) return suggestionIndex;
  const index: SuggestionIndex = { plain: new Map(), templates: new Map() };
  const add = (map: Map<number, string[]>, length: number, key: string) => {
    const list = map.get(length);
    if (list) list.push(key);
    else map.set(length, [key]);
  };
  for (const key of new Set([...byName.keys(), ...otherNames])) {
    if (key.includes(IFACE_PLACEHOLDER)) add(index.templates, key.length - IFACE_PLACEHOLDER.length, key);
    else add(index.plain, key.length, key);
  }
  return (suggestionIndex = index);
}

/** Suggestions per name: a file (or an edit session) repeats its unknown keys. Bounded, oldest out. */
const suggestionCache = new Map<string, string[]>();
const SUGGESTION_CACHE_SIZE = 5_000;

/**
 * Known names closest to `name` by edit distance (at most 2, and less than a fifth of its length).
 * Only names whose length is within that distance can qualify, so only those length buckets are
 * compared: a few dozen candidates instead of every key in the table.
 */
export function suggestKeys(name: string, limit = 3): string[] {
  const cacheKey = `${limit}\u0000${name}`;
  const cached = suggestionCache.get(cacheKey);
  if (cached) return cached;
  const components = name.split('.');
  const iface = interfaceOf(components) ?? (components.length >= 4 && components[2] === 'conf' ? components[3] : undefined);
  const budget = Math.min(2, Math.floor(name.length / 5));
  const { plain, templates } = indexForSuggestions();
  const candidates = new Set<string>();
  for (let length = name.length - budget; length <= name.length + budget; length += 1) {
    plain.get(length)?.forEach((key) => candidates.add(key));
    if (iface) templates.get(length - iface.length)?.forEach((key) => candidates.add(key.replace(IFACE_PLACEHOLDER, iface)));
  }
  const result = [...candidates]
    .filter((candidate) => candidate !== name)
    .map((candidate) => ({ candidate, distance: editDistance(name, candidate, budget) }))
    .filter((scored) => scored.distance <= budget)
    .sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map((scored) => scored.candidate);
  if (suggestionCache.size >= SUGGESTION_CACHE_SIZE) suggestionCache.delete(suggestionCache.keys().next().value as string);
  suggestionCache.set(cacheKey, result);
  return result;
}

/**
 * The key's default on the target kernel, from the table's `defaults` history; undefined when no
 * kernel is set, the table has no history, or the target predates the key.
 */
export function defaultForKernel(info: SysctlKeyInfo, settings: Settings): string | undefined {
  return info.defaults?.filter((entry) => targetsKernelAtLeast(settings, entry.since)).at(-1)?.value;
}

/** The keys the paper's chapter 7 table sets, in its order. */
export function paperKeys(): SysctlKeyInfo[] {
  return SYSCTL_KEYS.filter((info) => info.paper !== undefined).sort((a, b) => a.key.localeCompare(b.key));
}

/** The key's default on the target kernel as a number (e.g. the TSQ limit), or undefined when no kernel is set. */
export function numericDefaultForKernel(key: string, settings: Settings): number | undefined {
  const info = lookupKeyName(key);
  const value = info ? defaultForKernel(info, settings) : undefined;
  return value === undefined ? undefined : Number(value);
}
