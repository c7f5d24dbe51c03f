import { paperRule } from './paperRule';

const PAPER_ERA_DEFAULT = 262144;

export const paperMaxTwBuckets = paperRule({
  id: 'sysctl-tcp-max-tw-buckets',
  summary: 'net.ipv4.tcp_max_tw_buckets lowered below 262144, where the paper raises it to 450000.',
  keys: ['net.ipv4.tcp_max_tw_buckets'],
  judge: ({ numbers }) =>
    numbers && numbers[0] < PAPER_ERA_DEFAULT
      ? {
          message: `tcp_max_tw_buckets ${numbers[0]} destroys TIME_WAIT sockets beyond that count (with a "time wait bucket table overflow" message); the paper warns against lowering it and raises it to 450000 for busy hosts.`,
        }
      : undefined,
});
