import type { Finding, Rule } from '../../../service/types';
import { eolOf } from '../../../formats/lines';
import { displayLine, shorten } from '../../../formats/messages';
import { profileFor, type TunedProfile } from '../parser';

const MAIN_KEYS = /^\s*(include|summary|description)\s*=/;

export const missingSectionHeader: Rule<TunedProfile> = {
  id: 'tuned-missing-section-header',
  defaultSeverity: 'error',
  summary: 'A setting before the first [section], or a byte order mark: configparser stops and tuned does not load the profile.',
  check: ({ doc, parsed, settings }) => {
    const profile = profileFor(parsed, settings);
    if (profile.ini.bom) return [bomFinding(profile)];
    const first = profile.ini.lines.find((l) => l.kind === 'outside');
    if (!first) return [];
    const atMain = MAIN_KEYS.test(first.text);
    const at = { line: first.line, character: 0 };
    const finding: Finding = {
      ruleId: missingSectionHeader.id,
      range: first.contentRange,
      message: `'${shorten(first.text.trim())}' comes before any [section] header (line ${displayLine(first.line)}): configparser raises MissingSectionHeaderError and the profile will not load.`,
      fixes: [{ title: 'Insert a [main] header above', edits: [{ range: { start: at, end: at }, newText: `[main]${eolOf(doc)}` }], isPreferred: atMain }],
    };
    return [finding];
  },
};

function bomFinding(profile: TunedProfile): Finding {
  return {
    ruleId: missingSectionHeader.id,
    range: profile.ini.bom!,
    message: 'The file starts with a byte order mark: tuned reads it as part of the first line, finds no section header there and the profile will not load. Save the file as UTF-8 without BOM.',
    fixes: [{ title: 'Remove the byte order mark', edits: [{ range: profile.ini.bom!, newText: '' }], isPreferred: true }],
  };
}
