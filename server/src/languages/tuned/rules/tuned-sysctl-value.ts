import type { Finding, Rule } from '../../../service/types';
import { valueSpanRange } from '../../../formats/ini';
import { isIntegerType } from '../../sysctl/keyTable';
import { sysctlInfoOf } from '../sysctlKey';
import { profileFor, type TunedProfile } from '../parser';
import { tunedSysctlSettings, type TunedSysctlSetting } from '../sysctlSettings';
import { shorten } from '../../../formats/messages';

export const sysctlValue: Rule<TunedProfile> = {
  id: 'tuned-sysctl-value',
  defaultSeverity: 'error',
  summary: "A [sysctl] value the kernel gets with characters tuned does not remove: single quotes, a '#' without a blank before it, or a '>'/'<' modifier on a key that is not a single integer.",
  check: ({ parsed, settings }) => {
    const out: Finding[] = [];
    for (const setting of tunedSysctlSettings(profileFor(parsed, settings), settings)) addFindings(setting, out);
    return out;
  },
};

/** Most values have no quote, no '#' and no modifier: those cost three character tests. */
function addFindings(setting: TunedSysctlSetting, out: Finding[]): void {
  const value = setting.value;
  if (!value.startsWith("'") && !setting.option.value.includes('#') && !setting.modifier) return;
  const info = sysctlInfoOf(setting.key);
  const single = /^'(.*)'$/s.exec(value);
  if (single) {
    out.push({
      ruleId: sysctlValue.id,
      severity: info && isIntegerType(info.type) ? 'error' : 'warning',
      range: setting.valueRange,
      message: `tuned removes only double quotes: the kernel receives '${shorten(value)}' with its single quotes${info && isIntegerType(info.type) ? ' and rejects it (EINVAL)' : ''}. Use double quotes or none.`,
      fixes: [{ title: 'Use double quotes', edits: [{ range: setting.option.valueRange, newText: `"${single[1]}"` }], isPreferred: true }],
    });
  }
  const hash = setting.option.value.search(/\S#/);
  if (hash >= 0 && setting.exact) {
    const at = hash + 1;
    out.push({
      ruleId: sysctlValue.id,
      severity: info && isIntegerType(info.type) ? 'error' : 'warning',
      range: valueSpanRange(setting.option, at, setting.option.value.length),
      message: "A '#' counts as a comment only after a blank, so this text is part of the value tuned writes" + (info && isIntegerType(info.type) ? ' and the kernel rejects it (EINVAL).' : '.'),
      fixes: [{ title: "Put a blank before '#'", edits: [{ range: valueSpanRange(setting.option, at, at), newText: ' ' }], isPreferred: true }],
    });
  }
  if (setting.modifier && info && info.type !== 'int' && info.type !== 'bool' && info.type !== 'enum') {
    out.push({
      ruleId: sysctlValue.id,
      range: setting.option.valueRange,
      message: `'${setting.modifier}' compares with the current value only for keys holding one integer; ${info.key} holds ${info.type === 'triple' ? 'three' : 'other'} values, so tuned logs a warning and writes '${shorten(setting.modifier + value)}', which the kernel rejects.`,
    });
  }
}
