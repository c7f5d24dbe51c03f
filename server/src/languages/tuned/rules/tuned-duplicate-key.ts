import type { Finding, Rule } from '../../../service/types';
import { deleteOptionEdit } from '../edits';
import { displayLine, shorten } from '../../../formats/messages';
import { profileFor, type TunedProfile } from '../parser';
import { strictParsing } from '../version';

export const duplicateKey: Rule<TunedProfile> = {
  id: 'tuned-duplicate-key',
  defaultSeverity: 'warning',
  summary: 'A name set twice in one section (repeated headers count as one section): the last one wins without a message; tuned 2.17 to 2.19 refused to load the profile.',
  check: ({ doc, parsed, settings }) => {
    const profile = profileFor(parsed, settings);
    const strict = strictParsing(settings);
    const findings: Finding[] = [];
    for (const unit of profile.units) {
      for (const entry of unit.options) {
        if (entry.overridden.length === 0) continue;
        // Every overridden line of a name says the same: one message and one related entry (read-only) for all.
        const message = strict
          ? `'${shorten(entry.name)}' is set again in [${shorten(unit.name)}] on line ${displayLine(entry.winner.line)}: the tuned release you target parses strictly and does not load the profile.`
          : `'${shorten(entry.name)}' is set again in [${shorten(unit.name)}] on line ${displayLine(entry.winner.line)}, and that one wins: this line has no effect.`;
        const related = [{ range: entry.winner.nameRange, message: 'the setting tuned uses' }];
        for (const earlier of entry.overridden) {
          findings.push({
            ruleId: duplicateKey.id,
            severity: strict ? 'error' : undefined,
            range: earlier.nameRange,
            message,
            related,
            fixes: [{ title: 'Remove this overridden line', edits: [deleteOptionEdit(doc, earlier, profile.ini.lines)], isPreferred: false }],
          });
        }
      }
      if (strict) {
        for (const header of unit.headers.slice(1)) {
          findings.push({
            ruleId: duplicateKey.id,
            severity: 'error',
            range: header.nameRange,
            message: `[${shorten(unit.name)}] appears again (first on line ${displayLine(unit.headers[0].line)}): the tuned release you target parses strictly and does not load the profile.`,
          });
        }
      }
    }
    return findings;
  },
};
