import { paperRule } from './paperRule';
import { shorten } from '../../../formats/messages';

export const tcpCongestionControl = paperRule({
  id: 'sysctl-tcp-congestion-control',
  summary: "tcp_congestion_control set to reno (the paper moves to cubic) or to a name no mainline kernel provides.",
  judge: ({ text, known }) => {
    if (text === 'reno') {
      return { message: "reno is the algorithm the paper moves away from; it recommends cubic (the default of current kernels)." };
    }
    const mainline = Object.keys(known.info.values ?? {});
    if (!mainline.includes(text)) {
      return {
        message: `'${shorten(text)}' is not a congestion-control algorithm of the mainline kernel; unless a module named tcp_${shorten(text)} is installed, the write fails with ENOENT and the default stays.`,
      };
    }
    return undefined;
  },
});
