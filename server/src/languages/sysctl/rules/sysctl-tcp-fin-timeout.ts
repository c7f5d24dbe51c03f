import { paperRule } from './paperRule';

export const tcpFinTimeout = paperRule({
  id: 'sysctl-tcp-fin-timeout',
  summary: 'net.ipv4.tcp_fin_timeout raised above the 60 s default (the paper lowers it), or below 10 s when kvmtune.environment is production.',
  judge: ({ numbers, settings, known }) => {
    if (!numbers) return undefined;
    const value = numbers[0];
    const kernelDefault = Number(known.info.default);
    const productionMinimum = Number(known.info.paper?.productionMinimum);
    if (value > kernelDefault) {
      return {
        message: `tcp_fin_timeout ${value} keeps orphaned connections in FIN_WAIT_2 longer than the kernel default ${kernelDefault} s; the paper shortens it to below 10 s for busy hosts.`,
      };
    }
    if (settings.environment === 'production' && value < productionMinimum) {
      return {
        message: `tcp_fin_timeout ${value} drops orphaned connections in FIN_WAIT_2 after ${value} s. The paper's ${known.info.paper?.value} s is a benchmark setting; in production a slow or distant peer still closing its side is cut off, so keep it at ${productionMinimum} s or more.`,
        fix: { title: `Use ${productionMinimum}`, value: String(productionMinimum) },
      };
    }
    return undefined;
  },
});
