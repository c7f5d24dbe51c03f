import type { Finding } from '../../../service/types';
import { lookupKey, suggestKeys } from '../keyTable';
import type { IfcfgAssignment } from '../parser';
import { noFileTunable } from '../tunables';
import { shorten, type IfcfgRule } from './helpers';

export const unknownKey: IfcfgRule = {
  id: 'ifcfg-unknown-key',
  defaultSeverity: 'warning',
  summary: 'A key neither NetworkManager nor initscripts knows (a typo, wrong case, or a setting ifcfg cannot hold such as txqueuelen); offers the closest key.',
  check: ({ parsed }) => {
    const found: Finding[] = [];
    for (const assignment of parsed.assignments) if (!lookupKey(assignment.property.name)) found.push(...finding(assignment));
    return found;
  },
};

function finding(assignment: IfcfgAssignment): Finding[] {
  const { property } = assignment;
  const tunable = noFileTunable(property.name);
  if (tunable) {
    return [{ ruleId: unknownKey.id, range: property.nameRange, message: `ifcfg has no key for ${tunable.what}; NetworkManager and initscripts ignore ${property.name}. ${tunable.instead}` }];
  }
  const suggestions = suggestKeys(property.name);
  const hint = suggestions.length > 0 ? ` Did you mean ${suggestions.map((s) => `'${s}'`).join(' or ')}?` : '';
  return [
    {
      ruleId: unknownKey.id,
      range: property.nameRange,
      message: `Unknown key '${shorten(property.name)}': NetworkManager keeps it in the file but it has no effect.${hint}`,
      fixes: suggestions.map((suggestion) => ({
        title: `Change to '${suggestion}'`,
        edits: [{ range: property.nameRange, newText: suggestion }],
        isPreferred: suggestions.length === 1 && suggestion === property.name.toUpperCase(),
      })),
    },
  ];
}
