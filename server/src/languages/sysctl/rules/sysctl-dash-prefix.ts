import { replaceFix } from '../../../formats/fixes';
import { shorten } from '../../../formats/messages';
import type { Finding } from '../../../service/types';
import type { SysctlLine } from '../parser';
import type { SysctlSyntaxRule } from './helpers';

export const dashPrefix: SysctlSyntaxRule = {
  id: 'sysctl-dash-prefix',
  defaultSeverity: 'error',
  summary: "A blank between the ignore-failure '-' and the key: procps-ng takes it as part of the key and cannot find it.",
  check: ({ parsed }) => parsed.lines.filter((line) => line.blankAfterDash !== undefined).flatMap(finding),
};

function finding(line: SysctlLine): Finding[] {
  if (line.blankAfterDash === undefined || !line.key || (line.kind !== 'assignment' && line.kind !== 'exclude')) return [];
  const range = { start: { line: line.line, character: line.blankAfterDash }, end: line.key.range.start };
  return [
    {
      ruleId: dashPrefix.id,
      range,
      message: `procps-ng keeps the blank after '-' as part of the key and reports "cannot stat /proc/sys/ ${shorten(line.key.components.join('/'))}"; systemd-sysctl strips it. Write '-${shorten(line.key.raw)}'.`,
      fixes: [replaceFix("Remove the blank after '-'", range, '', true)],
    },
  ];
}
