import { belowPaperRule } from './paperRule';

export const netdevMaxBacklog = belowPaperRule({
  id: 'sysctl-netdev-max-backlog',
  summary: "net.core.netdev_max_backlog below the paper's 25000 packets (it raised the per-CPU backlog for OSA adapters).",
  message: (value, paper, { info }) => {
    const below = info.default !== undefined && value < Number(info.default) ? `, even below the kernel default ${info.default}` : '';
    return `netdev_max_backlog ${value} is below the paper's ${paper}${below}: the paper raised the per-CPU receive backlog so fast adapters do not drop frames when the stack falls behind.`;
  },
});
