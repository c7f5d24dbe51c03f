import type { LanguageInputs } from './types';

const HEAD = [
  '#',
  '# tuned configuration: KVM host with many guest uplinks',
  '#',
  '',
  '[main]',
  'summary=Throughput tuning for a KVM host on IBM Z with many guest networks',
  'include=virtual-host',
  '',
  '[variables]',
  'isolated_cores=2-7',
  'uplink_mtu=8992',
  '',
  '[cpu]',
  'governor=performance',
  'energy_perf_bias=performance',
  'min_perf_pct=100',
  'force_latency=cstate.id_no_zero:1|3',
  '',
  '[vm]',
  '# Start background writeback early: the guests write a lot',
  'dirty_background_ratio = 5',
  'dirty_ratio = 20',
  'transparent_hugepages=always',
  '',
  '[script]',
  'script=${i:PROFILE_DIR}/script.sh',
  '',
];

const letters = (i: number): string => (i < 26 ? String.fromCharCode(97 + i) : letters(Math.floor(i / 26) - 1) + String.fromCharCode(97 + (i % 26)));

/** A disk (and for every third, an uplink) as named plugin instances; every device in one section only. */
function deviceBlock(i: number): string[] {
  const disk = [
    `# guest pool ${i}`,
    `[disk_pool${i}]`,
    'type=disk',
    `devices=vd${letters(i)}`,
    'readahead=>4096',
    'elevator=none',
    '',
  ];
  if (i % 3 !== 0) return disk;
  return [
    ...disk,
    `[net_enc${1000 + i}]`,
    'type=net',
    `devices=enc${1000 + i}`,
    'txqueuelen=2500',
    // The odd finding, as in real files: one uplink keeps the default MTU comment but sets it anyway.
    i % 25 === 7 ? 'mtu=${uplink_mtu}' : 'channels=combined 8',
    'ring=rx 4096 tx 4096',
    '',
  ];
}

/** The [sysctl] body: distinct net.* keys, one interface per block of ten, a comment per block. */
function sysctlLine(i: number): string {
  const dev = `enc${1000 + Math.floor(i / 10)}`;
  switch (i % 10) {
    case 0: return `# uplink ${dev}`;
    case 1: return `net.ipv4.conf.${dev}.rp_filter = 2`;
    case 2: return `net.ipv4.conf.${dev}.forwarding = 1`;
    case 3: return `net.ipv4.conf.${dev}.accept_redirects = 0`;
    case 4: return `net.ipv4.conf.${dev}.send_redirects = 0`;
    case 5: return `net.ipv6.conf.${dev}.forwarding = 1`;
    case 6: return `net.ipv6.conf.${dev}.accept_ra = 0`;
    case 7: return `net.ipv4.neigh.${dev}.gc_stale_time = 120`;
    case 8: return `net.ipv6.conf.${dev}.disable_ipv6 = 0`;
    default: return '';
  }
}

const SYSCTL_HEAD = [
  '[sysctl]',
  'net.core.rmem_max = 16777216',
  'net.core.wmem_max = 16777216',
  'net.ipv4.tcp_rmem = 4096 87380 16777216',
  'net.ipv4.tcp_wmem = 4096 65536 16777216',
  'net.core.netdev_max_backlog = 25000',
  'net.core.somaxconn=>2048',
  'vm.swappiness = 10',
];

/** A profile of about n lines: a header, device sections for 40 % of it, then one long [sysctl]. */
export function tunedProfile(n: number): string {
  const out = [...HEAD];
  const deviceLines = Math.floor(n * 0.4);
  for (let i = 0; out.length + 14 <= HEAD.length + deviceLines; i++) out.push(...deviceBlock(i));
  out.push(...SYSCTL_HEAD);
  for (let i = 0; out.length < n; i++) out.push(sysctlLine(i));
  out.push('');
  return out.join('\n');
}

export const tunedInputs: LanguageInputs = {
  fileName: 'tuned.conf',
  typical: () => tunedProfile(150),
  large: () => ({ what: '5,000-line tuned profile', text: tunedProfile(5_000) }),
  lines: tunedProfile,
  probes: (text) => {
    const all = text.split('\n');
    const result = [];
    for (let line = 0; line < all.length && result.length < 50; line += Math.max(1, Math.floor(all.length / 50))) {
      const equals = all[line].indexOf('=');
      if (equals > 0) result.push({ line, character: Math.min(4, equals) }, { line, character: all[line].length });
    }
    return result;
  },
  pathological: [
    { what: 'a section with n duplicate keys', operation: 'validate', text: (n) => `[sysctl]\n${'net.core.rmem_max = 4096\n'.repeat(n)}` },
    { what: 'n indented continuation lines', operation: 'validate', text: (n) => `[bootloader]\ncmdline=skew_tick=1\n${'    nohz=on\n'.repeat(n)}` },
    { what: 'n sections of one key each', operation: 'validate', text: (n) => Array.from({ length: n }, (_, i) => `[net_e${i}]\ntype=net\ndevices=e${i}\n`).join('').split('\n').slice(0, n).join('\n') },
    { what: 'a comment of n characters', operation: 'validate', text: (n) => `[sysctl]\n#${'x'.repeat(n)}\nvm.swappiness = 10\n`, sizes: [10_000, 100_000, 1_000_000] },
    { what: 'completion at the end of an n-character line', operation: 'completeAtEnd', text: (n) => `[sysctl]\nnet.${'x'.repeat(n)}`, sizes: [10_000, 100_000, 1_000_000] },
  ],
};
