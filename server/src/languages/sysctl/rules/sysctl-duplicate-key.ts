import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../../../service/types';
import { removeLineFix } from '../../../formats/fixes';
import { displayLine, shorten } from '../../../formats/messages';
import type { SysctlFile } from '../parser';
import { lastIndexByKey, settingsOfFile, type SysctlSetting } from '../setting';
import type { SysctlSyntaxRule } from './helpers';

export const duplicateKey: SysctlSyntaxRule = {
  id: 'sysctl-duplicate-key',
  defaultSeverity: 'warning',
  summary: 'A key set more than once in a file: the last line wins and the earlier ones are overridden.',
  check: ({ doc, parsed }) => {
    // The non-glob assignments in file order; most keys are set once, so only overridden lines are grouped.
    const settings = settingsOfFile(parsed);
    const last = lastIndexByKey(settings);
    if (last.size === settings.length) return [];
    const overridden = new Map<string, SysctlSetting[]>();
    settings.forEach((setting, index) => {
      if (last.get(setting.key) === index) return;
      const group = overridden.get(setting.key);
      if (group) group.push(setting);
      else overridden.set(setting.key, [setting]);
    });
    const findings: Finding[] = [];
    for (const [key, group] of overridden) {
      const winner = settings[last.get(key)!];
      const winning = normalise(winner.value);
      for (const setting of group) findings.push(finding(doc, setting, winner, winning));
    }
    return findings;
  },
};

const normalise = (value: string) => value.trim().split(/\s+/).join(' ');

function finding(doc: TextDocument, overridden: SysctlSetting, winner: SysctlSetting, winning: string): Finding {
  const same = normalise(overridden.value) === winning;
  const where = `line ${displayLine(winner.line)}`;
  return {
    ruleId: duplicateKey.id,
    severity: same ? 'info' : 'warning',
    range: overridden.keyRange,
    message: same
      ? `${overridden.key} is set to the same value again on ${where}; this line is redundant.`
      : `${overridden.key} is set again on ${where} ('${shorten(winner.value)}'); the later line wins, so '${shorten(overridden.value)}' here is overridden.`,
    related: [{ range: winner.keyRange, message: `The assignment that wins for ${winner.key}` }],
    fixes: [removeLineFix(doc, overridden.line, 'Remove the overridden line', true)],
  };
}
