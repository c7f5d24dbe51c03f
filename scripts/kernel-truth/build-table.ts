/**
 * Turns the raw probe results (test/fixtures/sysctl/kernel-truth/probes.json, written by
 * probe-limits.ts inside a fresh network namespace) into the kernel section of the sysctl key
 * table, server/src/languages/sysctl/kernel-keys.json: for every writable key its handler class,
 * the bounds the kernel enforced, the vector length and the namespace's default.
 *
 *   npx tsx scripts/kernel-truth/build-table.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const PROBES = join(ROOT, 'test', 'fixtures', 'sysctl', 'kernel-truth', 'probes.json');
const META = join(ROOT, 'test', 'fixtures', 'sysctl', 'kernel-truth', 'meta.json');
const OUT = join(ROOT, 'server', 'src', 'languages', 'sysctl', 'kernel-keys.json');

interface Probe {
  original: string;
  fields: number;
  probes?: Record<string, string>;
  min?: string;
  max?: string;
}

/** Text keys whose handler is not a number reader; what each accepts was read from the probes and the kernel sources. */
const TEXT_HANDLERS: Record<string, { handler: string; values?: string[] }> = {
  'net.ipv4.tcp_congestion_control': { handler: 'congestion' },
  'net.mptcp.scheduler': { handler: 'choice', values: ['default'] },
  'net.mptcp.path_manager': { handler: 'choice', values: ['kernel', 'userspace'] },
  'net.ipv4.ip_local_reserved_ports': { handler: 'portlist' },
  'net.ipv6.icmp.ratemask': { handler: 'bitmap-list' },
  'net.ipv4.tcp_fastopen_key': { handler: 'fastopen-key' },
  'net.ipv6.conf.<iface>.stable_secret': { handler: 'ipv6-address' },
  'net.ipv4.route.flush': { handler: 'write-only' },
  'net.ipv6.route.flush': { handler: 'write-only' },
  'net.core.rps_default_mask': { handler: 'cpumask' },
  // The loggers registered on the probed kernel; a module can add more.
  ...Object.fromEntries(
    Array.from({ length: 13 }, (_, i) => [`net.netfilter.nf_log.${i}`, { handler: 'choice', values: ['NONE', 'nf_log_ipv4', 'nf_log_ipv6', 'nf_log_arp', 'nf_log_bridge', 'nf_log_netdev'] }]),
  ),
};

/** Bounds that are another key's current value, not a constant. */
const BOUND_BY: Record<string, { min?: string; max?: string }> = {
  'net.ipv4.ipfrag_low_thresh': { max: 'net.ipv4.ipfrag_high_thresh' },
  'net.ipv4.ipfrag_high_thresh': { min: 'net.ipv4.ipfrag_low_thresh' },
  'net.ipv6.ip6frag_low_thresh': { max: 'net.ipv6.ip6frag_high_thresh' },
  'net.ipv6.ip6frag_high_thresh': { min: 'net.ipv6.ip6frag_low_thresh' },
  'net.netfilter.nf_conntrack_frag6_low_thresh': { max: 'net.netfilter.nf_conntrack_frag6_high_thresh' },
  'net.netfilter.nf_conntrack_frag6_high_thresh': { min: 'net.netfilter.nf_conntrack_frag6_low_thresh' },
  'net.ipv4.ip_unprivileged_port_start': { max: 'net.ipv4.ip_local_port_range' },
  'net.ipv4.ip_local_port_range': { min: 'net.ipv4.ip_unprivileged_port_start' },
};

/** Keys with their own write handler (ranges reset or checked as a whole). */
const CUSTOM: Record<string, string> = {
  'net.ipv4.ping_group_range': 'group-range',
  'net.ipv4.ip_local_port_range': 'port-range',
};

const INT_MAX = 2147483647;

