import type { Finding, Rule } from '../../../service/types';
import { ownOptions, profileFor, type TunedProfile } from '../parser';
import { shorten } from '../../../formats/messages';

const TRUE_VALUES = new Set(['True', 'true', '1']);
const MEANT_TRUE = /^(yes|y|on|t|true|enable|enabled)$/i;
const MEANT_FALSE = /^(no|n|off|f|false|0|disable|disabled|none)$/i;
const KEYWORDS = new Set(['enabled', 'replace', 'prepend']);

export const enabledValue: Rule<TunedProfile> = {
  id: 'tuned-enabled-value',
  defaultSeverity: 'error',
  summary: "enabled=, replace= or prepend= with a word meant as true (yes, on, TRUE): tuned takes only True, true and 1 as true, so enabled=yes turns the section off.",
  check: ({ parsed, settings }) =>
    profileFor(parsed, settings).units.flatMap((unit) =>
      ownOptions(unit).filter((entry) => KEYWORDS.has(entry.name)).flatMap((entry): Finding[] => {
        const value = entry.winner.value;
        if (TRUE_VALUES.has(value) || MEANT_FALSE.test(value)) return [];
        const effect = entry.name === 'enabled' ? `the [${shorten(unit.name)}] section is switched off (tuned says so only in its debug log)` : `${entry.name} stays off`;
        if (MEANT_TRUE.test(value)) {
          return [{
            ruleId: enabledValue.id,
            range: entry.winner.valueRange,
            message: `tuned reads only True, true or 1 as true: '${shorten(value)}' counts as false, so ${effect}.`,
            fixes: [{ title: "Change to 'true'", edits: [{ range: entry.winner.valueRange, newText: 'true' }], isPreferred: true }],
          }];
        }
        return [{
          ruleId: enabledValue.id,
          severity: 'warning',
          range: entry.winner.valueRange,
          message: `'${shorten(value)}' is not a boolean; tuned treats anything but True, true or 1 as false, so ${effect}.`,
        }];
      }),
    ),
};
