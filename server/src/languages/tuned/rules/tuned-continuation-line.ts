import type { Finding, Fix, Rule } from '../../../service/types';
import type { IniLine, IniOption } from '../../../formats/ini';
import { displayLine, shorten } from '../../../formats/messages';
import { editsAddNoError } from '../../../service/fixSafety';
import { parseTuned, profileFor, unitOfOption, type TunedProfile } from '../parser';
import { tunedRules } from './index';

const LOOKS_LIKE_SETTING = /^[^=\s[][^=]*=|^\[.+\]/;

export const continuationLine: Rule<TunedProfile> = {
  id: 'tuned-continuation-line',
  defaultSeverity: 'warning',
  summary: 'An indented line after a setting: configparser appends it to that value, so an indented setting or header is lost without a message.',
  check: ({ doc, parsed, settings }) => {
    const profile = profileFor(parsed, settings);
    // An indented header, once unindented, starts a section: the lines below it are read there and
    // the indented ones after it no longer continue the value. An indented setting, once unindented,
    // ends the value it continued, which is then judged on its own (single quotes the kernel
    // rejects, say). So both fixes are checked by validating (a few per file, see fixSafety).
    const addsNoError = (fix: Fix) => editsAddNoError(tunedRules, continuationLine.id, parseTuned, doc, parsed, settings, fix.edits);
    const findings: Finding[] = [];
    // A value continued by many lines gets one finding per line, all with the same message: made once.
    let owner: IniOption | undefined;
    let wordList = false;
    let judgedValue = false;
    let info = '';
    const { lines } = profile.ini;
    for (let i = 0; i < lines.length; i += 1) {
      const line = lines[i];
      if (line.kind !== 'continuation') continue;
      const option = profile.ini.options[line.optionIndex!];
      if (option !== owner) {
        owner = option;
        const plugin = unitOfOption(profile, option)?.plugin;
        wordList = isWordList(plugin, option.name);
        // A [sysctl] value the fix ends is then judged as one line (quotes, '>' on a key of three numbers).
        judgedValue = plugin === 'sysctl';
        info = wordList ? wordListMessage(option) : continuedMessage(option);
      }
      findings.push(finding(line, option, wordList, info, addsNoError, judgedValue));
    }
    return findings;
  },
};

/** Values tuned splits at any whitespace, so a line break between words is harmless. */
function isWordList(plugin: string | undefined, name: string): boolean {
  return (plugin === 'bootloader' && name.startsWith('cmdline')) || name === 'devices';
}

function wordListMessage(option: IniOption): string {
  return `Indented: these words join the value of '${shorten(option.name)}' (line ${displayLine(option.line)}); tuned splits that value at blanks and line breaks alike, so they count as more words of it.`;
}

function continuedMessage(option: IniOption): string {
  return `Indented: this line continues the value of '${shorten(option.name)}' (line ${displayLine(option.line)}), which tuned then reads with a line break in it.`;
}

function unindent(line: IniLine, isPreferred: boolean): Fix {
  return { title: 'Remove the indentation', edits: [{ range: { start: { line: line.line, character: 0 }, end: line.contentRange.start }, newText: '' }], isPreferred };
}

/** `info` is the message of an info finding on this option's lines (word list or plain continuation). */
function finding(line: IniLine, option: IniOption, wordList: boolean, info: string, addsNoError: (fix: Fix) => boolean, judgedValue: boolean): Finding {
  if (wordList) return { ruleId: continuationLine.id, severity: 'info', range: line.contentRange, message: info, fixes: [unindent(line, false)] };
  const content = line.text.slice(line.contentRange.start.character, line.contentRange.end.character);
  if (LOOKS_LIKE_SETTING.test(content)) {
    const header = content.startsWith('[');
    const fix = unindent(line, true);
    return {
      ruleId: continuationLine.id,
      range: line.contentRange,
      message: `This ${header ? 'section header' : 'setting'} is indented, so tuned's parser appends it to the value of '${shorten(option.name)}' (line ${displayLine(option.line)}) instead of reading it: '${shorten(content)}' is lost and that value gets an extra line.`,
      fixes: addsNoError(fix) ? [fix] : [],
      related: [{ range: option.nameRange, message: `the value '${shorten(option.name)}' swallows it` }],
    };
  }
  const fix = unindent(line, false);
  return { ruleId: continuationLine.id, severity: 'info', range: line.contentRange, message: info, fixes: !judgedValue || addsNoError(fix) ? [fix] : [] };
}
