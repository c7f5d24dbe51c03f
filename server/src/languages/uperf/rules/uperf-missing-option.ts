import type { Finding } from '../../../service/types';
import { flowopInfo } from '../knowledge';
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
  check: ({ parsed }) => parsed.flowops.flatMap((flowop): Finding[] => {
    const info = flowop.typeName ? flowopInfo(flowop.typeName) : undefined;
    if (!info) return [];
    const missing = info.needs.filter((key) => !optionOf(flowop, key));
    return missing.map((key) => finding(parsed, missingOption.id, flowopSpan(flowop),
      `A ${flowop.typeName} flowop needs ${key}=: without it ${CONSEQUENCE[key]}.`,
      key === 'duration' ? { severity: 'warning' } : {}));
  }),
};
