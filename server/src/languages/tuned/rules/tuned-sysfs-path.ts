import type { Finding, Rule } from '../../../service/types';
import { expandKnown } from '../expansion';
import { optionsOfPlugin, profileFor, type TunedProfile } from '../parser';
import { findUnitKeyword } from '../table';
import { shorten } from '../../../formats/messages';
import { variableValues } from './tuned-undefined-variable';

const CPU_MASK = /^[0-9a-fA-F]+(,[0-9a-fA-F]+)*$/;

export const sysfsPath: Rule<TunedProfile> = {
  id: 'tuned-sysfs-path',
  defaultSeverity: 'warning',
  summary: '[sysfs] keys must be absolute paths below /sys (tuned refuses others); rps_cpus values must be hex CPU masks.',
  check: ({ parsed, settings }) => {
    const profile = profileFor(parsed, settings);
    const variables = variableValues(profile);
    return optionsOfPlugin(profile, 'sysfs').flatMap((option): Finding[] => {
      const o = option.winner;
      if (findUnitKeyword(o.name)) return [];
      const path = expandKnown(o.name, variables) ?? o.name;
      if (path.startsWith('/proc/sys/') || path.includes('${')) return [];
      if (!path.replace(/\/+/g, '/').startsWith('/sys/')) {
        return [{ ruleId: sysfsPath.id, range: o.nameRange, message: `'${shorten(path)}' is not below /sys: tuned logs "rejecting write … (not inside /sys)"${path.startsWith('/') ? '' : ' (paths must be absolute)'}.` }];
      }
      if (/\/rps_cpus$/.test(path)) {
        const value = expandKnown(o.value, variables);
        if (value !== undefined && !CPU_MASK.test(value)) {
          return [{ ruleId: sysfsPath.id, severity: 'error', range: o.valueRange, message: `rps_cpus takes a hex CPU mask (f = CPUs 0-3; \${f:cpulist2hex:0-3} converts a list); the kernel rejects '${shorten(value)}'.` }];
        }
      }
      return [];
    });
  },
};
