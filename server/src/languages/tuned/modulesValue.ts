import { valueSpanRange, type IniOption } from '../../formats/ini';

/** One `name=value` (or bare `name`) word of a [modules] value, with offsets in the value. */
export interface ModuleParamWord {
  name: string;
  value?: string;
  start: number;
  end: number;
  nameEnd: number;
}

export interface ModulesValue {
  /** `+r` (optionally followed by ','): tuned reloads the module. */
  reload: boolean;
  params: ModuleParamWord[];
}

export function parseModulesValue(value: string): ModulesValue {
  const flag = /^\+r(?:,|\s+|$)/.exec(value);
  const reload = flag !== null;
  const params: ModuleParamWord[] = [];
  const word = /\S+/g;
  word.lastIndex = flag ? flag[0].length : 0;
  for (let m = word.exec(value); m; m = word.exec(value)) {
    const equals = m[0].indexOf('=');
    params.push({
      name: equals < 0 ? m[0] : m[0].slice(0, equals),
      value: equals < 0 ? undefined : m[0].slice(equals + 1),
      start: m.index,
      end: m.index + m[0].length,
      nameEnd: m.index + (equals < 0 ? m[0].length : equals),
    });
  }
  return { reload, params };
}

export function paramValueRange(option: IniOption, word: ModuleParamWord) {
  return valueSpanRange(option, word.value === undefined ? word.start : word.nameEnd + 1, word.end);
}
