import type { Finding } from '../../../service/types';
import { parseKernelVersion, targetsKernelAtLeast } from '../../../service/settings';
import { removeLineFix } from '../../../formats/fixes';
import { keysBoundBy } from '../validateValues';
import type { SysctlSetting } from '../setting';
import { knownSettings, type KnownSetting, type SysctlSettingsContext, type SysctlSettingsRule } from './helpers';

export const noopKey: SysctlSettingsRule = {
  id: 'sysctl-noop-key',
  defaultSeverity: 'warning',
  summary: 'A key the kernel still accepts but ignores (tcp_low_latency since 4.14, tcp_fack, ...); depends on kvmtune.kernel.',
  // Filtered first: most keys are no no-op, and flatMap would make an empty list for each.
  check: (settings, ctx) => knownSettings(settings).filter((known) => known.info.noOpSince !== undefined).flatMap((known) => finding(known, ctx, settings)),
};

/**
 * Whether a later line writes a key the kernel checks against this one's value: the write of an
 * ignored key is still checked and kept (ipfrag_low_thresh bounds ipfrag_high_thresh), so removing
 * the line would change how the kernel judges that later write.
 */
function boundsLaterWrite(known: KnownSetting, all: readonly SysctlSetting[]): boolean {
  const bounded = keysBoundBy(known.info.key);
  return bounded.length > 0 && knownSettings(all).some((other) => other.setting.line > known.setting.line && bounded.includes(other.info.key));
}

function finding(known: KnownSetting, { doc, settings }: SysctlSettingsContext, all: readonly SysctlSetting[]): Finding[] {
  const { setting, info } = known;
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
      range: setting.keyRange,
      message: `${setting.key} has no effect ${since}: the kernel accepts the write and ignores it${context}.`,
      fixes: boundsLaterWrite(known, all) ? [] : [removeLineFix(doc, setting.line)],
    },
  ];
}
