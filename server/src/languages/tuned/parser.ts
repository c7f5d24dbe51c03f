import type { TextDocument } from 'vscode-languageserver-textdocument';
import { effectiveOptionsByName, parseIni, sectionsByName, type EffectiveOption, type IniFile, type IniOption, type IniSection } from '../../formats/ini';
import type { Settings } from '../../service/types';
import { dialectFor, TUNED_DIALECT } from './version';
import { perObjectCache } from '../../service/perObjectCache';

/**
 * A tuned.conf as tuned's loader sees it: configparser with tuned's settings, then one unit per
 * section name (repeated headers merged, [DEFAULT]'s keys copied in), each unit naming its plugin
 * by `type=` or by its own name.
 */
export interface TunedUnit {
  name: string;
  /** Every header of this name, in file order. */
  headers: IniSection[];
  /** The plugin: the winning type= value, else the section name. */
  plugin: string;
  typeOption?: IniOption;
  options: EffectiveOption[];
}

export interface TunedProfile {
  uri: string;
  ini: IniFile;
  units: TunedUnit[];
  /** Names defined in [variables] units, with the value as written. */
  variables: Map<string, IniOption>;
  /** A [variables] include= makes the set of variable names unknowable. */
  variablesFromFile: boolean;
  /** The same text read as an older tuned would, memoised per dialect. */
  reparsed?: Map<string, TunedProfile>;
}

export function parseTuned(doc: TextDocument): TunedProfile {
  return buildProfile(doc.uri, parseIni(doc.getText(), TUNED_DIALECT));
}

export function buildProfile(uri: string, ini: IniFile): TunedProfile {
  const units: TunedUnit[] = [];
  const optionsByName = effectiveOptionsByName(ini);
  for (const [name, headers] of sectionsByName(ini)) {
    if (headers[0].isDefault) continue;
    const options = optionsByName.get(name)!;
    const typeOption = options.find((o) => o.name === 'type')?.winner;
    units.push({ name, headers, plugin: typeOption ? typeOption.value : name, typeOption, options });
  }
  const variables = new Map<string, IniOption>();
  let variablesFromFile = false;
  for (const unit of units.filter((u) => u.plugin === 'variables')) {
    for (const option of unit.options) {
      if (option.name === 'include') variablesFromFile = true;
      else if (!['type', 'replace', 'prepend', 'enabled'].includes(option.name)) variables.set(option.name, option.winner);
    }
  }
  return { uri, ini, units, variables, variablesFromFile };
}

/** The profile as the target tuned release parses it (2.17/2.18 split at ':' and have no inline comments). */
export function profileFor(parsed: TunedProfile, settings: Settings): TunedProfile {
  const dialect = dialectFor(settings);
  if (dialect === TUNED_DIALECT) return parsed;
  const key = dialect.delimiters.join('') + dialect.inlineCommentPrefixes.join('');
  parsed.reparsed ??= new Map();
  let again = parsed.reparsed.get(key);
  if (!again) {
    const text = parsed.ini.lines.map((l) => l.text).join('\n');
    again = buildProfile(parsed.uri, parseIni(text, dialect));
    parsed.reparsed.set(key, again);
  }
  return again;
}

const unitIndexes = perObjectCache<TunedProfile, Map<string, TunedUnit>>('unitIndexes');

/** The unit of a section, from an index by name built once per profile. */
export function unitOf(profile: TunedProfile, section: IniSection): TunedUnit | undefined {
  let index = unitIndexes.get(profile);
  if (!index) {
    index = new Map();
    for (const unit of profile.units) if (!index.has(unit.name)) index.set(unit.name, unit);
    unitIndexes.set(profile, index);
  }
  return index.get(section.name);
}

export function unitOfOption(profile: TunedProfile, option: IniOption): TunedUnit | undefined {
  return unitOf(profile, profile.ini.sections[option.sectionIndex]);
}

const ownOptionsOfUnit = perObjectCache<TunedUnit, readonly EffectiveOption[]>('ownOptionsOfUnit');

/**
 * Options written in the unit's own headers (not inherited from [DEFAULT]), last assignment per name.
 * Most rules ask for them; the list is worked out once per unit and is read-only.
 */
export function ownOptions(unit: TunedUnit): readonly EffectiveOption[] {
  const { options } = unit;
  // Inherited options come after the unit's own ones: without any, the list is the unit's.
  if (options.length === 0 || !options[options.length - 1].fromDefault) return options;
  let own = ownOptionsOfUnit.get(unit);
  if (!own) {
    own = options.filter((o) => !o.fromDefault);
    ownOptionsOfUnit.set(unit, own);
  }
  return own;
}

const pluginOptionIndexes = perObjectCache<TunedProfile, Map<string, readonly EffectiveOption[]>>('pluginOptionIndexes');

/** The own options of every unit whose plugin is `plugin`, in unit order, from an index built once per profile (read-only). */
export function optionsOfPlugin(profile: TunedProfile, plugin: string): readonly EffectiveOption[] {
  let index = pluginOptionIndexes.get(profile);
  if (!index) {
    index = indexByPlugin(profile.units);
    pluginOptionIndexes.set(profile, index);
  }
  return index.get(plugin) ?? [];
}

function indexByPlugin(units: readonly TunedUnit[]): Map<string, readonly EffectiveOption[]> {
  const unitsOf = new Map<string, TunedUnit[]>();
  for (const unit of units) {
    const list = unitsOf.get(unit.plugin);
    if (list) list.push(unit); else unitsOf.set(unit.plugin, [unit]);
  }
  const index = new Map<string, readonly EffectiveOption[]>();
  // A plugin of one unit (the usual [sysctl]) shares that unit's list instead of copying it.
  for (const [plugin, list] of unitsOf) index.set(plugin, list.length === 1 ? ownOptions(list[0]) : list.flatMap((unit) => ownOptions(unit)));
  return index;
}
