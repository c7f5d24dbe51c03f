import { replaceFix } from '../../../formats/fixes';
import type { Finding } from '../../../service/types';
import type { SysctlAssignment, SysctlFile } from '../parser';
import { quotedPart, startsWithQuote } from '../values';
import { shorten } from '../../../formats/messages';
import type { SysctlSyntaxRule } from './helpers';

export const quotedValue: SysctlSyntaxRule = {
  id: 'sysctl-quoted-value',
  defaultSeverity: 'error',
  summary: 'A value in quotes: sysctl files keep the quotes, so the kernel rejects the value.',
  check: ({ parsed }) => parsed.assignments.filter((a) => startsWithQuote(a.value)).map(finding),
};

/** The quoted part when the value goes on after the closing quote (e.g. `"a b" # note`), else the whole value. */
function finding(assignment: SysctlAssignment): Finding {
  const quoted = quotedPart(assignment.value);
  const { line, character } = assignment.valueRange.start;
  const range = quoted ? { start: { line, character }, end: { line, character: character + quoted.text.length } } : assignment.valueRange;
  const found: Finding = {
    ruleId: quotedValue.id,
    range,
    message: `sysctl files do not strip quotes: the kernel receives ${shorten(quoted?.text ?? assignment.value)} including the quotes and rejects it (EINVAL). Quotes belong only on a shell command line.`,
  };
  if (quoted) found.fixes = [replaceFix('Remove quotes', range, unquoted(quoted.inner), true)];
  return found;
}

/** Nested quotes (`'"1"'`) are peeled too: removing only the outer pair would leave a quoted value. */
function unquoted(inner: string): string {
  let text = inner;
  for (let part = quotedPart(text); part && part.text === text; part = quotedPart(text)) text = part.inner;
  return text;
}
