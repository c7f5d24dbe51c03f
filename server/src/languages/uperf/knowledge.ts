import table from './uperf.json';
import type { Settings } from '../../service/types';

export type OptionType =
  | 'flag' | 'size' | 'int' | 'nonNegativeInt' | 'atoi' | 'positiveAtoi' | 'time' | 'protocol' | 'conn' | 'string' | 'dir' | 'port' | 'streams';

export interface OptionInfo {
  name: string;
  type: OptionType;
  /** Flowop types that use the option; `*` for all. */
  usedBy: string[];
  /** Only in uperf built with this protocol. */
  build?: string;
  /** `master`: only in uperf built from master after the 1.0.8 release. */
  since?: string;
  maxLength?: number;
  summary: string;
}

export interface FlowopInfo { name: string; slave: string; needs: string[]; summary: string }
export interface AttributeInfo { name: string; type: string; element: string; summary: string }
export interface ElementInfo { name: string; summary: string; attributes: string[] }
export interface ProtocolInfo { name: string; build: string; summary: string }

export const ELEMENTS: readonly ElementInfo[] = table.elements;
export const ATTRIBUTES: readonly AttributeInfo[] = table.attributes;
export const FLOWOPS: readonly FlowopInfo[] = table.flowops;
export const OPTIONS: readonly OptionInfo[] = table.options as OptionInfo[];
export const PROTOCOLS: readonly ProtocolInfo[] = table.protocols;

const byName = <T extends { name: string }>(list: readonly T[]) => new Map(list.map((entry) => [entry.name, entry]));
const OPTION_BY_NAME = byName(OPTIONS);
const FLOWOP_BY_NAME = byName(FLOWOPS);

/** Keys are matched case-insensitively (strcasecmp); values already arrive lower-cased. */
export function optionInfo(key: string): OptionInfo | undefined {
  return OPTION_BY_NAME.get(key.toLowerCase());
}

export function flowopInfo(type: string): FlowopInfo | undefined {
  return FLOWOP_BY_NAME.get(type.toLowerCase());
}

export function elementInfo(name: string): ElementInfo | undefined {
  return ELEMENTS.find((e) => e.name === name.toLowerCase());
}

export function attributeInfo(name: string): AttributeInfo | undefined {
  return ATTRIBUTES.find((a) => a.name === name.toLowerCase());
}

/** Protocols every uperf build has; `kvmtune.uperf.protocols` adds the optional ones. */
export const DEFAULT_PROTOCOLS = ['tcp', 'udp'];

export function builtProtocols(settings: Settings): string[] {
  return [...DEFAULT_PROTOCOLS, ...(settings.uperfProtocols ?? []).map((p) => p.toLowerCase())];
}

export function optionUsedBy(option: OptionInfo, flowopType: string): boolean {
  return option.usedBy.includes('*') || option.usedBy.includes(flowopType);
}

/** Whether the build described by settings knows the option at all. */
export function optionBuilt(option: OptionInfo, settings: Settings): boolean {
  return !option.build || builtProtocols(settings).includes(option.build);
}
