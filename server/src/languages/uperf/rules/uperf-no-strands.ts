import type { Finding } from '../../../service/types';
import { strandCount } from '../model';
import { stringToInt } from '../numbers';
import { finding, type UperfRule } from './helpers';

export const noStrands: UperfRule = {
  id: 'uperf-no-strands',
  defaultSeverity: 'error',
  summary: 'A group with nthreads/nprocs 0 or missing, or no group at all: that group runs nothing, and with no strands at all uperf waits forever.',
  check: ({ parsed }) => {
    const out: Finding[] = parsed.problems
      .filter((p) => p.code === 'emptyFile' || p.code === 'noProfile')
      .map((p) => finding(parsed, noStrands.id, p.span, p.message));
    if (out.length > 0) return out;
    if (parsed.groups.length === 0 && parsed.tokens.length > 0) {
      const first = parsed.tokens[0];
      return [finding(parsed, noStrands.id, first, 'This profile has no <group>: uperf starts 0 threads and waits forever.')];
    }
    for (const group of parsed.groups) {
      const count = strandCount(group);
      if (!count) {
        out.push(finding(parsed, noStrands.id, group.token, 'This group has no nthreads= (or nprocs=): it starts no strands, and if no group has any uperf waits forever.'));
        continue;
      }
      if (count.envVar !== undefined) continue;
      const value = stringToInt(count.value);
      if (value.ok && value.value === 0) {
        out.push(finding(parsed, noStrands.id, count.valueSpan, `${count.name}="0" starts no strands: uperf then waits forever for this group (and hangs if no group has strands).`));
      }
    }
    return out;
  },
};
