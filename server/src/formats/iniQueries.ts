// Questions asked of a parsed INI file: which section an option is in, the sections of a name
// (configparser merges repeated headers), the options that take effect, what is at a position.
import type { Position } from 'vscode-languageserver-types';
import type { IniFile, IniOption, IniSection } from './ini';

export function sectionOf(file: IniFile, option: IniOption): IniSection {
  return file.sections[option.sectionIndex];
}

/** Every header of each section name in order; configparser merges repeated headers into one section. */
export function sectionsByName(file: IniFile): Map<string, IniSection[]> {
  const byName = new Map<string, IniSection[]>();
  for (const section of file.sections) {
    const list = byName.get(section.name) ?? [];
    list.push(section);
    byName.set(section.name, list);
  }
  return byName;
}

export interface EffectiveOption {
  name: string;
  /** The assignment configparser keeps: the last one in the section, else the default section's. */
  winner: IniOption;
  /** Earlier assignments of the same name that the winner overrides, in file order. */
  overridden: IniOption[];
  /** True when the value comes from the default section, not the section itself. */
  fromDefault: boolean;
}

/** What `options(section)` and `get(section, name)` return, in configparser's order. */
export function effectiveOptions(file: IniFile, sectionName: string): EffectiveOption[] {
  const headers = file.sections.filter((s) => s.name === sectionName);
  return mergeAssignments(assignmentsOf(file, headers), sectionName === file.dialect.defaultSection ? new Map() : defaultAssignments(file));
}

/** effectiveOptions for every section name at once, each header and the default section read once. */
export function effectiveOptionsByName(file: IniFile): Map<string, EffectiveOption[]> {
  const defaults = defaultAssignments(file);
  const result = new Map<string, EffectiveOption[]>();
  for (const [name, headers] of sectionsByName(file)) {
    result.set(name, mergeAssignments(assignmentsOf(file, headers), name === file.dialect.defaultSection ? new Map() : defaults));
  }
  return result;
}

function mergeAssignments(own: Map<string, IniOption[]>, defaults: Map<string, IniOption[]>): EffectiveOption[] {
  const result: EffectiveOption[] = [];
  for (const [name, list] of own) {
    result.push({ name, winner: list[list.length - 1], overridden: list.slice(0, -1), fromDefault: false });
  }
  for (const [name, list] of defaults) {
    if (!own.has(name)) result.push({ name, winner: list[list.length - 1], overridden: list.slice(0, -1), fromDefault: true });
  }
  return result;
}

function defaultAssignments(file: IniFile): Map<string, IniOption[]> {
  return assignmentsOf(file, file.sections.filter((s) => s.isDefault));
}

function assignmentsOf(file: IniFile, sections: readonly IniSection[]): Map<string, IniOption[]> {
  const byName = new Map<string, IniOption[]>();
  for (const section of sections) {
    for (const index of section.optionIndexes) {
      const option = file.options[index];
      const list = byName.get(option.name);
      if (list) list.push(option); else byName.set(option.name, [option]);
    }
  }
  return byName;
}

/** The option that the position's line starts or continues. */
export function optionAt(file: IniFile, position: Position): IniOption | undefined {
  const line = file.lines[position.line];
  if (line?.optionIndex === undefined) return undefined;
  return file.options[line.optionIndex];
}

export function sectionAtLine(file: IniFile, line: number): IniSection | undefined {
  let found: IniSection | undefined;
  for (const section of file.sections) {
    if (section.line > line) break;
    found = section;
  }
  return found;
}
