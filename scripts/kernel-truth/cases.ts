/**
 * The lines the kernel is asked about, one sysctl.conf line each, grouped by the class of mistake
 * (or of correct line) they stand for. Limits come from the probes of the same kernel, so the
 * boundary cases sit exactly on and next to the bounds the kernel enforces.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TruthCase {
  /** Which kind of line this is (see README.md). */
  class: string;
  line: string;
  /** The /proc/sys path read before and after, when the line names a real key. */
  target?: string;
}

interface Probe {
  original: string;
  fields: number;
  min?: string;
  max?: string;
}

const PROBES = join(__dirname, '..', '..', 'test', 'fixtures', 'sysctl', 'kernel-truth', 'probes.json');

function pathOf(key: string): string {
  return `/proc/sys/${key.replace(/\./g, '/')}`;
}

function line(cls: string, key: string, value: string, target = key): TruthCase {
  return { class: cls, line: `${key} = ${value}`, target: pathOf(target) };
}

/** Keys worth probing: one interface (`all`, `lo` for neigh) stands for every per-interface family. */
function probedKeys(probes: Record<string, Probe>): [string, Probe][] {
  // Left out: route flush files (write-only, EACCES in a child namespace), stable_secret (unset
  // reads fail), nf_hooks_lwtunnel (cannot be switched back off), rps_default_mask (bounded by
  // this machine's CPU count).
  return Object.entries(probes).filter(([key]) => !/\.conf\.(default|lo)\.|\.flush$|stable_secret|nf_hooks_lwtunnel|rps_default_mask/.test(key));
}

function limitCases(probes: Record<string, Probe>): TruthCase[] {
  const cases: TruthCase[] = [];
  for (const [key, probe] of probedKeys(probes)) {
    if (probe.min === undefined || probe.max === undefined) continue;
    const rest = probe.original.split(/\s+/).slice(1).join(' ');
    const value = (n: bigint) => (rest ? `${n} ${rest}` : String(n));
    const min = BigInt(probe.min);
    const max = BigInt(probe.max);
    cases.push(line('limits', key, value(max)), line('limits', key, value(max + 1n)));
    if (min > -(1n << 62n)) cases.push(line('limits', key, value(min - 1n)));
  }
  return cases;
}

const NUMBER_KEYS = [
  'net.ipv4.tcp_syn_retries',
  'net.core.somaxconn',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_sack',
  'net.ipv4.tcp_notsent_lowat',
  'net.ipv4.ipfrag_high_thresh',
  'net.unix.max_dgram_qlen',
];
const NUMBER_TEXTS = [
  '08', '0009', '010', '0x1f', '0X1F', '0x', '-0x1', '-0', '+1', '18446744073709551616', '18446744073709551615',
  '9223372036854775808', '1e3', '1.5', '000000000000000000001', '00000000000000000001', '0b1', '-', '--1', '- 1', '1,', '7\t', '0x7fffffff',
];

function numberCases(): TruthCase[] {
  return NUMBER_KEYS.flatMap((key) => NUMBER_TEXTS.map((text) => line('number', key, text)));
}

function keyShapeCases(): TruthCase[] {
  const keys = ['net.ipv4.tcp_sack', 'net.ipv4.tcp_timestamps', 'net.core.somaxconn', 'net.ipv4.conf.all.rp_filter', 'net.ipv6.conf.all.forwarding', 'net.unix.max_dgram_qlen'];
  const out: TruthCase[] = [];
  for (const key of keys) {
    const value = key.includes('somaxconn') || key.includes('qlen') ? '512' : '1';
    const parts = key.split('.');
    const shapes = [
      key.toUpperCase(),
      parts[0].toUpperCase() + key.slice(parts[0].length),
      `${parts.slice(0, 2).join('.')}/${parts.slice(2).join('.')}`,
      `${parts[0]}/${parts.slice(1).join('.')}`,
      parts.join('/'),
      `/${parts.join('/')}`,
      `${parts.slice(0, -1).join('.')}. ${parts.at(-1)}`,
      `${parts.slice(0, -1).join('.')}..${parts.at(-1)}`,
      `${key}.`,
      `${key} extra`,
    ];
    for (const shape of shapes) out.push({ class: 'key-shape', line: `${shape} = ${value}`, target: pathOf(key) });
  }
  return out;
}

