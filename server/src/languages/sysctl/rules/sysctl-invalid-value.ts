import { kernelChecks } from '../kernelChecks';
import { validateValues } from '../validateValues';
import type { SysctlSettingsRule } from './helpers';

export const invalidValue: SysctlSettingsRule = {
  id: 'sysctl-invalid-value',
  defaultSeverity: 'error',
  summary: "A value the kernel rejects: wrong type, outside the enforced range (JSON schema), or failing a kernel cross-check (port ranges, powers of two).",
  check: (settings) => [
    ...validateValues(settings).map((problem) => ({ ruleId: invalidValue.id, range: problem.range, message: problem.message })),
    ...kernelChecks(settings, invalidValue.id),
  ],
};
