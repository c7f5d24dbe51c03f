import type { Finding, Rule } from '../../../service/types';
import type { SysctlFile } from '../parser';
import { valueTokens, parseIntegers, valueWithoutComment } from '../values';
import { knownAssignments, type KnownAssignment } from './helpers';

const MEMORY_THRESHOLDS = new Set(['net.ipv4.tcp_mem', 'net.ipv4.udp_mem']);

export const tripleOrder: Rule<SysctlFile> = {
  id: 'sysctl-triple-order',
  defaultSeverity: 'warning',
  summary: 'tcp_rmem, tcp_wmem, tcp_mem and udp_mem take three integers in ascending order (min, default/pressure, max).',
  check: ({ parsed }) => knownAssignments(parsed).flatMap(finding),
};

function finding({ assignment, info }: KnownAssignment): Finding[] {
  if (info.type !== 'triple') return [];
  const numbers = parseIntegers(valueWithoutComment(assignment.value));
  if (!numbers) return [];
  const name = assignment.key.name;
  const labels = MEMORY_THRESHOLDS.has(info.key) ? ['min', 'pressure', 'max'] : ['min', 'default', 'max'];
  if (numbers.length !== 3) {
    return [
      {
        ruleId: tripleOrder.id,
        range: assignment.valueRange,
        message: `${name} takes three integers (${labels.join(' ')}); ${numbers.length} given. ${numbers.length < 3 ? 'The missing ones keep their current values.' : 'The kernel ignores the extra ones.'}`,
      },
    ];
  }
  const tokens = valueTokens(assignment);
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
