import type { Finding, Rule } from '../../../service/types';
import { includeEntries } from '../includes';
import { mainIncludes } from './tuned-missing-include';
import { profileFor, type TunedProfile } from '../parser';
import { shorten } from '../../../formats/messages';

export const includeList: Rule<TunedProfile> = {
  id: 'tuned-include-list',
  defaultSeverity: 'error',
  summary: "include= with names separated by blanks: tuned splits only at ',' or ';', looks for one profile named 'a b' and does not load the profile.",
  check: ({ parsed, settings }) =>
    mainIncludes(profileFor(parsed, settings)).flatMap((option) =>
      includeEntries(option).flatMap((entry): Finding[] => {
        if (!entry.hasBlank || entry.dynamic) return [];
        const fixed = entry.raw.trim().split(/\s+/).join(',');
        return [{
          ruleId: includeList.id,
          range: entry.range,
          message: `tuned separates include names with ',' or ';', not blanks: it looks for a single profile named '${shorten(entry.raw)}', does not find it, and the profile will not load.`,
          fixes: [{ title: `Separate with commas: '${shorten(fixed)}'`, edits: [{ range: entry.range, newText: fixed }], isPreferred: true }],
        }];
      }),
    ),
};
