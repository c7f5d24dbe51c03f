import type { Finding } from '../../../service/types';
import { nameRangeOf, optionsFacts, valueRangeOf } from './optionsFacts';
import type { ModprobeRule } from './helpers';

export const invalidValue: ModprobeRule = {
  id: 'modprobe-invalid-value',
  defaultSeverity: 'error',
  summary: 'A module parameter value of the wrong type or outside its range: the module refuses to load ("invalid for parameter").',
  check: ({ parsed }) => {
    const found: Finding[] = [];
    for (const p of optionsFacts(parsed).invalid) {
      found.push({ ruleId: invalidValue.id, range: p.hasEquals ? valueRangeOf(parsed, p) : nameRangeOf(parsed, p), message: `${p.module.name}.${p.problem}` });
    }
    return found;
  },
};
