import { kernelChecks } from '../kernelChecks';
import { validateValues } from '../validateValues';
import type { SysctlSettingsRule } from './helpers';

export const invalidValue: SysctlSettingsRule = {
  id: 'sysctl-invalid-value',
  defaultSeverity: 'error',
  summary: 'A value the kernel rejects (error), or accepts only partly or changes (warning): read with the kernel\'s own number reader and bounds.',
  check: (settings) => [
    ...validateValues(settings).map((problem) => ({ ruleId: invalidValue.id, severity: problem.severity, range: problem.range, message: problem.message })),
    ...kernelChecks(settings, invalidValue.id),
  ],
};
