import type { Range } from 'vscode-languageserver-types';
import { lookupTunable, type Tunable } from '../common/tunables';
import { resolveKey, type KeyResolution } from './keyTable';
import type { SysctlFile, SysctlLine } from './parser';

/**
 * One sysctl setting as the kernel will see it, whatever file format it came from: a sysctl.conf
 * line, a tuned profile's [sysctl] option, ... The settings rules judge only this shape, so every
 * format that sets sysctls gets the same verdicts.
 */
export interface SysctlSetting {
  /** Dotted key as written, separators normalised (`net/ipv4/tcp_sack` -> `net.ipv4.tcp_sack`). */
  key: string;
  /** The key's components when one contains a dot (a VLAN interface `eth0.100`); defaults to `key.split('.')`. */
  components?: readonly string[];
  /** The value exactly as the kernel receives it (for sysctl.conf: after the `=`, trimmed, quotes and comments kept). */
  value: string;
  keyRange: Range;
  valueRange: Range;
  line: number;
  /** `/` when the key was written as a path, so fixes keep the user's separator. */
  separator?: '.' | '/';
  /** sysctl.conf's leading `-`: the applier ignores a failure on this line. */
  ignoreFailure?: boolean;
}

export function componentsOf(setting: Pick<SysctlSetting, 'key' | 'components'>): readonly string[] {
  return setting.components ?? setting.key.split('.');
}

function settingOf(line: SysctlLine): SysctlSetting {
  return {
    key: line.key!.name,
    components: line.key!.components,
    value: line.value ?? '',
    keyRange: line.key!.range,
    valueRange: line.valueRange ?? { start: line.key!.range.end, end: line.key!.range.end },
    line: line.line,
    separator: line.key!.separator,
    ignoreFailure: line.ignoreFailure,
  };
}

// Every settings rule asks for these; built once per parse, so the rules share one array (and the
// per-array caches in rules/helpers.ts hit).
const settingsCache = new WeakMap<SysctlFile, readonly SysctlSetting[]>();
const excludesCache = new WeakMap<SysctlFile, readonly SysctlSetting[]>();

/** Every assignment of a sysctl file except globs (those name no single key). */
export function settingsOfFile(file: SysctlFile): readonly SysctlSetting[] {
  let settings = settingsCache.get(file);
  if (!settings) settingsCache.set(file, (settings = file.assignments.filter((a) => !a.key.isGlob).map(settingOf)));
  return settings;
}

/** The `-key` glob excludes, as value-less settings for rules that judge only keys. */
export function excludesOfFile(file: SysctlFile): readonly SysctlSetting[] {
  let excludes = excludesCache.get(file);
  if (!excludes) excludesCache.set(file, (excludes = file.lines.filter((l) => l.kind === 'exclude' && l.key && !l.key.isGlob).map(settingOf)));
  return excludes;
}

/** A setting with what the table says of its key, in one object (a large file has one per line). */
export interface ResolvedSetting extends KeyResolution {
  setting: SysctlSetting;
  /** The tunable outside sysctl one of the key's components names (halt_poll_ns, txqueuelen, ...). */
  tunable: Tunable | undefined;
}

/** The tunable a key names when one of its components is a tunable that lives outside sysctl. */
export function elsewhereTunable(components: readonly string[]): Tunable | undefined {
  for (const component of components) {
    const tunable = lookupTunable(component);
    if (tunable) return tunable;
  }
  return undefined;
}

function resolvedSetting(setting: SysctlSetting): ResolvedSetting {
  const components = componentsOf(setting);
  const { tableKey, info, known } = resolveKey(components, setting.key);
  return { setting, tableKey, info, known, tunable: elsewhereTunable(components) };
}

const resolvedCache = new WeakMap<readonly SysctlSetting[], readonly ResolvedSetting[]>();

/** Each setting with what the table says of its key, looked up once per settings array for every rule. */
export function resolvedSettings(settings: readonly SysctlSetting[]): readonly ResolvedSetting[] {
  let resolved = resolvedCache.get(settings);
  if (!resolved) resolvedCache.set(settings, (resolved = settings.map(resolvedSetting)));
  return resolved;
}

const lastIndexCache = new WeakMap<readonly SysctlSetting[], ReadonlyMap<string, number>>();

/** For each key, the index of its last setting: built once per settings array for the rules about overridden lines. */
export function lastIndexByKey(settings: readonly SysctlSetting[]): ReadonlyMap<string, number> {
  let last = lastIndexCache.get(settings);
  if (!last) {
    const map = new Map<string, number>();
    settings.forEach((setting, index) => map.set(setting.key, index));
    lastIndexCache.set(settings, (last = map));
  }
  return last;
}
