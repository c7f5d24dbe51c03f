import type { LanguageInputs } from './types';

const LINES = [
  '# network tuning for the guests',
  'net.core.rmem_max = 4136960',
  'net.core.wmem_max = 4136960',
  'net.ipv4.tcp_rmem = 4096 87380 4136960',
  'net.ipv4.tcp_wmem = 4096 16384 4136960',
  'net.core.netdev_max_backlog = 25000',
  'net.ipv4.tcp_fin_timeout = 1 # fast',
  'net.ipv4.tcp_tw_recycle = 1',
  'vm.swappiness = 10',
  'net.ipv4.conf.all.rp_filter = 2',
  '',
];

/** Realistic lines; every key is distinct (one interface per block), as in a real file. */
function lines(n: number): string {
  return Array.from({ length: n }, (_, i) => {
    const line = LINES[i % LINES.length];
    const block = Math.floor(i / LINES.length);
    return block === 0 || !line.includes('=') ? line : `net.ipv4.conf.eth${i}.${line.includes('rp_filter') ? 'rp_filter' : 'forwarding'} = 1`;
  }).join('\n');
}

export const sysctlInputs: LanguageInputs = {
  fileName: 'sysctl.conf',
  typical: () => lines(150),
  large: () => ({ what: '10k-line sysctl', text: lines(10_000) }),
  lines,
  probes: (text) => {
    const all = text.split('\n');
    const result = [];
    for (let line = 0; line < all.length && result.length < 50; line += Math.max(1, Math.floor(all.length / 50))) {
      if (all[line].includes('=')) result.push({ line, character: Math.min(8, all[line].length) }, { line, character: all[line].length });
    }
    return result;
  },
  pathological: [
    { what: '`a=b` × n (one key repeated)', operation: 'validate', text: (n) => 'a=b\n'.repeat(n) },
    { what: '`; c` × n (fix-all over n fixes)', operation: 'fixAll', text: (n) => '; c\n'.repeat(n) },
    { what: 'n distinct unknown keys (did-you-mean)', operation: 'validate', text: (n) => Array.from({ length: n }, (_, i) => `net.ipv4.tcp_unknown_${i} = 1`).join('\n') },
    { what: 'completion at the end of an n-character line', operation: 'completeAtEnd', text: (n) => `net.${'x'.repeat(n)}`, sizes: [10_000, 100_000, 1_000_000] },
    { what: 'hover at the end of an n-character unknown key', operation: 'hoverAtEnd', text: (n) => `net.${'x'.repeat(n)} = 1`, sizes: [10_000, 100_000, 1_000_000] },
  ],
};
