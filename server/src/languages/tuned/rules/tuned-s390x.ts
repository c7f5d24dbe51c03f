import type { Finding, Rule } from '../../../service/types';
import { ownOptions, profileFor, type TunedProfile } from '../parser';
import { findPlugin, findPluginOption } from '../table';
import { platformOf } from '../version';

export const platformS390x: Rule<TunedProfile> = {
  id: 'tuned-s390x',
  defaultSeverity: 'info',
  summary: 'With kvmtune.platform s390x: sections and options that do nothing on IBM Z ([bootloader] is skipped, cpufreq options have no cpufreq to act on, [acpi], [video]).',
  check: ({ parsed, settings }) => {
    if (platformOf(settings) !== 's390x') return [];
    return profileFor(parsed, settings).units.flatMap((unit): Finding[] => {
      const plugin = findPlugin(unit.plugin);
      if (!plugin?.s390x) return [];
      if (plugin.name !== 'cpu') return [{ ruleId: platformS390x.id, range: unit.headers[0].nameRange, message: plugin.s390x }];
      return ownOptions(unit).filter((o) => findPluginOption(plugin, o.name)?.cpufreq).map((o) => ({
        ruleId: platformS390x.id,
        range: o.winner.nameRange,
        message: `${o.name} needs cpufreq, which IBM Z does not have: tuned skips it on every CPU without a message.`,
      }));
    });
  },
};
