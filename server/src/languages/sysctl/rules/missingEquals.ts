import type { Finding, Rule } from '../../../service/types';
import { lookupKeyName } from '../keyTable';
import { trimBlank, type SysctlFile, type SysctlLine } from '../parser';
import { hasUnicodeSpace, shorten } from '../values';
import { trimmedLineRange } from './helpers';

export const missingEquals: Rule<SysctlFile> = {
  id: 'sysctl-missing-equals',
  defaultSeverity: 'error',
  summary: "A line that is neither a comment nor a 'key = value' assignment (procps and systemd-sysctl skip it).",
  // Lines broken only by a Unicode space belong to sysctl-unicode-space: one message per mistake.
  check: ({ parsed }) => parsed.lines.filter((l) => l.kind === 'invalid' && l.equalsCharacter === undefined && !hasUnicodeSpace(l.text)).map(finding),
};

function finding(line: SysctlLine): Finding {
  const range = trimmedLineRange(line);
  const text = trimBlank(line.text);
  const found: Finding = {
    ruleId: missingEquals.id,
    range,
    message: `'${shorten(text)}' has no '=': it is not an assignment, so sysctl reports invalid syntax and skips the line.`,
  };
  const spaced = /^([^ \t]+)[ \t]+([^ \t].*)$/.exec(text);
  if (spaced && lookupKeyName(spaced[1].replace(/\//g, '.'))) {
    found.fixes = [{ title: `Write '${spaced[1]} = ${spaced[2]}'`, edits: [{ range, newText: `${spaced[1]} = ${spaced[2]}` }], isPreferred: true }];
  }
  return found;
}
