import type { Finding, Rule } from '../../../service/types';
import type { IniLine, IniOption } from '../../../formats/ini';
import { displayLine, shorten } from '../../../formats/messages';
import { profileFor, type TunedProfile } from '../parser';

const LOOKS_LIKE_SETTING = /^[^=\s[][^=]*=|^\[.+\]/;

export const continuationLine: Rule<TunedProfile> = {
  id: 'tuned-continuation-line',
  defaultSeverity: 'warning',
  summary: 'An indented line after a setting: configparser appends it to that value, so an indented setting or header is lost without a message.',
  check: ({ parsed, settings }) => {
    const profile = profileFor(parsed, settings);
    return profile.ini.lines.filter((l) => l.kind === 'continuation').map((line) => finding(line, profile.ini.options[line.optionIndex!]));
  },
};

function finding(line: IniLine, option: IniOption): Finding {
  const content = line.text.slice(line.contentRange.start.character, line.contentRange.end.character);
  const unindent = { title: 'Remove the indentation', edits: [{ range: { start: { line: line.line, character: 0 }, end: line.contentRange.start }, newText: '' }] };
  if (LOOKS_LIKE_SETTING.test(content)) {
    const what = content.startsWith('[') ? 'section header' : 'setting';
    return {
      ruleId: continuationLine.id,
      range: line.contentRange,
      message: `This ${what} is indented, so tuned's parser appends it to the value of '${shorten(option.name)}' (line ${displayLine(option.line)}) instead of reading it: '${shorten(content)}' is lost and that value gets an extra line.`,
      fixes: [{ ...unindent, isPreferred: true }],
      related: [{ range: option.nameRange, message: `the value '${shorten(option.name)}' swallows it` }],
    };
  }
  return {
    ruleId: continuationLine.id,
    severity: 'info',
    range: line.contentRange,
    message: `Indented: this line continues the value of '${shorten(option.name)}' (line ${displayLine(option.line)}), which tuned then reads with a line break in it.`,
    fixes: [{ ...unindent, isPreferred: false }],
  };
}
