import type { Rule } from '../../../service/types';
import type { SysctlFile } from '../parser';
import { kernelChecks } from '../kernelChecks';
import { validateValues } from '../validateValues';

export const invalidValue: Rule<SysctlFile> = {
  id: 'sysctl-invalid-value',
  defaultSeverity: 'error',
  summary: "A value the kernel rejects: wrong type, outside the enforced range (JSON schema), or failing a kernel cross-check (port ranges, powers of two).",
  check: ({ parsed }) => [
    ...validateValues(parsed).map((problem) => ({ ruleId: invalidValue.id, range: problem.range, message: problem.message })),
    ...kernelChecks(parsed, invalidValue.id),
  ],
};
