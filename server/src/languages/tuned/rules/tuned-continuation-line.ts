import type { Finding, Rule } from '../../../service/types';
import type { IniLine, IniOption } from '../../../formats/ini';
import { displayLine, shorten } from '../../../formats/messages';
import { profileFor, unitOfOption, type TunedProfile } from '../parser';

const LOOKS_LIKE_SETTING = /^[^=\s[][^=]*=|^\[.+\]/;

export const continuationLine: Rule<TunedProfile> = {
  id: 'tuned-continuation-line',
  defaultSeverity: 'warning',
  summary: 'An indented line after a setting: configparser appends it to that value, so an indented setting or header is lost without a message.',
  check: ({ parsed, settings }) => {
    const profile = profileFor(parsed, settings);
    return profile.ini.lines.filter((l) => l.kind === 'continuation').map((line) => {
      const option = profile.ini.options[line.optionIndex!];
      return finding(line, option, isWordList(unitOfOption(profile, option)?.plugin, option.name));
    });
  },
};

/** Values tuned splits at any whitespace, so a line break between words is harmless. */
function isWordList(plugin: string | undefined, name: string): boolean {
  return (plugin === 'bootloader' && name.startsWith('cmdline')) || name === 'devices';
}

function finding(line: IniLine, option: IniOption, wordList: boolean): Finding {
  const content = line.text.slice(line.contentRange.start.character, line.contentRange.end.character);
  const unindent = { title: 'Remove the indentation', edits: [{ range: { start: { line: line.line, character: 0 }, end: line.contentRange.start }, newText: '' }] };
  if (wordList) {
    return {
      ruleId: continuationLine.id,
      severity: 'info',
      range: line.contentRange,
      message: `Indented: these words join the value of '${shorten(option.name)}' (line ${displayLine(option.line)}); tuned splits that value at blanks and line breaks alike, so they count as more words of it.`,
      fixes: [{ ...unindent, isPreferred: false }],
    };
  }
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
