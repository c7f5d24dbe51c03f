import type { Finding } from '../../../service/types';
import { isIntegerType, lookupKey } from '../keyTable';
import type { SysctlAssignment, SysctlFile } from '../parser';
import type { SysctlSyntaxRule } from './helpers';

export const emptyValue: SysctlSyntaxRule = {
  id: 'sysctl-empty-value',
  defaultSeverity: 'error',
  summary: "Nothing after '=': numeric keys reject the empty write, text keys are cleared.",
  check: ({ parsed }) => parsed.assignments.filter((a) => a.value === '').map(finding),
};

function finding(assignment: SysctlAssignment): Finding {
  const info = lookupKey(assignment.key.components);
  const numeric = info !== undefined && isIntegerType(info.type);
  const range = {
    start: assignment.key.range.start,
    end: { line: assignment.line, character: (assignment.equalsCharacter ?? assignment.key.range.end.character) + 1 },
  };
  return {
    ruleId: emptyValue.id,
    range,
    severity: numeric ? 'error' : 'warning',
    message: numeric
      ? `${assignment.key.name} has no value; the kernel rejects an empty number with EINVAL.`
      : `${assignment.key.name} has no value; sysctl writes an empty string to it.`,
  };
}
