import { paperRule } from './paperRule';

const KERNEL_DEFAULT = 60;

export const paperFinTimeout = paperRule({
  id: 'sysctl-tcp-fin-timeout',
  summary: 'net.ipv4.tcp_fin_timeout raised above the 60 s default, where the paper lowers it below 10 s.',
  keys: ['net.ipv4.tcp_fin_timeout'],
  judge: ({ numbers }) =>
    numbers && numbers[0] > KERNEL_DEFAULT
      ? {
          message: `tcp_fin_timeout ${numbers[0]} keeps orphaned connections in FIN_WAIT_2 longer than the kernel default ${KERNEL_DEFAULT} s; the paper shortens it to below 10 s for busy hosts.`,
        }
      : undefined,
});
