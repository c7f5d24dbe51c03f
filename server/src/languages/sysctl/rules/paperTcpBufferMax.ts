import { formatBytes } from '../values';
import { memberRange, paperRule } from './paperRule';

const PAPER_MAX = 4136960;

export const paperTcpBufferMax = paperRule({
  id: 'sysctl-tcp-buffer-max',
  summary: "net.ipv4.tcp_rmem / tcp_wmem with an autotuning maximum below the paper's 4136960 bytes.",
  keys: ['net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'],
  judge: ({ numbers, known }) => {
    if (!numbers || numbers.length !== 3 || numbers[2] >= PAPER_MAX) return undefined;
    return {
      range: memberRange(known, 2),
      message: `The maximum ${numbers[2]} (${formatBytes(numbers[2])}) caps ${known.assignment.key.name} autotuning below the paper's ${PAPER_MAX} (${formatBytes(PAPER_MAX)}); the paper recommends 16 MiB or more for 10 GbE.`,
    };
  },
});
