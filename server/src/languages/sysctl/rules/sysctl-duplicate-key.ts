import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../../../service/types';
import { removeLineFix } from '../../../formats/fixes';
import { displayLine, shorten } from '../../../formats/messages';
import type { SysctlAssignment, SysctlFile } from '../parser';
import type { SysctlSyntaxRule } from './helpers';

export const duplicateKey: SysctlSyntaxRule = {
  id: 'sysctl-duplicate-key',
  defaultSeverity: 'warning',
  summary: 'A key set more than once in a file: the last line wins and the earlier ones are overridden.',
  check: ({ doc, parsed }) => {
    const { assignments } = parsed;
    // Most keys are set once: find each key's winner first, then group only the overridden lines.
    const winners = new Map<string, SysctlAssignment>();
    for (const assignment of assignments) if (!assignment.key.isGlob) winners.set(assignment.key.name, assignment);
    if (winners.size === assignments.length) return [];
    const overridden = new Map<string, SysctlAssignment[]>();
    for (const assignment of assignments) {
      if (assignment.key.isGlob || winners.get(assignment.key.name) === assignment) continue;
      const group = overridden.get(assignment.key.name);
      if (group) group.push(assignment);
      else overridden.set(assignment.key.name, [assignment]);
    }
    const findings: Finding[] = [];
    for (const [name, group] of overridden) {
      const winner = winners.get(name)!;
      const winning = normalise(winner.value);
      for (const assignment of group) findings.push(finding(doc, assignment, winner, winning));
    }
    return findings;
  },
};

const normalise = (value: string) => value.trim().split(/\s+/).join(' ');

function finding(doc: TextDocument, overridden: SysctlAssignment, winner: SysctlAssignment, winning: string): Finding {
  const same = normalise(overridden.value) === winning;
  const where = `line ${displayLine(winner.line)}`;
  return {
    ruleId: duplicateKey.id,
    severity: same ? 'info' : 'warning',
    range: overridden.key.range,
    message: same
      ? `${overridden.key.name} is set to the same value again on ${where}; this line is redundant.`
      : `${overridden.key.name} is set again on ${where} ('${shorten(winner.value)}'); the later line wins, so '${shorten(overridden.value)}' here is overridden.`,
    related: [{ range: winner.key.range, message: `The assignment that wins for ${winner.key.name}` }],
    fixes: [removeLineFix(doc, overridden.line, 'Remove the overridden line', true)],
  };
}
