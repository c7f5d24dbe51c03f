import { shorten } from '../../../formats/messages';
import type { ModuleParam } from '../moduleParams';
import type { ModuleParameter } from '../parser';

/** What the kernel's param_set_bool (kstrtobool) accepts. */
const BOOL_WORDS = ['y', 'Y', 'n', 'N', '1', '0', 'on', 'off', 'ON', 'OFF', 'On', 'Off'];

/** Why the module refuses the value of `p` (as read by kernel_param_ops for the parameter's type), or undefined. */
export function valueProblem(info: ModuleParam, p: Pick<ModuleParameter, 'hasEquals' | 'value'>): string | undefined {
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
