import type { Rule } from '../../../service/types';
import { profileFor, type TunedProfile } from '../parser';
import { shorten } from '../../../formats/messages';

export const defaultSection: Rule<TunedProfile> = {
  id: 'tuned-default-section',
  defaultSeverity: 'warning',
  summary: "A [DEFAULT] section: configparser copies its keys into every section, [main] and [sysctl] included, which is almost never meant.",
  check: ({ parsed, settings }) => {
    const profile = profileFor(parsed, settings);
    const headers = profile.ini.sections.filter((s) => s.isDefault);
    if (headers.length === 0) return [];
    const keys = [...new Set(headers.flatMap((h) => h.optionIndexes.map((i) => profile.ini.options[i].name)))];
    const targets = profile.units.map((u) => `[${u.name}]`).join(', ') || 'every section';
    return headers.map((header) => ({
      ruleId: defaultSection.id,
      range: header.nameRange,
      message: `[DEFAULT] is configparser's defaults section: ${keys.length > 0 ? `${keys.map((k) => `'${shorten(k, 30)}'`).join(', ')} ${keys.length === 1 ? 'is' : 'are'}` : 'its keys are'} copied into ${shorten(targets, 80)} (as a sysctl, a sysfs path or an unknown option). Put each setting in the section it belongs to.`,
    }));
  },
};
