import { paperRule } from './paperRule';

export const tcpTwReuse = paperRule({
  id: 'sysctl-tcp-tw-reuse',
  summary: 'net.ipv4.tcp_tw_reuse = 0, where the paper enables reuse of TIME_WAIT sockets (1).',
  judge: ({ numbers }) =>
    numbers && numbers[0] === 0
      ? {
          message: 'tcp_tw_reuse 0 turns TIME_WAIT reuse off entirely (current kernels default to 2, loopback only); the paper sets 1 to save socket setup at high connection rates.',
        }
      : undefined,
});