function unknownKeyCases(probes: Record<string, Probe>): TruthCase[] {
  const keys = probedKeys(probes).map(([key]) => key).filter((_, i) => i % 9 === 0);
  const out: TruthCase[] = keys.map((key) => ({ class: 'unknown-key', line: `${key}x = 1` }));
  for (const key of keys.slice(0, 20)) out.push({ class: 'unknown-key', line: `${key.slice(0, -2)}${key.at(-1)} = 1` });
  for (const key of ['net.ipv6.route.gc_foo', 'net.unix.max_qlen', 'net.mptcp.enable', 'net.core.somaxcon', 'net.ipv4.tcp_sackk', 'net.ipv4.neigh.lo.foo', 'net.ipv6.conf.all.forwardin', 'net.ipv4.route.min_mtu']) {
    out.push({ class: 'unknown-key', line: `${key} = 1` });
  }
  return out;
}

function textCases(): TruthCase[] {
  const text = (key: string, values: string[]) => values.map((value) => line('text', key, value));
  return [
    ...text('net.ipv4.tcp_congestion_control', ['reno', 'bbr', 'CUBIC', 'Reno', 'foo', 'cubic reno', 'reno # comment', 'bbr2', 'westwood_plus']),
    ...text('net.mptcp.scheduler', ['default', 'foo', 'Default', 'default # c']),
    ...text('net.mptcp.path_manager', ['kernel', 'userspace', 'foo', 'KERNEL']),
    ...text('net.ipv4.ip_local_reserved_ports', ['8080', '70000', '65535', '65536', '8080-8090', '8080,9000-9010', '8090-8080', 'a', '-1', '0x10', '8080 9000']),
    ...text('net.ipv4.tcp_fastopen_key', ['xyz', '00000001-00000002-00000003-00000004', '1-2-3-4', '00000001-00000002-00000003-00000004,00000005-00000006-00000007-00000008', '00000001-00000002-00000003']),
    ...text('net.ipv6.icmp.ratemask', ['0-1,3-127', '256', '0-255', '5-3', 'x']),
    ...text('net.netfilter.nf_log.2', ['NONE', 'nf_log_ipv4', 'foo']),
  ];
}

