import { formatBytes } from '../values';
import { belowPaperRule } from './paperRule';

export const tcpBufferMax = belowPaperRule({
  id: 'sysctl-tcp-buffer-max',
  summary: "net.ipv4.tcp_rmem / tcp_wmem with an autotuning maximum below the paper's 4136960 bytes.",
  member: 2,
  message: (value, paper, { setting }) =>
    `The maximum ${value} (${formatBytes(value)}) caps ${setting.key} autotuning below the paper's ${paper} (${formatBytes(paper)}); the paper recommends 16 MiB or more for 10 GbE.`,
});
