import type { Finding, Rule } from '../../../service/types';
import type { IniLine } from '../../../formats/ini';
import { shorten } from '../../../formats/messages';
import { profileFor, type TunedProfile } from '../parser';

export const invalidLine: Rule<TunedProfile> = {
  id: 'tuned-invalid-line',
  defaultSeverity: 'error',
  summary: "A line inside a section that is not 'name=value' (no '=', or nothing before it): configparser fails and tuned does not load the profile.",
  check: ({ parsed, settings }) => {
    const profile = profileFor(parsed, settings);
    const out: Finding[] = [];
    const { lines } = profile.ini;
    for (let i = 0; i < lines.length; i += 1) {
      const line = lines[i];
      if (line.kind === 'invalid') out.push(noEquals(line));
      else if (line.kind === 'option' && profile.ini.options[line.optionIndex!].rawName === '') out.push(emptyName(line));
    }
    return out;
  },
};

function noEquals(line: IniLine): Finding {
  const content = line.text.slice(line.contentRange.start.character, line.contentRange.end.character);
  const colon = /^([^\s:]+)\s*:\s*/.exec(content);
  const fixes = [];
  if (colon) {
    const at = line.contentRange.start.character + colon[1].length;
    const end = line.contentRange.start.character + colon[0].length;
    fixes.push({ title: "Use '=' instead of ':'", edits: [{ range: { start: { line: line.line, character: at }, end: { line: line.line, character: end } }, newText: '=' }], isPreferred: true });
  }
  fixes.push({ title: 'Comment out the line', edits: [{ range: { start: { line: line.line, character: 0 }, end: { line: line.line, character: 0 } }, newText: '# ' }], isPreferred: false });
  return {
    ruleId: invalidLine.id,
    range: line.contentRange,
    message: `'${shorten(content)}' has no '=': tuned's parser accepts only name=value lines (':' and blanks do not separate), so the profile will not load.`,
    fixes,
  };
}

function emptyName(line: IniLine): Finding {
  return {
    ruleId: invalidLine.id,
    range: line.contentRange,
    message: "Nothing before the '=': configparser rejects an option without a name, so the profile will not load.",
  };
}
