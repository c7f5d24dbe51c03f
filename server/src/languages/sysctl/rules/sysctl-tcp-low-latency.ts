import { parseKernelVersion, targetsKernelAtLeast } from '../../../service/settings';
import { paperRule } from './paperRule';

export const tcpLowLatency = paperRule({
  id: 'sysctl-tcp-low-latency',
  summary: 'net.ipv4.tcp_low_latency other than 0 or 1 on kernels before 4.14 (from 4.14 on sysctl-noop-key reports it).',
  judge: ({ numbers, settings }) => {
    const before414 = parseKernelVersion(settings.kernel) !== undefined && !targetsKernelAtLeast(settings, '4.14');
    if (!before414 || !numbers || numbers[0] === 0 || numbers[0] === 1) return undefined;
    return { message: `tcp_low_latency is a switch: the paper uses 0 (1 favours latency); ${numbers[0]} is treated like 1.` };
  },
});
