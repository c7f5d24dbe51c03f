import { rangeOn } from '../../../formats/keyValue';
import type { IfcfgRule } from './helpers';

export const shellExpansion: IfcfgRule = {
  id: 'ifcfg-shell-expansion',
  defaultSeverity: 'warning',
  summary: "An unquoted '$' or '`': legacy initscripts (bash) expands it, NetworkManager keeps it literally, so the two readers disagree.",
  check: ({ parsed }) =>
    parsed.assignments.flatMap(({ property }) => {
      const column = property.unquotedExpansionColumn;
      if (column === undefined || property.badQuoting) return [];
      return [
        {
          ruleId: shellExpansion.id,
          range: rangeOn(property.line, column, property.valueRange.end.character),
          message: `${property.name}: bash (legacy initscripts) expands '${property.rawValue.slice(column - property.valueRange.start.character)}', NetworkManager reads it literally. Write the value out.`,
        },
      ];
    }),
};
