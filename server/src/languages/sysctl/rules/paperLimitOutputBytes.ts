import type { Settings } from '../../../service/types';
import { defaultForKernel, lookupKeyName, type SysctlKeyInfo } from '../keyTable';
import { formatBytes } from '../values';
import { paperRule } from './paperRule';

const KEY = 'net.ipv4.tcp_limit_output_bytes';

function tsqInfo(): SysctlKeyInfo {
  return lookupKeyName(KEY)!;
}

/** The TSQ default of the target kernel (from the key table), or undefined when no kernel is set. */
export function limitOutputDefault(settings: Settings): number | undefined {
  const value = defaultForKernel(tsqInfo(), settings);
  return value === undefined ? undefined : Number(value);
}

/** The default the paper's value matches: the first one in the table's history (3.6, the 3.x kernels). */
function paperEraDefault(): { value: number; series: string } {
  const [first] = tsqInfo().defaults!;
  return { value: Number(first.value), series: `${first.since.split('.')[0]}.x` };
}

export const paperLimitOutputBytes = paperRule({
  id: 'sysctl-tcp-limit-output-bytes',
  summary: "net.ipv4.tcp_limit_output_bytes against the target kernel's default: below it lowers TSQ, above it works against the paper's latency setting.",
  keys: [KEY],
  judge: ({ numbers, settings, known }) => {
    if (!numbers) return undefined;
    const value = numbers[0];
    const paper = Number(known.info.paper!.value);
    const target = limitOutputDefault(settings);
    if (target === undefined) {
      const era = paperEraDefault();
      return value > era.value
        ? {
            message: `tcp_limit_output_bytes ${value} (${formatBytes(value)}) lets more data queue below TCP than ${era.value} (${formatBytes(era.value)}), the ${era.series} default the paper keeps for latency. Set kvmtune.kernel to judge it against your kernel's default.`,
          }
        : undefined;
    }
    if (value < target) {
      const why = target > paper ? ` The paper's ${paper} was the ${paperEraDefault().series} default and was meant to favour latency.` : '';
      return {
        message: `On Linux ${settings.kernel} the default is ${target} (${formatBytes(target)}); ${value} LOWERS the TCP Small Queues limit ${Math.round(target / value)}x and can cost single-stream throughput.${why}`,
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
