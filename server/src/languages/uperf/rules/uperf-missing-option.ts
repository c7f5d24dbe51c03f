import type { Finding } from '../../../service/types';
import { flowopInfo } from '../knowledge';
import type { UperfFlowop, UperfProfile } from '../model';
import { finding, flowopSpan, optionOf, type UperfRule } from './helpers';

const CONSEQUENCE: Record<string, string> = {
  remotehost: 'the run fails with "remotehost not specified. Check profile"',
  protocol: 'the handshake fails with "Unsupported protocol:Unknown"',
  size: 'uperf aborts at run time (assertion size > 0)',
  dir: 'there are no files to send',
  duration: 'the think does nothing',
};

export const missingOption: UperfRule = {
  id: 'uperf-missing-option',
  defaultSeverity: 'error',
  summary: 'A flowop without an option its type needs: connect/accept without remotehost or protocol, read/write/send/recv without size, sendfile without dir, think without duration.',
  check: ({ parsed }) => {
    // Loops and one list: a 2,000-flowop profile made two arrays and a closure context per flowop.
    const found: Finding[] = [];
    const { flowops } = parsed;
    for (let f = 0; f < flowops.length; f += 1) {
      const flowop = flowops[f];
      const info = flowop.typeName ? flowopInfo(flowop.typeName) : undefined;
      if (!info) continue;
      for (let k = 0; k < info.needs.length; k += 1) {
        const key = info.needs[k];
        if (!optionOf(flowop, key)) found.push(missing(parsed, flowop, key));
      }
    }
    return found;
  },
};

function missing(parsed: UperfProfile, flowop: UperfFlowop, key: string): Finding {
  return finding(parsed, missingOption.id, flowopSpan(flowop), `A ${flowop.typeName} flowop needs ${key}=: without it ${CONSEQUENCE[key]}.`, key === 'duration' ? { severity: 'warning' } : {});
}
