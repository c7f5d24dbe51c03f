import type { Finding } from '../../../service/types';
import { parseKernelVersion, targetsKernelAtLeast } from '../../../service/settings';
import { removeLineFix } from '../../../formats/fixes';
import { knownSettings, type KnownSetting, type SysctlSettingsContext, type SysctlSettingsRule } from './helpers';

export const noopKey: SysctlSettingsRule = {
  id: 'sysctl-noop-key',
  defaultSeverity: 'warning',
  summary: 'A key the kernel still accepts but ignores (tcp_low_latency since 4.14, tcp_fack, ...); depends on kvmtune.kernel.',
  // Filtered first: most keys are no no-op, and flatMap would make an empty list for each.
  check: (settings, ctx) => knownSettings(settings).filter((known) => known.info.noOpSince !== undefined).flatMap((known) => finding(known, ctx)),
};

function finding({ setting, info }: KnownSetting, { doc, settings }: SysctlSettingsContext): Finding[] {
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
      fixes: [removeLineFix(doc, setting.line)],
    },
  ];
}
