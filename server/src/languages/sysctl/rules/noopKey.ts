import type { Finding, Rule, Settings } from '../../../service/types';
import { parseKernelVersion, targetsKernelAtLeast } from '../../../service/settings';
import type { SysctlFile } from '../parser';
import { knownAssignments, removeLineFix, type KnownAssignment } from './helpers';

export const noopKey: Rule<SysctlFile> = {
  id: 'sysctl-noop-key',
  defaultSeverity: 'warning',
  summary: 'A key the kernel still accepts but ignores (tcp_low_latency since 4.14, tcp_fack, ...); depends on kvmtune.kernel.',
  check: ({ parsed, settings }) => knownAssignments(parsed).flatMap((known) => finding(known, settings)),
};

function finding({ assignment, info }: KnownAssignment, settings: Settings): Finding[] {
  if (!info.noOpSince) return [];
  const always = info.noOpSince === 'always';
  const hasTarget = parseKernelVersion(settings.kernel) !== undefined;
  if (hasTarget && !always && !targetsKernelAtLeast(settings, info.noOpSince)) return [];
  const since = always ? 'on any kernel' : `since Linux ${info.noOpSince}`;
  const context = hasTarget || always ? '' : ` (set kvmtune.kernel to judge it for your kernel)`;
  return [
    {
      ruleId: noopKey.id,
      severity: hasTarget ? 'warning' : 'info',
      range: assignment.key.range,
      message: `${assignment.key.name} has no effect ${since}: the kernel accepts the write and ignores it${context}.`,
      fixes: [removeLineFix(assignment.line)],
    },
  ];
}
