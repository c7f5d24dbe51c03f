import type { Range } from 'vscode-languageserver-types';
import type { IniOption } from '../../formats/ini';
import type { Settings } from '../../service/types';
import { expandKnown } from './expansion';
import { optionsOfPlugin, type TunedProfile } from './parser';
import { findUnitKeyword } from './table';
import { targetHas } from './version';
import { variableValues } from './rules/tuned-undefined-variable';
import { perObjectCache } from '../../service/perObjectCache';

/** One [sysctl] key with the value tuned writes to /proc/sys for it. */
export interface TunedSysctlSetting {
  option: IniOption;
  key: string;
  keyRange: Range;
  /** What reaches the kernel: one pair of double quotes removed, known variables expanded, a '>'/'<' modifier removed. */
  value: string;
  valueRange: Range;
  /** False when expansion changed the text, so positions inside the value do not map back. */
  exact: boolean;
  modifier?: '>' | '<';
}

/** Keys the sysctl rules cannot read as tuned maps them; tuned-sysctl-key reports those. */
export function isMappableKey(key: string, settings: Settings): boolean {
  if (key.startsWith('-') || hasGlobCharacter(key)) return false;
  const slash = key.indexOf('/');
  if (slash < 0) return true;
  const dot = key.indexOf('.');
  const slashFirst = dot < 0 || slash < dot;
  return !(slashFirst && targetHas(settings, '2.22'));
}

/** `*`, `?` or `[` anywhere in the key (checked without a regex, once per [sysctl] key). */
function hasGlobCharacter(key: string): boolean {
  return key.includes('*') || key.includes('?') || key.includes('[');
}

interface SysctlSections {
  /** Options with a one-line value. */
  single: TunedSysctlSetting[];
  /** Options that indented lines continue, read up to the line break (see continuedSysctlSettings). */
  continued: TunedSysctlSetting[];
}

const computed = perObjectCache<TunedProfile, { settings: Settings; result: SysctlSections }>('computed');

function sysctlSections(profile: TunedProfile, settings: Settings): SysctlSections {
  const hit = computed.get(profile);
  if (hit && hit.settings === settings) return hit.result;
  const result = readSysctlSettings(profile, settings);
  computed.set(profile, { settings, result });
  return result;
}

/** The [sysctl] settings of a profile; several rules and the sysctl bridge ask, so once per profile and settings. */
export function tunedSysctlSettings(profile: TunedProfile, settings: Settings): TunedSysctlSetting[] {
  return sysctlSections(profile, settings).single;
}

/**
 * [sysctl] options whose value indented lines continue, with the value of their first line: the
 * kernel's readers stop there (a string ends at the line break, a number at the blank after it),
 * and the key is wrong or right whatever the value. Only the key check and the kernel's value
 * reader judge these; tuned-continuation-line reports the continuation itself.
 */
export function continuedSysctlSettings(profile: TunedProfile, settings: Settings): TunedSysctlSetting[] {
  return sysctlSections(profile, settings).continued;
}

function readSysctlSettings(profile: TunedProfile, settings: Settings): SysctlSections {
  const variables = variableValues(profile);
  const result: SysctlSections = { single: [], continued: [] };
  const entries = optionsOfPlugin(profile, 'sysctl');
  for (let i = 0; i < entries.length; i += 1) {
    const entry = entries[i];
    const option = entry.winner;
    if (findUnitKeyword(option.name) || !isMappableKey(option.name, settings)) continue;
    // A value continued by indented lines is its pieces joined with "\n"; a one-line value has no line break.
    const lineBreak = option.value.indexOf('\n');
    const continued = lineBreak >= 0;
    const setting = sysctlSetting(option, continued ? option.value.slice(0, lineBreak) : option.value, variables);
    if (setting) (continued ? result.continued : result.single).push(setting);
  }
  return result;
}

/** `written` is the option's value, or its first line. */
function sysctlSetting(option: IniOption, written: string, variables: ReadonlyMap<string, string>): TunedSysctlSetting | undefined {
  let value = written;
  // Characters of the written value before what reaches the kernel (a quote, a modifier).
  let skipped = 0;
  // One pair of double quotes around the whole value; as before, not when a U+2028/U+2029 is inside
  // (a one-line value has no other line terminator in it).
  if (value.length >= 2 && value.startsWith('"') && value.endsWith('"') && !/[\u2028\u2029]/.test(value)) {
    value = value.slice(1, -1);
    skipped = 1;
  }
  const expanded = expandKnown(value, variables);
  if (expanded === undefined) return undefined;
  const exact = expanded === value;
  value = expanded;
  let modifier: '>' | '<' | undefined;
  if (value.startsWith('>') || value.startsWith('<')) {
    modifier = value[0] as '>' | '<';
    value = value.slice(1);
    if (exact) skipped += 1;
  }
  return new SysctlOptionSetting(option, value, exact, modifier, skipped);
}

/**
 * A setting of a [sysctl] option: its ranges are the option's, built when read, so a large
 * [sysctl] section adds one small object per key.
 */
class SysctlOptionSetting implements TunedSysctlSetting {
  readonly key: string;

  constructor(
    readonly option: IniOption,
    readonly value: string,
    readonly exact: boolean,
    readonly modifier: '>' | '<' | undefined,
    /** Where the value starts inside the option's first line of value (after a quote and a modifier). */
    private readonly skipped: number,
  ) {
    this.key = option.name;
  }

  get keyRange(): Range {
    return this.option.nameRange;
  }

  get valueRange(): Range {
    const first = this.option.valueLines[0].range;
    if (!this.exact) return first;
    const { line } = this.option;
    const start = first.start.character + this.skipped;
    return { start: { line, character: start }, end: { line, character: start + this.value.length } };
  }
}
