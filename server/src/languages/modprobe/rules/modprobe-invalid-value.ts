import type { Finding } from '../../../service/types';
import { shorten } from '../../../formats/messages';
import { findModule, findParam, type ModuleParam } from '../moduleParams';
import type { ModuleParameter } from '../parser';
import { optionsCommands, type ModprobeRule } from './helpers';

/** What the kernel's param_set_bool (kstrtobool) accepts. */
const BOOL_WORDS = ['y', 'Y', 'n', 'N', '1', '0', 'on', 'off', 'ON', 'OFF', 'On', 'Off'];

export const invalidValue: ModprobeRule = {
  id: 'modprobe-invalid-value',
  defaultSeverity: 'error',
  summary: 'A module parameter value of the wrong type or outside its range: the module refuses to load ("invalid for parameter").',
  check: ({ parsed }) => {
    const found: Finding[] = [];
    for (const command of optionsCommands(parsed)) {
      const module = findModule(command.argText(0));
      if (!module) continue;
      for (const p of command.params) {
        const info = findParam(module, p.name);
        const problem = info ? valueProblem(info, p) : undefined;
        if (problem) found.push({ ruleId: invalidValue.id, range: p.hasEquals ? p.valueRange : p.nameRange, message: `${module.name}.${problem}` });
      }
    }
    return found;
  },
};

export function valueProblem(info: ModuleParam, p: ModuleParameter): string | undefined {
  if (info.type === 'bool') {
    if (!p.hasEquals) return undefined;
    return BOOL_WORDS.includes(p.value) ? undefined : `${info.name} is a boolean (Y/N, 1/0, on/off); '${shorten(p.value)}' makes the module fail to load.`;
  }
  if (info.type === 'charp') return undefined;
  if (!p.hasEquals || p.value === '') return `${info.name} needs a value ('${info.name}=<number>'); without one the module fails to load.`;
  const number = /^-?(0x[0-9a-fA-F]+|[0-9]+)$/.test(p.value) ? Number(p.value) : NaN;
  if (Number.isNaN(number) || (info.type !== 'int' && number < 0)) {
    return `${info.name} takes ${info.type === 'int' ? 'an integer' : 'a non-negative integer'}; '${shorten(p.value)}' makes the module fail to load.`;
  }
  if ((info.min !== undefined && number < info.min) || (info.max !== undefined && number > info.max)) {
    return `${info.name}=${shorten(p.value)} is outside ${info.min}..${info.max}.`;
  }
  return undefined;
}
