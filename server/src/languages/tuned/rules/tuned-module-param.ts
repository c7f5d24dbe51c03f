import type { Finding, Rule, Settings } from '../../../service/types';
import type { IniOption } from '../../../formats/ini';
import { valueSpanRange } from '../../../formats/ini';
import { findModule, findParam, type ModuleParam } from '../../modprobe/moduleParams';
import { didYouMean } from '../didYouMean';
import { parseModulesValue, paramValueRange, type ModuleParamWord } from '../modulesValue';
import { optionsOfPlugin, profileFor, type TunedProfile } from '../parser';
import { findUnitKeyword } from '../table';
import { shorten } from '../../../formats/messages';

export const moduleParam: Rule<TunedProfile> = {
  id: 'tuned-module-param',
  defaultSeverity: 'warning',
  summary: "[modules] parameters checked against kvmtune's module parameter table (shared with modprobe.d): unknown names, values of the wrong type, and what '+r' (reload) does.",
  check: ({ parsed, settings }) =>
    optionsOfPlugin(profileFor(parsed, settings), 'modules').flatMap((option) => findings(option.winner, settings)),
};

function findings(option: IniOption, _settings: Settings): Finding[] {
  if (findUnitKeyword(option.name) || /\s/.test(option.name)) return [];
  const module = findModule(option.name);
  const parsed = parseModulesValue(option.value);
  const out: Finding[] = [];
  if (parsed.reload) {
    out.push({
      ruleId: moduleParam.id,
      severity: 'info',
      range: valueSpanRange(option, 0, 2),
      message: `'+r' makes tuned run modprobe -r ${shorten(option.name)} and load it again; while the module is in use (kvm with guests running) the removal fails, logged only at debug level, and the new values are not active.`,
    });
  } else if (module?.params.some((p) => p.access === 'rw')) {
    out.push({
      ruleId: moduleParam.id,
      severity: 'info',
      range: option.nameRange,
      message: `tuned writes these to /etc/modprobe.d/tuned.conf: they apply the next time ${module.name} is loaded (usually the next boot, as ${module.name} is normally loaded already). For an immediate change use [sysfs] /sys/module/${module.name}/parameters/<name>.`,
    });
  }
  if (!module) return out;
  for (const word of parsed.params) {
    const param = findParam(module, word.name);
    if (!param) {
      if (!module.complete) continue;
      const suggestions = didYouMean(word.name, module.params.map((p) => p.name));
      out.push({
        ruleId: moduleParam.id,
        range: valueSpanRange(option, word.start, word.nameEnd),
        message: `${module.name} has no parameter '${shorten(word.name)}': the module logs "unknown parameter" when it loads and ignores it.${suggestions.length ? ` Did you mean ${suggestions.map((s) => `'${s}'`).join(' or ')}?` : ''}`,
        fixes: suggestions.map((s) => ({ title: `Change to '${s}'`, edits: [{ range: valueSpanRange(option, word.start, word.nameEnd), newText: s }], isPreferred: false })),
      });
      continue;
    }
    const problem = valueProblem(param, word);
    if (problem) out.push({ ruleId: moduleParam.id, severity: 'error', range: paramValueRange(option, word), message: `${module.name}.${param.name}: ${problem}; the module refuses to load with it.` });
  }
  return out;
}

function valueProblem(param: ModuleParam, word: ModuleParamWord): string | undefined {
  const value = word.value;
  if (param.type === 'charp') return undefined;
  if (param.type === 'bool') return value === undefined || /^(y|n|Y|N|1|0|yes|no|on|off|true|false)$/i.test(value) ? undefined : `'${shorten(value)}' is not a boolean (Y/N/1/0)`;
  if (value === undefined) return 'needs a value';
  if (!/^-?(0x[0-9a-f]+|\d+)$/i.test(value)) return `'${shorten(value)}' is not an integer`;
  const n = Number(value);
  if (param.type !== 'int' && n < 0) return 'cannot be negative';
  if (param.min !== undefined && n < param.min) return `${n} is below ${param.min}`;
  if (param.max !== undefined && n > param.max) return `${n} is above ${param.max}`;
  return undefined;
}
