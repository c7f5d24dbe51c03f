import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../../../service/types';
import type { IfcfgAssignment } from '../parser';
import { displayLine, removeLineFix, shorten, type IfcfgRule } from './helpers';

export const duplicateKey: IfcfgRule = {
  id: 'ifcfg-duplicate-key',
  defaultSeverity: 'warning',
  summary: 'A key set twice: NetworkManager uses the last one and ignores the earlier occurrence.',
  check: ({ doc, parsed }) => {
    // One effective assignment per assignment: no name is set twice.
    if (parsed.effective.size === parsed.assignments.length) return [];
    const found: Finding[] = [];
    for (let i = 0; i < parsed.assignments.length; i += 1) {
      const assignment = parsed.assignments[i];
      const winner = parsed.effective.get(assignment.property.name);
      if (winner && winner !== assignment) found.push(finding(doc, assignment, winner));
    }
    return found;
  },
};

function finding(doc: TextDocument, early: IfcfgAssignment, winner: IfcfgAssignment): Finding {
  const name = early.property.name;
  const same = early.property.value === winner.property.value;
  return {
    ruleId: duplicateKey.id,
    severity: same ? 'info' : 'warning',
    range: early.property.nameRange,
    message: same
      ? `${name} is set to the same value again on line ${displayLine(winner.line)}; this line is redundant.`
      : `${name} is duplicated: NetworkManager ignores this early occurrence and uses '${shorten(winner.property.value)}' from line ${displayLine(winner.line)}.`,
    related: [{ range: winner.property.nameRange, message: `The ${name} NetworkManager uses` }],
    fixes: [removeLineFix(doc, early.line, 'Remove the ignored line', true)],
  };
}
