import { paperRule } from './paperRule';

const KERNEL_DEFAULT = 1000;

export const paperNetdevBacklog = paperRule({
  id: 'sysctl-netdev-max-backlog',
  summary: 'net.core.netdev_max_backlog below the kernel default, where the paper raises it to 25000 for OSA adapters.',
  keys: ['net.core.netdev_max_backlog'],
  judge: ({ numbers }) =>
    numbers && numbers[0] < KERNEL_DEFAULT
      ? {
          message: `netdev_max_backlog ${numbers[0]} shrinks the per-CPU receive backlog below the kernel default ${KERNEL_DEFAULT}; the paper raises it to 25000 so fast adapters do not drop frames.`,
        }
      : undefined,
});
