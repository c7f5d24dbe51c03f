import { belowPaperRule } from './paperRule';

export const tcpMaxTwBuckets = belowPaperRule({
  id: 'sysctl-tcp-max-tw-buckets',
  summary: "net.ipv4.tcp_max_tw_buckets below the paper's 450000 TIME_WAIT sockets.",
  message: (value, paper) =>
    `tcp_max_tw_buckets ${value} is below the paper's ${paper}: beyond that count TIME_WAIT sockets are destroyed (with a "time wait bucket table overflow" message); the paper raised it for hosts with many short connections.`,
});
