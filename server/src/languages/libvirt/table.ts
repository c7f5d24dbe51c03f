import table from './interface-table.json';

export interface AttributeInfo {
  type: 'enum' | 'pattern' | 'integer' | 'text';
  summary: string;
  required?: boolean;
  values?: Record<string, string>;
  /** Name of a pattern in the table's `patterns`. */
  pattern?: string;
  min?: number;
  max?: number;
  maxLength?: number;
  default?: string;
  unit?: string;
  introduced?: string;
}

export interface PaperAdvice {
  value: string;
  reason: string;
}

export interface ElementInfo {
  summary: string;
  attributes: Record<string, AttributeInfo>;
  repeatable?: boolean;
  introduced?: string;
  text?: { type: 'integer'; min: number; max: number };
  paper?: PaperAdvice;
}

export interface TypeInfo {
  source: 'required' | 'optional' | 'forbidden' | 'parser';
  virtualport: boolean;
  virtualportNeedsType?: boolean;
  tapBackend: boolean;
  sourceAttributes: Record<string, AttributeInfo>;
  sourceChildren?: string[];
  sourceRequiredChildren?: string[];
}

export interface ModelInfo {
  summary: string;
  virtio?: boolean;
  introduced?: string;
}

export interface QemuFacts {
  mtuTypes: string[];
  coalesceTypes: string[];
  backendTapTypes: string[];
  scriptTypes: string[];
  filterrefTypes: string[];
  multiqueueTypes: string[];
  vhostNetTypes: string[];
  bandwidthTypes: string[];
  rxQueueSize: { min: number; max: number };
  txQueueSize: { min: number; max: number; maxVhostUser: number };
  minMtu: number;
  reservedTargetPrefixes: string[];
}

interface Table {
  patterns: Record<string, string>;
  interfaceAttributes: Record<string, AttributeInfo>;
  types: Record<string, TypeInfo>;
  elements: Record<string, ElementInfo>;
  models: Record<string, ModelInfo>;
  qemu: QemuFacts;
  paper: Record<string, string> & { modes: Record<string, string> };
}

export const TABLE = table as unknown as Table;
export const INTERFACE_TYPES = Object.keys(TABLE.types);
export const QEMU = TABLE.qemu;
export const PAPER = TABLE.paper;

export function patternSource(name: string): string {
  const source = TABLE.patterns[name];
  if (source === undefined) throw new Error(`interface table: unknown pattern '${name}'`);
  return `^(?:${source})$`;
}

const compiled = new Map<string, RegExp>();

export function patternRegExp(name: string): RegExp {
  let regexp = compiled.get(name);
  if (!regexp) compiled.set(name, (regexp = new RegExp(patternSource(name))));
  return regexp;
}

/** Element info by its path below `<interface>` (`driver/host`); `source` children depend on the type. */
export function elementInfo(path: string): ElementInfo | undefined {
  return TABLE.elements[path];
}

/** Names of the elements allowed directly below the element at `path` ('' = the interface). */
export function childNames(path: string): string[] {
  const prefix = path === '' ? '' : `${path}/`;
  return Object.keys(TABLE.elements).filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/')).map((p) => p.slice(prefix.length));
}

/** Attributes of the element at `path`, with `<source>`'s taken from the interface type. */
export function attributesOf(path: string, type: string | undefined): Record<string, AttributeInfo> {
  if (path === '') return TABLE.interfaceAttributes;
  if (path === 'source') return (type && TABLE.types[type]?.sourceAttributes) || {};
  return TABLE.elements[path]?.attributes ?? {};
}

export function modelInfo(model: string): ModelInfo | undefined {
  const exact = TABLE.models[model];
  if (exact) return exact;
  const lower = model.toLowerCase();
  const key = Object.keys(TABLE.models).find((m) => m.toLowerCase() === lower);
  return key ? TABLE.models[key] : undefined;
}

/** libvirt's own test (`virDomainNetIsVirtioModel`): only these three names, case-insensitively. */
export function isVirtioModel(model: string | undefined): boolean {
  return model !== undefined && modelInfo(model)?.virtio === true;
}