/** Where the probes cannot see the real bound because a write changes what later writes may do. */
const OVERRIDES: Record<string, Record<string, unknown>> = {
  // Once enabled it cannot be switched off again (EBUSY); from a fresh namespace 0 and 1 are accepted.
  'net.netfilter.nf_hooks_lwtunnel': { min: 0, max: 1, note: 'once set to 1 it cannot be set back to 0 (EBUSY)' },
  // proc_dointvec_minmax with 1..65535 per port; the largest first port the probe saw is the current last port.
  'net.ipv4.ip_local_port_range': { handler: 'int', min: 1, max: 65535 },
};

/** `net.ipv4.conf.all.rp_filter` -> `net.ipv4.conf.<iface>.rp_filter`, `net.ipv4.neigh.lo.x` -> `net.ipv4.neigh.<iface>.x`. */
function tableKey(key: string): string {
  return key.replace(/^(net\.ipv[46]\.(?:conf|neigh))\.[^.]+\./, '$1.<iface>.');
}

function classify(key: string, probe: Probe, hz: number): Record<string, unknown> {
  const text = TEXT_HANDLERS[tableKey(key)];
  if (text) return { ...text, default: probe.original.startsWith('!') ? undefined : probe.original };
  const p = probe.probes ?? {};
  const min = Number(probe.min);
  const max = Number(probe.max);
  const entry: Record<string, unknown> = { count: probe.fields, default: probe.original.split(/\s+/).join(' ') };
  if (CUSTOM[key]) entry.custom = CUSTOM[key];
  if (BOUND_BY[key]) entry.boundBy = BOUND_BY[key];
  if (p['-1'] === '-0') return { handler: 'userhz_jiffies', limit: probe.max, ...entry };
  if (p['4294967296'] === '0' && p['-1'] === '!EINVAL') return { handler: 'ms_jiffies', ...entry };
  if (probe.min === String(-Math.floor(INT_MAX / hz)) && probe.max === String(Math.floor(INT_MAX / hz))) return { handler: 'jiffies', ...entry };
  // Beyond 2^53 a JSON number loses digits, so such a bound is kept as text.
  const exact = (n: number, text: string | undefined) => (Number.isSafeInteger(n) ? n : text);
  const bounds = (lo: number, hi: number, typeMin: number, typeMax: number) => ({
    ...(lo !== typeMin && !BOUND_BY[key]?.min ? { min: exact(lo, probe.min) } : {}),
    ...(hi !== typeMax && !BOUND_BY[key]?.max ? { max: exact(hi, probe.max) } : {}),
  });
  if (p['-0'] === '0' || p['-1'] === '-1' || min < 0) {
    const normalises = p['2'] === '1' && p['5'] === '1' && p['-1'] === '1';
    return { handler: 'int', ...bounds(min, max, -2147483648, INT_MAX), ...(normalises ? { storesNonzeroAs: 1 } : {}), ...entry };
  }
  if (probe.max === '18446744073709551615' || max > 4294967295 || BOUND_BY[key]) return { handler: 'ulong', ...bounds(min, max, 0, Number.POSITIVE_INFINITY), ...entry };
  return { handler: 'uint', ...bounds(min, max, 0, 4294967295), ...entry };
}

const probes = JSON.parse(readFileSync(PROBES, 'utf8')) as Record<string, Probe>;
const meta = JSON.parse(readFileSync(META, 'utf8')) as { kernel: string; procps: string; hz: number };
const keys: Record<string, unknown> = {};
for (const [key, probe] of Object.entries(probes)) {
  const name = tableKey(key);
  // Per-interface keys: `all` speaks for the family (lo and default share its handler).
  if (keys[name] && !/\.(?:conf|neigh)\.all\./.test(key)) continue;
  keys[name] = { ...classify(key, probe, meta.hz), ...OVERRIDES[name] };
}
const table = {
  description: 'Generated by scripts/kernel-truth/build-table.ts from probes in a fresh network namespace; do not edit.',
  kernel: meta.kernel,
  procps: meta.procps,
  hz: meta.hz,
  keys,
};
writeFileSync(OUT, `${JSON.stringify(table, null, 1)}\n`);
console.log(`${Object.keys(keys).length} keys -> ${OUT}`);
