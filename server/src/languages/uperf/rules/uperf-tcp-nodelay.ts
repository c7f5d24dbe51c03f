import type { Finding } from '../../../service/types';
import { protocolOf } from '../connections';
import { isRequestResponse } from '../workload';
import { finding, flowopSpan, hasFlag, type UperfRule } from './helpers';

export const tcpNodelay: UperfRule = {
  id: 'uperf-tcp-nodelay',
  defaultSeverity: 'warning',
  fromPaper: true,
  summary: 'A request-response test (write + read pairs) over TCP whose connect/accept lacks tcp_nodelay: Nagle delays the small requests, as the paper\'s profile avoids.',
  check: ({ parsed }) => parsed.groups.flatMap((group): Finding[] => {
    if (!isRequestResponse(group)) return [];
    const openers = group.transactions.flatMap((t) => t.flowops)
      .filter((f) => (f.typeName === 'connect' || f.typeName === 'accept') && protocolOf(f) === 'tcp' && !hasFlag(f, 'tcp_nodelay'));
    return openers.map((flowop) => {
      const options = flowop.optionAttributes[flowop.optionAttributes.length - 1];
      // Only inside a closing quote: after a quote left open the new word lands in another token.
      const closed = options !== undefined && parsed.text[options.valueSpan.end] === '"' && !/[\r\n]/.test(parsed.text.slice(options.valueSpan.start, options.valueSpan.end));
      const fixes = options && closed
        ? [{ title: 'Add tcp_nodelay', edits: [{ range: parsed.rangeOf({ start: options.valueSpan.end, end: options.valueSpan.end }), newText: options.value.endsWith(' ') || options.value === '' ? 'tcp_nodelay' : ' tcp_nodelay' }] }]
        : undefined;
      return finding(parsed, tcpNodelay.id, flowopSpan(flowop),
        'This request-response test opens its TCP connection without tcp_nodelay: Nagle\'s algorithm holds back small requests and the latency measured is Nagle\'s, not the network\'s. The paper\'s profile sets tcp_nodelay.', { fixes });
    });
  }),
};
