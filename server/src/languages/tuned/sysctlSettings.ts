import type { Range } from 'vscode-languageserver-types';
import type { IniOption } from '../../formats/ini';
import type { Settings } from '../../service/types';
import { expandKnown } from './expansion';
import { optionsOfPlugin, type TunedProfile } from './parser';
import { findUnitKeyword } from './table';
import { targetHas } from './version';
import { variableValues } from './rules/tuned-undefined-variable';

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
  if (key.startsWith('-') || /[*?[]/.test(key)) return false;
  const firstSeparator = /[./]/.exec(key)?.[0];
  return !(firstSeparator === '/' && targetHas(settings, '2.22'));
}

const computed = new WeakMap<TunedProfile, { settings: Settings; result: TunedSysctlSetting[] }>();

/** The [sysctl] settings of a profile; several rules and the sysctl bridge ask, so once per profile and settings. */
export function tunedSysctlSettings(profile: TunedProfile, settings: Settings): TunedSysctlSetting[] {
  const hit = computed.get(profile);
  if (hit && hit.settings === settings) return hit.result;
  const result = readSysctlSettings(profile, settings);
  computed.set(profile, { settings, result });
  return result;
}

function readSysctlSettings(profile: TunedProfile, settings: Settings): TunedSysctlSetting[] {
  const variables = variableValues(profile);
  return optionsOfPlugin(profile, 'sysctl').flatMap(({ option: entry }): TunedSysctlSetting[] => {
    const option = entry.winner;
    if (findUnitKeyword(option.name) || option.valueLines.length > 1 || !isMappableKey(option.name, settings)) return [];
    let value = option.value;
    let start = option.valueRange.start.character;
    const quoted = /^"(.*)"$/.exec(value);
    if (quoted) {
      value = quoted[1];
      start += 1;
    }
    const expanded = expandKnown(value, variables);
    if (expanded === undefined) return [];
    const exact = expanded === value;
    value = expanded;
    let modifier: '>' | '<' | undefined;
    if (value.startsWith('>') || value.startsWith('<')) {
      modifier = value[0] as '>' | '<';
      value = value.slice(1);
      if (exact) start += 1;
    }
    const line = option.line;
    const valueRange = exact
      ? { start: { line, character: start }, end: { line, character: start + value.length } }
      : option.valueRange;
    return [{ option, key: option.name, keyRange: option.nameRange, value, valueRange, exact, modifier }];
  });
}
