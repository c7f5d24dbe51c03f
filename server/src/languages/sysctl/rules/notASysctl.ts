import type { Finding, Rule } from '../../../service/types';
import { shorten } from '../values';
import type { SysctlAssignment, SysctlFile } from '../parser';
import { removeLineFix } from './helpers';

/** Tunables the paper sets that people put in sysctl files although they live elsewhere. */
const ELSEWHERE: Record<string, (value: string) => string> = {
  halt_poll_ns: (value) =>
    `halt_poll_ns is a parameter of the kvm kernel module, not a sysctl. Set it in /etc/modprobe.d/kvm.conf as 'options kvm halt_poll_ns=${value || '80000'}' or at run time in /sys/module/kvm/parameters/halt_poll_ns.`,
  txqueuelen: (value) =>
    `txqueuelen is a property of a network device, not a sysctl. Set it with 'ip link set dev <device> txqueuelen ${value || '2500'}', a udev rule, or tuned's [net] txqueuelen=.`,
  rps_cpus: () =>
    'rps_cpus is a per-queue sysfs file (/sys/class/net/<device>/queues/rx-<n>/rps_cpus, a hex CPU mask), not a sysctl; write it from a udev rule or a boot script.',
  rps_flow_cnt: () =>
    'rps_flow_cnt is a per-queue sysfs file (/sys/class/net/<device>/queues/rx-<n>/rps_flow_cnt), not a sysctl; the sysctl side of RFS is net.core.rps_sock_flow_entries.',
};

export const notASysctl: Rule<SysctlFile> = {
  id: 'sysctl-not-a-sysctl',
  defaultSeverity: 'error',
  summary: 'A tunable that is not a sysctl at all (halt_poll_ns, txqueuelen, rps_cpus) and needs modprobe.d, ip link or sysfs.',
  check: ({ parsed }) => parsed.assignments.flatMap(finding),
};

export function elsewhereName(components: readonly string[]): string | undefined {
  return components.find((component) => component in ELSEWHERE);
}

function finding(assignment: SysctlAssignment): Finding[] {
  const name = elsewhereName(assignment.key.components);
  if (!name) return [];
  return [
    {
      ruleId: notASysctl.id,
      range: assignment.key.range,
      message: ELSEWHERE[name](shorten(assignment.value)),
      fixes: [removeLineFix(assignment.line)],
    },
  ];
}
