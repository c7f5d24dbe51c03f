import type { Finding } from '../../../service/types';
import { judgeWrite } from '../kernelJudge';
import type { SysctlAssignment, SysctlFile } from '../parser';
import { settingsOfFile } from '../setting';
import { kernelKeyOfSetting } from '../validateValues';
import type { SysctlSyntaxRule } from './helpers';

export const emptyValue: SysctlSyntaxRule = {
  id: 'sysctl-empty-value',
  defaultSeverity: 'error',
  summary: "Nothing after '=': numbers and names are rejected (EINVAL, ENOENT); lists are cleared.",
  check: ({ parsed }) => findings(parsed),
};

function findings(parsed: SysctlFile): Finding[] {
  const empty = parsed.assignments.filter((a) => a.value === '');
  if (empty.length === 0) return [];
  const settings = new Map(settingsOfFile(parsed).map((setting) => [setting.line, setting]));
  return empty.map((assignment) => finding(assignment, settings.get(assignment.line)));
}

function finding(assignment: SysctlAssignment, setting: ReturnType<typeof settingsOfFile>[number] | undefined): Finding {
  const judged = setting ? kernelKeyOfSetting(setting) : undefined;
  const outcome = judged && judged.kernel.handler !== 'text' ? judgeWrite(judged.kernel, '', assignment.key.name) : undefined;
  const range = {
    start: assignment.key.range.start,
    end: { line: assignment.line, character: (assignment.equalsCharacter ?? assignment.key.range.end.character) + 1 },
  };
  if (outcome && !outcome.accepted) {
    return { ruleId: emptyValue.id, range, severity: 'error', message: `${assignment.key.name} has no value; the kernel rejects the empty write (${outcome.errno ?? 'EINVAL'}) and keeps its value.` };
  }
  return { ruleId: emptyValue.id, range, severity: 'warning', message: `${assignment.key.name} has no value; sysctl writes an empty string to it${outcome ? ', which clears it' : ''}.` };
}
