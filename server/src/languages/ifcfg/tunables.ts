/**
 * The paper's interface tunables that no ifcfg key can hold (txqueuelen 2500, RPS rps_cpus),
 * and the persistent ways kvmtune recommends for them.
 */
export interface NoFileTunable {
  id: 'txqueuelen' | 'rps';
  what: string;
  instead: string;
  markdown: string;
}

export const TXQUEUELEN_UDEV_RULE = 'ACTION=="add", SUBSYSTEM=="net", KERNEL=="enc*", ATTR{tx_queue_len}="2500"';
export const RPS_UDEV_RULE = 'ACTION=="add", SUBSYSTEM=="queues", KERNEL=="rx-*", ATTR{rps_cpus}="f"';

const TXQUEUELEN: NoFileTunable = {
  id: 'txqueuelen',
  what: 'the transmit queue length (txqueuelen)',
  instead: "Set it with tuned ([net] txqueuelen=2500), a udev rule (ATTR{tx_queue_len}), or NetworkManager's link.tx-queue-length in a keyfile profile.",
  markdown: [
    '**txqueuelen** — transmit queue length of the device (packets queued between the stack and the driver).',
    '',
    '- Paper: **2500** on 10 GbE and faster (default 1000 is enough for 1 GbE; too large adds latency).',
    '- No ifcfg key exists for it, in NetworkManager or initscripts.',
    '- Persistent ways: tuned `[net]` `txqueuelen=2500` (kvmtune checks tuned profiles), a udev rule',
    `  \`${TXQUEUELEN_UDEV_RULE}\` in \`/etc/udev/rules.d/60-txqueuelen.rules\`,`,
    '  or NetworkManager ≥ 1.44 keyfile / `nmcli connection modify <name> link.tx-queue-length 2500`.',
    '- At runtime: `ip link set dev <dev> txqueuelen 2500` (lost at reboot).',
  ].join('\n'),
};

const RPS: NoFileTunable = {
  id: 'rps',
  what: 'Receive Packet Steering (rps_cpus)',
  instead: 'RPS is per receive queue in /sys/class/net/<dev>/queues/rx-<n>/rps_cpus; set it with a udev rule on the "queues" subsystem or a tuned script.',
  markdown: [
    '**RPS** — Receive Packet Steering spreads receive processing of a single-queue device over CPUs.',
    '',
    '- Set per queue in `/sys/class/net/<dev>/queues/rx-<n>/rps_cpus`: a hex CPU bitmap, 0 (default) = off.',
    '- Paper: on the **KVM host only**, a mask covering all the host\'s CPUs gave the best overall result.',
    '- Neither ifcfg nor sysctl.conf can set it. Persistent way: a udev rule such as',
    `  \`${RPS_UDEV_RULE}\` (mask \`f\` = CPUs 0-3; adjust to your CPU count), or a tuned script.`,
    '- RFS adds `net.core.rps_sock_flow_entries` (sysctl) and per-queue `rps_flow_cnt`.',
  ].join('\n'),
};

const NAMES: Record<string, NoFileTunable> = {
  TXQUEUELEN: TXQUEUELEN,
  TX_QUEUE_LEN: TXQUEUELEN,
  TXQLEN: TXQUEUELEN,
  QLEN: TXQUEUELEN,
  RPS: RPS,
  RPS_CPUS: RPS,
  RPSCPUS: RPS,
};

export function noFileTunable(name: string): NoFileTunable | undefined {
  return NAMES[name.toUpperCase()];
}

export const NO_FILE_TUNABLES: readonly NoFileTunable[] = [TXQUEUELEN, RPS];
