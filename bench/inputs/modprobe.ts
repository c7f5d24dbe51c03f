import type { LanguageInputs } from './types';

/** /etc/modprobe.d/kvm.conf on a KVM host tuned the paper's way. */
const KVM_CONF = [
  '# /etc/modprobe.d/kvm.conf',
  '# KVM host tuning for the guests (IBM paper, chapter 7). Reload the modules or reboot after a change;',
  '# halt_poll_ns is also writable at /sys/module/kvm/parameters/halt_poll_ns.',
  '',
  '# Transactional guests: poll a little longer before halting an idle vCPU.',
  'options kvm halt_poll_ns=80000 halt_poll_ns_grow=2 halt_poll_ns_shrink=2',
  'options kvm halt_poll_ns_grow_start=10000',
  '',
  '# vhost-net backs the guests\' virtio NICs (libvirt <driver name="vhost"/>).',
  'options vhost_net experimental_zcopytx=0',
  'options vhost max_mem_regions=509 max_iotlb_entries=2048',
  'options virtio_net napi_tx=Y csum=1 gso=1',
  '',
  '# Load vhost_net with tun ready; vsock for the guest agent.',
  'softdep vhost_net pre: tun',
  'alias net-pf-40 vsock',
  'alias char-major-10-238 vhost_net',
  '',
  '# Not wanted on these hosts.',
  'blacklist pcspkr',
  'blacklist floppy',
  'install floppy /bin/false',
  '',
  '# Bonding of the two uplinks (kept for the x86 test hosts).',
  'options bonding max_bonds=2 mode=802.3ad miimon=100 lacp_rate=fast',
  'options nf_conntrack hashsize=262144',
  'options bonding \\',
  '  downdelay=200 updelay=200',
];

/** Lines for guest <n>: what a generated per-guest modprobe.d fragment would hold. */
function guestBlock(n: number): string[] {
  const block = [
    `# guest ${n}: virtio NIC ${n % 8}, vsock CID ${n + 3}`,
    `alias netdev-guest${n} virtio_net`,
    `options virtio_net napi_tx=${n % 2 ? 'Y' : 'N'} csum=1`,
    `options kvm halt_poll_ns=${80000 + (n % 5) * 10000}`,
    `blacklist guest${n}_legacy_nic`,
    `install guest${n}_probe /sbin/modprobe --ignore-install vhost_net`,
    `softdep vhost_net pre: tun post: guest${n}_probe`,
    '',
  ];
  // The odd mistake: a typo in a parameter name, a value the module refuses.
  if (n % 101 === 17) block[3] = `options kvm halt_pol_ns=${80000 + n}`;
  if (n % 157 === 3) block[2] = 'options virtio_net napi_tx=true';
  return block;
}

function lines(n: number): string {
  const out = [...KVM_CONF, ''];
  for (let guest = 1; out.length < n; guest += 1) out.push(...guestBlock(guest));
  return out.slice(0, n).join('\n');
}

export const modprobeInputs: LanguageInputs = {
  fileName: 'kvm.conf',
  typical: () => KVM_CONF.join('\n'),
  large: () => ({ what: '10k-line modprobe.d (per-guest fragments)', text: lines(10_000) }),
  lines,
  probes: (text) => {
    const all = text.split('\n');
    const result = [];
    const step = Math.max(1, Math.floor(all.length / 50));
    for (let line = 0; line < all.length && result.length < 60; line += line < KVM_CONF.length ? 1 : step) {
      const words = all[line].split(' ');
      if (words.length < 2 || all[line].startsWith('#')) continue;
      result.push({ line, character: 2 }, { line, character: words[0].length + 2 }, { line, character: all[line].length });
    }
    return result;
  },
  pathological: [
    { what: '`options kvm halt_poll_ns=1` × n (one line repeated)', operation: 'validate', text: (n) => 'options kvm halt_poll_ns=1\n'.repeat(n) },
    { what: 'n distinct unknown parameters (did-you-mean)', operation: 'validate', text: (n) => Array.from({ length: n }, (_, i) => `options kvm halt_poll_${i}=1`).join('\n') },
    { what: 'one options line with n parameters', operation: 'validate', text: (n) => `options kvm${' halt_poll_ns=80000'.repeat(n)}\n` },
    { what: 'one options command continued over n lines', operation: 'validate', text: (n) => `options kvm \\\n${'  halt_poll_ns_grow=2 \\\n'.repeat(n)}  halt_poll_ns=80000\n` },
    { what: 'a quoted value of n characters', operation: 'validate', text: (n) => `options virtio_net napi_tx="${'x'.repeat(n)}"\n`, sizes: [10_000, 100_000, 1_000_000] },
    { what: 'completion at the end of an n-character line', operation: 'completeAtEnd', text: (n) => `options kvm ${'halt_poll_ns=1 '.repeat(Math.ceil(n / 15))}`, sizes: [10_000, 100_000, 1_000_000] },
    { what: 'hover at the end of an n-character parameter', operation: 'hoverAtEnd', text: (n) => `options kvm ${'x'.repeat(n)}=1`, sizes: [10_000, 100_000, 1_000_000] },
  ],
};
