import type { Rule } from '../../../service/types';
import { profileFor, type TunedProfile } from '../parser';

export const sysctlReapply: Rule<TunedProfile> = {
  id: 'tuned-sysctl-reapply',
  defaultSeverity: 'info',
  summary: 'On a [sysctl] section: after the profile tuned re-applies /etc/sysctl.conf and /etc/sysctl.d (reapply_sysctl=1), so a key also set there overrides the profile.',
  check: ({ parsed, settings }) =>
    profileFor(parsed, settings).units.filter((u) => u.plugin === 'sysctl' && u.options.some((o) => !o.fromDefault)).map((unit) => ({
      ruleId: sysctlReapply.id,
      range: unit.headers[0].nameRange,
      message: 'Right after these values tuned re-applies /run/sysctl.d, /etc/sysctl.d and /etc/sysctl.conf (reapply_sysctl=1 in tuned-main.conf): a key also set there wins over this profile. Remove it there, or list it in reapply_sysctl_exclude (tuned 2.27+).',
    })),
};
