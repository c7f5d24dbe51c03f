import type { Finding, Rule, Settings } from '../../../service/types';
import { parseKernelVersion, targetsKernelAtLeast } from '../../../service/settings';
import type { SysctlFile } from '../parser';
import { commentOutFix, knownAssignments, removeLineFix, type KnownAssignment } from './helpers';

export const removedKey: Rule<SysctlFile> = {
  id: 'sysctl-removed-key',
  defaultSeverity: 'error',
  summary: 'A key the kernel removed (e.g. net.ipv4.tcp_tw_recycle in 4.12): sysctl cannot find it.',
  check: ({ parsed, settings }) => knownAssignments(parsed).flatMap((known) => finding(known, settings)),
};

/** With no target kernel the key is judged as gone; a target older than the removal keeps it. */
function appliesTo(settings: Settings, removedIn: string): boolean {
  return !parseKernelVersion(settings.kernel) || targetsKernelAtLeast(settings, removedIn);
}

function finding({ assignment, info }: KnownAssignment, settings: Settings): Finding[] {
  if (!info.removedIn || !appliesTo(settings, info.removedIn)) return [];
  const path = `/proc/sys/${assignment.key.components.join('/')}`;
  const where = info.movedTo ? ` It moved to ${info.movedTo}.` : '';
  return [
    {
      ruleId: removedKey.id,
      // A leading '-' says "ignore failure": the author expects the key to be missing on some kernels.
      severity: assignment.ignoreFailure ? 'info' : undefined,
      range: assignment.key.range,
      message: `${assignment.key.name} was removed in Linux ${info.removedIn}; sysctl reports "cannot stat ${path}" and the line does nothing.${where}`,
      // Commenting out is preferred: with no kvmtune.kernel set the key may still matter on an older target.
      fixes: [commentOutFix(assignment.line, 'Comment out the line', true), removeLineFix(assignment.line, 'Remove the line')],
    },
  ];
}
