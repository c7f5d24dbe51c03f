import { paperRule } from './paperRule';

const KERNEL_DEFAULT = 60;
/** Below this the paper's benchmark setting starts cutting off slow peers (sysctl.md §6). */
const PRODUCTION_MINIMUM = 10;

export const paperFinTimeout = paperRule({
  id: 'sysctl-tcp-fin-timeout',
  summary: 'net.ipv4.tcp_fin_timeout raised above the 60 s default (the paper lowers it), or below 10 s when kvmtune.environment is production.',
  keys: ['net.ipv4.tcp_fin_timeout'],
  judge: ({ numbers, settings }) => {
    if (!numbers) return undefined;
    const value = numbers[0];
    if (value > KERNEL_DEFAULT) {
      return {
        message: `tcp_fin_timeout ${value} keeps orphaned connections in FIN_WAIT_2 longer than the kernel default ${KERNEL_DEFAULT} s; the paper shortens it to below 10 s for busy hosts.`,
      };
    }
    if (settings.environment === 'production' && value < PRODUCTION_MINIMUM) {
      return {
        message: `tcp_fin_timeout ${value} drops orphaned connections in FIN_WAIT_2 after ${value} s. The paper's 1 s is a benchmark setting; in production a slow or distant peer still closing its side is cut off, so keep it at ${PRODUCTION_MINIMUM} s or more.`,
        fix: { title: `Use ${PRODUCTION_MINIMUM}`, value: String(PRODUCTION_MINIMUM) },
      };
    }
    return undefined;
  },
});
