import { paperRule } from './paperRule';

/** Names the kernel does not know are sysctl-invalid-value's (the write fails with ENOENT). */
export const tcpCongestionControl = paperRule({
  id: 'sysctl-tcp-congestion-control',
  summary: 'tcp_congestion_control set to reno, the algorithm the paper moves away from (to cubic).',
  judge: ({ text }) =>
    text === 'reno' ? { message: 'reno is the algorithm the paper moves away from; it recommends cubic (the default of current kernels).' } : undefined,
});
