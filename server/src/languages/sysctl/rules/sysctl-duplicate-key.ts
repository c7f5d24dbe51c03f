import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix } from '../../../service/types';
import { removeLineFix } from '../../../formats/fixes';
import { displayLine, shorten } from '../../../formats/messages';
import { editsAddNoError } from '../../../service/fixSafety';
import { parseSysctl, type SysctlFile } from '../parser';
import { lastIndexByKey, resolvedSettings, settingsOfFile, type SysctlSetting } from '../setting';
import { keysBoundBy } from '../validateValues';
import type { SysctlSyntaxRule } from './helpers';
import { sysctlRules } from './index';

export const duplicateKey: SysctlSyntaxRule = {
  id: 'sysctl-duplicate-key',
  defaultSeverity: 'warning',
  summary: 'A key set more than once in a file: the last line wins and the earlier ones are overridden.',
  check: ({ doc, parsed, settings: options }) => {
    // The non-glob assignments in file order; most keys are set once, so only overridden lines are grouped.
    const settings = settingsOfFile(parsed);
    const last = lastIndexByKey(settings);
    if (last.size === settings.length) return [];
    const overridden = new Map<string, { setting: SysctlSetting; index: number }[]>();
    settings.forEach((setting, index) => {
      if (last.get(setting.key) === index) return;
      const group = overridden.get(setting.key);
      if (group) group.push({ setting, index });
      else overridden.set(setting.key, [{ setting, index }]);
    });
    const resolved = resolvedSettings(settings);
    // The kernel checks some writes against another key's value at that moment (ipfrag_high_thresh
    // against ipfrag_low_thresh): an overridden write of such a bounding key can decide whether a
    // later write is accepted, so removing it is offered only when that adds no error.
    const removable = (index: number, fix: Fix) =>
      keysBoundBy(resolved[index].tableKey).length === 0 || editsAddNoError(sysctlRules, duplicateKey.id, parseSysctl, doc, parsed, options, fix.edits);
    const findings: Finding[] = [];
    for (const [key, group] of overridden) {
      const winner = settings[last.get(key)!];
      const winning = normalise(winner.value);
      for (const { setting, index } of group) findings.push(finding(doc, setting, winner, winning, (fix) => removable(index, fix)));
    }
    return findings;
  },
};

const normalise = (value: string) => value.trim().split(/\s+/).join(' ');

function finding(doc: TextDocument, overridden: SysctlSetting, winner: SysctlSetting, winning: string, removable: (fix: Fix) => boolean): Finding {
  const removal = removeLineFix(doc, overridden.line, 'Remove the overridden line', true);
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
    fixes: removable(removal) ? [removal] : [],
  };
}
