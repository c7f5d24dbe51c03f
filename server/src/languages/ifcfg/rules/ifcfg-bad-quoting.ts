import type { BadQuotingReason } from '../../../formats/keyValue';
import { rangeOn } from '../../../formats/keyValue';
import type { Finding } from '../../../service/types';
import type { IfcfgAssignment } from '../parser';
import type { IfcfgRule } from './helpers';

const WHY: Record<BadQuotingReason, string> = {
  'unterminated-quote': 'the quote is never closed (values cannot continue on the next line)',
  expansion: "'$' or '`' inside double quotes asks for shell expansion, which NetworkManager does not do",
  metacharacter: "an unquoted '|', '&', '(', ')', '<' or '>' is shell syntax",
  'trailing-text': 'an unquoted blank ends the value and only a # comment may follow',
  'line-continuation': 'a trailing backslash continues the line, which NetworkManager does not support',
};

export const badQuoting: IfcfgRule = {
  id: 'ifcfg-bad-quoting',
  defaultSeverity: 'error',
  summary: 'A value NetworkManager cannot unquote (open quote, expansion in double quotes, shell syntax, text after a blank): it is read as empty.',
  check: ({ parsed }) => {
    const found: Finding[] = [];
    for (let i = 0; i < parsed.assignments.length; i += 1) if (parsed.assignments[i].property.badQuoting) found.push(...finding(parsed.assignments[i]));
    return found;
  },
};

function finding(assignment: IfcfgAssignment): Finding[] {
  const { property } = assignment;
  const bad = property.badQuoting;
  if (!bad) return [];
  const message = `${property.name} is badly quoted and NetworkManager treats it as "": ${WHY[bad.reason]}.${bad.reason === 'trailing-text' ? ' Quote the whole value.' : ''}`;
  const result: Finding = { ruleId: badQuoting.id, range: property.valueRange, message };
  if (bad.reason === 'expansion') {
    result.related = [{ range: rangeOn(property.line, bad.column, bad.column + 1), message: 'The expansion NetworkManager refuses' }];
  }
  if (bad.reason === 'trailing-text' && !/["'\\$]/.test(property.rawValue)) {
    result.fixes = [{ title: 'Put the value in single quotes', edits: [{ range: property.valueRange, newText: `'${property.rawValue}'` }], isPreferred: false }];
  }
  return [result];
}
