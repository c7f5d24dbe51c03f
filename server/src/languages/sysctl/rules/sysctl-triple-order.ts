import type { Finding } from '../../../service/types';
import { findInlineComment, valueTokens, parseIntegers, valueWithoutComment } from '../values';
import { knownSettings, type KnownSetting, type SysctlSettingsRule } from './helpers';

const MEMORY_THRESHOLDS = new Set(['net.ipv4.tcp_mem', 'net.ipv4.udp_mem']);

export const tripleOrder: SysctlSettingsRule = {
  id: 'sysctl-triple-order',
  defaultSeverity: 'warning',
  summary: 'tcp_rmem, tcp_wmem, tcp_mem and udp_mem take three integers in ascending order (min, default/pressure, max).',
  // Filtered first: most keys take no triple, and flatMap would make an empty list for each.
  check: (settings) => knownSettings(settings).filter((known) => known.info.type === 'triple').flatMap(finding),
};

function finding({ setting, info }: KnownSetting): Finding[] {
  if (info.type !== 'triple') return [];
  const numbers = parseIntegers(valueWithoutComment(setting.value));
  if (!numbers) return [];
  // A comment where a number should be makes the kernel reject the line: sysctl-invalid-value's error says so.
  if (numbers.length < 3 && findInlineComment(setting.value)) return [];
  const name = setting.key;
  const labels = MEMORY_THRESHOLDS.has(info.key) ? ['min', 'pressure', 'max'] : ['min', 'default', 'max'];
  if (numbers.length !== 3) {
    return [
      {
        ruleId: tripleOrder.id,
        range: setting.valueRange,
        message: `${name} takes three integers (${labels.join(' ')}); ${numbers.length} given. ${numbers.length < 3 ? 'The missing ones keep their current values.' : 'The kernel ignores the extra ones.'}`,
      },
    ];
  }
  const tokens = valueTokens(setting);
  const findings: Finding[] = [];
  for (const i of [0, 1]) {
    if (numbers[i] > numbers[i + 1]) {
      findings.push({
        ruleId: tripleOrder.id,
        range: { start: tokens[i].range.start, end: tokens[i + 1].range.end },
        message: `${name}: ${labels[i]} ${numbers[i]} is larger than ${labels[i + 1]} ${numbers[i + 1]}; the values must not decrease (${labels.join(' <= ')}).`,
      });
    }
  }
  return findings;
}
