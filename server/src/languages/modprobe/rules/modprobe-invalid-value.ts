import type { Finding } from '../../../service/types';
import { optionsFacts, rangesOf } from './optionsFacts';
import type { ModprobeRule } from './helpers';

export { valueProblem } from './valueProblem';

export const invalidValue: ModprobeRule = {
  id: 'modprobe-invalid-value',
  defaultSeverity: 'error',
  summary: 'A module parameter value of the wrong type or outside its range: the module refuses to load ("invalid for parameter").',
  check: ({ parsed }) => {
    const found: Finding[] = [];
    for (const p of optionsFacts(parsed).invalid) {
      const ranges = rangesOf(parsed, p);
      found.push({ ruleId: invalidValue.id, range: p.hasEquals ? ranges.value : ranges.name, message: `${p.module.name}.${p.problem}` });
    }
    return found;
  },
};
