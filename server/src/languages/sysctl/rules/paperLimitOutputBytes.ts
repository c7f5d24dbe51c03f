import type { Settings } from '../../../service/types';
import { targetsKernelAtLeast } from '../../../service/settings';
import { formatBytes } from '../values';
import { paperRule } from './paperRule';

const PAPER_ERA_DEFAULT = 262144;

/** The TSQ default of the target kernel, or undefined when no kernel (or a pre-5.0 one) is targeted. */
export function modernLimitOutputDefault(settings: Settings): number | undefined {
  if (targetsKernelAtLeast(settings, '6.16')) return 4194304;
  if (targetsKernelAtLeast(settings, '5.0')) return 1048576;
  return undefined;
}

export const paperLimitOutputBytes = paperRule({
  id: 'sysctl-tcp-limit-output-bytes',
  summary: 'net.ipv4.tcp_limit_output_bytes: on 5.0+ targets a value below the default lowers TSQ; otherwise a value above 262144 works against the paper.',
  keys: ['net.ipv4.tcp_limit_output_bytes'],
  judge: ({ numbers, settings }) => {
    if (!numbers) return undefined;
    const value = numbers[0];
    const modern = modernLimitOutputDefault(settings);
    if (modern !== undefined) {
      return value < modern
        ? {
            message: `On Linux ${settings.kernel} the default is ${modern} (${formatBytes(modern)}); ${value} LOWERS the TCP Small Queues limit ${Math.round(modern / value)}x and can cost single-stream throughput. The paper's 131072 halved the 3.x/4.x default and was meant to favour latency.`,
            fix: { title: `Use the kernel default ${modern}`, value: String(modern) },
          }
        : undefined;
    }
    return value > PAPER_ERA_DEFAULT
      ? {
          message: `tcp_limit_output_bytes ${value} (${formatBytes(value)}) lets more data queue below TCP than the ${formatBytes(PAPER_ERA_DEFAULT)} default the paper saw; the paper lowers it to 131072 for latency. Set kvmtune.kernel to judge it against a modern kernel's default.`,
        }
      : undefined;
  },
});
