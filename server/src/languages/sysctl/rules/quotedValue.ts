import type { Finding, Rule } from '../../../service/types';
import type { SysctlAssignment, SysctlFile } from '../parser';
import { isQuoted, shorten, startsWithQuote } from '../values';

export const quotedValue: Rule<SysctlFile> = {
  id: 'sysctl-quoted-value',
  language: 'sysctl',
  defaultSeverity: 'error',
  summary: 'A value in quotes: sysctl files keep the quotes, so the kernel rejects the value.',
  check: ({ parsed }) => parsed.assignments.filter((a) => startsWithQuote(a.value)).map(finding),
};

function finding(assignment: SysctlAssignment): Finding {
  const found: Finding = {
    ruleId: quotedValue.id,
    range: assignment.valueRange,
    message: `sysctl files do not strip quotes: the kernel receives ${shorten(assignment.value)} including the quotes and rejects it (EINVAL). Quotes belong only on a shell command line.`,
  };
  if (isQuoted(assignment.value)) {
    found.fixes = [{ title: 'Remove quotes', edits: [{ range: assignment.valueRange, newText: assignment.value.slice(1, -1).trim() }], isPreferred: true }];
  }
  return found;
}
