import type { Finding, Settings } from '../../../service/types';
import { parseKernelVersion, targetsKernelAtLeast } from '../../../service/settings';
import { componentsOf } from '../setting';
import { commentOutFix, removeLineFix } from '../../../formats/fixes';
import { knownSettings, type KnownSetting, type SysctlSettingsContext, type SysctlSettingsRule } from './helpers';

export const removedKey: SysctlSettingsRule = {
  id: 'sysctl-removed-key',
  defaultSeverity: 'error',
  summary: 'A key the kernel removed (e.g. net.ipv4.tcp_tw_recycle in 4.12): sysctl cannot find it.',
  // Filtered first: most keys were not removed, and flatMap would make an empty list for each.
  check: (settings, ctx) => knownSettings(settings).filter((known) => known.info.removedIn !== undefined).flatMap((known) => finding(known, ctx)),
};

/** With no target kernel the key is judged as gone; a target older than the removal keeps it. */
function appliesTo(settings: Settings, removedIn: string): boolean {
  return !parseKernelVersion(settings.kernel) || targetsKernelAtLeast(settings, removedIn);
}

function finding({ setting, info }: KnownSetting, { doc, settings }: SysctlSettingsContext): Finding[] {
  if (!info.removedIn || !appliesTo(settings, info.removedIn)) return [];
  const path = `/proc/sys/${componentsOf(setting).join('/')}`;
  const where = info.movedTo ? ` It moved to ${info.movedTo}.` : '';
  return [
    {
      ruleId: removedKey.id,
      range: setting.keyRange,
      // procps-ng 4.0.2 does not honour '-' for a missing key: sysctl -p still fails.
      message: `${setting.key} was removed in Linux ${info.removedIn}; sysctl reports "cannot stat ${path}" and the line does nothing.${where}${
        setting.ignoreFailure ? " The leading '-' only makes systemd-sysctl skip it quietly; procps-ng (4.0.2) still reports it and exits 1." : ''
      }`,
      // Commenting out is preferred: with no kvmtune.kernel set the key may still matter on an older target.
      fixes: [commentOutFix(doc, setting.line, 'hash', 'Comment out the line', true), removeLineFix(doc, setting.line, 'Remove the line')],
    },
  ];
}
