import { replaceFix } from '../../../formats/fixes';
import type { Finding } from '../../../service/types';
import { lookupKeyName } from '../keyTable';
import { trimBlank, type SysctlFile, type SysctlLine } from '../parser';
import { hasUnicodeSpace } from '../values';
import { shorten } from '../../../formats/messages';
import { trimmedLineRange, type SysctlSyntaxRule } from './helpers';

export const missingEquals: SysctlSyntaxRule = {
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
    const written = `${spaced[1]} = ${spaced[2]}`;
    found.fixes = [replaceFix(`Write '${written}'`, range, written, true)];
  }
  return found;
}
