import type { Range } from 'vscode-languageserver-types';
import { lookupTunable, type Tunable } from '../common/tunables';
import { resolveKey, type KeyResolution, type SysctlKeyInfo } from './keyTable';
import { exactFilter, type SysctlAssignment, type SysctlFile, type SysctlKey, type SysctlLine } from './parser';
import { perObjectCache } from '../../service/perObjectCache';

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

/**
 * A sysctl.conf line as a setting: its ranges are the line's, built when read, so the settings of a
 * large file add one small object per line.
 */
class LineSetting implements SysctlSetting, ResolvedSetting {
  /**
   * What the table says of the key, once resolvedSettings has asked: the setting is its own
   * resolved setting, so a large file holds one object per line for both, not two.
   */
  resolution: Resolution | undefined = undefined;

  // Two fields and getters to the parsed line: what a 10k-line file keeps through its validation
  // decides what the collector copies out of the young generation (twice: survived, then promoted).
  constructor(private readonly source: SysctlLine & { key: SysctlKey }) {}

  get key(): string {
    return this.source.key.name;
  }

  get value(): string {
    return this.source.value ?? '';
  }

  get line(): number {
    return this.source.line;
  }

  get separator(): '.' | '/' {
    return this.source.key.separator;
  }

  get ignoreFailure(): boolean {
    return this.source.ignoreFailure;
  }

  get components(): readonly string[] {
    return this.source.key.components;
  }

  /** A plain dotted key: its name is the key as written, and its components are its dot-separated parts. */
  get hasPlainKey(): boolean {
    return this.source.key.name === this.source.key.raw;
  }

  get keyRange(): Range {
    return this.source.key.range;
  }

  get valueRange(): Range {
    const range = this.source.valueRange;
    if (range) return range;
    const { end } = this.source.key.range;
    return { start: end, end };
  }

  get setting(): SysctlSetting {
    return this;
  }

  get tableKey(): string {
    return (this.resolution as Resolution).tableKey;
  }

  get info(): SysctlKeyInfo | undefined {
    return this.resolution?.info;
  }

  get known(): boolean {
    return (this.resolution as Resolution).known;
  }

  get tunable(): Tunable | undefined {
    return this.resolution?.tunable;
  }
}

function settingOf(line: SysctlLine): SysctlSetting {
  return new LineSetting(line as SysctlLine & { key: SysctlKey });
}

// Every settings rule asks for these; built once per parse, so the rules share one array (and the
// per-array caches in rules/helpers.ts hit).
const settingsCache = perObjectCache<SysctlFile, readonly SysctlSetting[]>('settingsCache');
const excludesCache = perObjectCache<SysctlFile, readonly SysctlSetting[]>('excludesCache');

const isNotGlob = (a: SysctlAssignment): a is SysctlAssignment => !a.key.isGlob;

/** Every assignment of a sysctl file except globs (those name no single key). */
export function settingsOfFile(file: SysctlFile): readonly SysctlSetting[] {
  let settings = settingsCache.get(file);
  if (!settings) {
    const { assignments } = file;
    settings = (assignments.every(isNotGlob) ? assignments : exactFilter(assignments, isNotGlob)).map(settingOf);
    settingsCache.set(file, settings);
  }
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

type Resolution = Omit<ResolvedSetting, 'setting'>;

function resolveComponents(components: readonly string[], name: string): Resolution {
  const { tableKey, info, known } = resolveKey(components, name);
  return { tableKey, info, known, tunable: elsewhereTunable(components) };
}

/** Whether the setting's components are its key split at every dot, so the key alone decides its resolution. */
export function splitsAtEveryDot(setting: SysctlSetting): boolean {
  if (setting instanceof LineSetting) return setting.hasPlainKey;
  const { components } = setting;
  if (components === undefined) return true;
  let dots = 0;
  for (let i = 0; i < setting.key.length; i += 1) if (setting.key.charCodeAt(i) === 46) dots += 1;
  return components.length === dots + 1 && components.join('.') === setting.key;
}

/** Resolutions of plain keys by name: a file is validated again on every edit, and most keys stay. Bounded, cleared when full. */
const resolutionByName = new Map<string, Resolution>();
const MAX_RESOLUTIONS = 20_000;

/** A setting and its key's resolution, which settings of the same plain key share: two fields per setting. */
class SettingWithResolution implements ResolvedSetting {
  constructor(
    readonly setting: SysctlSetting,
    private readonly resolution: Resolution,
  ) {}

  get tableKey(): string {
    return this.resolution.tableKey;
  }

  get info(): SysctlKeyInfo | undefined {
    return this.resolution.info;
  }

  get known(): boolean {
    return this.resolution.known;
  }

  get tunable(): Tunable | undefined {
    return this.resolution.tunable;
  }
}

function resolutionOf(setting: SysctlSetting): Resolution {
  if (!splitsAtEveryDot(setting)) return resolveComponents(componentsOf(setting), setting.key);
  let resolution = resolutionByName.get(setting.key);
  if (!resolution) {
    resolution = resolveComponents(componentsOf(setting), setting.key);
    if (resolutionByName.size >= MAX_RESOLUTIONS) resolutionByName.clear();
    resolutionByName.set(setting.key, resolution);
  }
  return resolution;
}

function resolvedSetting(setting: SysctlSetting): ResolvedSetting {
  if (setting instanceof LineSetting) {
    setting.resolution ??= resolutionOf(setting);
    return setting;
  }
  return new SettingWithResolution(setting, resolutionOf(setting));
}

const resolvedCache = perObjectCache<readonly SysctlSetting[], readonly ResolvedSetting[]>('resolvedCache');

/** Each setting with what the table says of its key, looked up once per settings array for every rule. */
export function resolvedSettings(settings: readonly SysctlSetting[]): readonly ResolvedSetting[] {
  let resolved = resolvedCache.get(settings);
  if (!resolved) resolvedCache.set(settings, (resolved = settings.map(resolvedSetting)));
  return resolved;
}

const lastIndexCache = perObjectCache<readonly SysctlSetting[], ReadonlyMap<string, number>>('lastIndexCache');

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
