import table from './module-params.json';

/** A kernel module parameter as `options <module> <name>=<value>` sets it. */
export interface ModuleParam {
  name: string;
  type: 'uint' | 'int' | 'ushort' | 'bool' | 'charp';
  min?: number;
  max?: number;
  unit?: string;
  /** Default as the kernel shows it in /sys/module/<module>/parameters/<name>; "per architecture" when it varies. */
  default: number | string;
  /** Defaults that depend on the architecture (`uname -m` names). */
  defaultsByArch?: Record<string, number>;
  /** Architectures that have the parameter at all; absent = every architecture. */
  arch?: string[];
  /** rw = also writable at runtime in /sys/module/<module>/parameters; ro = only at module load. */
  access: 'rw' | 'ro';
  summary: string;
  notes?: string;
  paper?: { value: number | string; reason: string; workload?: 'transactional' | 'streaming' };
}

export interface KernelModule {
  name: string;
  aliases?: string[];
  summary: string;
  /** True when every parameter of the module is listed, so an unlisted name is certainly unknown. */
  complete: boolean;
  params: ModuleParam[];
}

const MODULES = table.modules as KernelModule[];

/** modprobe treats '-' and '_' in module and parameter names alike. */
export function normaliseModuleName(name: string): string {
  return name.includes('-') ? name.replace(/-/g, '_') : name;
}

const BY_NAME = new Map<string, KernelModule>();
for (const module of MODULES) {
  BY_NAME.set(module.name, module);
  for (const alias of module.aliases ?? []) BY_NAME.set(alias, module);
}

export function allModules(): readonly KernelModule[] {
  return MODULES;
}

export function findModule(name: string): KernelModule | undefined {
  return BY_NAME.get(normaliseModuleName(name));
}

/** Each module's parameters by name (the first of a name, as a scan finds it), indexed once at load. */
const PARAMS_BY_NAME = new Map<KernelModule, Map<string, ModuleParam>>();
for (const module of MODULES) {
  const byName = new Map<string, ModuleParam>();
  for (const param of module.params) if (!byName.has(param.name)) byName.set(param.name, param);
  PARAMS_BY_NAME.set(module, byName);
}

export function findParam(module: string | KernelModule, param: string): ModuleParam | undefined {
  const entry = typeof module === 'string' ? findModule(module) : module;
  return entry && findNormalisedParam(entry, normaliseModuleName(param));
}

/** findParam for a name already normalised (normaliseModuleName). */
export function findNormalisedParam(module: KernelModule, name: string): ModuleParam | undefined {
  const byName = PARAMS_BY_NAME.get(module);
  return byName ? byName.get(name) : module.params.find((p) => p.name === name);
}

/** The default on `platform` (e.g. 's390x'); the generic default when the platform is unknown or empty. */
export function defaultFor(param: ModuleParam, platform: string): number | string {
  // Own keys only: a platform setting `constructor` must not find Object's members.
  const byArch = platform && param.defaultsByArch && Object.hasOwn(param.defaultsByArch, platform) ? param.defaultsByArch[platform] : undefined;
  return byArch ?? param.default;
}

/** Whether the parameter exists on `platform`; true when the platform is not set. */
export function existsOn(param: ModuleParam, platform: string): boolean {
  return !platform || !param.arch || param.arch.includes(platform);
}
