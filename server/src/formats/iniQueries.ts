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
  /** Earlier assignments of the same name that the winner overrides, in file order (read-only: most share one empty list). */
  overridden: readonly IniOption[];
  /** True when the value comes from the default section, not the section itself. */
  fromDefault: boolean;
}

/** What `options(section)` and `get(section, name)` return, in configparser's order. */
export function effectiveOptions(file: IniFile, sectionName: string): EffectiveOption[] {
  const headers = file.sections.filter((s) => s.name === sectionName);
  return withDefaults(file, headers, sectionName === file.dialect.defaultSection ? [] : defaultOptions(file));
}

/** effectiveOptions for every section name at once, each header and the default section read once. */
export function effectiveOptionsByName(file: IniFile): Map<string, EffectiveOption[]> {
  const defaults = defaultOptions(file);
  const result = new Map<string, EffectiveOption[]>();
  for (const [name, headers] of sectionsByName(file)) {
    result.set(name, withDefaults(file, headers, name === file.dialect.defaultSection ? [] : defaults));
  }
  return result;
}

function defaultOptions(file: IniFile): EffectiveOption[] {
  return assignmentsOf(file, file.sections.filter((s) => s.isDefault), false).options;
}

/** The sections' own options, then the default section's names they do not assign. */
function withDefaults(file: IniFile, headers: readonly IniSection[], defaults: readonly EffectiveOption[]): EffectiveOption[] {
  const own = assignmentsOf(file, headers, false);
  const { options } = own;
  for (const d of defaults) {
    // Default names are distinct, so the ones added here never match a later one.
    if (own.find(d.name) === undefined) options.push({ name: d.name, winner: d.winner, overridden: d.overridden.length > 0 ? d.overridden.slice() : NOT_OVERRIDDEN, fromDefault: true });
  }
  return options;
}

// Shared by every option assigned once; add() gives an entry its own list before pushing. Not
// frozen: a loop over a frozen array takes V8's generic iterator (an object per step), and the
// rules loop over every option's list.
const NOT_OVERRIDDEN: readonly IniOption[] = [];

/** A section of a few names is searched in its list; an index by name is made once it grows past this. */
const LINEAR_NAMES = 8;

/**
 * One entry per name in order of first assignment, the last assignment winning; most names are
 * assigned once, so the winner is updated in place instead of collecting every assignment first.
 */
class Assignments {
  readonly options: EffectiveOption[] = [];
  private byName: Map<string, number> | undefined = undefined;

  /** The entry of a name (its position in options), if assigned. */
  find(name: string): number | undefined {
    if (this.byName) return this.byName.get(name);
    const { options } = this;
    for (let i = 0; i < options.length; i += 1) if (options[i].name === name) return i;
    return undefined;
  }

  add(option: IniOption, fromDefault: boolean): void {
    const seen = this.find(option.name);
    if (seen === undefined) {
      this.byName?.set(option.name, this.options.length);
      this.options.push({ name: option.name, winner: option, overridden: NOT_OVERRIDDEN, fromDefault });
      if (!this.byName && this.options.length > LINEAR_NAMES) this.byName = new Map(this.options.map((o, i) => [o.name, i]));
      return;
    }
    const entry = this.options[seen];
    // The list is this entry's own once it holds something.
    if (entry.overridden === NOT_OVERRIDDEN) entry.overridden = [entry.winner];
    else (entry.overridden as IniOption[]).push(entry.winner);
    entry.winner = option;
  }
}

function assignmentsOf(file: IniFile, sections: readonly IniSection[], fromDefault: boolean): Assignments {
  const assignments = new Assignments();
  for (const section of sections) for (const index of section.optionIndexes) assignments.add(file.options[index], fromDefault);
  return assignments;
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
