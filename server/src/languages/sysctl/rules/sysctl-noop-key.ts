import type { Finding, Settings } from '../../../service/types';
import { parseKernelVersion, targetsKernelAtLeast } from '../../../service/settings';
import { knownSettings, removeLineFix, type KnownSetting, type SysctlSettingsRule } from './helpers';

export const noopKey: SysctlSettingsRule = {
  id: 'sysctl-noop-key',
  defaultSeverity: 'warning',
  summary: 'A key the kernel still accepts but ignores (tcp_low_latency since 4.14, tcp_fack, ...); depends on kvmtune.kernel.',
  check: (settings, { settings: options }) => knownSettings(settings).flatMap((known) => finding(known, options)),
};

function finding({ setting, info }: KnownSetting, settings: Settings): Finding[] {
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
      fixes: [removeLineFix(setting.line)],
    },
  ];
}
