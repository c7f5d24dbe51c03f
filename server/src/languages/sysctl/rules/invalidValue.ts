import type { Rule } from '../../../service/types';
import type { SysctlFile } from '../parser';
import { validateValues } from '../validateValues';

export const invalidValue: Rule<SysctlFile> = {
  id: 'sysctl-invalid-value',
  language: 'sysctl',
  defaultSeverity: 'error',
  summary: "A value of the wrong type or outside the kernel's enforced range (checked against the JSON schema).",
  check: ({ parsed }) => validateValues(parsed).map((problem) => ({ ruleId: invalidValue.id, range: problem.range, message: problem.message })),
};
