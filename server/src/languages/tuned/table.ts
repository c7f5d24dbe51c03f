import raw from './plugins.json';

/** How a value is read; the checks live in values.ts. */
export type TunedValueType =
  | 'plugin-name' | 'unit-bool' | 'int' | 'devices' | 'regex' | 'script-path' | 'name-list'
  | 'include-list' | 'string' | 'bool' | 'grub-bool' | 'uint' | 'float' | 'percent' | 'bytes-or-percent'
  | 'wol' | 'ethtool-pairs' | 'enum' | 'alternatives' | 'latency' | 'cpulist' | 'irq-affinity' | 'cmdline';

export interface TunedOption {
  name: string;
  type: TunedValueType;
  default?: string;
  since?: string;
  deprecatedSince?: string;
  summary: string;
  values?: Record<string, string>;
  /** For ethtool-pairs options: the parameter names tuned accepts. */
  names?: string[];
  min?: number;
  max?: number;
  /** A cpufreq knob: nothing to set where CPUs have no cpufreq (IBM Z). */
  cpufreq?: boolean;
  paper?: { value: string; reason: string };
}

export interface TunedPlugin {
  name: string;
  since: string;
  summary: string;
  /** A device plugin: devices= picks what it tunes. */
  devices?: boolean;
  /** Any key is accepted (sysctl, sysfs, modules, service, scheduler). */
  freeForm?: boolean;
  /** What does not work on IBM Z. */
  s390x?: string;
  options: TunedOption[];
  optionPrefixes?: (TunedOption & { prefix: string })[];
}

export interface SpecialSection {
  name: string;
  summary: string;
  options: TunedOption[];
}

export interface TunedFunction {
  name: string;
  /** Argument counts; 0 as max means any number. */
  min: number;
  max: number;
  since: string;
  summary: string;
}

interface Table {
  unitKeywords: TunedOption[];
  specialSections: SpecialSection[];
  plugins: TunedPlugin[];
  removedPlugins: { name: string; since: string; removedIn: string; renamedTo?: string }[];
  functions: TunedFunction[];
}

const TABLE = raw as unknown as Table;

export const UNIT_KEYWORDS: readonly TunedOption[] = TABLE.unitKeywords;
export const PLUGINS: readonly TunedPlugin[] = TABLE.plugins;
export const SPECIAL_SECTIONS: readonly SpecialSection[] = TABLE.specialSections;
export const FUNCTIONS: readonly TunedFunction[] = TABLE.functions;

const pluginByName = new Map(PLUGINS.map((p) => [p.name, p]));
const specialByName = new Map(SPECIAL_SECTIONS.map((s) => [s.name, s]));
const keywordByName = new Map(UNIT_KEYWORDS.map((k) => [k.name, k]));
const functionByName = new Map(FUNCTIONS.map((f) => [f.name, f]));

export function findPlugin(name: string): TunedPlugin | undefined {
  return pluginByName.get(name);
}

export function findSpecialSection(name: string): SpecialSection | undefined {
  return specialByName.get(name);
}

export function findUnitKeyword(name: string): TunedOption | undefined {
  return keywordByName.get(name);
}

export function findFunction(name: string): TunedFunction | undefined {
  return functionByName.get(name);
}

export function removedPlugin(name: string): Table['removedPlugins'][number] | undefined {
  return TABLE.removedPlugins.find((p) => p.name === name);
}

/** Each plugin's options by name (the first of a name, as a scan would find it), indexed at load time. */
const optionsByPlugin = new Map(PLUGINS.map((p) => [p, indexByName(p.options)]));

function indexByName(options: readonly TunedOption[]): Map<string, TunedOption> {
  const index = new Map<string, TunedOption>();
  for (const option of options) if (!index.has(option.name)) index.set(option.name, option);
  return index;
}

/** A plugin's own option by name, including prefix families such as bootloader's cmdline*. */
export function findPluginOption(plugin: TunedPlugin, name: string): TunedOption | undefined {
  const index = optionsByPlugin.get(plugin);
  const own = index ? index.get(name) : plugin.options.find((o) => o.name === name);
  return own ?? plugin.optionPrefixes?.find((o) => name.startsWith(o.prefix));
}

/** Every name a section of this plugin may use: its options and the unit keywords. */
export function optionNamesOf(plugin: TunedPlugin): string[] {
  return [...plugin.options.map((o) => o.name), ...(plugin.optionPrefixes ?? []).map((o) => o.prefix), ...UNIT_KEYWORDS.map((k) => k.name)];
}