function emptyCases(): TruthCase[] {
  const keys = ['net.ipv4.tcp_sack', 'net.core.somaxconn', 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_congestion_control', 'net.mptcp.scheduler', 'net.ipv4.ip_local_reserved_ports', 'net.ipv4.tcp_fastopen_key', 'net.ipv4.icmp_ratelimit', 'net.ipv4.tcp_fin_timeout', 'net.ipv4.ip_local_port_range'];
  return keys.map((key) => ({ class: 'empty', line: `${key} =`, target: pathOf(key) }));
}

function vectorCommentCases(): TruthCase[] {
  return [
    ...['4096 87380 # c', '4096 # c', '4096 87380 6291456 # c', '4096 87380 6291456 #c', '4096 87380', '4096'].flatMap((v) => [line('vector-comment', 'net.ipv4.tcp_rmem', v), line('vector-comment', 'net.ipv4.tcp_wmem', v)]),
    ...['1024 # c', '1024 65000 # c', '1024 65000#c', '1024'].map((v) => line('vector-comment', 'net.ipv4.ip_local_port_range', v)),
    ...['0 # c', '0 2147483647 # c', '0'].map((v) => line('vector-comment', 'net.ipv4.ping_group_range', v)),
  ];
}

function crossKeyCases(): TruthCase[] {
  return [
    ...['40000', '32768', '32769', '0', '1023', '1024'].map((v) => line('cross-key', 'net.ipv4.ip_unprivileged_port_start', v)),
    ...['1000 2000', '1023 2000', '1024 2000', '1024 1023', '1024 1024', '40000 50000'].map((v) => line('cross-key', 'net.ipv4.ip_local_port_range', v)),
    ...['4194305', '4194304', '3145728'].map((v) => line('cross-key', 'net.ipv4.ipfrag_low_thresh', v)),
    ...['3145727', '3145728', '8388608'].map((v) => line('cross-key', 'net.ipv4.ipfrag_high_thresh', v)),
    ...['4194305', '4194304'].map((v) => line('cross-key', 'net.ipv6.ip6frag_low_thresh', v)),
    ...['3145727', '3145728'].map((v) => line('cross-key', 'net.ipv6.ip6frag_high_thresh', v)),
    ...['4194305', '1'].map((v) => line('cross-key', 'net.netfilter.nf_conntrack_frag6_low_thresh', v)),
  ];
}

function trailingCases(): TruthCase[] {
  const scalar = ['net.ipv4.tcp_sack', 'net.ipv4.tcp_fin_timeout', 'net.core.somaxconn', 'net.ipv4.tcp_notsent_lowat', 'net.unix.max_dgram_qlen', 'net.ipv4.icmp_ratelimit', 'net.ipv4.conf.all.rp_filter', 'net.ipv4.ipfrag_high_thresh'];
  const tails = ['0 ; comment', '30 seconds', '1 2 3', '5 x', '1\tfoo', '7 #note', '1 // c'];
  return [
    ...scalar.flatMap((key) => tails.map((tail) => line('trailing', key, tail))),
    line('trailing', 'net.ipv4.tcp_rmem', '4096 87380 6291456 abc'),
    line('trailing', 'net.ipv4.tcp_rmem', '4096 87380 6291456 7'),
    line('trailing', 'net.ipv4.ip_local_port_range', '1024 65000 70000'),
    line('trailing', 'net.ipv4.ip_local_port_range', '1024 65000 x'),
    line('accepted', 'net.ipv4.ping_group_range', '0 2147483648'),
    line('accepted', 'net.ipv4.ping_group_range', '0 4294967294'),
    line('accepted', 'net.ipv4.tcp_fin_timeout', '-5'),
    line('accepted', 'net.ipv4.tcp_fin_timeout', '8589934'),
    line('accepted', 'net.unix.max_dgram_qlen', '-2147483648'),
    line('trailing', 'net.ipv4.ping_group_range', '0 10 20'),
  ];
}

function changedCases(): TruthCase[] {
  return [
    ...['2', '-1', '5', '2147483647'].flatMap((v) => ['net.bridge.bridge-nf-call-iptables', 'net.bridge.bridge-nf-call-ip6tables'].map((key) => line('changed', key, v))),
    ...['10 5', '1 0', '100 99', '0 0'].map((v) => line('changed', 'net.ipv4.ping_group_range', v)),
    ...['1001', '4294967296', '4294968296', '1000'].flatMap((v) => ['net.ipv4.icmp_ratelimit', 'net.ipv6.icmp.ratelimit'].map((key) => line('changed', key, v))),
  ];
}

function booleanCases(): TruthCase[] {
  const keys = ['net.ipv4.ip_forward', 'net.ipv4.tcp_sack', 'net.ipv4.tcp_timestamps', 'net.ipv4.tcp_window_scaling', 'net.ipv4.conf.all.forwarding', 'net.ipv6.conf.all.forwarding', 'net.ipv4.tcp_syncookies', 'net.ipv4.tcp_no_metrics_save', 'net.ipv4.ip_nonlocal_bind', 'net.ipv4.tcp_slow_start_after_idle'];
  return keys.flatMap((key) => ['0', '1', '2', '5', '-1'].map((v) => line('boolean', key, v)));
}

function dashCases(): TruthCase[] {
  const good = ['net.ipv4.tcp_sack = 0', 'net.core.somaxconn = 1024', 'net.ipv4.tcp_rmem = 4096 87380 6291456'];
  const bad = ['net.ipv4.tcp_sack = 256', 'net.ipv4.tcp_sackk = 0', 'net.ipv4.tcp_congestion_control = foo', 'net.ipv4.tcp_fin_timeout = 08'];
  const out: TruthCase[] = [];
  for (const text of [...good, ...bad]) {
    const key = text.split(' ')[0];
    const target = key.endsWith('sackk') ? undefined : pathOf(key);
    out.push({ class: 'dash-prefix', line: `-${text}`, target }, { class: 'dash-prefix', line: `- ${text}`, target }, { class: 'dash-prefix', line: `  -${text}`, target });
  }
  return out;
}

export function allCases(): TruthCase[] {
  const probes = JSON.parse(readFileSync(PROBES, 'utf8')) as Record<string, Probe>;
  return [
    ...unknownKeyCases(probes),
    ...keyShapeCases(),
    ...limitCases(probes),
    ...textCases(),
    ...numberCases(),
    ...emptyCases(),
    ...vectorCommentCases(),
    ...crossKeyCases(),
    ...trailingCases(),
    ...changedCases(),
    ...booleanCases(),
    ...dashCases(),
  ];
}
