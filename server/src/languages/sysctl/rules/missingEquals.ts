import type { Finding, Rule } from '../../../service/types';
import { lookupKeyName } from '../keyTable';
import type { SysctlFile, SysctlLine } from '../parser';
import { trimmedLineRange } from './helpers';

export const missingEquals: Rule<SysctlFile> = {
  id: 'sysctl-missing-equals',
  language: 'sysctl',
  defaultSeverity: 'error',
  summary: "A line that is neither a comment nor a 'key = value' assignment (procps and systemd-sysctl skip it).",
  check: ({ parsed }) => parsed.lines.filter((l) => l.kind === 'invalid' && l.equalsCharacter === undefined).map(finding),
};

function finding(line: SysctlLine): Finding {
  const range = trimmedLineRange(line);
  const text = line.text.trim();
  const found: Finding = {
    ruleId: missingEquals.id,
    range,
    message: `'${text}' has no '=': it is not an assignment, so sysctl reports invalid syntax and skips the line.`,
  };
  const spaced = /^(\S+)\s+(\S.*)$/.exec(text);
  if (spaced && lookupKeyName(spaced[1].replace(/\//g, '.'))) {
    found.fixes = [{ title: `Write '${spaced[1]} = ${spaced[2]}'`, edits: [{ range, newText: `${spaced[1]} = ${spaced[2]}` }], isPreferred: true }];
  }
  return found;
}
