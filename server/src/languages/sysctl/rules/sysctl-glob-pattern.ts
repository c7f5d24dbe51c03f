import type { Finding } from '../../../service/types';
import { shorten } from '../../../formats/messages';
import type { SysctlFile, SysctlLine } from '../parser';
import type { SysctlSyntaxRule } from './helpers';

export const globPattern: SysctlSyntaxRule = {
  id: 'sysctl-glob-pattern',
  defaultSeverity: 'info',
  summary: "Glob keys need procps-ng 4.0 and '-key' excludes procps-ng 4.0.5 (systemd-sysctl has both).",
  check: ({ parsed }) => parsed.lines.filter((line) => line.kind === 'exclude' || line.key?.isGlob).flatMap(finding),
};

function finding(line: SysctlLine): Finding[] {
  if (!line.key) return [];
  if (line.kind === 'exclude') {
    return [
      {
        ruleId: globPattern.id,
        range: line.key.range,
        message: `'-${shorten(line.key.raw)}' excludes the key from glob assignments. systemd-sysctl and procps-ng 4.0.5 or later understand it; older procps (RHEL 8/9) and tuned report invalid syntax.`,
      },
    ];
  }
  if (line.kind === 'assignment' && line.key.isGlob) {
    return [
      {
        ruleId: globPattern.id,
        range: line.key.range,
        message: `'${shorten(line.key.raw)}' is a glob: systemd-sysctl and procps-ng 4.0 or later expand it (keys set explicitly elsewhere are skipped); older procps looks for a key with that literal name and fails.`,
      },
    ];
  }
  return [];
}
