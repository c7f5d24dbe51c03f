import { rangeOn } from '../../../formats/keyValue';
import type { Finding } from '../../../service/types';
import type { IfcfgRule } from './helpers';

export const shellExpansion: IfcfgRule = {
  id: 'ifcfg-shell-expansion',
  defaultSeverity: 'warning',
  summary: "An unquoted '$' or '`': legacy initscripts (bash) expands it, NetworkManager keeps it literally, so the two readers disagree.",
  check: ({ parsed }) => {
    const found: Finding[] = [];
    for (let i = 0; i < parsed.assignments.length; i += 1) {
      const { property } = parsed.assignments[i];
      const column = property.unquotedExpansionColumn;
      if (column === undefined || property.badQuoting) continue;
      found.push({
        ruleId: shellExpansion.id,
        range: rangeOn(property.line, column, property.valueRange.end.character),
        message: `${property.name}: bash (legacy initscripts) expands '${property.rawValue.slice(column - property.valueRange.start.character)}', NetworkManager reads it literally. Write the value out.`,
      });
    }
    return found;
  },
};
