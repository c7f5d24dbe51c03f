import { numericDefaultForKernel, type SysctlKeyInfo } from '../keyTable';
import { formatBytes } from '../values';
import { paperRule } from './paperRule';

/** The default the paper's value matches: the first one in the table's history (3.6, the 3.x kernels). */
function paperEraDefault(info: SysctlKeyInfo): { value: number; series: string } {
  const [first] = info.defaults!;
  return { value: Number(first.value), series: `${first.since.split('.')[0]}.x` };
}

export const tcpLimitOutputBytes = paperRule({
  id: 'sysctl-tcp-limit-output-bytes',
  summary: "net.ipv4.tcp_limit_output_bytes against the target kernel's default: below it lowers TSQ, above it works against the paper's latency setting.",
  judge: ({ numbers, settings, known }) => {
    if (!numbers) return undefined;
    const value = numbers[0];
    const paper = Number(known.info.paper!.value);
    const target = numericDefaultForKernel(known.info.key, settings);
    if (target === undefined) {
      const era = paperEraDefault(known.info);
      return value > era.value
        ? {
            message: `tcp_limit_output_bytes ${value} (${formatBytes(value)}) lets more data queue below TCP than ${era.value} (${formatBytes(era.value)}), the ${era.series} default the paper keeps for latency. Set kvmtune.kernel to judge it against your kernel's default.`,
          }
        : undefined;
    }
    if (value < target) {
      const why = target > paper ? ` The paper's ${paper} was the ${paperEraDefault(known.info).series} default and was meant to favour latency.` : '';
      return {
        message: `On Linux ${settings.kernel} the default is ${target} (${formatBytes(target)}); ${value} LOWERS the TCP Small Queues limit ${value === 0 ? 'to nothing' : `${Math.round(target / value)}x`} and can cost single-stream throughput.${why}`,
        fix: { title: `Use the kernel default ${target}`, value: String(target) },
      };
    }
    return value > target && target <= paper
      ? {
          message: `tcp_limit_output_bytes ${value} (${formatBytes(value)}) lets more data queue below TCP than the ${target} (${formatBytes(target)}) default of Linux ${settings.kernel}; the paper keeps it there for latency.`,
        }
      : undefined;
  },
});
